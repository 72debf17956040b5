"""Check a built graph against the SHACL shapes in ontology/shapes.ttl.

Two engines give the same results: kg.validate.shacl (the default; ~30× faster, for the SHACL Core subset the
shapes use) and pyshacl (the reference; used when the shapes need SHACL that kg.validate.shacl lacks, or when
asked for). tests/test_shacl.py holds them to the same answers on mutated graphs.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import RDF, Graph
from rdflib.namespace import SH

from kg.rdf.terms import curie

ENGINES = ("auto", "fast", "pyshacl")


@dataclass(frozen=True, order=True)
class Violation:
    """One failed constraint: the node, the property path, what is wrong and how grave (sh:Violation …)."""

    focus: str
    path: str
    message: str
    shape: str
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: {self.focus}{where}: {self.message} ({self.shape})"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating a graph: violations fail it, warnings (known issues) do not."""

    violations: tuple[Violation, ...]
    warnings: tuple[Violation, ...] = ()

    @property
    def conforms(self) -> bool:
        return not self.violations

    def __len__(self) -> int:
        return len(self.violations)

    def text(self, limit: int | None = None, warnings: bool = False) -> str:
        """The violations (and, if asked, the warnings) one a line, at most ``limit`` of each."""
        lines: list[str] = []
        for results in (self.violations, self.warnings if warnings else ()):
            shown = results if limit is None else results[:limit]
            lines += map(str, shown)
            if len(results) > len(shown):
                lines.append(f"… and {len(results) - len(shown)} more")
        return "\n".join(lines)


@cache
def shapes_text() -> str:
    """The shapes as shipped with the package (ontology/shapes.ttl)."""
    return resources.files("kg").joinpath("ontology/shapes.ttl").read_text(encoding="utf-8")


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
