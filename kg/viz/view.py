"""What graph.html draws: a built graph read into nodes and edges with their tooltips, documents and years.

:func:`build_view` makes the :class:`View`; :mod:`kg.viz.render` renders it as a page.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path, PurePath

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.errors import NoSuchNode
from kg.rdf.index import TripleIndex
from kg.viz.labels import labels
from kg.rdf import ontology
from kg.rdf.terms import VERDICT_OF, IriKey, kgo_name, local_name
from kg.rdf.vocab import KGO

MAX_EVIDENCE = 3


@dataclass(frozen=True)
class Style:
    """How one class is drawn; its names are the ontology's."""

    cls: URIRef
    color: str
    shape: str

    @property
    def name(self) -> str:
        """The class's name in the ontology (``FunctionalArea``): the page's key for the kind of a node."""
        return kgo_name(self.cls)

    @property
    def zh(self) -> str:
        """The class's Chinese label in the ontology."""
        return ontology.label(self.cls, "zh")


STYLES = (
    Style(KGO.Municipality, "#6d4c41", "diamond"),
    Style(KGO.District, "#8e24aa", "diamond"),
    Style(KGO.FunctionalArea, "#e53935", "hexagon"),
    Style(KGO.Country, "#3e2723", "diamond"),
    Style(KGO.Province, "#5d4037", "diamond"),
    Style(KGO.AutonomousRegion, "#5d4037", "diamond"),
    Style(KGO.PrefectureCity, "#795548", "diamond"),
    Style(KGO.DevelopmentZone, "#ef5350", "hexagon"),
    *(Style(cls, "#8d6e63", "diamond") for cls in (
        KGO.SpecialAdministrativeRegion, KGO.AutonomousPrefecture, KGO.Prefecture, KGO.League, KGO.NewArea,
        KGO.County, KGO.CountyCity, KGO.AutonomousCounty, KGO.Banner, KGO.AutonomousBanner, KGO.ForestryDistrict,
        KGO.SpecialDistrict)),
    Style(KGO.Project, "#1e88e5", "dot"),
    Style(KGO.Industry, "#43a047", "triangle"),
    Style(KGO.Metric, "#fb8c00", "square"),
    Style(KGO.Benchmark, "#00897b", "triangleDown"),
    Style(KGO.Document, "#546e7a", "star"),
)
# The places that set targets: the graph view opens on the one that set the most.
GOVERNMENTS = frozenset(s.name for s in STYLES if s.shape == "diamond")
# A multi-year figure's first year (its end year is kgo:period).
PERIOD_START = KGO.periodStart
DOCUMENT_CLASSES = (KGO.Document, KGO.WorkReport, KGO.NewsArticle)
Readable = Graph | TripleIndex      # what the view reads: an rdflib Graph, or the faster index load_graph gives


@dataclass(frozen=True)
class Tip:
    """A tooltip as data: the page turns it into DOM nodes with textContent."""

    title: str
    lines: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()          # first row is the header
    evidence: tuple[tuple[str, str], ...] = ()       # (sentence, document)


@dataclass(frozen=True)
class VizNode:
    """One drawn node: ``kind`` is a name from STYLES, ``docs`` the documents that state it."""

    id: str
    label: str
    kind: str
    tip: Tip
    docs: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    alt: tuple[str, ...] = ()
    size: float = 10.0


@dataclass(frozen=True)
class VizEdge:
    """One drawn edge between two node ids."""

    source: str
    target: str
    label: str
    tip: Tip | None = None


@dataclass
class View:
    """What the page draws: nodes and edges sorted, and the documents for the filter."""

    nodes: list[VizNode]
    edges: list[VizEdge]
    documents: list[tuple[str, str]] = field(default_factory=list)   # (node id, label)
    focus: str | None = None


def verdict_label(verdict: URIRef | None) -> str:
    """An edge from a place to a metric it set a target for, named by the target's verdict (its English label)."""
    if verdict is None:
        return "targets"
    try:
        name = ontology.label(verdict, "en")
    except KeyError:                     # a verdict the ontology does not name yet
        name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local_name(verdict))
    return f"targets ({name.lower()})"


VERDICT_LABELS = {iri: verdict_label(iri) for iri in VERDICT_OF}


@lru_cache(maxsize=1 << 16)
def _key(node: URIRef) -> str:
    """A node's id on the page: its IRI after ``id:`` (kg.rdf.terms.IriKey.path), another IRI in full."""
    key = IriKey.parse(str(node))
    return str(node) if key is None else key.path


def _text(g: Readable, node: URIRef, prop: URIRef = RDFS.label) -> str:
    """The Chinese value of ``prop`` if there is one, else any value, else the IRI's last segment."""
    values = sorted(g.objects(node, prop), key=lambda v: (getattr(v, "language", None) != "zh", str(v)))
    return str(values[0]) if values else local_name(node)


def _documents(g: Readable) -> dict[URIRef, tuple[str, str, str]]:
    """Document -> (short label, title, planned year)."""
    docs = {d for cls in DOCUMENT_CLASSES for d in g.subjects(RDF.type, cls) if isinstance(d, URIRef)}
    out = {}
    for d in sorted(docs):
        source = g.value(d, DCTERMS.source)
        label = PurePath(str(source)).stem if source else _text(g, d)
        out[d] = (label, _text(g, d), str(g.value(d, KGO.year) or ""))
    return out


class _Evidence:
    """Sentences that state things, indexed once: by entity (mentions) and by triple (statements)."""

    def __init__(self, g: Readable, docs: dict[URIRef, tuple[str, str, str]]) -> None:
        self.docs = docs
        self.by_entity: dict[URIRef, set[tuple[str, int, str]]] = defaultdict(set)
        self.by_triple: dict[tuple, set[tuple[str, int, str]]] = defaultdict(set)
        self.sentences: dict[tuple[str, int], set[URIRef]] = defaultdict(set)
        for m in g.subjects(KGO.mentionOf, None):
            entity, where = g.value(m, KGO.mentionOf), self._where(g, m, docs)
            if where:
                self.by_entity[entity].add(where)
                self.sentences[where[:2]].add(entity)
        for s in g.subjects(RDF.type, KGO.Statement):
            where = self._where(g, s, docs)
            if where:
                triple = (g.value(s, RDF.subject), g.value(s, RDF.predicate), g.value(s, RDF.object))
                self.by_triple[triple].add(where)

    @staticmethod
    def _where(g: Readable, node: URIRef, docs: dict) -> tuple[str, int, str] | None:
        doc, start, text = g.value(node, KGO.reportedIn), g.value(node, KGO.charStart), g.value(node, KGO.evidence)
        if doc is None or text is None:
            return None
        return (docs[doc][0] if doc in docs else _key(doc), int(start or 0), str(text))

    @staticmethod
    def cite(found: set[tuple[str, int, str]]) -> tuple[tuple[str, str], ...]:
        """The first few sentences, in document and text order, as (sentence, document); a tooltip is a
        glance: the entity page (a click) quotes them all."""
        return tuple((text, doc) for doc, _, text in sorted(found)[:MAX_EVIDENCE])


def _number(value: object) -> str:
    """A decimal as written in the shortest form, so a graph and its Turtle round trip agree (1 == 1.0)."""
    number = value.toPython() if hasattr(value, "toPython") else value
    if isinstance(number, Decimal):
        return format(number.normalize(), "f")
    return "" if number is None else str(number)


def _observation_rows(g: Readable, metric: URIRef, docs: dict) -> tuple[tuple[str, ...], ...]:
    """A metric's values by year: period, measure, value, unit, status, document, verdict (a target's)."""
    rows = []
    for o in g.subjects(KGO.metric, metric):
        value, high = _number(g.value(o, KGO.value)), _number(g.value(o, KGO.valueMax))
        shown = f"{value}–{high}" if high else value
        comparator = g.value(o, KGO.comparator)
        if comparator is not None and comparator != KGO.Exactly:
            shown += f" ({_text(g, comparator)})"
        doc, verdict = g.value(o, KGO.reportedIn), g.value(o, KGO.verdict)
        rows.append((str(g.value(o, KGO.period) or ""), _text(g, g.value(o, KGO.measure) or KGO.Level), shown,
                     str(g.value(o, KGO.unit) or ""), _text(g, g.value(o, KGO.status) or KGO.Planned),
                     docs[doc][0] if doc in docs else "", _text(g, verdict) if verdict is not None else ""))
    return (labels().observation_header, *sorted(set(rows))) if rows else ()


def _entity_nodes(g: Readable, docs: dict, ev: _Evidence) -> dict[URIRef, VizNode]:
    nodes, words = {}, labels()
    for style in STYLES[:-1]:
        for s in sorted(x for x in g.subjects(RDF.type, style.cls) if isinstance(x, URIRef)):
            in_docs = sorted(docs[d][0] for d in g.objects(s, KGO.reportedIn) if d in docs)
            years = sorted({docs[d][2] for d in g.objects(s, KGO.reportedIn) if d in docs})
            alt = tuple(sorted(str(a) for a in g.objects(s, SKOS.altLabel)))
            lines = (f"{words.also}: {words.list_separator.join(alt)}",) if alt else ()
            broader = g.value(s, SKOS.broader)
            if broader is not None:
                lines += (f"{words.broader}: {_text(g, broader)}",)
            if in_docs:
                lines += (f"{words.reported_in}: {', '.join(in_docs)}",)
            found = ev.by_entity.get(s, set())
            if style.cls == KGO.Metric:
                found = {w for o in g.subjects(KGO.metric, s) if (w := _Evidence._where(g, o, docs))}
            if len(found) > MAX_EVIDENCE:
                lines += (f"{words.more_on_page} (+{len(found) - MAX_EVIDENCE})",)
            tip = Tip(words.kind(_text(g, s), f"{style.zh} {style.name}"), lines,
                      _observation_rows(g, s, docs) if style.cls == KGO.Metric else (), ev.cite(found))
            nodes[s] = VizNode(_key(s), _text(g, s), style.name, tip, tuple(in_docs), tuple(years), alt)
    for d, (label, title, year) in docs.items():
        lines = tuple(f"{name}: {v}" for name, v in ((words.title, title), (words.year, year),
                      (words.date, g.value(d, DCTERMS.date)), (words.speaker, g.value(d, KGO.speaker)),
                      (words.session, g.value(d, KGO.session))) if v)
        nodes[d] = VizNode(_key(d), label, "Document", Tip(words.kind(label, words.document), lines),
                           (label,), (year,) if year else ())
    return nodes


def _edges(g: Readable, nodes: dict[URIRef, VizNode], ev: _Evidence) -> list[VizEdge]:
    found: dict[tuple[str, str, str], set] = defaultdict(set)

    def link(s: URIRef, o: URIRef, label: str, evidence: set) -> None:
        if s in nodes and o in nodes and s != o:
            found[(nodes[s].id, nodes[o].id, label)] |= evidence

    for s, o in g.subject_objects(KGO.locatedIn):
        link(s, o, "located-in", ev.by_triple.get((s, KGO.locatedIn, o), set()))
    promised: dict[tuple[str, str, str], list[tuple[str, ...]]] = defaultdict(list)
    for s, o in g.subject_objects(KGO.targets):
        said = ev.by_triple.get((s, KGO.targets, o), set())
        if (o, RDF.type, KGO.Benchmark) in g:
            link(s, o, "benchmarked-against", said)
        elif (metric := g.value(o, KGO.metric)) is not None:
            label = verdict_label(g.value(o, KGO.verdict))
            outcome = g.value(o, KGO.outcome)
            link(s, metric, label, said | ({w} if outcome is not None and (w := ev._where(g, outcome, ev.docs)) else set()))
            if s in nodes and metric in nodes:
                promised[(nodes[s].id, nodes[metric].id, label)].append(_promise_row(g, o, outcome))
    for s, o in g.subject_objects(SKOS.broader):
        link(s, o, "broader", set())
    for s, d in g.subject_objects(KGO.reportedIn):
        if s in nodes and nodes[s].kind != "Document":
            link(s, d, "reported-in", set())
    for (doc, start), entities in ev.sentences.items():
        sentence = {w for e in entities for w in ev.by_entity[e] if w[:2] == (doc, start)}
        for a in entities:
            for b in entities:
                if nodes.get(a) and nodes.get(b) and nodes[a].kind in ("FunctionalArea", "Project") \
                        and nodes[b].kind == "Industry":
                    link(a, b, "mentioned-with", sentence)
    by_id = {n.id: n for n in nodes.values()}
    edges = []
    header = labels().promise_header
    for (s, o, label), said in sorted(found.items()):
        rows = tuple(sorted(set(promised.get((s, o, label), ()))))
        tip = Tip(f"{by_id[s].label} —{label}→ {by_id[o].label}", table=(header, *rows) if rows else (),
                  evidence=ev.cite(said)) if said or rows else None
        edges.append(VizEdge(s, o, label, tip))
    return edges


def shown_value(g: Readable, o: URIRef | None) -> str:
    """An observation as read: value (or range), unit and hedge, e.g. 5–6% (左右); "" for none."""
    if o is None:
        return ""
    value, high = _number(g.value(o, KGO.value)), _number(g.value(o, KGO.valueMax))
    comparator = g.value(o, KGO.comparator)
    hedge = f" ({_text(g, comparator)})" if comparator is not None and comparator != KGO.Exactly else ""
    return f"{value}{'–' + high if high else ''}{g.value(o, KGO.unit) or ''}{hedge}"


def _promise_row(g: Readable, target: URIRef, outcome: URIRef | None) -> tuple[str, ...]:
    """A target and its outcome as the edge's tooltip shows them: year, target, outcome, verdict."""
    verdict = g.value(target, KGO.verdict)
    return (str(g.value(target, KGO.period) or ""), shown_value(g, target), shown_value(g, outcome),
            _text(g, verdict) if verdict is not None else "")


def _sized(nodes: list[VizNode], edges: list[VizEdge]) -> list[VizNode]:
    """Nodes sized by degree centrality (square root, so hubs do not swamp the picture)."""
    nxg = nx.Graph()
    nxg.add_nodes_from(n.id for n in nodes)
    nxg.add_edges_from((e.source, e.target) for e in edges)
    centrality = nx.degree_centrality(nxg) if len(nxg) > 1 else {n.id: 0.0 for n in nodes}
    top = max(centrality.values(), default=0.0) or 1.0
    return [VizNode(**{**n.__dict__, "size": round(8 + 32 * math.sqrt(centrality[n.id] / top), 1)}) for n in nodes]


def build_view(graph: Readable, focus: str | None = None) -> View:
    """The nodes and edges the page draws, sorted; with ``focus``, one entity and its neighbours."""
    docs = _documents(graph)
    ev = _Evidence(graph, docs)
    by_iri = _entity_nodes(graph, docs, ev)
    edges = _edges(graph, by_iri, ev)
    nodes = _sized(sorted(by_iri.values(), key=lambda n: n.id), edges)
    if focus is not None:
        centre = find_node(nodes, focus)
        keep = {centre.id} | {e.target for e in edges if e.source == centre.id} \
            | {e.source for e in edges if e.target == centre.id}
        nodes = [n for n in nodes if n.id in keep]
        edges = [e for e in edges if e.source in keep and e.target in keep]
    # the filter compares a document's label with the labels in each node's ``docs``
    kept = {d for n in nodes for d in n.docs}
    documents = sorted((label, f"{label} {title}" if title != label else label)
                       for label, title, _ in docs.values() if label in kept)
    return View(nodes, edges, documents, focus)


def find_node(nodes: list[VizNode], name: str) -> VizNode:
    """The node called ``name`` (label, other name or id); classes earlier in STYLES win ties."""
    wanted = re.sub(r"\s", "", name)
    rank = {s.name: i for i, s in enumerate(STYLES)}
    exact = [n for n in nodes if wanted in (n.label, n.id) or wanted in n.alt]
    if exact:
        return min(exact, key=lambda n: (rank[n.kind], n.id))
    near = sorted(n.label for n in nodes if wanted and wanted in n.label)
    example = min((n for n in nodes if n.kind != "Document"), key=lambda n: (rank[n.kind], n.id), default=None)
    hint = (f"did you mean {labels().list_separator.join(near[:5])}?" if near
            else "give a name from the graph" + (f", e.g. {example.label}" if example else ""))
    raise NoSuchNode(name, "no entity or document of that name in the graph", hint)


def drawn_nodes(graph: Readable, focus: str | None = None) -> list[VizNode]:
    """The nodes :func:`kg.viz.render.render_html` draws for ``graph`` (the page shows the same count)."""
    return build_view(graph, focus).nodes


# The predicates the view reads: loading only these triples makes the same page from a smaller graph.
READS = frozenset({RDF.type, RDFS.label, SKOS.altLabel, SKOS.broader, DCTERMS.source, DCTERMS.date,
                   RDF.subject, RDF.predicate, RDF.object, KGO.year, KGO.session, KGO.speaker, KGO.metric,
                   KGO.value, KGO.valueMax, KGO.unit, KGO.period, KGO.status, KGO.comparator, KGO.measure,
                   KGO.reportedIn, KGO.evidence, KGO.charStart, KGO.mentionOf, KGO.locatedIn, KGO.targets,
                   KGO.verdict, KGO.outcome, KGO.district, KGO.project, KGO.stage, PERIOD_START})


def load_graph(path: Path) -> TripleIndex:
    """The triples of a built Turtle file that the renderer walks, indexed for its lookups."""
    from kg.rdf.read import read_index

    return read_index(path, READS)
