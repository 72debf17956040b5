"""Whole-wording names of the indicator scheme (kg/lexicon/metrics.toml): a wording that is, whitespace aside, an
indicator's name, alias or exact alias. Kept apart from kg.extractors.indicator_names so that the stage reading it
calls (kg.extractors.stage.flows) can ask whether things are named by the scheme already."""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon import Lexicon

__all__ = ["exact_names", "known", "squash"]


def squash(text: str) -> str:
    """``text`` without whitespace: wordings are compared so."""
    return "".join(text.split())        # str.split() splits at what r"\s" matches, three times as fast as re.sub


@lru_cache(maxsize=8)
def exact_names(lex: Lexicon) -> dict[str, str]:
    """Every name, alias and exact alias -> the canonical name."""
    out = {squash(f): m.name for m in lex.metrics for f in m.exact_aliases}
    out.update(lex.metric_aliases())
    return out


def known(name: str, lex: Lexicon) -> str | None:
    """The canonical name of a wording that is a lexicon name or alias (whole), or None."""
    return exact_names(lex).get(squash(name))
