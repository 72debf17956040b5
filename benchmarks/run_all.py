"""`make bench`: the scaling benchmarks (benchmarks/scale.py). BENCH_ARGS passes options, e.g.
``make bench BENCH_ARGS="--sizes 1 10 100 1000 --incremental-at 1000"`` for the full 1000× run (~25 min on 2 cores).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import main  # noqa: E402

if __name__ == "__main__":
    main()
