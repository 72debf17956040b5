"""The only module that mints RDF terms: typed extraction results -> an rdflib Graph."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache, lru_cache

from rdflib import RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.lexicon import Lexicon
from kg.model import (Comparator, DocKind, Document, EntityKind, Extraction, Measure, Mention,
                      Observation, SectionKind, Status)
from kg.link.promises import Verdict
from kg.link.entities import Entity, normalize_name, resolve
from kg.rdf.vocab import CUR, ID, KGO, PREFIXES, UNIT

CLASS = {
    EntityKind.MUNICIPALITY: KGO.Municipality,
    EntityKind.DISTRICT: KGO.District,
    EntityKind.FUNCTIONAL_AREA: KGO.FunctionalArea,
    EntityKind.PROJECT: KGO.Project,
    EntityKind.INDUSTRY: KGO.Industry,
    EntityKind.METRIC: KGO.Metric,
    EntityKind.BENCHMARK: KGO.Benchmark,
}
STATUS = {Status.ACHIEVED: KGO.Achieved, Status.ESTIMATED: KGO.Estimated, Status.PLANNED: KGO.Planned}
COMPARATOR = {Comparator.EXACTLY: KGO.Exactly, Comparator.ABOUT: KGO.About,
              Comparator.AT_LEAST: KGO.AtLeast, Comparator.AT_MOST: KGO.AtMost}
VERDICT = {Verdict.MET: KGO.Met, Verdict.MISSED: KGO.Missed, Verdict.NOT_REPORTED: KGO.NotReported,
           Verdict.PENDING: KGO.Pending}
MEASURE = {Measure.LEVEL: KGO.Level, Measure.INCREASE: KGO.Increase, Measure.DECREASE: KGO.Decrease}
STAGE = {"signed": KGO.Signed, "construction_started": KGO.ConstructionStarted, "topped_out": KGO.ToppedOut,
         "completed": KGO.Completed, "in_use": KGO.InUse, "opened": KGO.Opened}
PREDICATE = {"located_in": KGO.locatedIn, "targets": KGO.targets, "benchmarked_against": KGO.targets}
_UNSAFE = set(' "<>{}|\\^`%#?/')


_ID = str(ID)


def _minted(path: str) -> URIRef:
    """``ID[path]`` without the Namespace's method calls: a build mints tens of IRIs a document."""
    return URIRef(_ID + path)


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A readable IRI segment: Chinese kept, whitespace dropped, IRI-unsafe ASCII percent-encoded."""
    text = normalize_name(text)
    return "".join(f"%{ord(c):02X}" if c in _UNSAFE or (c.isascii() and not c.isprintable()) else c for c in text)


@lru_cache(maxsize=1 << 16)
def entity_iri(kind: EntityKind, name: str) -> URIRef:
    return _minted(f"{kind.value.replace('_', '-')}/{slug(name)}")


@lru_cache(maxsize=1 << 16)
def document_iri(doc_id: str) -> URIRef:
    return _minted(f"document/{slug(doc_id)}")


def unit_iri(curie: str) -> URIRef:
    prefix, local = curie.split(":", 1)
    return {"unit": UNIT, "cur": CUR}[prefix][local] if prefix != "kgo" else getattr(KGO, local)


def _decimal(value: Decimal) -> Literal:
    """xsd:decimal in its canonical lexical form, with a point (8155 -> "8155.0"): what Turtle reads back as a
    decimal, so writing and re-reading the graph keep every literal as it is."""
    text = format(value, "f")
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


def _year(year: int) -> Literal:
    return Literal(f"{year:04d}", datatype=XSD.gYear)


def new_graph(store: str = "Memory") -> Graph:
    """An empty graph with govkg's prefixes bound; ``store="SimpleMemory"`` fills and walks ~2× faster but
    keeps no named graphs."""
    g = Graph(store=store, bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    return g


def read_turtle(path, predicates: frozenset | None = None, store: str = "Memory") -> Graph:
    """A built Turtle (or N-Triples) file as an rdflib Graph with govkg's prefixes, optionally only the
    triples whose predicate is in ``predicates``; a missing or broken file raises UnreadableInput naming it.

    pyoxigraph parses (20–30× faster than rdflib's Turtle parser); this module turns its terms into
    rdflib terms, so the graph is the one rdflib would have parsed.
    """
    graph = new_graph(store)
    graph.addN((s, p, o, graph) for s, p, o in _parsed(path, predicates))
    return graph


def read_index(path, predicates: frozenset | None = None):
    """The same triples as :func:`read_turtle`, in a read-only kg.rdf.index.TripleIndex (no rdflib store)."""
    from kg.rdf.index import TripleIndex

    return TripleIndex(_parsed(path, predicates))


def turtle_triples(text: str) -> list[tuple]:
    """The rdflib triples of a Turtle text, parsed by pyoxigraph (for govkg's own ontology and shapes: rdflib's
    parser took a tenth of a second for each, in every process); broken Turtle raises pyoxigraph's SyntaxError."""
    return list(_parsed(None, None, text.encode("utf-8")))


def _parsed(path, predicates: frozenset | None, data: bytes | None = None) -> Iterator[tuple]:
    import pyoxigraph as ox

    from kg.errors import UnreadableInput

    kind = ox.RdfFormat.N_TRIPLES if str(path).endswith(".nt") else ox.RdfFormat.TURTLE
    source = {"input": data} if data is not None else {"path": str(path)}
    try:
        wanted = None if predicates is None else {str(p) for p in predicates}
        terms: dict = {}
        get = terms.get
        for q in ox.parse(**source, format=kind):
            p = q.predicate
            if wanted is None or p.value in wanted:
                # each distinct term converted once; written out: this loop runs once per triple of a graph
                s, o = q.subject, q.object
                if (rs := get(s)) is None:
                    rs = terms[s] = from_oxigraph(s)
                if (rp := get(p)) is None:
                    rp = terms[p] = from_oxigraph(p)
                if (ro := get(o)) is None:
                    ro = terms[o] = from_oxigraph(o)
                yield rs, rp, ro
    except (OSError, SyntaxError, ValueError) as exc:
        if data is not None:
            raise                   # a text, not a file: pyoxigraph's error says where it broke
        raise UnreadableInput(str(path), str(exc), "build it first with `kg build`") from None


_XSD_STRING = str(XSD.string)


def from_oxigraph(term):
    """The rdflib term for a pyoxigraph term, as rdflib's parsers would make it."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:        # rdflib keeps a plain string without a datatype
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return BNode(term.value)


def _evidence(g: Graph, node: URIRef, doc: Document, start: int, end: int, evidence: str) -> None:
    g.add((node, KGO.evidence, Literal(evidence, lang="zh")))
    g.add((node, KGO.charStart, Literal(start)))
    g.add((node, KGO.charEnd, Literal(end)))
    g.add((node, KGO.reportedIn, document_iri(doc.id)))


def add_document(g: Graph, doc: Document) -> None:
    meta = doc.metadata
    node = document_iri(doc.id)
    g.add((node, RDF.type, KGO.WorkReport if meta.kind is DocKind.WORK_REPORT else KGO.NewsArticle))
    g.add((node, RDFS.label, Literal(meta.title or doc.source, lang="zh")))
    g.add((node, DCTERMS.source, Literal(doc.source)))
    g.add((node, KGO.year, _year(meta.year)))
    if meta.reviewed_year is not None:
        g.add((node, KGO.reviewedYear, _year(meta.reviewed_year)))
    if meta.date:
        g.add((node, DCTERMS.date, Literal(meta.date, datatype=XSD.date)))
    if meta.title:
        g.add((node, DCTERMS.title, Literal(meta.title, lang="zh")))
    if meta.speaker:
        g.add((node, KGO.speaker, Literal(f"{meta.speaker_title or ''} {meta.speaker}".strip(), lang="zh")))
    if meta.session:
        g.add((node, KGO.session, Literal(meta.session, lang="zh")))
    kind = EntityKind.MUNICIPALITY if meta.district.endswith("市") else EntityKind.DISTRICT
    g.add((node, KGO.district, entity_iri(kind, meta.district)))
    g.add((node, KGO.sentenceCount, Literal(len(doc.sentences))))


def add_entity(g: Graph, ent: Entity) -> None:
    node = entity_iri(ent.kind, ent.name)
    g.add((node, RDF.type, CLASS[ent.kind]))
    g.add((node, RDFS.label, Literal(ent.name, lang="zh")))
    for alt in sorted(ent.alt_labels):
        g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
    reported_in = KGO.reportedIn        # looked up once: an entity can be reported in thousands of documents
    for doc in sorted(ent.documents):
        g.add((node, reported_in, document_iri(doc)))
    if ent.kind is EntityKind.INDUSTRY:
        g.add((node, SKOS.inScheme, KGO.IndustryScheme))
        if ent.broader:
            g.add((node, SKOS.broader, entity_iri(EntityKind.INDUSTRY, ent.broader)))
    if ent.kind is EntityKind.METRIC:
        g.add((node, SKOS.inScheme, KGO.MetricScheme))
    if ent.parent and ent.kind in (EntityKind.DISTRICT, EntityKind.FUNCTIONAL_AREA):
        parent_kind = EntityKind.DISTRICT if ent.kind is EntityKind.FUNCTIONAL_AREA else EntityKind.MUNICIPALITY
        g.add((node, KGO.locatedIn, entity_iri(parent_kind, ent.parent)))


def observation_at(doc: Document, o: Observation) -> int:
    """Where the observation's number starts in the document's source text (code points)."""
    return doc.offsets[doc.sentences[o.sentence].clean_start + o.quantity.start]


def observation_iri(doc: Document, o: Observation) -> URIRef:
    return observation_iri_at(doc.id, observation_at(doc, o), o)


def observation_iri_at(doc_id: str, number_at: int, o: Observation) -> URIRef:
    """An observation's IRI: its document, where its number stands, its metric and measure."""
    return _minted(f"observation/{slug(doc_id)}/{number_at}/{slug(o.metric)}/{o.measure.value}")


def add_observation(g: Graph, doc: Document, o: Observation) -> URIRef:
    node = observation_iri(doc, o)
    q = o.quantity
    g.add((node, RDF.type, KGO.Observation))
    g.add((node, KGO.metric, entity_iri(EntityKind.METRIC, o.metric)))
    g.add((node, KGO.metricText, Literal(o.metric_surface, lang="zh")))
    g.add((node, KGO.value, _decimal(q.value)))
    g.add((node, KGO.unit, Literal(q.unit)))
    g.add((node, KGO.normalizedValue, _decimal(q.normalized_value)))
    g.add((node, KGO.normalizedUnit, unit_iri(q.normalized_unit)))
    if q.value_max is not None:
        g.add((node, KGO.valueMax, _decimal(q.value_max)))
        g.add((node, KGO.normalizedValueMax, _decimal(q.normalized_max)))
    g.add((node, KGO.period, _year(o.period)))
    g.add((node, KGO.status, STATUS[o.status]))
    g.add((node, KGO.comparator, COMPARATOR[q.comparator]))
    g.add((node, KGO.measure, MEASURE[o.measure]))
    sentence = doc.sentences[o.sentence]
    _evidence(g, node, doc, sentence.start, sentence.end, doc.evidence(sentence))
    return node


def add_mention(g: Graph, doc: Document, m: Mention) -> None:
    node = _minted(f"mention/{slug(doc.id)}/{m.provenance.start}-{m.provenance.end}/{m.kind.value}")
    g.add((node, RDF.type, KGO.Mention))
    g.add((node, KGO.mentionOf, entity_iri(m.kind, m.name)))
    g.add((node, KGO.surface, Literal(m.surface, lang="zh")))
    sentence = doc.sentences[m.sentence]
    _evidence(g, node, doc, sentence.start, sentence.end, doc.evidence(sentence))
    if m.stage:
        planned = sentence.section in (SectionKind.PLAN, SectionKind.GOALS)
        year = doc.metadata.year if planned or doc.metadata.reviewed_year is None else doc.metadata.reviewed_year
        stage = _minted(f"stage/{slug(doc.id)}/{slug(m.name)}/{m.stage}/{year}/{sentence.start}")
        g.add((stage, RDF.type, KGO.ProjectStage))
        g.add((stage, KGO.project, entity_iri(m.kind, m.name)))
        g.add((stage, KGO.stage, STAGE[m.stage]))
        g.add((stage, KGO.year, _year(year)))
        _evidence(g, stage, doc, sentence.start, sentence.end, doc.evidence(sentence))


def _statement(g: Graph, doc: Document, s: URIRef, p: URIRef, o: URIRef, start: int, end: int) -> None:
    digest = hashlib.sha1(f"{s}|{p}|{o}|{doc.id}|{start}".encode()).hexdigest()[:16]
    node = _minted(f"statement/{slug(doc.id)}/{digest}")
    g.add((node, RDF.type, KGO.Statement))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    sentence = next(x for x in doc.sentences if x.start <= start < x.end) if start < len(doc.text) else None
    if sentence is not None:
        _evidence(g, node, doc, sentence.start, sentence.end, doc.evidence(sentence))


def add_extraction(g: Graph, ex: Extraction) -> None:
    doc = ex.document
    add_document(g, doc)
    obs = [add_observation(g, doc, o) for o in ex.observations]
    for m in ex.mentions:
        add_mention(g, doc, m)
    for r in ex.relations:
        s = entity_iri(*r.subject)
        o = obs[r.object] if isinstance(r.object, int) else entity_iri(*r.object)
        p = PREDICATE[r.predicate]
        g.add((s, p, o))
        _statement(g, doc, s, p, o, r.provenance.start, r.provenance.end)
    _rates(g, doc, ex, obs)


def _rates(g: Graph, doc: Document, ex: Extraction, nodes: list[URIRef]) -> None:
    """Link a change to the level of the same metric stated in the same sentence."""
    levels = {(o.sentence, o.metric): n for o, n in zip(ex.observations, nodes) if o.measure is Measure.LEVEL}
    for o, n in zip(ex.observations, nodes):
        level = levels.get((o.sentence, o.metric))
        if o.measure is not Measure.LEVEL and level is not None:
            g.add((n, KGO.rateOf, level))


def ontology_text() -> str:
    """The govkg ontology (ontology/govkg.ttl) as shipped with the package."""
    from importlib import resources

    return resources.files("kg").joinpath("ontology/govkg.ttl").read_text(encoding="utf-8")


def add_promises(g: Graph, promises) -> None:
    """Link each target to its outcome and give it a verdict."""
    for p in promises:
        target = observation_iri(p.target.extraction.document, p.target.observation)
        g.add((target, KGO.verdict, VERDICT[p.verdict]))
        if p.outcome is not None:
            g.add((target, KGO.outcome, observation_iri(p.outcome.extraction.document, p.outcome.observation)))


def to_graph(extractions: list[Extraction], lex: Lexicon) -> Graph:
    """The knowledge graph of a set of extracted documents, with the ontology it uses.

    The ontology travels inside the graph so that a notebook or endpoint holding only graph.ttl
    still has every class's and concept's labels.
    """
    g = new_graph()
    g.parse(data=ontology_text(), format="turtle")
    for ent in resolve(extractions, lex).values():
        add_entity(g, ent)
    for ex in extractions:
        add_extraction(g, ex)
    from kg.link.promises import track

    add_promises(g, track(extractions, lex))
    return g


# -- streaming builds: one document's triples as sorted N-Triples lines --------------------------------

DOCUMENT_BUCKETS = ("document", "mention", "observation", "stage", "statement")   # IRIs minted per document


class TripleSink(list):
    """A list that takes ``add`` like a Graph: collects one document's triples without indexing them."""

    add = list.append          # collect one triple (list's own method: sinks take millions of calls)

    def remove(self, pattern: tuple) -> None:
        """Drop the triples matching ``pattern`` (None is a wildcard), as Graph.remove does."""
        self[:] = [t for t in self if not all(p is None or p == x for p, x in zip(pattern, t))]


def nt_line(triple: tuple) -> str:
    """One triple as an N-Triples line (with its newline): the one text form sorting and writing use."""
    s, p, o = triple
    return f"{_n3(s)} {_n3(p)} {_n3(o)} .\n"


_NOT_IN_IRI = re.compile(r'[<>" {}|\\^`]')        # what rdflib's URIRef.n3 refuses


def _n3(term) -> str:
    """term.n3(), with IRIs written here: a build writes millions of them, and rdflib's check is a Python loop."""
    if type(term) is URIRef and not _NOT_IN_IRI.search(term):
        return f"<{term}>"
    return term.n3()


def bucket_of(line: str) -> str | None:
    """The per-document bucket (DOCUMENT_BUCKETS) a line's subject belongs to, or None for a shared subject."""
    base = f"<{ID}"
    if not line.startswith(base):
        return None
    kind = line[len(base):line.find("/", len(base))]
    return kind if kind in DOCUMENT_BUCKETS else None


def document_key(line: str) -> str:
    """``bucket/slug`` of a line whose subject is minted per document (see bucket_of and slug_of)."""
    return f"{bucket_of(line)}/{slug_of(line)}"


def slug_of(line: str) -> str:
    """The document slug in the subject of a line whose subject is minted per document (see bucket_of)."""
    bucket, _, rest = line[len(f"<{ID}"):].partition("/")
    return rest[:rest.index(">" if bucket == "document" else "/")]


def entity_lines(entities) -> list[str]:
    """N-Triples lines of the canonical entities."""
    sink = TripleSink()
    for ent in entities:
        add_entity(sink, ent)
    return nt_lines(sink)


def nt_lines(triples) -> list[str]:
    """:func:`nt_line` of each triple, each distinct term written once (a block of a whole corpus's entities or
    promises repeats a few thousand terms over a million lines)."""
    written: dict = {}
    get = written.get
    lines = []
    for s, p, o in triples:
        # a written term is never the empty string, so `or` falls through only for terms not yet written
        lines.append(f"{get(s) or written.setdefault(s, _n3(s))} {get(p) or written.setdefault(p, _n3(p))} "
                     f"{get(o) or written.setdefault(o, _n3(o))} .\n")
    return lines


def promise_lines(promises, positions: dict[str, list[int]]) -> dict[str, list[str]]:
    """N-Triples lines linking targets to outcomes, sorted, by the :func:`document_key` of their subject (a
    target is minted in the document stating it); ``positions`` maps a document id to where its observations'
    numbers stand (kg.rdf.graph.observation_at), in the order of its observations."""
    def iri(ref) -> URIRef:
        return observation_iri_at(ref.document, positions[ref.document][ref.index], ref.observation)

    by_document: dict[str, list[tuple]] = {}
    verdict, outcome = KGO.verdict, KGO.outcome
    for p in promises:
        target, triples = iri(p.target), by_document.setdefault(p.target.document, [])
        triples.append((target, verdict, VERDICT[p.verdict]))
        if p.outcome is not None:
            triples.append((target, outcome, iri(p.outcome)))
    grouped = {}
    for triples in by_document.values():
        lines = sorted(nt_lines(triples))
        grouped[document_key(lines[0])] = lines
    return grouped


@cache
def ontology_triples() -> tuple[tuple, ...]:
    """The ontology's triples (parsed once per process); it has no blank nodes, so its lines are stable."""
    found = set(turtle_triples(ontology_text()))
    if any(isinstance(t, BNode) for triple in found for t in triple):
        raise ValueError("ontology/govkg.ttl holds blank nodes: give them IRIs so outputs stay byte-stable")
    return tuple(sorted(found))


def ontology_lines() -> list[str]:
    """The ontology's triples as N-Triples lines."""
    return nt_lines(ontology_triples())
