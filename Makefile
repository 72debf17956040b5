# `make run` builds the graph from seeds/ into out/; `make test` runs the whole suite.
# Both create .venv and install what they need, so on a fresh machine they are all the set-up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEEDS  ?= seeds
OUT    ?= out
BENCH_ARGS ?=

.PHONY: run test bench clean system-test-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/kg build $(SEEDS) --out $(OUT)

# Tools the tests call that are not Python packages (Debian): rapper, chromium and a CJK font, tesseract with chi_sim.
system-test-deps:
	@bash scripts/system-deps.sh

test: $(VENV)/.installed-test system-test-deps
	$(BIN)/python -m pytest

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[bench]'
	touch $@

# `make bench BENCH_ARGS="--sizes 1 10 100 1000 --incremental-at 1000"` adds the 1000× run (long on 2 cores).
bench: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/run_all.py $(BENCH_ARGS)

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
