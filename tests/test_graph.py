"""Acceptance of the seeds graph: documents, areas, observations, provenance, parsers."""
from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal
from rdflib.compare import graph_diff, isomorphic
from rdflib.namespace import DCTERMS, SKOS

from kg.rdf.vocab import KGO
from tests.conftest import SEEDS


def test_documents(seeds_graph):
    reports = sorted(int(str(seeds_graph.value(d, KGO.year))) for d in seeds_graph.subjects(RDF.type, KGO.WorkReport))
    news = list(seeds_graph.subjects(RDF.type, KGO.NewsArticle))
    assert reports == [2022, 2023, 2024, 2025]
    assert len(news) == 1
    sources = {str(seeds_graph.value(d, DCTERMS.source)) for d in [*seeds_graph.subjects(RDF.type, KGO.WorkReport), *news]}
    assert sources == {p.name for p in SEEDS.glob("*.txt")}
    for d in seeds_graph.subjects(RDF.type, KGO.WorkReport):
        assert seeds_graph.value(d, DCTERMS.date).datatype == XSD.date
        assert seeds_graph.value(d, KGO.year).datatype == XSD.gYear


def test_exactly_five_functional_areas_in_xuhui(seeds_graph):
    areas = set(seeds_graph.subjects(RDF.type, KGO.FunctionalArea))
    assert len(areas) == 5
    for area in areas:
        district = seeds_graph.value(area, KGO.locatedIn)
        assert (district, RDF.type, KGO.District) in seeds_graph
        assert seeds_graph.value(district, RDFS.label) == Literal("徐汇区", lang="zh")
        assert seeds_graph.value(area, RDFS.label).language == "zh"
    west = next(a for a in areas if str(seeds_graph.value(a, RDFS.label)) == "西岸滨江功能区")
    assert {"徐汇滨江", "西岸"} <= {str(x) for x in seeds_graph.objects(west, KGO.reportedIn / RDFS.label)} | {
        str(x) for x in seeds_graph.objects(west, __import__("rdflib").SKOS.altLabel)}


REQUIRED = [KGO.metric, KGO.value, KGO.unit, KGO.period, KGO.status, KGO.evidence, KGO.charStart, KGO.charEnd,
            KGO.comparator, KGO.measure, KGO.normalizedValue, KGO.normalizedUnit, KGO.reportedIn]


def test_every_observation_is_complete_and_quotes_its_source(seeds_graph, documents):
    texts = {str(seeds_graph.value(d, DCTERMS.source)): doc.text
             for d in seeds_graph.subjects(DCTERMS.source, None) for doc in [documents[str(seeds_graph.value(d, DCTERMS.source))]]}
    observations = list(seeds_graph.subjects(RDF.type, KGO.Observation))
    assert len(observations) > 300
    for o in observations:
        for p in REQUIRED:
            assert seeds_graph.value(o, p) is not None, (o, p)
        source = str(seeds_graph.value(seeds_graph.value(o, KGO.reportedIn), DCTERMS.source))
        start, end = int(seeds_graph.value(o, KGO.charStart)), int(seeds_graph.value(o, KGO.charEnd))
        evidence = str(seeds_graph.value(o, KGO.evidence))
        assert "".join(texts[source][start:end].split()) == "".join(evidence.split())
        assert _states(evidence, seeds_graph.value(o, KGO.value).toPython()), (evidence, o)


def _states(evidence: str, value: Decimal) -> bool:
    """The value is written in the evidence, in Arabic digits or in Chinese numerals."""
    from kg.lang.zh.numerals import CN_NUMERAL, parse_number

    if format(value.normalize(), "f") in re.sub(r"[,\s]", "", evidence):
        return True
    return any(parse_number(m) == value for m in re.findall(f"[{CN_NUMERAL}]+", evidence) if m[0] not in "万亿")


def test_statuses_and_periods(seeds_graph):
    statuses = {seeds_graph.value(o, KGO.status) for o in seeds_graph.subjects(RDF.type, KGO.Observation)}
    assert statuses == {KGO.Achieved, KGO.Estimated, KGO.Planned}
    periods = {int(str(seeds_graph.value(o, KGO.period))) for o in seeds_graph.subjects(RDF.type, KGO.Observation)}
    assert periods == {2022, 2023, 2024, 2025, 2026}


def test_normalized_values(seeds_graph):
    q = """SELECT ?n ?u WHERE { ?o kgo:value 8155.0 ; kgo:unit "亿元" ; kgo:normalizedValue ?n ; kgo:normalizedUnit ?u }"""
    rows = list(seeds_graph.query(q, initNs={"kgo": KGO._NS}))
    assert rows and all(r.n.toPython() == Decimal(815_500_000_000) for r in rows)
    assert str(rows[0].u) == "http://qudt.org/vocab/currency/CNY"


def test_turtle_parses_with_rdflib_and_rapper(seeds_build):
    path = seeds_build[1] / "graph.ttl"
    g = Graph().parse(path, format="turtle")
    assert len(g) == seeds_build[0].triples
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.fail("rapper (raptor2-utils) is missing: `make test` installs it via scripts/system-deps.sh")
    run = subprocess.run([rapper, "-i", "turtle", "-o", "ntriples", str(path)], capture_output=True)
    assert run.returncode == 0, run.stderr.decode()
    parsed = Graph().parse(data=run.stdout.decode("utf-8"), format="nt")
    if not isomorphic(parsed, g):
        _, only_rapper, only_rdflib = graph_diff(parsed, g)
        pytest.fail(f"rapper and rdflib disagree: {len(only_rapper)} vs {len(only_rdflib)} triples differ")


def test_read_turtle_gives_the_graph_rdflib_parses(seeds_build):
    from kg.rdf.read import read_turtle

    path = seeds_build[1] / "graph.ttl"
    assert set(read_turtle(path)) == set(Graph().parse(path, format="turtle"))
    labels = read_turtle(path, frozenset({RDFS.label}))
    assert len(labels) > 0 and {p for _, p, _ in labels} == {RDFS.label}


def test_nt_lines_writes_each_triple_as_nt_line_does(seeds_graph):
    from rdflib import BNode, URIRef

    from kg.rdf.ntriples import nt_line, nt_lines

    # terms whose text is equal but which are different terms must each keep their own form
    tricky = [(URIRef("urn:x"), RDFS.label, Literal("urn:x")), (URIRef("urn:x"), RDFS.label, URIRef("urn:x")),
              (BNode("b1"), RDFS.label, Literal("1", datatype=XSD.integer)),
              (BNode("b1"), RDFS.label, Literal("1", datatype=XSD.string)), (BNode("b1"), RDFS.label, Literal("1")),
              (BNode("b1"), RDFS.label, Literal("01", datatype=XSD.integer)),
              (BNode("b1"), RDFS.label, Literal("a\nb", lang="zh")), (BNode("b1"), RDFS.label, Literal(""))]
    triples = sorted(seeds_graph) + tricky
    assert nt_lines(triples) == [nt_line(t) for t in triples]


def test_the_ontology_and_shapes_parse_as_rdflib_parses_them():
    from kg.rdf.ontology import ontology_text, ontology_triples
    from kg.rdf.read import turtle_triples
    from kg.validate.report import shapes_text

    for text in (ontology_text(), shapes_text()):
        ours = Graph()
        ours.addN((*t, ours) for t in turtle_triples(text))
        assert isomorphic(ours, Graph().parse(data=text, format="turtle"))
    assert set(ontology_triples()) == set(Graph().parse(data=ontology_text(), format="turtle"))
    with pytest.raises(SyntaxError, match="line 1"):
        turtle_triples("@prefix x: <urn:x#> . x:a x:b ")


def test_round_trip_is_isomorphic(seeds_graph):
    again = Graph().parse(data=seeds_graph.serialize(format="turtle"), format="turtle")
    assert isomorphic(again, seeds_graph)


def test_build_is_deterministic(seeds_build, tmp_path):
    from kg.pipeline.run import build

    build([SEEDS], tmp_path, html=False)
    assert (tmp_path / "graph.ttl").read_bytes() == (seeds_build[1] / "graph.ttl").read_bytes()


def test_projects_located_in_areas(seeds_graph):
    q = """SELECT ?p WHERE { ?p a kgo:Project ; rdfs:label "北杨人工智能小镇"@zh ; kgo:locatedIn ?a .
                               ?a rdfs:label "华泾门户功能区"@zh }"""
    assert list(seeds_graph.query(q, initNs={"kgo": KGO._NS, "rdfs": RDFS}))


def test_every_entity_is_reported_in_a_document(seeds_graph):
    for cls in (KGO.FunctionalArea, KGO.Project, KGO.Industry, KGO.Metric):
        for s in seeds_graph.subjects(RDF.type, cls):
            # an industry no document names is a broader concept the lexicon's hierarchy adds (shapes.ttl)
            concept = cls == KGO.Industry and (None, KGO.mentionOf, s) not in seeds_graph
            assert seeds_graph.value(s, KGO.reportedIn) is not None or concept, s
            assert not concept or (None, SKOS.broader, s) in seeds_graph, s
