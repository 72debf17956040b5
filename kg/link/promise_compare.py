"""Qualitative targets stated with a figure for comparison: 居民收入增长与经济增长同步 among the year's main targets,
beside the GDP target. The later report's growth of the subject (居民人均可支配收入) is compared with its growth of
the reference (地区生产总值); the verdict is Met when the subject kept pace (with 基本同步, within the tolerance of
左右), Missed when it fell behind.

The words are data (kg/lexicon/promises.toml, ``[compare]``). A comparison is found only in a sentence that states
one of the document's targets for its own year, and only beside a target of the reference (the figure the target
is stated with), whose value and hedge the comparison target carries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from kg.lang.zh.wordset import longest_first
from kg.lexicon import Lexicon
from kg.model import Comparator, Measure, Observation, Status

__all__ = ["Comparison", "InStep", "basis", "find_comparisons", "in_step"]


@dataclass(frozen=True)
class Comparison:
    """A qualitative target: where its words stand in the document's text (code points), the words, and the
    observation that stands for it (the subject's growth, hedged like the reference's target)."""

    document: str
    start: int
    end: int
    words: str
    target: Observation
    reference: int              # the index of the reference's target among the document's observations


@dataclass(frozen=True)
class InStep:
    """The judgement of a comparison from two outcomes: the subject's growth and the reference's."""

    met: bool
    basis: str


@lru_cache(maxsize=8)
def _pattern(lex: Lexicon) -> re.Pattern[str]:
    cues = lex.promises.compare

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in longest_first(words))

    return re.compile(f"(?:{alt(cues.subjects)})(?:{alt(cues.subject_tails)})?(?:{alt(cues.joiners)})"
                      f"(?:{alt(cues.references)})(?:{alt(cues.subject_tails)})?(?P<relation>{alt(cues.relations)})")


def find_comparisons(document: str, text: str, observations: list[Observation], year: int,
                     lex: Lexicon) -> list[Comparison]:
    """The comparison targets of a document (its id, text and observations) for its own ``year``: in each
    sentence stating a target for the year, the phrase of ``[compare]``, when the document states a growth target of
    the reference for the year (the first such is the figure for comparison)."""
    cues = lex.promises.compare
    reference = next((i for i, o in enumerate(observations) if o.status is Status.PLANNED and o.period == year
                      and o.metric == cues.reference_metric and o.measure is Measure.INCREASE
                      and o.period_start is None), None)
    if reference is None:
        return []
    spans = sorted({(o.provenance.start, o.provenance.end) for o in observations
                    if o.status is Status.PLANNED and o.period == year})
    found = []
    for start, end in spans:
        for m in _pattern(lex).finditer(text, start, end):
            found.append(Comparison(document, m.start(), m.end(), m.group(),
                                    _standing(observations[reference], m.group(), m.group("relation"), lex),
                                    reference))
    return found


def _standing(reference: Observation, words: str, relation: str, lex: Lexicon) -> Observation:
    """The observation that stands for a comparison target: the subject's growth for the year, with the reference's
    figure (about it for 基本同步), in the reference target's sentence."""
    q = reference.quantity
    if relation in lex.promises.compare.about:
        q = replace(q, comparator=Comparator.ABOUT)
    return replace(reference, metric=lex.promises.compare.subject_metric, metric_surface=words, quantity=q,
                   subject=None)


def in_step(comparison: Comparison, subject: Observation, reference: Observation, lex: Lexicon,
            tolerance: Decimal) -> InStep:
    """Whether the subject's growth kept pace with the reference's: at least the reference's, or for a relation
    read as 左右 (基本同步) within ``tolerance`` of it."""
    about = comparison.target.quantity.comparator is Comparator.ABOUT and any(
        r in comparison.words for r in lex.promises.compare.about)
    a, b = subject.quantity.normalized_value, reference.quantity.normalized_value
    floor = b - abs(b) * tolerance if about else b
    return InStep(a >= floor, basis(comparison, subject, reference, about, a >= floor))


def basis(comparison: Comparison, subject: Observation, reference: Observation, about: bool, met: bool) -> str:
    """The verdict's reasoning in words: '<the target's words>: 居民人均可支配收入 grew 6.5%, 地区生产总值 6.6%: in step,
    within the tolerance of about'."""
    relation = "in step" if met else "behind"
    hedge = ", within the tolerance of about" if about else ""
    return (f"{comparison.words}: {subject.metric} grew {_plain(subject)}, {reference.metric} {_plain(reference)}: "
            f"{relation}{hedge}")


def _plain(o: Observation) -> str:
    return f"{o.quantity.value.normalize():f}{o.quantity.unit}"
