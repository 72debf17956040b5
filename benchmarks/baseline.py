"""This checkout against an earlier revision, side by side in one run: the same corpus built by each in turn.

    python benchmarks/scale.py --baseline 4edc959 [--baseline-rounds 5] [--baseline-at 10]

The machine's speed drifts over minutes (see README.md here), so the two are alternated build by build
(which one goes first alternates too) and each figure is the mean over the same minutes. The baseline's
code is exported with `git archive` into the bench folder and run by this environment's Python, so only
govkg's code differs. Every build is fresh (no cache), with the page and the store, as in the scaling table;
the two graph.ttl files are compared byte for byte. Then read + extract over the real corpus is timed the same
way (one fresh process a step, the two codes alternated), with plain jieba.cut over the same text in each round.
"""
from __future__ import annotations

import compileall
import filecmp
import shutil
import statistics
import subprocess
import tarfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def byte_compiled(code: Path) -> Path:
    """``code`` (a copy of the repository) with govkg's modules byte-compiled, as pip leaves an installed package.

    A shell may set PYTHONDONTWRITEBYTECODE (this machine's does), and then every build, a fresh process, would
    compile govkg's ~100 modules from source before its first step: 0.15 s, a cost no installed govkg pays, and a
    fixed one, so it weighed on small builds only. Python reads the compiled files whatever that variable says.
    """
    compileall.compile_dir(code / "kg", quiet=1)
    return code


def export_revision(rev: str, work: Path) -> Path:
    """The code of ``rev`` (a commit, tag or branch of this repository) unpacked under ``work``."""
    sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", rev], check=True, capture_output=True,
                         text=True).stdout.strip()
    folder = work / f"baseline-{sha}"
    if not (folder / "kg" / "cli.py").exists():
        shutil.rmtree(folder, ignore_errors=True)
        data = subprocess.run(["git", "-C", str(ROOT), "archive", sha], check=True, capture_output=True).stdout
        with tarfile.open(fileobj=BytesIO(data)) as tar:
            tar.extractall(folder, filter="data")
    return byte_compiled(folder)


def compare(rev: str, folder: Path, size_mb: float, rounds: int, work: Path, run_build, table) -> None:
    """Build ``folder`` ``rounds`` times with each code, alternating, and print the table."""
    # both through the same launcher (kg_command with a code folder), so only the code differs
    codes = {f"baseline {rev}": str(export_revision(rev, work)), "this checkout": str(ROOT)}
    seconds: dict[str, list[float]] = {label: [] for label in codes}
    outs = {label: work / f"out-compare-{i}" for i, label in enumerate(codes)}
    for round_ in range(rounds):
        order = list(codes) if round_ % 2 == 0 else list(reversed(codes))
        for label in order:
            shutil.rmtree(outs[label], ignore_errors=True)
            run = run_build([str(folder), "--out", str(outs[label])], code=codes[label])
            seconds[label].append(run.seconds)
    rows = []
    for label, times in seconds.items():
        mean = statistics.fmean(times)
        rows.append([label, str(len(times)), f"{mean:.2f}", f"{statistics.median(times):.2f}",
                     f"{min(times):.2f}–{max(times):.2f}", f"{mean / size_mb:.2f}"])
    base, this = (statistics.fmean(t) for t in seconds.values())
    same = filecmp.cmp(*(outs[label] / "graph.ttl" for label in codes), shallow=False)
    table(f"Side by side: {folder.name} ({size_mb:.2f} MB), builds alternated", 
          ["code", "builds", "mean s", "median s", "range s", "s/MB"], rows)
    print(f"this checkout vs baseline: {100 * (this - base) / base:+.1f} % (mean); "
          f"graph.ttl byte-identical: {'yes' if same else 'NO'}")


def compare_extraction(rev: str, folder: Path, size_mb: float, rounds: int, work: Path, timed_step, table) -> None:
    """Time read + extract over ``folder`` (the real corpus) ``rounds`` times with each code, alternating, and
    plain jieba.cut once a round; print the table and the change."""
    codes = {f"baseline {rev}": str(export_revision(rev, work)), "this checkout": str(ROOT)}
    seconds: dict[str, list[float]] = {label: [] for label in codes}
    cut: list[float] = []
    for round_ in range(rounds):
        cut.append(timed_step("jieba", folder))
        for label in list(codes) if round_ % 2 == 0 else list(reversed(codes)):
            seconds[label].append(timed_step("extract", folder, code=codes[label]))
    seconds["jieba.cut"] = cut
    jieba = statistics.fmean(cut)
    rows = []
    for label, times in seconds.items():
        mean = statistics.fmean(times)
        ratios = [t / c for t, c in zip(times, cut)]          # each against jieba.cut of its own round
        rows.append([label, str(len(times)), f"{mean:.2f}", f"{statistics.median(times):.2f}",
                     f"{min(times):.2f}–{max(times):.2f}", f"{size_mb / mean:.3f}", f"{mean / jieba:.2f}×",
                     f"{min(ratios):.2f}–{max(ratios):.2f}×"])
    table(f"Side by side: read + extract over the real corpus, {folder.name} ({size_mb:.2f} MB), codes alternated",
          ["code", "runs", "mean s", "median s", "range s", "MB/s", "vs jieba.cut (means)", "per round"], rows)
    base, this = (statistics.fmean(seconds[label]) for label in codes)
    print(f"read + extract, this checkout vs baseline: {100 * (this - base) / base:+.1f} % (mean)")
