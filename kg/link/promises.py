"""The promise tracker: link every target to its outcome in later documents and give it a verdict.

A target is a planned observation for year Y. Its outcome is an achieved or estimated observation
of the same metric and measure (level, increase, decrease) for period Y, stated by a document that
plans for a later year. Values are compared after normalisation, so 8 公顷 meets 14.15 公顷 and
1.2 万套 is 12 000 units.

Verdicts:

- ``met`` / ``missed``: decided by the target's comparator (see :func:`meets`);
- ``not_reported``: a later document reviews year Y but states no outcome;
- ``pending``: no document reviews year Y yet.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from decimal import Decimal

from kg.lexicon import Lexicon
from kg.model import Comparator, DocKind, Extraction, Observation, Status, Verdict

# 左右 (about): an outcome within this share of the target, or beyond it, meets the target.
ABOUT_TOLERANCE = Decimal("0.1")


@dataclass(frozen=True)
class Ref:
    """An observation, the extraction (document) that states it and its place among the extraction's observations."""

    extraction: Extraction
    observation: Observation
    index: int

    @property
    def document(self) -> str:
        return self.extraction.document.id


@dataclass(frozen=True)
class Promise:
    """A target, its outcome (if any) and the verdict."""

    target: Ref
    outcome: Ref | None
    verdict: Verdict


def _bounds(o: Observation) -> tuple[Decimal, Decimal]:
    q = o.quantity
    return q.normalized_value, q.normalized_max if q.normalized_max is not None else q.normalized_value


def meets(target: Observation, outcome: Observation, polarity: str = "higher") -> bool:
    """Whether ``outcome`` meets ``target``, by the metric's polarity and the target's comparator.

    a ceiling (居民消费价格涨幅 3%左右, 城镇调查失业率 5.5%以内): the outcome is at most the target's upper bound,
    whatever the hedge;
    at most (小于, 以内): the outcome's value is at most the target's upper bound;
    about (左右): the outcome reaches the target less ``ABOUT_TOLERANCE`` of it;
    at least (以上), exactly, or a range (5%—6%): the outcome reaches the lower bound — a growth target
    is a floor, so 6.2% meets 5%—6%.
    """
    low, high = _bounds(target)
    value = outcome.quantity.normalized_value
    comparator = target.quantity.comparator
    if polarity == "ceiling" or comparator is Comparator.AT_MOST:
        return value <= high
    if comparator is Comparator.ABOUT:
        return value >= low - abs(low) * ABOUT_TOLERANCE
    return value >= low


def _key(ex: Extraction, o: Observation, lex: Lexicon) -> tuple:
    """What a target and its outcome share: the place the document speaks for, metric, measure, unit, period."""
    return ex.document.metadata.district, o.metric, o.measure, lex.comparable_unit(o.quantity.unit), o.period


def _outcome_rank(ref: Ref) -> tuple:
    """Prefer the report that reviews the year, then achieved over estimated, then the earliest."""
    doc = ref.extraction.document
    return (doc.metadata.kind is not DocKind.WORK_REPORT, ref.observation.status is not Status.ACHIEVED,
            doc.metadata.year, ref.document, ref.observation.provenance.start)


class _Outcomes:
    """The outcomes of one key, to find the best one stated after a given year in O(log n)."""

    def __init__(self, refs: list[Ref]) -> None:
        refs = sorted(refs, key=lambda r: r.extraction.document.metadata.year)
        self.years = [r.extraction.document.metadata.year for r in refs]
        ranked = [(_outcome_rank(r), i) for i, r in enumerate(refs)]
        for i in range(len(ranked) - 2, -1, -1):         # ranked[i]: the best of refs[i:]
            ranked[i] = min(ranked[i], ranked[i + 1])
        self.best: list[Ref] = [refs[i] for _, i in ranked]

    def after(self, year: int) -> Ref | None:
        at = bisect.bisect_right(self.years, year)
        return self.best[at] if at < len(self.best) else None


def track(extractions: list[Extraction], lex: Lexicon) -> list[Promise]:
    """Every target in ``extractions`` with its outcome and verdict, in document order.

    A target's outcome comes from a later document that speaks for the same place (its district).
    """
    found: dict[tuple, list[Ref]] = {}
    reviewed: dict[str, int] = {}                  # district -> the latest year a document of it reviews
    for ex in extractions:
        meta = ex.document.metadata
        if meta.reviewed_year is not None:
            reviewed[meta.district] = max(meta.reviewed_year, reviewed.get(meta.district, meta.reviewed_year))
        for i, o in enumerate(ex.observations):
            if o.status is not Status.PLANNED:
                found.setdefault(_key(ex, o, lex), []).append(Ref(ex, o, i))
    outcomes = {key: _Outcomes(refs) for key, refs in found.items()}
    promises = []
    for ex in sorted(extractions, key=lambda e: (e.document.metadata.year, e.document.id)):
        meta = ex.document.metadata
        for i, o in enumerate(ex.observations):
            if o.status is not Status.PLANNED:
                continue
            candidates = outcomes.get(_key(ex, o, lex))
            best = candidates.after(meta.year) if candidates else None
            target = Ref(ex, o, i)
            if best is not None:
                met = meets(o, best.observation, lex.metric_polarity(o.metric))
                promises.append(Promise(target, best, Verdict.MET if met else Verdict.MISSED))
            else:
                later_review = meta.district in reviewed and reviewed[meta.district] >= o.period
                promises.append(Promise(target, None, Verdict.NOT_REPORTED if later_review else Verdict.PENDING))
    return promises


# -- the promise table, read back from a built graph ----------------------------------------------

COLUMNS = ("year", "government", "metric", "measure", "target", "outcome", "verdict",
           "comparator", "value", "value_max", "unit", "outcome_comparator", "outcome_value", "outcome_unit", "outcome_status",
           "target_document", "target_evidence", "outcome_document", "outcome_evidence")

TABLE_COLUMNS = ("year", "metric", "measure", "target", "outcome", "verdict", "target_evidence", "outcome_evidence")
"""What ``kg promises`` shows as a table (CSV and JSON give every column, under the same names). ``target`` and
``outcome`` read a value with its comparator and unit ('≥ 5.5%'); the other columns are those of the cookbook
query ``promises``."""


def promise_rows(graph, year: int | None = None) -> list[dict]:
    """One row per target in ``graph`` (an rdflib Graph), ordered by year, document and place: the columns
    of COLUMNS, as the cookbook query ``promises`` gives them. ``year`` is the year the target is for;
    ``government`` the place its document speaks for (kgo:district)."""
    from rdflib import RDFS
    from rdflib.namespace import DCTERMS

    from kg.rdf.terms import kgo_name as local
    from kg.rdf.vocab import KGO

    def value(term):
        return None if term is None else term.toPython()

    rows = []
    for target, verdict in graph.subject_objects(KGO.verdict):
        period = int(str(graph.value(target, KGO.period)))
        if year is not None and period != year:
            continue
        outcome = graph.value(target, KGO.outcome)
        document = graph.value(target, KGO.reportedIn)
        government = graph.value(graph.value(document, KGO.district), RDFS.label)
        row = {
            "year": period,
            "government": None if government is None else str(government),
            "metric": str(graph.value(graph.value(target, KGO.metric), RDFS.label)),
            "measure": local(graph.value(target, KGO.measure)),
            "comparator": local(graph.value(target, KGO.comparator)),
            "value": value(graph.value(target, KGO.value)),
            "value_max": value(graph.value(target, KGO.valueMax)),
            "unit": str(graph.value(target, KGO.unit)),
            "verdict": local(verdict),
            "outcome_comparator": local(graph.value(outcome, KGO.comparator)) if outcome else None,
            "outcome_value": value(graph.value(outcome, KGO.value)) if outcome else None,
            "outcome_unit": str(graph.value(outcome, KGO.unit)) if outcome else None,
            "outcome_status": local(graph.value(outcome, KGO.status)) if outcome else None,
            "target_document": str(graph.value(document, DCTERMS.source)),
            "target_evidence": str(graph.value(target, KGO.evidence)),
            "outcome_document": str(graph.value(graph.value(outcome, KGO.reportedIn), DCTERMS.source)) if outcome else None,
            "outcome_evidence": str(graph.value(outcome, KGO.evidence)) if outcome else None,
            "_start": int(graph.value(target, KGO.charStart)),
        }
        row["target"] = describe_value(row["comparator"], row["value"], row["value_max"], row["unit"])
        row["outcome"] = describe_value(row["outcome_comparator"], row["outcome_value"], None, row["outcome_unit"]) or None
        rows.append(row)
    rows.sort(key=lambda r: (r["year"], r["target_document"], r["_start"], r["metric"], r["measure"], str(r["value"])))
    return [{k: r[k] for k in COLUMNS} for r in rows]


SCORECARD_VERDICTS = ("Met", "Missed", "NotReported", "Pending")
SCORECARD_COLUMNS = ("government", "year", "targets", *SCORECARD_VERDICTS)


def select(rows: list[dict], government: str | None = None, verdicts: tuple[str, ...] = (),
           metric: str | None = None) -> list[dict]:
    """The promise rows of one government (its full name), with one of ``verdicts`` (any, when empty), whose
    metric's name contains ``metric``."""
    return [r for r in rows if (government is None or r["government"] == government)
            and (not verdicts or r["verdict"] in verdicts) and (metric is None or metric in r["metric"])]


def scorecard(rows: list[dict]) -> list[tuple]:
    """One line per government and year: how many targets, and how many of each verdict."""
    counts: dict[tuple, dict[str, int]] = {}
    for r in rows:
        line = counts.setdefault((r["government"] or "", r["year"]), dict.fromkeys(SCORECARD_VERDICTS, 0))
        line[r["verdict"]] = line.get(r["verdict"], 0) + 1
    return [(government, year, sum(line.values()), *(line[v] for v in SCORECARD_VERDICTS))
            for (government, year), line in sorted(counts.items())]


def _plain(number) -> str:
    """Decimal without a trailing .0: 70.0 -> '70', 2.50 -> '2.5'."""
    text = format(Decimal(str(number)).normalize(), "f")
    return text


_SIGN = {"AtLeast": "≥", "AtMost": "≤", "About": "≈", "Exactly": ""}


def describe_value(comparator: str | None, value, value_max, unit: str | None) -> str:
    """A compact reading of a value: '≥ 5.5%', '5—6 %', '≈ 3000 亿元'."""
    if value is None:
        return ""
    number = f"{_plain(value)}—{_plain(value_max)}" if value_max is not None else _plain(value)
    sign = _SIGN.get(comparator or "Exactly", "")
    return f"{sign} {number}{unit or ''}".strip()
