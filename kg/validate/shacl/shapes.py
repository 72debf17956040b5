"""Compiling a SHACL shapes graph into frozen Shape dataclasses, refusing SHACL beyond kg.validate.shacl's subset."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from kg.validate.shacl.terms import KINDS, SH_NS, Node, from_rdflib, short, show
from kg.rdf.terms import curie
from kg.validate.report import shapes_text

COMPONENTS = ("minCount", "maxCount", "datatype", "class", "in", "hasValue", "languageIn", "minLength", "maxLength",
              "minInclusive", "maxInclusive", "minExclusive", "maxExclusive", "nodeKind", "lessThan",
              "lessThanOrEquals", "or")
TARGETS = ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf")
SUPPORTED = frozenset(SH[t] for t in (*COMPONENTS, *TARGETS, "property", "path", "severity", "deactivated",
                                      "message", "name", "description", "order", "group", "defaultValue"))
SHAPE_TYPES = frozenset({SH.NodeShape, SH.PropertyShape, SH.Shape})
ALLOWED = frozenset({"Warning", "Info"})        # severities kg.validate.core allows (pyshacl's allow_warnings)

class UnsupportedShape(ValueError):
    """The shapes graph uses SHACL beyond this module's subset: validate with kg.validate.core.validate (pyshacl)."""

    def __init__(self, shape: str, term: str) -> None:
        self.shape, self.term = shape, term
        super().__init__(f"{shape}: {term} is not supported by kg.validate.shacl; validate with kg.validate.core.validate")


@dataclass(frozen=True)
class Constraint:
    """One constraint parameter of a shape: its component (sh:MinCountConstraintComponent …) and value."""

    component: str
    param: object


@dataclass(frozen=True)
class Shape:
    """A node shape (no path) or a property shape with an IRI path: its targets, constraints, property shapes."""

    name: str
    path: str = ""
    constraints: tuple[Constraint, ...] = ()
    properties: tuple[Shape, ...] = ()
    severity: str = "Violation"
    deactivated: bool = False
    message: str = ""
    targets: tuple[tuple[str, Node], ...] = ()      # ("targetClass", the class IRI) …


@dataclass(frozen=True)
class Shapes:
    """A compiled shapes graph: the shapes that have targets (the others are reached through them)."""

    roots: tuple[Shape, ...]



# -- compiling a shapes graph --------------------------------------------------------------------------------

@lru_cache(maxsize=8)
def compile_shapes(shapes_ttl: str) -> Shapes:
    """Compile a Turtle shapes graph (cached by its text); raises UnsupportedShape naming the shape and the term
    it cannot handle."""
    from kg.rdf.read import turtle_triples

    g = Graph()
    g.addN((*t, g) for t in turtle_triples(shapes_ttl))
    bad = sorted({(s, p, p) for s, p, _ in g if p.startswith(SH_NS) and p not in SUPPORTED}
                 | {(s, RDF.type, o) for s, o in g.subject_objects(RDF.type)
                    if o.startswith(SH_NS) and o not in SHAPE_TYPES})
    inside = {o for s, p, _ in bad for o in g.objects(s, p)}      # name sh:sparql, not the sh:select inside it
    if outer := [x for x in bad if x[0] not in inside] or bad:
        raise UnsupportedShape(_name(g, outer[0][0]), short(outer[0][2]))
    classes = {RDFS.Class, *g.subjects(RDFS.subClassOf, RDFS.Class)}
    implicit = {s for s, o in g.subject_objects(RDF.type) if o in classes and set(g.objects(s, RDF.type)) & SHAPE_TYPES}
    roots = implicit | {s for t in TARGETS for s in g.subjects(SH[t], None)}
    return Shapes(tuple(_shape(g, node, (), node in implicit) for node in sorted(roots)))


@cache
def shipped_shapes() -> Shapes:
    """The shapes of ontology/shapes.ttl, compiled once."""
    return compile_shapes(shapes_text())


def _shape(g: Graph, node: BNode | URIRef, stack: tuple, implicit: bool = False) -> Shape:
    name, path = _name(g, node), g.value(node, SH.path)
    if node in stack:
        raise UnsupportedShape(name, "a recursive shape reference")
    if path is not None and not isinstance(path, URIRef):
        raise UnsupportedShape(name, "sh:path other than a single IRI")
    found = sorted((p[len(SH_NS):], o) for p, o in g.predicate_objects(node) if p in SUPPORTED)
    constraints = tuple(_constraint(g, name, p, o, (*stack, node)) for p, o in found if p in COMPONENTS)
    if path is None and any(c.component.startswith("sh:LessThan") for c in constraints):
        raise UnsupportedShape(name, "sh:lessThan on a node shape")
    targets = tuple((t, from_rdflib(o)) for t in TARGETS for o in sorted(g.objects(node, SH[t])))
    deactivated = g.value(node, SH.deactivated)
    return Shape(name, str(path or ""), constraints,
                 tuple(_shape(g, o, (*stack, node)) for o in sorted(g.objects(node, SH.property))),
                 curie(g.value(node, SH.severity) or SH.Violation).removeprefix("sh:"),
                 isinstance(deactivated, Literal) and bool(deactivated.value),
                 str(min(g.objects(node, SH.message), default="")),
                 targets + ((("targetClass", str(node)),) if implicit else ()))


def _constraint(g: Graph, name: str, local: str, value, stack: tuple) -> Constraint:
    component = f"sh:{local[0].upper()}{local[1:]}ConstraintComponent"
    if local in ("minCount", "maxCount", "minLength", "maxLength"):
        return Constraint(component, int(value))
    if local == "in":
        return Constraint(component, frozenset(map(from_rdflib, Collection(g, value))))
    if local == "languageIn":
        return Constraint(component, tuple(str(tag).lower() for tag in Collection(g, value)))
    if local == "or":
        return Constraint(component, tuple(_shape(g, member, stack) for member in Collection(g, value)))
    if (local == "nodeKind" and str(value) not in KINDS
            or local.startswith("lessThan") and not isinstance(value, URIRef)):
        raise UnsupportedShape(name, f"sh:{local} {show(from_rdflib(value))}")
    return Constraint(component, from_rdflib(value))


def _name(g: Graph, node, depth: int = 0) -> str:
    """A shape as a reader finds it: its IRI, or where a blank-node shape sits in a named one."""
    if not isinstance(node, BNode) or depth > 9:
        return short(str(node))
    if (cell := g.value(predicate=RDF.first, object=node)) is not None:       # a member of sh:or ( … )
        while (previous := g.value(predicate=RDF.rest, object=cell)) is not None:
            cell = previous
        holder, p = next(g.subject_predicates(cell), (None, None))
        return f"{_name(g, holder, depth + 1)} {short(p)} member" if holder is not None else f"_:{node}"
    if (holder := g.value(predicate=SH.path, object=node)) is not None:       # a path that is not an IRI
        return _name(g, holder, depth + 1)
    parent, path = g.value(predicate=SH.property, object=node), g.value(node, SH.path)
    where = f" sh:path {short(str(path))}" if isinstance(path, URIRef) else " sh:property"
    return _name(g, parent, depth + 1) + where if parent is not None else f"_:{node}"
