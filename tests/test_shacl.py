"""kg.validate.shacl: the fast validator gives pyshacl's results (focus, path, component, severity) on the seeds, on
hundreds of mutated seed graphs and on a small graph per constraint component; unsupported SHACL is refused."""
from __future__ import annotations

import random
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.rdf.ntriples import nt_line
from kg.validate.shacl import UnsupportedShape, compile_shapes, shipped_shapes, validate_nt, validate_triples
from kg.validate.core import validate
from kg.validate.report import ValidationReport, Violation, shapes_text
from kg.rdf.vocab import KGO

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""
Key = tuple[str, str, str, str]


def _keys(report: ValidationReport) -> Counter[Key]:
    return Counter((v.focus, v.path, v.shape, v.severity) for v in report.violations + report.warnings)


def _pyshacl(graph: Graph, shapes: Graph) -> Counter[Key]:
    """kg.validate.core.validate's call of pyshacl, with a shapes graph parsed once instead of on every call."""
    from pyshacl import validate as shacl

    from kg.validate.core import _violations

    _, results, _ = shacl(graph, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    return Counter((v.focus, v.path, v.shape, v.severity) for v in _violations(results))


def _graph(triples: list[tuple]) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


@pytest.fixture(scope="module")
def shipped_graph() -> Graph:
    return Graph().parse(data=shapes_text(), format="turtle")


@pytest.fixture(scope="module")
def extractions(lexicon):
    from kg.pipeline.run import collect_inputs, extract_all

    return extract_all(collect_inputs([SEEDS]), lexicon)


@pytest.fixture(scope="module")
def ontology() -> list[tuple]:
    from kg.rdf.ontology import ontology_text

    return sorted(Graph().parse(data=ontology_text(), format="turtle"))


@pytest.fixture(scope="module")
def seed_documents(extractions, lexicon) -> list[list[tuple]]:
    """Each seed document's own graph as kg.pipeline.document validates it: its entities and triples (no ontology)."""
    from kg.rdf.graph import add_entity, add_extraction
    from kg.rdf.ntriples import TripleSink
    from kg.link.entities import resolve

    documents = []
    for ex in extractions:
        sink = TripleSink()
        for ent in resolve([ex], lexicon).values():
            add_entity(sink, ent)
        add_extraction(sink, ex, lexicon)
        documents.append(sorted(set(sink)))
    return documents


# -- the seeds conform -----------------------------------------------------------------------------------

def test_the_seeds_graph_conforms(extractions, lexicon) -> None:
    from kg.rdf.graph import to_graph

    report = validate_triples(to_graph(extractions, lexicon))
    assert report.conforms and not report.warnings, report.text(limit=20, warnings=True)


def test_every_seed_document_conforms_as_triples_and_as_n_triples(seed_documents, ontology) -> None:
    for triples in seed_documents:
        assert validate_triples(ontology + triples) == ValidationReport(())
        assert validate_nt("".join(map(nt_line, ontology + triples))) == ValidationReport(())


def test_the_shipped_shapes_compile_once() -> None:
    assert compile_shapes(shapes_text()) is shipped_shapes()
    assert len(shipped_shapes().roots) == 18


# -- differential: mutated seed graphs, against pyshacl --------------------------------------------------

CLASSES = [KGO.Observation, KGO.Mention, KGO.Project, KGO.FunctionalArea, KGO.District, KGO.Municipality,
           KGO.Metric, KGO.Industry, KGO.Benchmark, KGO.Statement, KGO.ProjectStage, KGO.WorkReport, KGO.Document]
ODD_VALUES = [Literal("abc", datatype=XSD.integer), Literal("1.5", datatype=XSD.integer), Literal(""),
              Literal("", lang="zh"), Literal("x", lang="en"), Literal("x", lang="zh-Hans"), Literal("5"),
              Literal("2024", datatype=XSD.gYear), Literal("2024-13-01", datatype=XSD.date), Literal(-3),
              Literal(Decimal("-1.5")), Literal("1e5", datatype=XSD.decimal), Literal(2.5), Literal(True),
              Literal("7", datatype=XSD.string), Literal(" 7", datatype=XSD.integer), KGO.Planned, KGO.Achieved,
              URIRef("https://w3id.org/govkg/id/nowhere")]
COMPARED = {KGO.charStart, KGO.charEnd, KGO.value, KGO.valueMax}    # pyshacl raises on a blank node here


def _neighbourhood(document: list[tuple], center: URIRef) -> list[tuple]:
    """The triples of a node, of the nodes it points at and those pointing at it: a graph pyshacl checks fast."""
    out = {o for s, _, o in document if s == center}
    return [t for t in document if t[0] == center or t[0] in out or t[2] == center]


def _mutate(rng: random.Random, triples: list[tuple], document: list[tuple]) -> tuple[str, list[tuple]]:
    """One random edit of the kinds a bug could make; returns its name and the edited triples."""
    triples = list(triples)
    s, p, o = t = rng.choice(triples)
    kind = rng.choice(["delete", "second value", "odd value", "swap span", "untype", "retype", "targets",
                       "located in", "blank", "foreign", "negative"])
    if kind == "delete":
        triples.remove(t)
    elif kind == "second value":
        others = [x for _, q, x in document if q == p and x != o] or [Literal("second", lang="zh")]
        triples.append((s, p, rng.choice(others)))
    elif kind == "odd value":
        triples[triples.index(t)] = (s, p, rng.choice(ODD_VALUES))
    elif kind == "negative":
        triples[triples.index(t)] = (s, p, Literal(-rng.randint(0, 9)))
    elif kind == "swap span":
        node = rng.choice(sorted({x for x, q, _ in triples if q == KGO.charStart}) or [s])
        swap = {KGO.charStart: KGO.charEnd, KGO.charEnd: KGO.charStart}
        triples = [(a, swap.get(b, b) if a == node else b, c) for a, b, c in triples]
    elif kind in ("untype", "retype"):
        typed = [x for x in triples if x[1] == RDF.type] or [t]
        victim = rng.choice(typed)
        triples.remove(victim)
        if kind == "retype":
            triples.append((victim[0], RDF.type, rng.choice(CLASSES)))
    elif kind in ("targets", "located in"):
        pool = sorted({x for x, q, c in document if q == RDF.type and c in CLASSES})
        triples.append((s, KGO.targets if kind == "targets" else KGO.locatedIn, rng.choice(pool)))
        triples += [x for x in document if x[0] == triples[-1][2]]
    elif kind == "blank" and p not in COMPARED:
        triples[triples.index(t)] = (s, p, BNode())
    elif kind == "foreign":
        triples.append(rng.choice(document))
    return kind, triples


@pytest.mark.parametrize("case", range(200))
def test_mutated_seed_graphs_give_pyshacls_results(case, seed_documents, ontology, shipped_graph) -> None:
    rng = random.Random(case)
    document = seed_documents[case % len(seed_documents)]
    center = rng.choice(sorted({s for s, _, _ in document}))
    triples = _neighbourhood(document, center)
    kinds = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        kind, triples = _mutate(rng, triples, document)
        kinds.append(kind)
    # Class targets need only the ontology's class tree; the rest of it would only slow pyshacl down.
    triples = sorted(set(triples)) + [t for t in ontology if t[1] == RDFS.subClassOf]
    expected = _pyshacl(_graph(triples), shipped_graph)
    assert _keys(validate_triples(triples)) == expected, (center, kinds)
    assert _keys(validate_nt("".join(map(nt_line, triples)))) == expected, (center, kinds)


def test_a_whole_mutated_document_gives_pyshacls_results(seed_documents, ontology, shipped_graph) -> None:
    rng = random.Random(7)
    document = seed_documents[2]
    for _ in range(12):
        document = _mutate(rng, document, seed_documents[2])[1]
    triples = ontology + document
    mine = validate_triples(triples)
    assert len(mine) > 5
    assert _keys(mine) == _pyshacl(_graph(triples), shipped_graph)


def test_the_reference_is_what_kg_validate_gives(seed_documents, ontology, shipped_graph) -> None:
    document = seed_documents[0]
    triples = ontology + _mutate(random.Random(3), _neighbourhood(document, document[0][0]), document)[1]
    assert _keys(validate(_graph(triples))) == _pyshacl(_graph(triples), shipped_graph)


# -- one small graph per constraint component ------------------------------------------------------------

def _check_both(shapes: str, data: str) -> ValidationReport:
    """Validate ``data`` against ``shapes`` (Turtle bodies) with kg.validate.shacl, asserting pyshacl agrees."""
    shapes_graph = Graph().parse(data=PREFIXES + shapes, format="turtle")
    data_graph = Graph().parse(data=PREFIXES + data, format="turtle")
    mine = validate_triples(data_graph, compile_shapes(PREFIXES + shapes))
    assert _keys(mine) == _pyshacl(data_graph, shapes_graph)
    assert all(v.message for v in mine.violations + mine.warnings)
    return mine


PROPERTY_CASES = [
    ("sh:minCount 1", "ex:p 1", 0),
    ("sh:minCount 1", "ex:q 1", 1),
    ("sh:maxCount 1", "ex:p 1", 0),
    ("sh:maxCount 1", 'ex:p 1, "1"', 1),
    ("sh:datatype xsd:integer", "ex:p 5", 0),
    ("sh:datatype xsd:integer", 'ex:p "5", "abc"^^xsd:integer, 5.0, ex:y', 4),
    ("sh:datatype xsd:decimal", 'ex:p "1e5"^^xsd:decimal', 0),      # rdflib reads it, so pyshacl accepts it
    ("sh:datatype xsd:gYear", 'ex:p "abc"^^xsd:gYear', 0),         # pyshacl checks no gYear lexical form
    ("sh:datatype xsd:date", 'ex:p "2024-02-29"^^xsd:date', 0),
    ("sh:datatype xsd:date", 'ex:p "2023-02-29"^^xsd:date', 1),
    ("sh:datatype rdf:langString", 'ex:p "a"@zh', 0),
    ("sh:datatype rdf:langString", 'ex:p "a"', 1),
    ("sh:datatype xsd:string", 'ex:p "a", "b"^^xsd:string', 0),
    ("sh:datatype xsd:string", 'ex:p "a"@zh', 1),
    ("sh:class ex:D", "ex:p ex:d", 0),                            # ex:d a ex:SubD, ex:SubD rdfs:subClassOf ex:D
    ("sh:class ex:D", 'ex:p ex:y, "ex:d"', 2),
    ("sh:class ex:D, ex:E", "ex:p ex:d", 1),
    ("sh:in ( ex:a ex:b 1 )", "ex:p ex:a, 1", 0),
    ("sh:in ( ex:a ex:b 1 )", 'ex:p ex:c, "1", 1.0', 3),
    ("sh:hasValue ex:a", "ex:p ex:b, ex:a", 0),
    ("sh:hasValue ex:a", "ex:p ex:b", 1),
    ('sh:languageIn ( "zh" )', 'ex:p "a"@zh, "b"@zh-Hans, "c"@ZH', 0),
    ('sh:languageIn ( "zh" "en" )', 'ex:p "a"@en-GB, "b"@fr, "c", ex:y', 3),
    ("sh:minLength 2", 'ex:p "ab", ex:y, 10', 0),
    ("sh:minLength 2", 'ex:p "a", ""@zh, [ ], 1', 4),
    ("sh:maxLength 2", 'ex:p "abc", "ab"', 1),
    ("sh:minInclusive 0", "ex:p 0, 2.5, 1.0e0", 0),
    ("sh:minInclusive 0", 'ex:p -1, "5", ex:y, -0.5', 4),
    ("sh:minInclusive 0", 'ex:p "abc"^^xsd:integer', 1),           # rdflib cannot compare an ill-typed value
    ("sh:maxInclusive 10", "ex:p 10, 11", 1),
    ("sh:minExclusive 0", "ex:p 0, 1", 1),
    ("sh:maxExclusive 10", "ex:p 9.5, 10", 1),
    ('sh:minInclusive "2024-01-01"^^xsd:date', 'ex:p "2023-12-31"^^xsd:date, "2024-01-01"^^xsd:date', 1),
    ("sh:nodeKind sh:IRI", "ex:p ex:y", 0),
    ("sh:nodeKind sh:IRI", 'ex:p "a", [ ]', 2),
    ("sh:nodeKind sh:BlankNodeOrLiteral", 'ex:p "a", [ ], ex:y', 1),
    ("sh:lessThan ex:q", "ex:p 1 ; ex:q 2", 0),
    ("sh:lessThan ex:q", "ex:p 2 ; ex:q 2", 1),
    ("sh:lessThan ex:q", "ex:p 3 ; ex:q 2, 4, 1", 2),               # a result per failing pair
    ("sh:lessThan ex:q", 'ex:p "a" ; ex:q 2', 1),
    ("sh:lessThan ex:q", "ex:p 1", 0),
    ("sh:lessThan ex:q", "ex:p ex:a ; ex:q ex:b", 0),                # pyshacl compares IRIs as strings
    ("sh:lessThan ex:q", 'ex:p "2024"^^xsd:gYear ; ex:q 5', 0),      # rdflib orders unlike types by datatype
    ("sh:lessThan ex:q", 'ex:p "2024-01-01"^^xsd:date ; ex:q "2024-02-01"^^xsd:date', 0),
    ("sh:lessThanOrEquals ex:q", "ex:p 2 ; ex:q 2", 0),
    ("sh:lessThanOrEquals ex:q", "ex:p 3 ; ex:q 2.5", 1),
    ("sh:lessThanOrEquals ex:q", 'ex:p "b"@zh ; ex:q "a"', 1),
    ("sh:or ( [ sh:datatype xsd:integer ] [ sh:datatype xsd:decimal ] )", 'ex:p 1, 2.5, "x"', 1),
    ("sh:minCount 1 ; sh:severity sh:Warning", "ex:q 1", 1),
    ("sh:minCount 1 ; sh:deactivated true", "ex:q 1", 0),
    ('sh:minCount 1 ; sh:message "needs a p"', "ex:q 1", 1),
]


@pytest.mark.parametrize("constraint, values, count", PROPERTY_CASES)
def test_each_property_constraint_gives_pyshacls_results(constraint: str, values: str, count: int) -> None:
    shapes = f"ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; {constraint} ] ."
    data = f"ex:x a ex:C ; {values} . ex:d a ex:SubD . ex:SubD rdfs:subClassOf ex:D ."
    report = _check_both(shapes, data)
    assert len(report.violations) + len(report.warnings) == count


OR_MEMBERS = "[ sh:class ex:B ] [ sh:class ex:O ; sh:property [ sh:path ex:status ; sh:hasValue ex:Planned ] ]"
NODE_CASES = {
    "subclass targets": ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
                         "ex:Sub rdfs:subClassOf ex:C . ex:SubSub rdfs:subClassOf ex:Sub . ex:a a ex:Sub . "
                         "ex:b a ex:SubSub . ex:c a ex:C ; ex:p 1 . ex:d a ex:Other .", 2),
    "target nodes": ("ex:S sh:targetNode ex:n, 5 ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .", "ex:m ex:p 1 .", 2),
    "subjects of": ("ex:S sh:targetSubjectsOf ex:p ; sh:property [ sh:path ex:p ; sh:maxCount 1 ] .",
                    "ex:a ex:p 1, 2 . ex:b ex:p 1 .", 1),
    "objects of, node-level class": ("ex:S sh:targetObjectsOf ex:p ; sh:class ex:D .",
                                     'ex:a ex:p ex:d, ex:y, "lit" . ex:d a ex:D .', 2),
    "node-level in": ("ex:S sh:targetObjectsOf ex:status ; sh:in ( ex:Planned ex:Achieved ) .",
                      "ex:a ex:status ex:Planned, ex:Level .", 1),
    "or over targets": (f"ex:S sh:targetObjectsOf ex:targets ; sh:or ( {OR_MEMBERS} ) .",
                        'ex:a ex:targets ex:b1, ex:o1, ex:o2, ex:u, "lit" . ex:b1 a ex:B . '
                        "ex:o1 a ex:O ; ex:status ex:Planned . ex:o2 a ex:O ; ex:status ex:Achieved .", 3),
    "or member of warning severity": ("ex:S sh:targetClass ex:C ; sh:or ( [ sh:class ex:B ; "
                                      "sh:severity sh:Warning ] ) .", "ex:a a ex:C .", 0),
    "or member deactivated": ("ex:S sh:targetClass ex:C ; sh:or ( [ sh:class ex:B ; sh:deactivated true ] ) .",
                              "ex:a a ex:C .", 0),
    "deactivated node shape": ("ex:S sh:targetClass ex:C ; sh:deactivated true ; "
                               "sh:property [ sh:path ex:p ; sh:minCount 1 ] .", "ex:a a ex:C .", 0),
    "property shape keeps its own severity": ("ex:S sh:targetClass ex:C ; sh:severity sh:Warning ; sh:class ex:B ; "
                                              "sh:property [ sh:path ex:p ; sh:minCount 1 ] .", "ex:a a ex:C .", 2),
    "property shape with targets": ("ex:P a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:minCount 1 .",
                                    "ex:a a ex:C .", 1),
    "implicit class target": ("ex:C a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
                              "ex:a a ex:C . ex:b a ex:D .", 1),
    "nested property shapes, a shared value twice": (
        "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:property [ sh:path ex:q ; sh:minCount 1 ] ] .",
        "ex:a a ex:C ; ex:p ex:y, ex:z . ex:b a ex:C ; ex:p ex:z . ex:y ex:q 1 .", 2),
    "two shapes, one focus": ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] . "
                              "ex:T sh:targetObjectsOf ex:r ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
                              "ex:a a ex:C . ex:b ex:r ex:a .", 2),
}


@pytest.mark.parametrize("shapes, data, count", NODE_CASES.values(), ids=NODE_CASES.keys())
def test_targets_or_severity_and_deactivation_give_pyshacls_results(shapes: str, data: str, count: int) -> None:
    report = _check_both(shapes, data)
    assert len(report.violations) + len(report.warnings) == count


def test_warnings_are_kept_apart_from_violations() -> None:
    report = _check_both("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ; "
                         "sh:severity sh:Warning ] , [ sh:path ex:q ; sh:minCount 1 ] .", "ex:a a ex:C .")
    assert [v.path for v in report.violations] == ["http://example.org/q"]
    assert [(v.path, v.severity) for v in report.warnings] == [("http://example.org/p", "Warning")]
    assert report.conforms is False


def test_messages_name_the_value_and_the_constraint() -> None:
    shapes = PREFIXES + ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:datatype xsd:integer ; "
                         "sh:maxCount 1 ] , [ sh:path ex:q ; sh:minCount 1 ] .")
    data = Graph().parse(data=PREFIXES + 'ex:a a ex:C ; ex:p "abc"^^xsd:integer, 2 .', format="turtle")
    messages = {v.shape: v.message for v in validate_triples(data, compile_shapes(shapes)).violations}
    assert messages == {
        "sh:DatatypeConstraintComponent": '"abc"^^xsd:integer is not a well-formed xsd:integer',
        "sh:MaxCountConstraintComponent": 'has 2 values ("2"^^xsd:integer, "abc"^^xsd:integer); at most 1 allowed',
        "sh:MinCountConstraintComponent": "has 0 value(s); at least 1 required",
    }


def test_language_in_matches_language_ranges() -> None:
    """SPARQL langMatches: the range zh-Hans takes zh-Hans-CN (pyshacl only compares the first subtag)."""
    shapes = PREFIXES + 'ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:languageIn ( "zh-Hans" ) ] .'
    data = Graph().parse(data=PREFIXES + 'ex:a a ex:C ; ex:p "a"@zh-hans-CN, "b"@zh-Hant, "c"@zh .', format="turtle")
    found = validate_triples(data, compile_shapes(shapes)).violations
    assert sorted(v.message for v in found) == ['"b"@zh-hant is not in language zh-hans',
                                                '"c"@zh is not in language zh-hans']


def test_a_blank_node_is_not_less_than_anything() -> None:
    """pyshacl raises on this graph; the SHACL text makes the pair a result."""
    shapes = PREFIXES + "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:lessThan ex:q ] ."
    data = Graph().parse(data=PREFIXES + "ex:a a ex:C ; ex:p [ ] ; ex:q 1 .", format="turtle")
    assert [v.shape for v in validate_triples(data, compile_shapes(shapes)).violations] == [
        "sh:LessThanConstraintComponent"]


NUMBERS = PREFIXES + ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:datatype {dt} ; sh:maxCount 1 ; "
                      "sh:minInclusive 0 ; sh:lessThan ex:q ] .")


@settings(max_examples=60, deadline=None)
@example("05", "integer").via("rdflib rewrites it")
@example("-0", "integer").via("rdflib rewrites it")
@example("+1.50", "decimal").via("rdflib rewrites it")
@example("1e5", "decimal").via("rdflib converts it")
@example("٣", "integer").via("Python's int() reads it")
@example("", "gYear").via("never ill-typed")
@given(lexical=st.from_regex(r"[ +-]?[0-9٣]{0,3}(\.[0-9]{0,2})?([eE][+-]?[0-9])?", fullmatch=True),
       datatype=st.sampled_from(["integer", "decimal", "double", "gYear"]))
def test_numbers_read_from_n_triples_are_what_rdflib_reads(lexical: str, datatype: str) -> None:
    """Lexical forms, canonical or not, well-typed or not: N-Triples read by pyoxigraph (with the canonical
    fast path) give pyshacl's results on the graph rdflib reads from the same text."""
    xsd = f"http://www.w3.org/2001/XMLSchema#{datatype}"
    x = "<http://example.org/x>"
    text = (f"{x} <{RDF.type}> <http://example.org/C> .\n{x} <http://example.org/p> \"{lexical}\"^^<{xsd}> .\n"
            f"{x} <http://example.org/p> \"0\"^^<{xsd}> .\n{x} <http://example.org/q> \"5\"^^<{XSD.integer}> .\n")
    shapes = NUMBERS.format(dt=f"xsd:{datatype}")
    graph = Graph().parse(data=text, format="nt")
    expected = _pyshacl(graph, Graph().parse(data=shapes, format="turtle"))
    assert _keys(validate_nt(text, compile_shapes(shapes))) == expected
    assert _keys(validate_triples(graph, compile_shapes(shapes))) == expected


# -- what is not supported -------------------------------------------------------------------------------

UNSUPPORTED = {
    "pattern": ('sh:property [ sh:path ex:p ; sh:pattern "^a" ]', "sh:pattern"),
    "sparql": ('sh:sparql [ sh:select "SELECT $this WHERE { }" ]', "sh:sparql"),
    "not": ("sh:not [ sh:class ex:D ]", "sh:not"),
    "and": ("sh:and ( [ sh:class ex:D ] )", "sh:and"),
    "xone": ("sh:xone ( [ sh:class ex:D ] )", "sh:xone"),
    "node": ("sh:node ex:T", "sh:node"),
    "qualified": ("sh:property [ sh:path ex:p ; sh:qualifiedValueShape [ sh:class ex:D ] ; "
                  "sh:qualifiedMinCount 1 ]", "sh:qualified"),
    "closed": ("sh:closed true", "sh:closed"),
    "unique lang": ("sh:property [ sh:path ex:p ; sh:uniqueLang true ]", "sh:uniqueLang"),
    "equals": ("sh:property [ sh:path ex:p ; sh:equals ex:q ]", "sh:equals"),
    "inverse path": ("sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ]", "sh:inversePath"),
    "sequence path": ("sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ]", "sh:path"),
    "sparql target": ('sh:target [ a sh:SPARQLTarget ; sh:select "SELECT ?this WHERE { }" ]', "sh:target"),
    "node kind": ("sh:nodeKind ex:Something", "sh:nodeKind"),
    "less than on a node": ("sh:lessThan ex:q", "sh:lessThan"),
    "recursion": ("sh:property [ sh:path ex:p ; sh:or ( ex:S ) ]", "recursive"),
}


@pytest.mark.parametrize("body, term", UNSUPPORTED.values(), ids=UNSUPPORTED.keys())
def test_unsupported_shapes_are_refused_naming_shape_and_term(body: str, term: str) -> None:
    with pytest.raises(UnsupportedShape, match=term) as raised:
        compile_shapes(PREFIXES + f"ex:S a sh:NodeShape ; sh:targetClass ex:C ; {body} .")
    assert raised.value.shape.startswith("http://example.org/S")


def test_a_custom_constraint_component_is_refused() -> None:
    with pytest.raises(UnsupportedShape, match="sh:parameter|sh:ConstraintComponent"):
        compile_shapes(PREFIXES + "ex:Comp a sh:ConstraintComponent ; sh:parameter [ sh:path ex:max ] .")


def test_violations_are_kg_validate_records() -> None:
    report = _check_both("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .", "ex:a a ex:C .")
    assert report.violations == (Violation("http://example.org/a", "http://example.org/p",
                                           "has 0 value(s); at least 1 required", "sh:MinCountConstraintComponent"),)
