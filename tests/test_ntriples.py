"""kg.rdf.ntriples: the N-Triples contract a streaming build relies on.

- a line is the one text form rdflib and pyoxigraph read back as the same triple, whatever its terms hold;
- the build's pieces (per-document lines by bucket, shared lines, extra lines), streamed by ordered_chunks,
  give exactly the bytes of sorting all lines at once.
"""
from __future__ import annotations

import itertools

import pyoxigraph as ox
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef

from kg.model import EntityKind, Measure
from kg.rdf.ntriples import (TripleSink, iri_of, nt_line, nt_lines, nt_term, ordered_chunks, piece_of, sorted_lines,
                             split_document, split_line, subject_key, to_nquads)
from kg.rdf.read import from_oxigraph
from kg.rdf.terms import DOCUMENT_BUCKETS, IriKey, document_iri, entity_iri, observation_iri_at, slug
from kg.rdf.vocab import KGO

# Text meant to break a writer: quotes, backslashes, every kind of line break, controls, non-BMP, IRI delimiters.
AWKWARD = st.text(st.sampled_from(['"', "\\", "\n", "\r", "\t", "\u2028", "\u2029", "\x85", "\x00", "\x0b", "\x7f",
                                   " ", ">", "<", "/", "%", "#", "{", "^", "`", "|", "a", "中", "𠀋", "'", "."]),
                  max_size=12)
TEXT = st.one_of(AWKWARD, st.text(max_size=12))
NAMES = st.one_of(TEXT, st.sampled_from(["a", "a-b", "a.b", "a0", "ab", "中", "中文", "%", "a%2F"]))


@st.composite
def literals(draw) -> Literal:
    text = draw(TEXT)
    kind = draw(st.sampled_from(["plain", "lang", "string", "decimal", "integer", "year"]))
    if kind == "lang":
        return Literal(text, lang=draw(st.sampled_from(["zh", "en", "zh-Hans"])))
    if kind == "string":
        return Literal(text, datatype=XSD.string)
    if kind == "decimal":
        return Literal(f"{draw(st.integers(-10**6, 10**6))}.{draw(st.integers(0, 99))}", datatype=XSD.decimal)
    if kind == "integer":
        return Literal(draw(st.integers(-10**9, 10**9)))
    if kind == "year":
        return Literal(f"{draw(st.integers(1900, 2100)):04d}", datatype=XSD.gYear)
    return Literal(text)


def _iris(draw) -> URIRef:
    kind = draw(st.sampled_from(list(EntityKind)))
    return draw(st.sampled_from([entity_iri(kind, draw(NAMES)), document_iri(draw(NAMES)), KGO.metric,
                                 observation_iri_at(draw(NAMES), draw(st.integers(0, 10**6)), draw(NAMES),
                                                    draw(st.sampled_from(list(Measure))))]))


@st.composite
def triples(draw) -> tuple:
    subject = draw(st.one_of(st.builds(lambda: BNode("b1")), st.just(entity_iri(EntityKind.METRIC, "x")),
                             st.builds(lambda d: entity_iri(EntityKind.PROJECT, d), NAMES)))
    obj = draw(st.one_of(literals(), st.builds(lambda d: document_iri(d), NAMES), st.just(BNode("b2"))))
    return subject, draw(st.sampled_from([RDFS.label, KGO.evidence, RDF.type])), obj


def _rdflib_line(triple: tuple) -> str:
    return " ".join(t.n3() for t in triple) + " .\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(triples())
@example((entity_iri(EntityKind.PROJECT, 'a "b" <c>\n'), RDFS.label, Literal('say "hi"\\\n\r\u2028', lang="zh")))
def test_a_line_is_rdflibs_n_triples_and_reads_back_as_the_same_triple(triple) -> None:
    line = nt_line(triple)
    if "\n" not in triple[2]:              # rdflib writes a literal with a line feed as Turtle, not N-Triples
        assert line == _rdflib_line(triple)
    assert line.count("\n") == 1 and line.endswith(" .\n")        # line breaks inside literals are escaped
    assert split_line(line) == tuple(map(nt_term, triple))
    read = [tuple(from_oxigraph(t) for t in (q.subject, q.predicate, q.object))
            for q in ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
    assert _same(read, [triple])
    assert _same(list(Graph().parse(data=line, format="nt")), [triple])


def _same(read: list[tuple], written: list[tuple]) -> bool:
    """The same triples, blank nodes compared by position (parsers relabel them) and a string literal equal to the
    plain literal of its text (RDF 1.1: they are one term)."""
    def plain(t):
        if isinstance(t, Literal) and t.datatype == XSD.string:
            return Literal(str(t))
        return "_:" if isinstance(t, BNode) else t
    return len(read) == len(written) and all(tuple(map(plain, a)) == tuple(map(plain, b))
                                             for a, b in zip(read, written))


@given(st.lists(triples(), max_size=30))
@settings(max_examples=100, deadline=None)
def test_nt_lines_writes_each_triple_as_nt_line_does(found) -> None:
    assert nt_lines(found) == [nt_line(t) for t in found]
    assert sorted_lines(found) == sorted(set(map(nt_line, found)))


@given(st.lists(triples(), max_size=20), NAMES)
@settings(max_examples=100, deadline=None)
def test_nquads_put_each_line_in_the_named_graph(found, name) -> None:
    text = "".join(nt_lines(found)).encode("utf-8")
    graph = document_iri(name)
    quads = list(ox.parse(to_nquads(text, graph), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == len(found) and {q.graph_name.value for q in quads} <= {str(graph)}


# -- pieces: merging them gives the bytes of sorting everything ----------------------------------------------------

@st.composite
def builds(draw) -> tuple[list[str], dict[str, dict[str, list[str]]], dict, list[str]]:
    """(shared lines, per-document pieces by slug, extra lines by piece, every line) of a made-up build."""
    names = draw(st.lists(NAMES, min_size=1, max_size=6, unique_by=slug))
    pieces, everything, shared = {}, set(), set()
    for name in names:
        sink = TripleSink()
        doc = document_iri(name)
        sink.add((doc, RDFS.label, draw(literals())))
        for i in range(draw(st.integers(0, 4))):
            for bucket in DOCUMENT_BUCKETS[1:]:
                if draw(st.booleans()):
                    node = IriKey(bucket, slug(name), f"{i}/{slug(draw(NAMES))}").iri()
                    sink.add((node, KGO.reportedIn, doc))
                    sink.add((node, KGO.evidence, draw(literals())))
        for _ in range(draw(st.integers(0, 3))):      # what a document says of entities: shared lines
            sink.add((entity_iri(draw(st.sampled_from(list(EntityKind))), draw(NAMES)), KGO.reportedIn, doc))
        lines = set(nt_lines(sink))
        by_bucket, own_shared = split_document(lines)
        pieces[slug(name)] = by_bucket
        shared |= set(own_shared)
        everything |= lines
    # ontology-like and entity lines no document states, with subjects that sort between the buckets
    for subject in draw(st.lists(st.sampled_from([
            KGO.Document, URIRef("http://example.org/z"), URIRef("https://w3id.org/govkg/id/documents/x"),
            URIRef("https://w3id.org/govkg/id/stage0"), URIRef("https://w3id.org/govkg/id/statementz/y"),
            URIRef("https://w3id.org/govkg/id/mention-kind/y"), entity_iri(EntityKind.BENCHMARK, "b")]), max_size=8)):
        line = nt_line((subject, RDFS.label, draw(literals())))
        shared.add(line)
        everything.add(line)
    extra: dict = {}
    for name in draw(st.lists(st.sampled_from(names), max_size=3, unique=True)):   # promise links
        target = observation_iri_at(name, draw(st.integers(0, 99)), "m", Measure.LEVEL)
        lines = sorted({nt_line((target, KGO.verdict, KGO.Met))} - everything)
        if lines:
            extra[piece_of(lines[0])] = lines
            everything |= set(lines)
    return sorted(shared), pieces, extra, sorted(everything)


@given(builds())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_merging_the_pieces_gives_the_lines_sorted(build) -> None:
    shared, pieces, extra, everything = build
    documents = [(name, lambda bucket, p=p: "".join(p[bucket])) for name, p in pieces.items()]
    streamed = "".join(itertools.chain.from_iterable(ordered_chunks(shared, documents, extra)))
    assert streamed == "".join(everything)


@given(builds())
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_line_is_in_the_piece_its_subject_names(build) -> None:
    shared, pieces, _, _ = build
    for name, by_bucket in pieces.items():
        for bucket, lines in by_bucket.items():
            assert all(piece_of(line) == (bucket, name) for line in lines)
    assert all(piece_of(line) is None for line in shared)


def test_subject_keys_of_lines() -> None:
    obs = observation_iri_at("徐汇 2024", 12, "地区生产总值", Measure.INCREASE)
    assert subject_key(nt_line((obs, KGO.verdict, KGO.Met))) == IriKey("observation", slug("徐汇 2024"),
                                                                         f"12/{slug('地区生产总值')}/increase")
    assert subject_key(nt_line((BNode("x"), RDFS.label, Literal("a")))) is None
    assert subject_key(nt_line((KGO.Met, RDFS.label, Literal("a")))) is None
    assert iri_of("<urn:x>") == "urn:x" and iri_of('"<urn:x>"') is None and iri_of("_:b") is None
