"""Check a built graph against the SHACL shapes in ontology/shapes.ttl.

Two engines give the same results: kg.validate.shacl (the default; ~30× faster, for the SHACL Core subset the
shapes use) and pyshacl (the reference; used when the shapes need SHACL that kg.validate.shacl lacks, or when
asked for). tests/test_shacl.py holds them to the same answers on mutated graphs.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import RDF, Graph
from rdflib.namespace import SH

from kg.rdf.terms import curie
from kg.validate.report import ValidationReport, Violation, shapes_text

ENGINES = ("auto", "fast", "pyshacl")


def _shapes() -> Graph:
    return Graph().parse(data=shapes_text(), format="turtle")


def validate(graph: Graph, engine: str = "auto") -> ValidationReport:
    """Validate ``graph`` (which carries the ontology, so subclass targets work) against the shapes.

    ``engine``: "fast" (kg.validate.shacl), "pyshacl", or "auto" (fast unless the shapes need more SHACL than it has).
    """
    return validate_triples(graph, engine)


def validate_triples(triples, engine: str = "auto") -> ValidationReport:
    """Validate a graph given as rdflib triples (a Graph or any iterable, the ontology's triples included)."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if not isinstance(triples, Graph):
        triples = list(triples)          # read twice when the fast engine declines the shapes
    if engine != "pyshacl":
        from kg.validate.shacl import UnsupportedShape, validate_triples as fast

        try:
            return fast(triples)
        except UnsupportedShape:
            if engine == "fast":
                raise
    graph = triples if isinstance(triples, Graph) else _graph(triples)
    return _pyshacl(graph)


def validate_nt(text: str, engine: str = "auto") -> ValidationReport:
    """Validate a graph given as N-Triples text (the ontology's lines included)."""
    if engine != "pyshacl":
        from kg.validate.shacl import UnsupportedShape, validate_nt as fast

        try:
            return fast(text)
        except UnsupportedShape:
            if engine == "fast":
                raise
    return _pyshacl(Graph().parse(data=text, format="nt"))


def _graph(triples) -> Graph:
    g = Graph()
    for triple in triples:
        g.add(triple)
    return g


def _pyshacl(graph: Graph) -> ValidationReport:
    from pyshacl import validate as shacl

    _, results, _ = shacl(graph, shacl_graph=_shapes(), inference="none", advanced=True, allow_warnings=True)
    found = sorted(_violations(results))
    return ValidationReport(tuple(v for v in found if v.severity == "Violation"),
                            tuple(v for v in found if v.severity != "Violation"))


def _violations(results: Graph) -> list[Violation]:
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        out.append(Violation(
            focus=curie(results.value(r, SH.focusNode)),
            path=curie(results.value(r, SH.resultPath)),
            message=str(results.value(r, SH.resultMessage) or ""),
            shape=curie(results.value(r, SH.sourceConstraintComponent)),
            severity=curie(results.value(r, SH.resultSeverity)).removeprefix("sh:") or "Violation",
        ))
    return out


def validate_file(path: Path, engine: str = "auto") -> ValidationReport:
    """Validate a Turtle file; a missing or unparsable file raises UnreadableInput naming it."""
    from kg.rdf.read import read_turtle

    return validate(read_turtle(path), engine)
