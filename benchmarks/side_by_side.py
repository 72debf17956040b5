"""This checkout against an earlier revision at every size, with a rebuild of unchanged inputs and an incremental one.

    python benchmarks/side_by_side.py --baseline main [--rounds 3] [--sizes 1 10 100] [--incremental-at 10]

Each round builds, with each code in turn (which goes first alternates), every size fresh (no cache, with the page
and the store, as scale.py does), then at the incremental size: a fresh build, a rebuild of the same inputs (every
document from the cache) and a rebuild after one document changed. The baseline's code is exported with
``git archive`` (baseline.py), so only govkg's code differs. Prints the median and range of each figure, the load
average before each round, and whether the two codes wrote the same graph.ttl bytes.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import random
import re
import shutil
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from baseline import ROOT, export_revision  # noqa: E402
from make_corpus import project_names  # noqa: E402
from scale import WORK, corpus, run_build, table  # noqa: E402


def _rounds(codes: dict[str, str], sizes: list[int], at: int, rounds: int, names: list[str]) -> dict:
    seconds: dict[tuple[str, str], list[float]] = {}
    same: dict[str, bool] = {}
    loads = []
    for old in WORK.glob("sbs-*"):          # an earlier run's outputs would be compared with this run's
        shutil.rmtree(old, ignore_errors=True)
    for label, code in codes.items():       # untimed: each code's first run compiles its bytecode
        folder, _ = corpus(1, names)
        run_build([str(folder), "--out", str(WORK / f"sbs-{_slug(label)}-warm")], code=code)
    for round_ in range(rounds):
        loads.append(os.getloadavg()[0])
        for label in (list(codes) if round_ % 2 == 0 else list(reversed(codes))):
            outs = _one_round(label, codes[label], sizes, at, names, seconds)
            for what, out in outs.items():
                same.setdefault(what, True)
                other = WORK / f"sbs-{_other(codes, label)}-{what}" / "graph.ttl"
                if other.exists():
                    same[what] &= filecmp.cmp(out / "graph.ttl", other, shallow=False)
    return {"seconds": seconds, "same": same, "loads": loads}


def _other(codes: dict[str, str], label: str) -> str:
    return _slug(next(k for k in codes if k != label))


def _slug(label: str) -> str:
    return re.sub(r"\W+", "-", label)


def _one_round(label: str, code: str, sizes: list[int], at: int, names: list[str],
               seconds: dict[tuple[str, str], list[float]]) -> dict[str, Path]:
    outs = {}
    for size in sizes:
        folder, _ = corpus(size, names)
        out = outs[f"{size}x"] = WORK / f"sbs-{_slug(label)}-{size}x"
        shutil.rmtree(out, ignore_errors=True)
        seconds.setdefault((label, f"{size}× fresh build"), []).append(run_build([str(folder), "--out", str(out)],
                                                                                  code=code).seconds)
    folder, _ = corpus(at, names)
    work = WORK / f"sbs-{_slug(label)}-corpus"
    out = outs["incremental"] = WORK / f"sbs-{_slug(label)}-incremental"
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(folder, work)
    full = run_build([str(work), "--out", str(out)], code=code).seconds
    unchanged = run_build([str(work), "--out", str(out)], code=code).seconds
    victim = sorted(work.iterdir())[len(list(work.iterdir())) // 2]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(re.sub(r"\d+(?=亿元)", lambda m: str(int(m.group(0)) + random.Random(1).randint(1, 9)), text,
                             count=1), encoding="utf-8")
    changed = run_build([str(work), "--out", str(out)], code=code).seconds
    for what, value in ((f"{at}× full (for the two below)", full), (f"{at}× rebuild, nothing changed", unchanged),
                        (f"{at}× rebuild, one document changed", changed)):
        seconds.setdefault((label, what), []).append(value)
    return outs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, metavar="REV")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--incremental-at", type=int, default=10)
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    codes = {f"baseline {args.baseline}": str(export_revision(args.baseline, WORK)), "this checkout": str(ROOT)}
    found = _rounds(codes, args.sizes, args.incremental_at, args.rounds, project_names())
    whats = list(dict.fromkeys(what for _, what in found["seconds"]))
    rows = []
    for what in whats:
        row = [what]
        for label in codes:
            times = found["seconds"][label, what]
            row += [f"{statistics.median(times):.2f}", f"{min(times):.2f}–{max(times):.2f}"]
        base, this = (statistics.median(found["seconds"][label, what]) for label in codes)
        rows.append([*row, f"{100 * (this - base) / base:+.0f} %"])
    header = ["build", *(f"{label} {x}" for label in codes for x in ("median s", "range")), "change"]
    table(f"Side by side, {args.rounds} rounds, codes alternated; load (1 min) before each round: "
          + ", ".join(f"{x:.2f}" for x in found["loads"]), header, rows)
    print("graph.ttl byte-identical between the codes: "
          + ", ".join(f"{what} {'yes' if ok else 'NO'}" for what, ok in found["same"].items()))


if __name__ == "__main__":
    main()
