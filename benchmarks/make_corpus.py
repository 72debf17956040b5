"""A synthetic corpus: N copies of the five seeds with distinct names, perturbed numbers and project names.

    python benchmarks/make_corpus.py 100 /tmp/corpus-100 [--seed 7]

Copy k of seed S is ``S_cNNNN.txt`` (a distinct document id). In every copy but the first, numbers
that carry a unit are scaled by one factor per copy, 0.8–1.2 (one factor keeps ranges such as 5%—6%
in order; keeping their decimals; years are left alone so the
metadata still reads), and about a fifth of the project names the seeds mention get a variant
(``北杨人工智能小镇`` → ``北杨人工智能二号小镇``), so entities grow with the corpus as they would
with real reports. The output depends only on N and the seed.
"""
from __future__ import annotations

import argparse
import random
import re
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=\s*(?:%|％|亿|万|个|项|家|公里|平方米|公顷|幢|套|人|户|所|元|辆|条))")
VARIANTS = "二三四五六七八九"


def project_names() -> list[str]:
    """Project names the seeds mention (read once with govkg itself), longest first."""
    from kg.lexicon import load
    from kg.model import EntityKind
    from kg.pipeline.inputs import collect_inputs
    from kg.pipeline.parts import extract_all

    found = {m.surface for x in extract_all(collect_inputs([SEEDS]), load()) for m in x.mentions
             if m.kind is EntityKind.PROJECT and len(m.surface) >= 4}
    return sorted(found, key=lambda n: (-len(n), n))


def perturb(text: str, rng: random.Random, names: list[str]) -> str:
    """Shift unit-bearing numbers and vary some project names, deterministically from ``rng``."""
    factor = Decimal(1 + rng.uniform(-0.2, 0.2))

    def shift(match: re.Match) -> str:
        value = Decimal(match.group(1))
        places = -value.as_tuple().exponent if "." in match.group(1) else 0
        scaled = value * factor
        return f"{scaled:.{places}f}" if scaled > 0 else match.group(1)

    text = NUMBER.sub(shift, text)
    for name in names:
        if name in text and rng.random() < 0.2:
            variant = f"{name[:-2]}{rng.choice(VARIANTS)}号{name[-2:]}"
            text = text.replace(name, variant)
    return text


def make_corpus(copies: int, dest: Path, seed: int = 7, names: list[str] | None = None) -> list[Path]:
    """Write ``copies`` × the seeds into ``dest``; returns the files, sorted."""
    dest.mkdir(parents=True, exist_ok=True)
    names = project_names() if names is None and copies > 1 else (names or [])
    written = []
    for source in sorted(SEEDS.glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        for k in range(copies):
            rng = random.Random(f"{seed}/{source.name}/{k}")
            path = dest / f"{source.stem}_c{k:04d}.txt"
            path.write_text(text if k == 0 else perturb(text, rng, names), encoding="utf-8")
            written.append(path)
    return sorted(written)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("copies", type=int)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    files = make_corpus(args.copies, args.dest, args.seed)
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB in {args.dest}")


if __name__ == "__main__":
    main()
