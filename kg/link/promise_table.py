"""The promise table, read back from a built graph: one row per promise, as the cookbook query ``promises`` gives
it, grouped by government and year, with a scorecard line per government-year."""
from __future__ import annotations

from decimal import Decimal
from itertools import groupby

COLUMNS = ("government", "government_code", "year", "metric", "measure", "target", "outcome", "verdict",
           "review_reason", "comparator", "value", "value_max", "unit", "outcome_comparator", "outcome_value",
           "outcome_unit", "outcome_status", "sources", "target_document", "target_evidence", "outcome_document",
           "outcome_evidence", "claim_document", "claim_evidence", "compared_metric", "compared_value",
           "verdict_basis")
"""The columns of ``kg promises --format csv`` and of the cookbook query ``promises`` (which lacks ``target`` and
``outcome``, the readings of the values). ``sources`` counts the documents stating the target (a target restated
in a news article is one promise); ``review_reason`` says why a verdict is NeedsReview; ``claim_*`` give the
sentence a Claimed verdict rests on; ``compared_*`` and ``verdict_basis`` give, for a qualitative target judged by
comparing two outcomes (kg.link.promise_compare), the reference's outcome and how the verdict was reached."""

TABLE_COLUMNS = ("metric", "measure", "target", "outcome", "verdict", "review_reason", "sources", "target_evidence",
                 "outcome_evidence", "verdict_basis")
"""What ``kg promises`` shows as a table under each government-year's scorecard line (CSV and JSON give every
column, under the same names). ``target`` and ``outcome`` read a value with its comparator and unit ('≥ 5.5%')."""

SCORECARD_VERDICTS = ("Met", "Missed", "Claimed", "NeedsReview", "NotReported", "Pending")
SCORECARD_COLUMNS = ("government", "year", "targets", *SCORECARD_VERDICTS)


def promise_rows(graph, year: int | None = None) -> list[dict]:
    """One row per promise in ``graph`` (an rdflib Graph), ordered by government, year, document and place: the
    columns of COLUMNS, as the cookbook query ``promises`` gives them. ``year`` is the year the target is for;
    ``government`` the place its document speaks for (kgo:district)."""
    from kg.rdf.vocab import KGO

    rows = []
    for target, verdict in graph.subject_objects(KGO.verdict):
        period = int(str(graph.value(target, KGO.period)))
        if year is None or period == year:
            rows.append(_row(graph, target, verdict, period))
    rows.sort(key=lambda r: (r["government"] or "", r["year"], r["target_document"], r["_start"], r["metric"],
                             r["measure"], str(r["value"])))
    return [{k: r[k] for k in COLUMNS} for r in rows]


def _row(graph, target, verdict, period: int) -> dict:
    from rdflib import RDFS
    from rdflib.namespace import DCTERMS

    from kg.rdf.terms import kgo_name as local
    from kg.rdf.vocab import KGO

    def value(term):
        return None if term is None else term.toPython()

    def text(term):
        return None if term is None else str(term)

    outcome, compared = graph.value(target, KGO.outcome), graph.value(target, KGO.comparedWith)
    document = graph.value(target, KGO.reportedIn)
    place = graph.value(document, KGO.district)
    row = {
        "year": period,
        "government": text(graph.value(place, RDFS.label)),
        "government_code": text(graph.value(place, KGO.divisionCode)),
        "metric": str(graph.value(graph.value(target, KGO.metric), RDFS.label)),
        "measure": local(graph.value(target, KGO.measure)),
        "comparator": local(graph.value(target, KGO.comparator)),
        "value": value(graph.value(target, KGO.value)),
        "value_max": value(graph.value(target, KGO.valueMax)),
        "unit": str(graph.value(target, KGO.unit)),
        "verdict": local(verdict),
        "review_reason": text(graph.value(target, KGO.reviewReason)),
        "sources": 1 + len(set(graph.objects(target, KGO.restatedIn))),
        "target_document": str(graph.value(document, DCTERMS.source)),
        "target_evidence": str(graph.value(target, KGO.evidence)),
        "outcome_comparator": local(graph.value(outcome, KGO.comparator)) if outcome else None,
        "outcome_value": value(graph.value(outcome, KGO.value)) if outcome else None,
        "outcome_unit": text(graph.value(outcome, KGO.unit)) if outcome else None,
        "outcome_status": local(graph.value(outcome, KGO.status)) if outcome else None,
        "outcome_document": text(graph.value(graph.value(outcome, KGO.reportedIn), DCTERMS.source)) if outcome else None,
        "outcome_evidence": text(graph.value(outcome, KGO.evidence)) if outcome else None,
        "claim_document": text(graph.value(graph.value(target, KGO.claimedIn), DCTERMS.source)),
        "claim_evidence": text(graph.value(target, KGO.claimEvidence)),
        "compared_metric": text(graph.value(graph.value(compared, KGO.metric), RDFS.label)) if compared else None,
        "compared_value": value(graph.value(compared, KGO.value)) if compared else None,
        "verdict_basis": text(graph.value(target, KGO.verdictBasis)),
        "_start": int(graph.value(target, KGO.charStart)),
    }
    row["target"] = describe_value(row["comparator"], row["value"], row["value_max"], row["unit"])
    row["outcome"] = describe_value(row["outcome_comparator"], row["outcome_value"], None, row["outcome_unit"]) or None
    return row


def select(rows: list[dict], government: str | None = None, verdicts: tuple[str, ...] = (),
           metric: str | None = None, year: int | None = None) -> list[dict]:
    """The promise rows of one government (its full name or its division code), with one of ``verdicts`` (any,
    when empty), whose indicator's name contains ``metric``, for ``year``."""
    return [r for r in rows if (government is None or government in (r["government"], r.get("government_code")))
            and (not verdicts or r["verdict"] in verdicts) and (metric is None or metric in r["metric"])
            and (year is None or r["year"] == year)]


def scorecard(rows: list[dict]) -> list[tuple]:
    """One line per government and year: how many targets, and how many of each verdict (SCORECARD_COLUMNS)."""
    counts: dict[tuple, dict[str, int]] = {}
    for r in rows:
        line = counts.setdefault((r["government"] or "", r["year"]), dict.fromkeys(SCORECARD_VERDICTS, 0))
        line[r["verdict"]] = line.get(r["verdict"], 0) + 1
    return [(government, year, sum(line.values()), *(line[v] for v in SCORECARD_VERDICTS))
            for (government, year), line in sorted(counts.items())]


def by_government_year(rows: list[dict]) -> list[tuple[tuple, list[dict]]]:
    """The rows grouped by government and year, each group with its scorecard line (in the rows' order)."""
    groups = []
    for _, group in groupby(rows, key=lambda r: (r["government"] or "", r["year"])):
        mine = list(group)
        groups.append((scorecard(mine)[0], mine))
    return groups


def scorecard_line(line: tuple) -> str:
    """A scorecard line as words: '徐汇区 2023: 29 targets — 8 met, 1 missed, … 0 pending'."""
    counts = dict(zip(SCORECARD_COLUMNS, line))
    verdicts = ", ".join(f"{counts[v]} {_words(v)}" for v in SCORECARD_VERDICTS)
    return f"{counts['government'] or '(no government)'} {counts['year']}: {counts['targets']} targets — {verdicts}"


def _words(verdict: str) -> str:
    return "".join(" " + c.lower() if c.isupper() else c for c in verdict).strip()


def _plain(number) -> str:
    """Decimal without a trailing .0: 70.0 -> '70', 2.50 -> '2.5'."""
    return format(Decimal(str(number)).normalize(), "f")


_SIGN = {"AtLeast": "≥", "AtMost": "≤", "About": "≈", "Exactly": ""}


def describe_value(comparator: str | None, value, value_max, unit: str | None) -> str:
    """A compact reading of a value: '≥ 5.5%', '5—6 %', '≈ 3000 亿元'."""
    if value is None:
        return ""
    number = f"{_plain(value)}—{_plain(value_max)}" if value_max is not None else _plain(value)
    sign = _SIGN.get(comparator or "Exactly", "")
    return f"{sign} {number}{unit or ''}".strip()
