# `make run` builds the graph from seeds/ into out/; `make test` runs the whole suite.
# Both create .venv and install what they need, so on a fresh machine they are all the set-up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEEDS  ?= seeds
OUT    ?= out

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

# Tools the tests call that are not Python packages: rapper (Debian's raptor2-utils).
system-test-deps:
	@bash scripts/system-deps.sh

test: $(VENV)/.installed-test system-test-deps
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
