"""The only module that adds govkg's triples: typed extraction results -> triples in an rdflib Graph or a sink.

How terms are spelt (IRIs, enum maps) is kg.rdf.terms; how lines are written and ordered, kg.rdf.ntriples.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.lexicon import Lexicon, Metric
from kg.lexicon.gazetteer import load_gazetteer
from kg.link.entities import Entity, resolve
from kg.link.promises import track
from kg.model import DocKind, Document, EntityKind, Extraction, Measure, Mention, Observation, SectionKind, \
    government_key
from kg.rdf.ntriples import Piece, TripleSink, nt_lines, piece_of
from kg.rdf.ontology import ontology_text
from kg.rdf.terms import (AGGREGATION, CLASS, COMPARATOR, INDICATOR_KIND, MEASURE, POLARITY, PREDICATE, STAGE,
                          STATUS, VERDICT, document_iri, entity_iri, mention_iri, new_graph, observation_iri_at,
                          stage_iri, statement_iri, unit_iri)
from kg.rdf.vocab import GEO, KGO


def _decimal(value: Decimal) -> Literal:
    """xsd:decimal in its canonical lexical form, with a point (8155 -> "8155.0"): what Turtle reads back as a
    decimal, so writing and re-reading the graph keep every literal as it is."""
    text = format(value, "f")
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


def _year(year: int) -> Literal:
    return Literal(f"{year:04d}", datatype=XSD.gYear)


PAGED_FORMATS = ("pdf",)       # formats whose evidence records the page of the original file it begins on


def _evidence(g: Graph, node: URIRef, doc: Document, start: int, end: int, evidence: str) -> None:
    g.add((node, KGO.evidence, Literal(evidence, lang="zh")))
    g.add((node, KGO.charStart, Literal(start)))
    g.add((node, KGO.charEnd, Literal(end)))
    g.add((node, KGO.reportedIn, document_iri(doc.id)))
    read = doc.source_text
    if read is not None and read.format in PAGED_FORMATS:
        g.add((node, KGO.page, Literal(read.page_of(start), datatype=XSD.positiveInteger)))


def _how_read(g: Graph, node: URIRef, doc: Document) -> None:
    """How the document's text was obtained: the file's format, the library that read it, OCR or not."""
    read = doc.source_text
    if read is None:
        return
    g.add((node, KGO.textFormat, Literal(read.format)))
    if read.library:
        g.add((node, KGO.extractedWith, Literal(read.library)))
    if read.format in PAGED_FORMATS:
        g.add((node, KGO.ocr, Literal(read.ocr)))


def add_document(g: Graph, doc: Document, lex: Lexicon) -> None:
    """The document's description: kind, title, source, years, speaker, session, the district it speaks for, and
    how its text was read."""
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
    if meta.publisher:
        g.add((node, DCTERMS.publisher, Literal(meta.publisher, lang="zh")))
    if meta.published:
        g.add((node, DCTERMS.issued, Literal(meta.published, datatype=XSD.date)))
    g.add((node, KGO.district, entity_iri(*government_key(meta, lex))))
    g.add((node, KGO.sentenceCount, Literal(len(doc.sentences))))
    _how_read(g, node, doc)


def add_entity(g: Graph, ent: Entity) -> None:
    """A canonical entity: its class, names, documents, and its broader industry or enclosing area."""
    node = entity_iri(ent.kind, ent.name)
    g.add((node, RDF.type, CLASS[ent.kind]))
    g.add((node, RDFS.label, Literal(ent.label or ent.name, lang="zh")))
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
        if ent.concept is not None:
            _indicator(g, node, ent.concept)
    if ent.code:
        g.add((node, KGO.divisionCode, Literal(ent.code)))
        _point(g, node, ent.code)
    if ent.parent and ent.parent_kind:
        g.add((node, KGO.locatedIn, entity_iri(ent.parent_kind, ent.parent)))
    elif ent.parent and ent.kind in (EntityKind.DISTRICT, EntityKind.FUNCTIONAL_AREA):
        parent_kind = EntityKind.DISTRICT if ent.kind is EntityKind.FUNCTIONAL_AREA else EntityKind.MUNICIPALITY
        g.add((node, KGO.locatedIn, entity_iri(parent_kind, ent.parent)))


def _indicator(g: Graph, node: URIRef, concept: Metric) -> None:
    """What the lexicon's indicator scheme says of a metric: its labels, kind, polarity and standard code."""
    g.add((node, SKOS.prefLabel, Literal(concept.name, lang="zh")))
    if concept.en:
        g.add((node, SKOS.prefLabel, Literal(concept.en, lang="en")))
    g.add((node, KGO.indicatorKind, INDICATOR_KIND[concept.kind]))
    g.add((node, KGO.polarity, POLARITY[concept.polarity]))
    if concept.code:
        g.add((node, SKOS.notation, Literal(concept.code, datatype=KGO.SdgIndicatorCode)))


def _point(g: Graph, node: URIRef, code: str) -> None:
    """The division's point (W3C Basic Geo, WGS84 decimal degrees) where the gazetteer's data has one."""
    division = load_gazetteer().get(code)
    if division is not None and division.latitude and division.longitude:
        g.add((node, GEO.lat, _decimal(Decimal(division.latitude))))
        g.add((node, GEO.long, _decimal(Decimal(division.longitude))))


def observation_at(doc: Document, o: Observation) -> int:
    """Where the observation's number starts in the document's source text (code points)."""
    return doc.offsets[doc.sentences[o.sentence].clean_start + o.quantity.start]


def observation_iri(doc: Document, o: Observation) -> URIRef:
    """An observation's IRI (kg.rdf.terms.observation_iri_at)."""
    return observation_iri_at(doc.id, observation_at(doc, o), o.metric, o.measure)


def add_observation(g: Graph, doc: Document, o: Observation) -> URIRef:
    """An observation: metric, value and unit as written and normalised, period, status, comparator, measure."""
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
    if o.period_start is not None:
        g.add((node, KGO.periodStart, _year(o.period_start)))
    if o.aggregation is not None:
        g.add((node, KGO.aggregation, AGGREGATION[o.aggregation]))
    g.add((node, KGO.status, STATUS[o.status]))
    g.add((node, KGO.comparator, COMPARATOR[q.comparator]))
    g.add((node, KGO.measure, MEASURE[o.measure]))
    sentence = doc.sentences[o.sentence]
    _evidence(g, node, doc, sentence.start, sentence.end, doc.evidence(sentence))
    return node


def add_mention(g: Graph, doc: Document, m: Mention) -> None:
    """A mention of an entity, and the project stage it states if any."""
    node = mention_iri(doc.id, m.provenance.start, m.provenance.end, m.kind)
    g.add((node, RDF.type, KGO.Mention))
    g.add((node, KGO.mentionOf, entity_iri(m.kind, m.name)))
    g.add((node, KGO.surface, Literal(m.surface, lang="zh")))
    sentence = doc.sentences[m.sentence]
    _evidence(g, node, doc, sentence.start, sentence.end, doc.evidence(sentence))
    if m.stage:
        planned = sentence.section in (SectionKind.PLAN, SectionKind.GOALS)
        year = doc.metadata.year if planned or doc.metadata.reviewed_year is None else doc.metadata.reviewed_year
        stage = stage_iri(doc.id, m.name, m.stage, year, sentence.start)
        g.add((stage, RDF.type, KGO.ProjectStage))
        g.add((stage, KGO.project, entity_iri(m.kind, m.name)))
        g.add((stage, KGO.stage, STAGE[m.stage]))
        g.add((stage, KGO.year, _year(year)))
        _evidence(g, stage, doc, sentence.start, sentence.end, doc.evidence(sentence))


def _statement(g: Graph, doc: Document, s: URIRef, p: URIRef, o: URIRef, start: int, end: int) -> None:
    digest = hashlib.sha1(f"{s}|{p}|{o}|{doc.id}|{start}".encode()).hexdigest()[:16]
    node = statement_iri(doc.id, digest)
    g.add((node, RDF.type, KGO.Statement))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    sentence = next(x for x in doc.sentences if x.start <= start < x.end) if start < len(doc.text) else None
    if sentence is not None:
        _evidence(g, node, doc, sentence.start, sentence.end, doc.evidence(sentence))


def add_extraction(g: Graph, ex: Extraction, lex: Lexicon) -> None:
    """Everything one document states: its description, observations, mentions, relations and rates."""
    doc = ex.document
    add_document(g, doc, lex)
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


def add_promises(g: Graph, promises) -> None:
    """Link each target to its outcome and give it a verdict (kg.rdf.graph.promise_triples)."""
    def iri(ref) -> URIRef:
        doc = ref.extraction.document
        if ref.at is not None:
            return observation_iri_at(doc.id, ref.at, ref.observation.metric, ref.observation.measure)
        return observation_iri(doc, ref.observation)

    for p in promises:
        for triple in promise_triples(p, iri):
            g.add(triple)


def promise_triples(p, iri) -> list[tuple]:
    """A promise's triples, all about its target: the verdict, the outcome, why it needs review, the claim it rests
    on (the sentence and its document), the other documents that restate the target, and for a comparison target
    (kg.link.promise_compare) the target itself, the reference's outcome and the verdict's basis. ``iri`` gives a
    Ref's observation IRI."""
    target = iri(p.target)
    triples = [(target, KGO.verdict, VERDICT[p.verdict])]
    if p.outcome is not None:
        triples.append((target, KGO.outcome, iri(p.outcome)))
    if p.reason:
        triples.append((target, KGO.reviewReason, Literal(p.reason)))
    if p.claim is not None:
        triples.append((target, KGO.claimedIn, document_iri(p.claim.document)))
        triples.append((target, KGO.claimEvidence, Literal(p.claim.evidence, lang="zh")))
    for doc in sorted({r.document for r in p.restated} - {p.target.document}):
        triples.append((target, KGO.restatedIn, document_iri(doc)))
    if p.compared is not None:
        triples.append((target, KGO.comparedWith, iri(p.compared)))
    if p.basis:
        triples.append((target, KGO.verdictBasis, Literal(p.basis)))
    if p.comparison is not None:
        triples += comparison_target_triples(p.comparison, target, iri(p.stated_with))
    return triples


def comparison_target_triples(comparison, node: URIRef, reference: URIRef) -> list[tuple]:
    """A comparison target the tracker made (kg.link.promise_compare.Comparison): an observation of the subject
    whose value is the reference's target, quoting its words, stated against the ``reference`` target."""
    o, q = comparison.target, comparison.target.quantity
    triples = [(node, RDF.type, KGO.ComparisonTarget), (node, KGO.metric, entity_iri(EntityKind.METRIC, o.metric)),
               (node, KGO.metricText, Literal(o.metric_surface, lang="zh")), (node, KGO.value, _decimal(q.value)),
               (node, KGO.unit, Literal(q.unit)), (node, KGO.normalizedValue, _decimal(q.normalized_value)),
               (node, KGO.normalizedUnit, unit_iri(q.normalized_unit)), (node, KGO.period, _year(o.period)),
               (node, KGO.status, STATUS[o.status]), (node, KGO.comparator, COMPARATOR[q.comparator]),
               (node, KGO.measure, MEASURE[o.measure]), (node, KGO.inStepWith, reference),
               (node, KGO.evidence, Literal(comparison.words, lang="zh")),
               (node, KGO.charStart, Literal(comparison.start)), (node, KGO.charEnd, Literal(comparison.end)),
               (node, KGO.reportedIn, document_iri(comparison.document))]
    if q.value_max is not None:
        triples += [(node, KGO.valueMax, _decimal(q.value_max)), (node, KGO.normalizedValueMax, _decimal(q.normalized_max))]
    return triples


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
        add_extraction(g, ex, lex)
    add_promises(g, track(extractions, lex))
    return g


# -- streaming builds: the shared blocks of N-Triples lines -------------------------------------------

def entity_lines(entities) -> list[str]:
    """N-Triples lines of the canonical entities."""
    sink = TripleSink()
    for ent in entities:
        add_entity(sink, ent)
    return nt_lines(sink)


def promise_lines(promises, positions: dict[str, list[int]]) -> dict[Piece, list[str]]:
    """N-Triples lines linking targets to outcomes, sorted, by the piece (kg.rdf.ntriples) of their subject (a
    target is minted in the document stating it); ``positions`` maps a document id to where its observations'
    numbers stand (:func:`observation_at`), in the order of its observations."""
    def iri(ref) -> URIRef:
        o = ref.observation
        at = ref.at if ref.at is not None else positions[ref.document][ref.index]
        return observation_iri_at(ref.document, at, o.metric, o.measure)

    by_document: dict[str, list[tuple]] = {}
    for p in promises:
        by_document.setdefault(p.target.document, []).extend(promise_triples(p, iri))
    grouped = {}
    for triples in by_document.values():
        lines = sorted(nt_lines(triples))
        grouped[piece_of(lines[0])] = lines
    return grouped


