"""How the promise tracker finds candidate outcomes without comparing every target with every outcome.

A government-year's outcomes are looked up by key in O(log n) (:class:`Outcomes`), by key and document
(:class:`ByDocument`), and, for an outcome whose indicator is named differently (kg.link.promises._renamed), in
groups (:func:`kinds`): outcomes alike in everything that search asks of a candidate (its document's year, indicator,
measure, unit, whether another target owns it, whether it can be no outcome, whether it covers several years, the
words of its clause after its indicator's name) are judged once for a target, however many documents state them.
Copies of one report, or one figure restated by many documents, then cost one judgement; what the words of a
candidate answer (kg.link.promise_facts) is asked only when what its document states (:func:`by_stated`) leaves it a
candidate for some target. The answers are those of judging every candidate in turn.
"""
from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from kg.link.promise_facts import Facts
from kg.model import DocKind, Measure, Status


def outcome_rank(ref) -> tuple:
    """Prefer the report that reviews the year, then achieved over estimated, then the earliest."""
    doc = ref.extraction.document
    return (doc.metadata.kind is not DocKind.WORK_REPORT, ref.observation.status is not Status.ACHIEVED,
            doc.metadata.year, ref.document, ref.observation.provenance.start, ref.index)


class Outcomes:
    """The outcomes of one key, to find the best one stated after a given year in O(log n)."""

    def __init__(self, refs: list) -> None:
        refs = sorted(refs, key=lambda r: r.extraction.document.metadata.year)
        self.years = [r.extraction.document.metadata.year for r in refs]
        ranked = [(outcome_rank(r), i) for i, r in enumerate(refs)]
        for i in range(len(ranked) - 2, -1, -1):         # ranked[i]: the best of refs[i:]
            ranked[i] = min(ranked[i], ranked[i + 1])
        self.best: list = [refs[i] for _, i in ranked]

    def after(self, year: int):
        """The best outcome stated by a document of a year after ``year``, or None."""
        at = bisect.bisect_right(self.years, year)
        return self.best[at] if at < len(self.best) else None


class ByDocument:
    """The outcomes of each key by the document stating them (in the order the key lists them), made when asked."""

    def __init__(self, found: dict[tuple, list]) -> None:
        self._found = found
        self._made: dict[tuple, dict[str, list]] = {}

    def get(self, key: tuple, document: str) -> list:
        """The outcomes of ``key`` that ``document`` states, in the key's order."""
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = {}
            for ref in self._found.get(key, ()):
                made.setdefault(ref.document, []).append(ref)
        return made.get(document, [])


@dataclass(frozen=True)
class Kind:
    """What the search for an outcome named differently asks of a candidate; equal kinds get equal answers."""

    year: int               # the year of the document stating it
    metric: str
    measure: Measure
    unit: str
    normalized_unit: str
    owned: bool             # another target names its indicator, measure, unit and years exactly
    no_outcome: bool        # it restates a target or is the base of a change (kg.link.promise_facts.Facts)
    multi_year: bool        # it covers several years (kg.link.promise_facts.Facts)
    after_name: str         # the words of its clause after its indicator's name (kg.link.promise_names.after_name)


Ranked = list[tuple[tuple, object]]      # (outcome_rank(ref), ref), best first
Stated = tuple[int, str, Measure, str, str]     # the first five fields of a Kind: what the outcome's document states


def by_stated(refs: Iterable) -> list[tuple[Stated, list]]:
    """``refs`` grouped by what their documents state (:data:`Stated`: a Kind's year, indicator, measure, unit and
    normalised unit), in the order each group first occurs: a search rules out a whole group by these, and finds
    the :func:`kinds` of the groups it keeps only (they read each candidate's words)."""
    groups: dict[Stated, list] = {}
    for ref in refs:
        o = ref.observation
        stated = (ref.extraction.document.metadata.year, o.metric, o.measure, o.quantity.unit,
                  o.quantity.normalized_unit)
        groups.setdefault(stated, []).append(ref)
    return list(groups.items())


def kinds(refs: Iterable, owned: Callable[[object], bool], facts: Callable[[object], Facts]) -> list[tuple[Kind, Ranked]]:
    """``refs`` grouped by :class:`Kind` (in the order each kind first occurs), each group ranked best first;
    ``facts`` gives what a ref's words answer (kg.link.promise_facts)."""
    groups: dict[Kind, list] = {}
    for ref in refs:
        o, said = ref.observation, facts(ref)
        kind = Kind(ref.extraction.document.metadata.year, o.metric, o.measure, o.quantity.unit,
                    o.quantity.normalized_unit, owned(ref), said.no_outcome, said.multi_year, said.after_name)
        groups.setdefault(kind, []).append(ref)
    return [(kind, sorted((outcome_rank(r), r) for r in group)) for kind, group in groups.items()]


def best_of(scored: Sequence[tuple[float, bool, Ranked]], doubted: Callable[[object], bool]) -> tuple[object, bool]:
    """The candidate, and its group's flag, that is least by (doubted, -score, rank) among the groups ``scored``
    ((score, flag, ranked refs) each, not empty): the first without doubt in the order of score (highest first)
    then rank, else the first in that order. Doubt is asked only until a candidate without it is found."""
    first = None
    for _, same, ref in _in_order(scored):
        if first is None:
            first = ref, same
        if not doubted(ref):
            return ref, same
    return first


def _in_order(scored: Sequence[tuple[float, bool, Ranked]]) -> Iterator[tuple[tuple, bool, object]]:
    """(rank, flag, ref) of every candidate, by score (highest first), then rank (ranks are distinct)."""
    for score in sorted({s for s, _, _ in scored}, reverse=True):
        yield from heapq.merge(*(_flagged(same, ranked) for s, same, ranked in scored if s == score),
                               key=lambda item: item[0])


def _flagged(same: bool, ranked: Ranked) -> Iterator[tuple[tuple, bool, object]]:
    return ((rank, same, ref) for rank, ref in ranked)
