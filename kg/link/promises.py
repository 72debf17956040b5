"""The promise tracker: link every target to its outcome in later documents and give it a verdict.

A target is a planned observation for year Y set by a government. Its outcome is an achieved or estimated
observation for Y, stated by a later document about the same government (its identity: the gazetteer's division
code, or the lexicon's place), of the same metric, measure, unit and period (a multi-year figure pairs only
with one of the same years). Values are compared after normalisation, so 8 公顷 meets 14.15 公顷 and 1.2 万套 is
12 000 units. A target restated in several documents (a report and a news article) is one promise with all its
sources.

Verdicts:

- ``met`` / ``missed``: decided by the indicator's polarity and the target's comparator (see :func:`meets`);
- ``needs_review``: an outcome was found, but the comparison is uncertain (``Promise.reason`` says why: a start
  against a completion, a multi-year figure, another kind of count, an outcome far from the target);
- ``claimed``: no figure, but a later document reviewing year Y claims the year's targets met (``Promise.claim``);
- ``not_reported``: a later document reviews year Y but states no outcome;
- ``pending``: no document reviews year Y yet.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kg.lexicon import Lexicon
from kg.link.promise_table import (COLUMNS, SCORECARD_COLUMNS, SCORECARD_VERDICTS, TABLE_COLUMNS,  # noqa: F401
                                   describe_value, promise_rows, scorecard, select)
from kg.link.promise_compare import Comparison, in_step
from kg.link.promise_search import ByDocument, Kind, Outcomes, Ranked, Stated, best_of, by_stated, kinds
from kg.link.promise_search import outcome_rank as _outcome_rank
from kg.link.promise_names import (alike_after, change_in_percent, counts_apart, qualified, same_verbs, stage_apart,
                                   units_agree)
from kg.link.promise_verdict import ABOUT_TOLERANCE, meets, period_span, restated_past, target_spans
from kg.link.promise_facts import DocFacts, Reader
from kg.link.promise_text import Claim, TextOf, multi_year_doubt, stage_doubt, stages_doubt
from kg.model import DocKind, Extraction, Measure, Observation, Status, Verdict, government_key

__all__ = ["ABOUT_TOLERANCE", "COLUMNS", "SCORECARD_COLUMNS", "SCORECARD_VERDICTS", "TABLE_COLUMNS", "Promise", "Ref",
           "describe_value", "doubt", "meets", "period_span", "promise_rows", "scorecard", "select",
           "track"]
# The promise table (kg.link.promise_table) and the verdicts (kg.link.promise_verdict) are re-exported: callers read the
# tracker, its verdicts and its table from one module.


@dataclass(frozen=True)
class Ref:
    """An observation, the extraction (document) that states it and its place among the extraction's observations
    (-1 for a comparison target, which the tracker makes: ``at`` says where its words stand)."""

    extraction: Extraction
    observation: Observation
    index: int
    at: int | None = None      # where a target without a number of its own stands (kg.link.promise_compare)

    @property
    def document(self) -> str:
        return self.extraction.document.id


@dataclass(frozen=True)
class Promise:
    """A target, its outcome (if any), the verdict, why it needs review, the claim it rests on, the other
    statements of the same target (restatements, in document order), and for a comparison target
    (kg.link.promise_compare) the reference's outcome and the reasoning of the verdict."""

    target: Ref
    outcome: Ref | None
    verdict: Verdict
    reason: str | None = None
    claim: Claim | None = None
    restated: tuple[Ref, ...] = ()
    compared: Ref | None = None     # the reference's outcome a comparison target is judged against
    basis: str | None = None        # how a comparison target's verdict was reached
    comparison: Comparison | None = None    # a comparison target's words (the tracker made its observation)
    stated_with: Ref | None = None  # the reference's target a comparison target is stated with


def _key(ex: Extraction, o: Observation, lex: Lexicon, span: tuple[int, int] | None = None) -> tuple:
    """What a target and its outcome share: government, metric, measure, kind of unit, years covered."""
    return government_key(ex.document.metadata, lex), o.metric, o.measure, o.quantity.normalized_unit, span or period_span(o)


def _unnamed(ex: Extraction, o: Observation, lex: Lexicon, span: tuple[int, int] | None = None) -> tuple:
    """The key less the indicator, the measure and the unit: where to look for an outcome whose indicator is named
    differently, or whose measure the target words otherwise (kg.link.promise_names)."""
    return "unnamed", government_key(ex.document.metadata, lex), span or period_span(o)


def _same_unit(ex: Extraction, o: Observation, lex: Lexicon, span: tuple[int, int] | None = None) -> tuple:
    """The key and what the unit counts (项 and 方面 count different things): an outcome of the same is preferred."""
    return *_key(ex, o, lex, span), lex.comparable_unit(o.quantity.unit)


def _same_target(ex: Extraction, o: Observation, lex: Lexicon) -> tuple:
    q = o.quantity
    return (*_same_unit(ex, o, lex), q.normalized_value, q.normalized_max, q.comparator)


def _target_rank(ref: Ref) -> tuple:
    """Which statement of a restated target stands for the promise: a work report's, the earliest."""
    meta = ref.extraction.document.metadata
    return meta.kind is not DocKind.WORK_REPORT, meta.year, ref.document, ref.observation.provenance.start


def doubt(target: Ref, outcome: Ref, lex: Lexicon, reader: Reader) -> str | None:
    """Why comparing ``target`` with ``outcome`` is uncertain, or None when it is not."""
    t, o = target.observation, outcome.observation
    cues = lex.promises.doubt
    if not units_agree(t, o, lex):
        return f"the target counts {t.quantity.unit}, the outcome {o.quantity.unit}"
    t_facts, o_facts = reader.facts(target), reader.facts(outcome)
    reason = stages_doubt(t_facts.stage, o_facts.stage)
    if reason is None and not (reader.set_ahead(target) and t_facts.multi_year
                               and o_facts.multi_year):      # a plan's goal and its review: no doubt
        reason = multi_year_doubt(t_facts.multi_year_word, o_facts.multi_year_word)
    if reason is None and period_span(t)[0] == period_span(o)[0]:
        reason = _far(t, o, lex.metric_polarity(t.metric), cues.ratio)
    return reason


def _far(t: Observation, o: Observation, polarity: str, ratio: int) -> str | None:
    """An outcome ``ratio`` times the target or more (or, for a floor, a ``ratio``-th of it or less): another scope,
    or a total over several years."""
    low, value = t.quantity.normalized_value, o.quantity.normalized_value
    if low <= 0 or value <= 0:
        return None
    if value >= low * ratio or (polarity != "ceiling" and t.measure is not Measure.DECREASE and value * ratio <= low):
        return f"the outcome is {_times(value / low)} the target: another scope, or a total over several years?"
    return None


def _times(x: Decimal) -> str:
    return f"{x:.1f}×" if x >= 1 else f"1/{1 / x:.0f}"


def _claims(extractions: list[Extraction], lex: Lexicon, reader: Reader) -> dict[tuple, tuple[Claim, list[Ref]]]:
    """(government, year reviewed) -> the first claim of success a reviewing document makes about that year, and the
    figures its sentence states (全面实现年初确定的主要目标，国内生产总值增长7.8%: the year's, whatever their period)."""
    claims: dict[tuple, tuple[Claim, list[Ref]]] = {}
    for ex in sorted(extractions, key=lambda e: (e.document.metadata.kind is not DocKind.WORK_REPORT,
                                                 e.document.metadata.year, e.document.id)):
        meta = ex.document.metadata
        key = (government_key(meta, lex), meta.reviewed_year)
        if meta.reviewed_year is None or key in claims:
            continue
        claim = reader.claim(ex)
        if claim is not None:
            claims[key] = claim, [Ref(ex, o, i) for i, o in enumerate(ex.observations) if o.status is not Status.PLANNED
                                  and claim.start <= o.provenance.start < claim.end]
    return claims


def _targets(extractions: list[Extraction], lex: Lexicon) -> list[list[Ref]]:
    """Each promise's statements (the one that stands for it first), in the order of the first's document."""
    groups: dict[tuple, list[Ref]] = {}
    for ex in extractions:
        for i, o in enumerate(ex.observations):
            if o.status is Status.PLANNED:
                groups.setdefault(_same_target(ex, o, lex), []).append(Ref(ex, o, i))
    ordered = [sorted(refs, key=_target_rank) for refs in groups.values()]
    return sorted(ordered, key=lambda refs: (refs[0].extraction.document.metadata.year, refs[0].document,
                                             refs[0].index))


def track(extractions: list[Extraction], lex: Lexicon, text_of: TextOf | None = None,
          positions: Mapping[str, Sequence[int]] | None = None,
          known: Mapping[str, DocFacts] | None = None) -> list[Promise]:
    """Every promise in ``extractions`` with its outcome and verdict, in the order of its document.

    A target's outcome comes from a later document about the same government. ``text_of`` (document id ->
    its text) and ``positions`` (document id -> where its observations' numbers stand) let the tracker read the
    words around a number and find claims, when the extractions hold no Document (a build keeps them on disk);
    ``known`` (document id -> its DocFacts, kg.link.promise_facts) answers what the tracker asks of a document's
    words without reading them.
    """
    reader = Reader(lex, text_of, positions, known)
    found: dict[tuple, list[Ref]] = {}
    reviewed: dict[tuple, int] = {}          # government -> the latest year a document about it reviews
    for ex in extractions:
        meta = ex.document.metadata
        if meta.reviewed_year is not None:
            who = government_key(meta, lex)
            reviewed[who] = max(meta.reviewed_year, reviewed.get(who, meta.reviewed_year))
        for i, o in enumerate(ex.observations):
            if o.status is not Status.PLANNED:
                ref = Ref(ex, o, i)
                one_year = (o.period, o.period) if reader.facts(ref).one_year else period_span(o)
                for span in dict.fromkeys((period_span(o), one_year)):     # 去年…上涨4.8% in a five-year review
                    for key in (_key, _same_unit, _unnamed):
                        found.setdefault(key(ex, o, lex, span), []).append(ref)
    outcomes = {key: Outcomes(refs) for key, refs in found.items()}
    claims = _claims(extractions, lex, reader)
    targets = _targets(extractions, lex)
    rivals: dict[tuple, list[Ref]] = {}      # key (with or without the unit) -> the distinct targets sharing it
    for refs in targets:
        ex, o = refs[0].extraction, refs[0].observation
        for key in {_key(ex, o, lex), _same_unit(ex, o, lex)}:
            rivals.setdefault(key, []).append(refs[0])
    owned = frozenset(key for key in rivals if len(key) == 5 and key in found      # outcomes a target names exactly,
                      and not all(map(restated_past, rivals[key])))   # not a past target its review restates
    context = _Context(found, outcomes, reviewed, claims, rivals, owned, lex, reader, ByDocument(found))
    return [*(_promise(refs, context) for refs in targets), *_comparisons(extractions, context)]


@dataclass(frozen=True)
class _Context:
    found: dict[tuple, list[Ref]]
    outcomes: dict[tuple, Outcomes]
    reviewed: dict[tuple, int]
    claims: dict[tuple, tuple[Claim, list[Ref]]]
    rivals: dict[tuple, list[Ref]]
    owned: frozenset[tuple]
    lex: Lexicon
    reader: Reader
    by_document: ByDocument
    memo: dict[tuple, object] = field(default_factory=dict)    # (what, key...) -> an answer that holds for every target

    def stated(self, key: tuple) -> list[tuple[Stated, list[Ref]]]:
        """The outcomes of an unnamed key grouped by what their documents state (promise_search.by_stated)."""
        if ("stated", key) not in self.memo:
            self.memo["stated", key] = by_stated(self.found.get(key, ()))
        return self.memo["stated", key]

    def kinds(self, key: tuple, stated: Stated, refs: list[Ref]) -> list[tuple[Kind, Ranked]]:
        """The outcomes ``refs`` (the group ``stated`` of :meth:`stated` of ``key``) grouped by what the search for an
        outcome named differently asks."""
        if ("kinds", key, stated) not in self.memo:
            self.memo["kinds", key, stated] = kinds(refs, lambda r: _key(
                r.extraction, r.observation, self.lex) in self.owned, self.reader.facts)
        return self.memo["kinds", key, stated]


def _choose(target: Ref, best: Ref, key: tuple, c: _Context) -> tuple[Ref | None, str | None]:
    """The outcome for ``target`` among those the best document states for the key, and why the pair needs review
    (None when it does not): an outcome without doubt is preferred (a year's figure over a five-year total in the
    same review); several targets sharing the key (a five-year goal or a far figure aside), or several undoubted
    values in the document, are ambiguous.
    No outcome (None) when every one counts another kind of thing (幢 against 户)."""
    t = target.observation
    siblings = sorted((r for r in c.by_document.get(key, best.document)
                       if r.observation.status is best.observation.status
                       and not counts_apart(t, r.observation, c.lex) and _may_pair(target, r, c)), key=_outcome_rank)
    if not siblings:
        return None, None
    judged = [(r, doubt(target, r, c.lex, c.reader)) for r in siblings]
    clear = [r for r, reason in judged if reason is None]
    if clear and c.reader.facts(target).multi_year:     # a goal: the figure worded 年均 or 累计 first
        clear = [r for r in clear if c.reader.facts(r).multi_year_word] or clear
    if not clear:
        return judged[0]
    rivals = _rivals(key, clear[0], c)
    if len(rivals) > 1:     # a five-year goal, or a figure far from the outcome, is no rival
        return clear[0], f"{len(rivals)} targets of this government share the indicator {t.metric!r}, measure and year"
    values = {r.observation.quantity.normalized_value for r in clear}
    if len(values) > 1:
        return clear[0], f"the later document states {len(values)} different values of {t.metric!r} for the year"
    return clear[0], None


def _rivals(key: tuple, outcome: Ref, c: _Context) -> list[Ref]:
    """The targets sharing ``key`` that ``outcome`` would pair with (none of them a five-year goal against one
    year's figure, nor far from it): the same for every target of the key, so found once."""
    memo = ("rivals", key, outcome.document, outcome.index)
    if memo not in c.memo:
        c.memo[memo] = [r for r in c.rivals.get(key, ()) if doubt(r, outcome, c.lex, c.reader) is None
                        and not c.reader.goal_against_year(r, outcome)]
    return c.memo[memo]


def _may_pair(target: Ref, outcome: Ref, c: _Context) -> bool:
    """Not a figure restating a target (…的目标), nor one year's figure for a multi-year goal, nor the base of a change
    (由120元提高到200元)."""
    return not c.reader.facts(outcome).no_outcome and not c.reader.goal_against_year(target, outcome)


def _promise(refs: list[Ref], c: _Context) -> Promise:
    target, restated = refs[0], tuple(refs[1:])
    ex, o = target.extraction, target.observation
    year = ex.document.metadata.year
    for key in (k(ex, o, c.lex, span) for span in target_spans(o, year) for k in (_same_unit, _key)):
        found = c.outcomes.get(key)
        best = found.after(year) if found is not None else None
        if best is not None:
            outcome, reason = _choose(target, best, key, c)
            if outcome is None:
                continue
            renamed, same = _renamed(target, c) if reason is not None else (None, False)
            if renamed is not None and doubt(target, renamed, c.lex, c.reader) is None:
                outcome, reason = renamed, _renamed_reason(o, renamed)     # 全省城镇新增就业 107 over a five-year 522
            if reason is not None:
                return Promise(target, outcome, Verdict.NEEDS_REVIEW, reason, restated=restated)
            met = meets(o, outcome.observation, c.lex.metric_polarity(o.metric))
            return Promise(target, outcome, Verdict.MET if met else Verdict.MISSED, restated=restated)
    renamed, same = _renamed(target, c)
    if renamed is not None:
        reason = _renamed_doubt(target, renamed, same, c)
        if reason is not None:
            return Promise(target, renamed, Verdict.NEEDS_REVIEW, reason, restated=restated)
        met = meets(o, renamed.observation, c.lex.metric_polarity(o.metric))
        return Promise(target, renamed, Verdict.MET if met else Verdict.MISSED, restated=restated)
    return _unpaired(target, restated, c)


def _unpaired(target: Ref, restated: tuple[Ref, ...], c: _Context) -> Promise:
    """A target without an outcome: Claimed when a later document claims the year's targets met, NotReported when
    one reviews the year, else Pending."""
    who, period = government_key(target.extraction.document.metadata, c.lex), target.observation.period
    claim, said = c.claims.get((who, period), (None, ()))
    o = target.observation
    said = [r for r in said if (r.observation.metric, r.observation.measure, r.observation.quantity.normalized_unit)
            == (o.metric, o.measure, o.quantity.normalized_unit) and _may_pair(target, r, c)]
    if said:        # a figure in the claim's sentence wins over the claim
        reason = doubt(target, said[0], c.lex, c.reader)
        met = meets(o, said[0].observation, c.lex.metric_polarity(o.metric))
        verdict = Verdict.NEEDS_REVIEW if reason else Verdict.MET if met else Verdict.MISSED
        return Promise(target, said[0], verdict, reason, restated=restated)
    if claim is not None:
        return Promise(target, None, Verdict.CLAIMED, claim=claim, restated=restated)
    later_review = who in c.reviewed and c.reviewed[who] >= period
    return Promise(target, None, Verdict.NOT_REPORTED if later_review else Verdict.PENDING, restated=restated)


def _comparisons(extractions: list[Extraction], c: _Context) -> list[Promise]:
    """The comparison targets of every document (kg.link.promise_compare), each judged from the subject's and the
    reference's outcomes in the later document that states the subject's. Only for a subject the build observes
    (its indicator is in the graph)."""
    subject = c.lex.promises.compare.subject_metric
    if not any(o.metric == subject for ex in extractions for o in ex.observations):
        return []
    out = []
    for ex in extractions:
        for comp in c.reader.comparisons(ex):
            target, reference = Ref(ex, comp.target, -1, comp.start), ex.observations[comp.reference]
            made = {"comparison": comp, "stated_with": Ref(ex, reference, comp.reference)}
            found = c.outcomes.get(_same_unit(ex, comp.target, c.lex))
            best = found.after(ex.document.metadata.year) if found is not None else None
            if best is None:
                out.append(replace(_unpaired(target, (), c), **made))
                continue
            against = sorted((r for r in c.by_document.get(_same_unit(ex, reference, c.lex), best.document)
                              if r.observation.status is best.observation.status),
                             key=_outcome_rank)
            if not against:
                reason = f"the later document gives {subject}'s growth but not {reference.metric}'s"
                out.append(Promise(target, best, Verdict.NEEDS_REVIEW, reason, **made))
                continue
            step = in_step(comp, best.observation, against[0].observation, c.lex, ABOUT_TOLERANCE)
            out.append(Promise(target, best, Verdict.MET if step.met else Verdict.MISSED, compared=against[0],
                               basis=step.basis, **made))
    return out


def _renamed(target: Ref, c: _Context) -> tuple[Ref | None, bool]:
    """An outcome of a later document about the same government and year whose indicator is named differently but
    alike (kg.link.promise_names.alike), of an agreeing unit and of the target's measure (or of the change its clause
    words: 再减少农村贫困人口1000万人), and no other target's own outcome; one without doubt first, then the most alike.
    With it, whether the two names share their core (one indicator worded two ways). (None, False) without one."""
    ex, o = target.extraction, target.observation
    year, cues = ex.document.metadata.year, c.lex.promises.doubt
    measures = {o.measure}
    if o.measure is Measure.LEVEL:
        measures.add(c.reader.facts(target).worded_change or o.measure)
    if o.measure is not Measure.DECREASE and change_in_percent(o, c.lex):
        measures |= {Measure.LEVEL, Measure.INCREASE}       # 居民消费价格 2.6% is the rise its target caps
    goal, tail = c.reader.facts(target).multi_year, c.reader.facts(target).tail
    alike_refs, unnamed = [], _unnamed(ex, o, c.lex)
    for stated, refs in c.stated(unnamed):     # ruled out by what their documents state, or each kind judged once
        kind_year, metric, measure, _, normalized_unit = stated     # (promise_search)
        new = o.measure is Measure.INCREASE and measure is Measure.LEVEL and (\
            o.quantity.normalized_unit == normalized_unit) and metric.startswith(
            c.lex.promises.identity.new_openings)       # 增加500万 -> 新增沼气用户510万
        if (kind_year <= year or measure not in measures and not new
                or not units_agree(o, refs[0].observation, c.lex)      # the group's unit
                or stage_doubt(o.metric, metric, cues) is not None or stage_apart(o.metric, metric, c.lex)):
            continue
        for kind, ranked in c.kinds(unnamed, stated, refs):
            if kind.owned or kind.no_outcome or goal and not kind.multi_year:    # kind.no_outcome...: _may_pair
                continue
            score, same = alike_after(o.metric, kind.metric, tail, kind.after_name, c.lex)
            if score > 0:
                alike_refs.append((score, same, ranked))
    if not alike_refs:
        return None, False
    return best_of(alike_refs, lambda r: doubt(target, r, c.lex, c.reader) is not None)


def _renamed_doubt(target: Ref, outcome: Ref, same: bool, c: _Context) -> str | None:
    """Why a target and an outcome whose indicator is named differently need review: the pair's doubt when the names
    are one indicator's (one core, qualifiers only, or one core whose clauses state the same verbs:
    kg.link.promise_names), else the names differ."""
    t, (head, clause) = target.observation, c.reader.head(target)
    other = outcome.observation.metric
    if (same or qualified(t.metric, other, head, c.lex)
            or same_verbs(t.metric, other, (clause, c.reader.head(outcome)[1]), c.lex)):
        return doubt(target, outcome, c.lex, c.reader)
    return _renamed_reason(t, outcome)


def _renamed_reason(o: Observation, outcome: Ref) -> str:
    return f"the indicator is named differently: {o.metric!r} in the target, {outcome.observation.metric!r} in the outcome"
