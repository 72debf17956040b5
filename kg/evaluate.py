"""Compare a built graph with hand-made gold annotations: precision, recall and F1 per class.

The gold format is documented in tests/gold/README.md. Matching rules:

- observations: same document, value, value_max, written unit, measure, status, period and
  comparator; the gold quote lies in the predicted evidence sentence; the metric names agree after
  resolving both through the metric lexicon, or one contains the other;
- areas: same surface form inside the same sentence; right when the canonical area agrees;
- projects: names compared without whitespace, one containing the other; located-in pairs also
  need the same area;
- industries: canonical names per document.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.errors import UnreadableInput
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.link.names import canonical
from kg.model import EntityKind
from kg.rdf.terms import COMPARATOR_OF, MEASURE_OF, STATUS_OF, observation_number_at
from kg.rdf.vocab import KGO

CLASSES = ("observations", "areas", "projects", "located_in", "industries")


def squash(text: str, lex: Lexicon | None = None) -> str:
    """Text compared without whitespace and with full-width forms folded, as the reader cleans it, and
    without the bracketed classifiers a quantity's unit may carry (套(间): units.toml ``bracketed``)."""
    import unicodedata

    return _bracketed(lex or load_lexicon()).sub("", re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))


@cache
def _bracketed(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(r"\((?:" + "|".join(map(re.escape, lex.bracketed_classifiers)) + r")\)")


# -- gold ---------------------------------------------------------------------------------------

def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a gold TSV file; lines starting with # are comments, the first other line the header."""
    if not path.exists():
        return []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


@dataclass
class GoldDocument:
    """One annotated document: its rows per class and, optionally, the stretches the gold covers."""

    stem: str
    observations: list[dict[str, str]]
    areas: list[dict[str, str]]
    projects: list[dict[str, str]]
    industries: list[dict[str, str]]
    scope: list[tuple[str, str]] = field(default_factory=list)   # (first words, last words) of stretches


def load_gold(folder: Path) -> list[GoldDocument]:
    """Every annotated document under ``folder`` (one sub-folder each, holding observations.tsv; the
    exhaustive gold of kg.gold lives in folders of per-government files and is read there)."""
    if not folder.is_dir():
        raise UnreadableInput(str(folder), "is not a folder of gold annotations", "see tests/gold/README.md")
    docs = []
    for sub in sorted(p for p in folder.iterdir() if (p / "observations.tsv").is_file()):
        scope = [(r["from"], r["to"]) for r in read_tsv(sub / "scope.tsv")]
        docs.append(GoldDocument(sub.name, read_tsv(sub / "observations.tsv"), read_tsv(sub / "areas.tsv"),
                                 read_tsv(sub / "projects.tsv"), read_tsv(sub / "industries.tsv"), scope))
    return docs


# -- predictions from the graph -------------------------------------------------------------------

@dataclass(frozen=True)
class PredictedObservation:
    metric: str
    names: frozenset[str]       # canonical label, alternative labels, wording in the sentence
    value: Decimal
    value_max: Decimal | None
    unit: str
    measure: str
    status: str
    period: int
    comparator: str
    evidence: str               # squashed
    start: int
    period_start: int | None = None   # first year of a multi-year figure
    number_at: int | None = None      # where the number stands in the text (from the observation's IRI)


def documents_by_stem(graph: Graph) -> dict[str, URIRef]:
    """Document node by its source file's name without the extension."""
    return {Path(str(src)).stem: doc for doc, src in graph.subject_objects(DCTERMS.source)}


def predicted_observations(graph: Graph, doc: URIRef) -> list[PredictedObservation]:
    out = []
    for o in graph.subjects(KGO.reportedIn, doc):
        if (o, RDF.type, KGO.Observation) not in graph:
            continue
        metric = graph.value(o, KGO.metric)
        label = str(graph.value(metric, RDFS.label))
        names = {label, str(graph.value(o, KGO.metricText) or label)}
        vmax = graph.value(o, KGO.valueMax)
        first = graph.value(o, KGO.periodStart)
        out.append(PredictedObservation(
            metric=label, names=frozenset(squash(n) for n in names),
            value=graph.value(o, KGO.value).toPython(), value_max=vmax.toPython() if vmax is not None else None,
            unit=str(graph.value(o, KGO.unit)), measure=MEASURE_OF[graph.value(o, KGO.measure)].value,
            status=STATUS_OF[graph.value(o, KGO.status)].value, period=int(str(graph.value(o, KGO.period))),
            comparator=COMPARATOR_OF[graph.value(o, KGO.comparator)].value,
            evidence=squash(str(graph.value(o, KGO.evidence))), start=int(graph.value(o, KGO.charStart)),
            period_start=int(str(first)) if first is not None else None, number_at=observation_number_at(o),
        ))
    return sorted(out, key=lambda p: (p.start, p.metric, p.value))


def _mentions(graph: Graph, doc: URIRef, cls: URIRef) -> list[tuple[str, str, str, int]]:
    """(surface, canonical, squashed evidence, start) of mentions of entities of ``cls``."""
    out = []
    for m in graph.subjects(KGO.reportedIn, doc):
        if (m, RDF.type, KGO.Mention) not in graph:
            continue
        ent = graph.value(m, KGO.mentionOf)
        if (ent, RDF.type, cls) in graph:
            out.append((squash(str(graph.value(m, KGO.surface))), str(graph.value(ent, RDFS.label)),
                        squash(str(graph.value(m, KGO.evidence))), int(graph.value(m, KGO.charStart))))
    return sorted(out, key=lambda x: (x[3], x[0]))


def _located_pairs(graph: Graph, doc: URIRef) -> set[tuple[str, str]]:
    pairs = set()
    for st in graph.subjects(KGO.reportedIn, doc):
        if (st, RDF.type, KGO.Statement) in graph and graph.value(st, RDF.predicate) == KGO.locatedIn:
            s, o = graph.value(st, RDF.subject), graph.value(st, RDF.object)
            if (s, RDF.type, KGO.Project) in graph:
                pairs.add((squash(str(graph.value(s, RDFS.label))), str(graph.value(o, RDFS.label))))
    return pairs


# -- scoring --------------------------------------------------------------------------------------

@dataclass
class Score:
    """Counts for one class, with the unmatched items for reading."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.false_positives += other.false_positives

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "misses": self.misses,
                "false_positives": self.false_positives}


def _match(gold: list, predicted: list, same: Callable[[object, object], bool],
           show_gold: Callable[[object], str], show_pred: Callable[[object], str],
           exact: Callable[[object, object], bool] | None = None) -> Score:
    """Greedy one-to-one matching in document order; ``exact`` pairs are made first, so that a
    lenient rule does not give one gold row another's prediction."""
    score, used, matched = Score(), set(), {}
    for rule in ([exact] if exact else []) + [same]:
        for gi, g in enumerate(gold):
            if gi in matched:
                continue
            hit = next((i for i, p in enumerate(predicted) if i not in used and same(g, p) and rule(g, p)), None)
            if hit is not None:
                used.add(hit)
                matched[gi] = hit
    score.tp = len(matched)
    for gi, g in enumerate(gold):
        if gi not in matched:
            score.fn += 1
            score.misses.append(show_gold(g))
    for i, p in enumerate(predicted):
        if i not in used:
            score.fp += 1
            score.false_positives.append(show_pred(p))
    return score


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def _unit(text: str) -> str:
    return squash(text)


METRIC_OVERLAP = 0.6


def overlap(a: str, b: str) -> float:
    """Dice coefficient of two names' characters (as multisets)."""
    from collections import Counter

    ca, cb = Counter(a), Counter(b)
    return 2 * sum((ca & cb).values()) / (len(a) + len(b)) if a or b else 1.0


def metric_agrees(gold: str, predicted: Iterable[str], lex: Lexicon) -> bool:
    """Metric names agree after resolving aliases, when one contains the other, or when they share
    at least ``METRIC_OVERLAP`` of their characters (annotators word the same indicator differently;
    the value, unit and quote have already pinned the fact to its place)."""
    aliases = lex.metric_aliases()
    g = re.sub(r"[“”]", "", squash(gold))
    g_canon = aliases.get(g, g)
    for p in predicted:
        p = re.sub(r"[“”]", "", p)
        p_canon = aliases.get(p, p)
        if g_canon == p_canon or (len(p) >= 2 and (p in g or g in p)) or overlap(g_canon, p_canon) >= METRIC_OVERLAP:
            return True
    return False


def _same_observation(lex: Lexicon) -> Callable[[dict, PredictedObservation], bool]:
    def same(g: dict, p: PredictedObservation) -> bool:
        return (
            _decimal(g["value"]) == p.value
            and _decimal(g.get("value_max", "")) == p.value_max
            and _unit(g["unit"]) == _unit(p.unit)
            and g["measure"] == p.measure and g["status"] == p.status
            and int(g["period"] or 0) == p.period and g["comparator"] == p.comparator
            and squash(g["quote"]) in p.evidence
            and metric_agrees(g["metric"], p.names, lex)
        )
    return same


def _scoped(obs: list[PredictedObservation], scope: list[tuple[str, str]]) -> list[PredictedObservation]:
    """The predictions inside the gold's stretches; a stretch runs from the first sentence holding its
    opening words to the last sentence holding its closing words."""
    if not scope:
        return obs
    spans = []
    for first, last in scope:
        starts = [p.start for p in obs if squash(first) in p.evidence]
        ends = [p.start for p in obs if squash(last) in p.evidence]
        if starts and ends:
            spans.append((min(starts), max(ends)))
    return [p for p in obs if any(a <= p.start <= b for a, b in spans)]


def _same_place(quote: str, evidence: str) -> bool:
    """A gold quote and a predicted sentence overlap (a quote may run past a heading's end)."""
    return quote in evidence or evidence in quote or quote[:8] in evidence or quote[-8:] in evidence


def _names_agree(a: str, b: str) -> bool:
    a, b = squash(a), squash(b)
    return a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a))


def score_document(graph: Graph, doc: URIRef, gold: GoldDocument, lex: Lexicon) -> dict[str, Score]:
    """Scores of one document for every class."""
    obs = _scoped(predicted_observations(graph, doc), gold.scope)
    scores = {"observations": _match(
        gold.observations, obs, _same_observation(lex),
        lambda g: f"{g['metric']} {g['value']}{g['unit']} {g['measure']} {g['status']} {g['period']} {g['comparator']} | {g['quote']}",
        lambda p: f"{p.metric} {p.value}{p.unit} {p.measure} {p.status} {p.period} {p.comparator} | {p.evidence[:40]}")}
    mentions = _mentions(graph, doc, KGO.FunctionalArea)
    area_score = _match(
        gold.areas, mentions,
        lambda g, m: _names_agree(g["mention"], m[0]) and _same_place(squash(g["quote"]), m[2]) and g["area"] == m[1],
        lambda g: f"{g['mention']} → {g['area']} | {g['quote']}", lambda m: f"{m[0]} → {m[1]} | {m[2][:40]}",
        exact=lambda g, m: squash(g["mention"]) == m[0])
    scores["areas"] = area_score
    projects = sorted({squash(str(graph.value(p, RDFS.label))) for p in graph.subjects(KGO.reportedIn, doc)
                       if (p, RDF.type, KGO.Project) in graph})
    # the graph names a project in the form its names are compared in (kg.link.names): so are the gold's
    gold_projects = sorted({squash(canonical(EntityKind.PROJECT, r["project"])) for r in gold.projects})
    scores["projects"] = _match(gold_projects, projects, _names_agree, str, str, exact=lambda g, p: g == p)
    gold_located = sorted({(squash(canonical(EntityKind.PROJECT, r["project"])), r["area"]) for r in gold.projects
                           if r.get("area")})
    scores["located_in"] = _match(
        gold_located, sorted(_located_pairs(graph, doc)),
        lambda g, p: _names_agree(g[0], p[0]) and g[1] == p[1], lambda g: f"{g[0]} → {g[1]}", lambda p: f"{p[0]} → {p[1]}",
        exact=lambda g, p: g[0] == p[0])
    industries = sorted({m[1] for m in _mentions(graph, doc, KGO.Industry)})
    forms = lex.industry_forms()
    gold_industries = sorted({forms[r["industry"]].name if r["industry"] in forms else r["industry"]
                              for r in gold.industries})
    scores["industries"] = _match(gold_industries, industries, lambda g, p: g == p, str, str)
    return scores


@dataclass
class Evaluation:
    """Scores per class overall and per document."""

    overall: dict[str, Score]
    documents: dict[str, dict[str, Score]]
    missing_documents: list[str]

    def as_dict(self) -> dict:
        return {"overall": {k: v.as_dict() for k, v in self.overall.items()},
                "documents": {d: {k: v.as_dict() for k, v in s.items()} for d, s in self.documents.items()},
                "missing_documents": self.missing_documents}


def evaluate(gold_folder: Path, graph: Graph, lex: Lexicon, only: Iterable[str] | None = None) -> Evaluation:
    """Score ``graph`` against every gold document it contains (or the ``only`` stems given)."""
    docs = documents_by_stem(graph)
    wanted = set(only) if only is not None else None
    overall = {c: Score() for c in CLASSES}
    per_doc: dict[str, dict[str, Score]] = {}
    missing = []
    for gold in load_gold(gold_folder):
        if wanted is not None and gold.stem not in wanted:
            continue
        if gold.stem not in docs:
            missing.append(gold.stem)
            continue
        scores = score_document(graph, docs[gold.stem], gold, lex)
        if not (gold.areas or gold.projects or gold.industries):
            scores = {"observations": scores["observations"]}
        per_doc[gold.stem] = scores
        for cls, s in scores.items():
            overall[cls].add(s)
    return Evaluation(overall, per_doc, missing)


def format_table(evaluation: Evaluation) -> str:
    """Plain-text tables: per class, then per document."""
    lines = [f"{'class':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for cls, s in evaluation.overall.items():
        if s.tp + s.fp + s.fn == 0:      # no gold and no prediction for this class: nothing was scored
            continue
        lines.append(f"{cls:<14}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    lines.append("")
    lines.append(f"{'document':<44}{'class':<14}{'P':>7}{'R':>7}{'F1':>7}")
    for doc, scores in evaluation.documents.items():
        for cls, s in scores.items():
            lines.append(f"{doc:<44}{cls:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}")
    if evaluation.missing_documents:
        lines.append("")
        lines.append("not in the graph: " + ", ".join(evaluation.missing_documents))
    return "\n".join(lines)


def format_errors(evaluation: Evaluation, classes: Iterable[str] = CLASSES) -> str:
    """The misses and false positives, per document and class."""
    lines = []
    for doc, scores in evaluation.documents.items():
        for cls in classes:
            s = scores.get(cls)
            if s is None:
                continue
            lines += [f"{doc}\t{cls}\tmiss\t{m}" for m in s.misses]
            lines += [f"{doc}\t{cls}\tfalse+\t{f}" for f in s.false_positives]
    return "\n".join(lines)
