"""A fast SHACL Core validator for the shapes govkg uses, over plain triples instead of an rdflib Graph.

    compile_shapes (a shapes graph -> frozen Shape dataclasses, once) -> validate_triples / validate_nt (index
    the data in dicts, evaluate every shape) -> the kg.validate.ValidationReport pyshacl would give

Terms become plain values (an IRI is a str, a blank node a Blank, a literal a Lit), so indexing and comparing
them runs at C speed. A shapes graph using SHACL beyond SUPPORTED raises UnsupportedShape: validate with pyshacl
(kg.validate.validate) then. Where pyshacl, run as kg.validate runs it, departs from the SHACL text, this module
does what pyshacl does, so a verdict does not depend on the validator: a literal is ill-typed when rdflib cannot
convert it (xsd:gYear is never ill-typed), sh:lessThan and sh:minInclusive compare in rdflib's literal order
(IRIs as strings), and a nested shape whose results are all warnings conforms. Two departures from pyshacl
follow the SHACL text instead: sh:languageIn matches language ranges (zh-Hans takes zh-Hans-CN), and a blank
node compared by sh:lessThan is a result (pyshacl raises).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache, lru_cache
from typing import NamedTuple

import pyoxigraph
from pyoxigraph import BlankNode as OxBlank, NamedNode
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, SKOS, XSD

from kg.validate import ValidationReport, Violation, shapes_text
from kg.validate import curie

COMPONENTS = ("minCount", "maxCount", "datatype", "class", "in", "hasValue", "languageIn", "minLength", "maxLength",
              "minInclusive", "maxInclusive", "minExclusive", "maxExclusive", "nodeKind", "lessThan",
              "lessThanOrEquals", "or")
TARGETS = ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf")
SUPPORTED = frozenset(SH[t] for t in (*COMPONENTS, *TARGETS, "property", "path", "severity", "deactivated",
                                      "message", "name", "description", "order", "group", "defaultValue"))
SHAPE_TYPES = frozenset({SH.NodeShape, SH.PropertyShape, SH.Shape})
ALLOWED = frozenset({"Warning", "Info"})        # severities kg.validate allows (pyshacl's allow_warnings)
SH_NS, TYPE, SUBCLASS = str(SH), str(RDF.type), str(RDFS.subClassOf)
RDFS_LITERAL, RDFS_DATATYPE = str(RDFS.Literal), str(RDFS.Datatype)
STRING, LANG_STRING, INTEGER, DECIMAL = str(XSD.string), str(RDF.langString), str(XSD.integer), str(XSD.decimal)


class Blank(str):
    """A blank node: "_:" and its label, so it never equals an IRI."""

    __slots__ = ()


class Lit(NamedTuple):
    """A literal: lexical form (normalised as rdflib does), datatype IRI ("" for a plain or language-tagged
    string) and lower-case language tag."""

    lex: str
    datatype: str = ""
    lang: str = ""


Node = str | Lit        # an IRI (str), a Blank or a Lit
KINDS = {str(SH.IRI): (str,), str(SH.BlankNode): (Blank,), str(SH.Literal): (Lit,), str(SH.IRIOrLiteral): (str, Lit),
         str(SH.BlankNodeOrIRI): (Blank, str), str(SH.BlankNodeOrLiteral): (Blank, Lit)}


class UnsupportedShape(ValueError):
    """The shapes graph uses SHACL beyond this module's subset: validate with kg.validate.validate (pyshacl)."""

    def __init__(self, shape: str, term: str) -> None:
        self.shape, self.term = shape, term
        super().__init__(f"{shape}: {term} is not supported by kg.shacl; validate with kg.validate.validate")


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
    g = Graph().parse(data=shapes_ttl, format="turtle")
    bad = sorted({(s, p, p) for s, p, _ in g if p.startswith(SH_NS) and p not in SUPPORTED}
                 | {(s, RDF.type, o) for s, o in g.subject_objects(RDF.type)
                    if o.startswith(SH_NS) and o not in SHAPE_TYPES})
    inside = {o for s, p, _ in bad for o in g.objects(s, p)}      # name sh:sparql, not the sh:select inside it
    if outer := [x for x in bad if x[0] not in inside] or bad:
        raise UnsupportedShape(_name(g, outer[0][0]), _curie(outer[0][2]))
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
        raise UnsupportedShape(name, f"sh:{local} {_show(from_rdflib(value))}")
    return Constraint(component, from_rdflib(value))


def _name(g: Graph, node, depth: int = 0) -> str:
    """A shape as a reader finds it: its IRI, or where a blank-node shape sits in a named one."""
    if not isinstance(node, BNode) or depth > 9:
        return _curie(str(node))
    if (cell := g.value(predicate=RDF.first, object=node)) is not None:       # a member of sh:or ( … )
        while (previous := g.value(predicate=RDF.rest, object=cell)) is not None:
            cell = previous
        holder, p = next(g.subject_predicates(cell), (None, None))
        return f"{_name(g, holder, depth + 1)} {_curie(p)} member" if holder is not None else f"_:{node}"
    if (holder := g.value(predicate=SH.path, object=node)) is not None:       # a path that is not an IRI
        return _name(g, holder, depth + 1)
    parent, path = g.value(predicate=SH.property, object=node), g.value(node, SH.path)
    where = f" sh:path {_curie(str(path))}" if isinstance(path, URIRef) else " sh:property"
    return _name(g, parent, depth + 1) + where if parent is not None else f"_:{node}"


# -- terms ---------------------------------------------------------------------------------------------------

def from_rdflib(term) -> Node:
    """An rdflib URIRef, BNode or Literal as a plain Node."""
    kind = type(term)
    if kind is URIRef:
        return str(term)
    if kind is Literal or kind is not BNode and isinstance(term, Literal):
        return Lit(str(term), str(term.datatype or ""), term.language.lower() if term.language else "")
    return Blank(f"_:{term}") if kind is BNode or isinstance(term, BNode) else str(term)


def _from_oxigraph(term) -> Node:
    """A pyoxigraph term as rdflib would read it. (A "…"^^xsd:string becomes a plain literal: pyoxigraph
    does not tell the two apart.)"""
    if type(term) is NamedNode:
        return term.value
    if type(term) is OxBlank:
        return Blank(f"_:{term.value}")
    if term.language:
        return Lit(term.value, "", term.language)
    datatype = term.datatype.value
    if datatype == STRING or (canonical := _CANONICAL.get(datatype)) and canonical(term.value):
        return Lit(term.value, "" if datatype == STRING else datatype)
    return _rdflib_normalised(term.value, datatype)


_CANONICAL = {INTEGER: re.compile(r"0|-?[1-9][0-9]*").fullmatch,
              DECIMAL: re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?").fullmatch}


@lru_cache(maxsize=1 << 16)
def _rdflib_normalised(lex: str, datatype: str) -> Lit:
    """The literal with the lexical form rdflib gives it ("05"^^xsd:integer is read as "5")."""
    return Lit(str(Literal(lex, datatype=datatype)), datatype)


@lru_cache(maxsize=1 << 16)
def _rdflib(lit: Lit) -> Literal:
    return Literal(lit.lex, lang=lit.lang or None, datatype=lit.datatype or None)


def _number(v: Node) -> int | Decimal | None:
    """The value of an integer or decimal literal in canonical form, else None (then rdflib decides)."""
    canonical = _CANONICAL.get(v.datatype) if type(v) is Lit else None
    if canonical is None or not canonical(v.lex):
        return None
    return int(v.lex) if v.datatype == INTEGER else Decimal(v.lex)


# -- the data graph ------------------------------------------------------------------------------------------

class Data:
    """Data triples indexed subject -> predicate -> objects; classes follow rdf:type/rdfs:subClassOf*."""

    def __init__(self, triples: Iterable[tuple[Node, str, Node]]) -> None:
        spo: dict[Node, dict[str, set[Node]]] = {}
        for s, p, o in triples:
            preds = spo.get(s)
            if preds is None:
                spo[s] = {p: {o}}
            elif (objects := preds.get(p)) is None:
                preds[p] = {o}
            else:
                objects.add(o)
        self.spo = spo
        self._supers: dict[Node, frozenset[Node]] = {}
        self._classes: dict[Node, frozenset[Node]] = {}
        self._instances: dict[Node, set[Node]] = {}

    def values(self, node: Node, path: str) -> set[Node]:
        """The objects of ``node path ?o``."""
        return self.spo.get(node, {}).get(path, set())

    def superclasses(self, cls: Node) -> frozenset[Node]:
        """``cls`` and every class it is an rdfs:subClassOf, transitively."""
        if cls not in self._supers:
            seen, todo = {cls}, [cls]
            while todo:
                for up in self.values(todo.pop(), SUBCLASS) - seen:
                    seen.add(up)
                    todo.append(up)
            self._supers[cls] = frozenset(seen)
        return self._supers[cls]

    def is_instance(self, node: Node, cls: Node) -> bool:
        """Whether ``node`` is a SHACL instance of ``cls``."""
        if (classes := self._classes.get(node)) is None:
            classes = self._classes[node] = frozenset().union(*map(self.superclasses, self.values(node, TYPE)))
        return cls in classes

    def focus_nodes(self, kind: str, term: Node) -> set[Node]:
        """The nodes one target declaration (``kind`` is "targetClass" …) selects."""
        if kind == "targetNode":
            return {term}
        if kind == "targetSubjectsOf":
            return {s for s, preds in self.spo.items() if term in preds}
        if kind == "targetObjectsOf":
            return {o for preds in self.spo.values() for o in preds.get(term, ())}
        if not self._instances:
            for s, preds in self.spo.items():
                for t in preds.get(TYPE, ()):
                    self._instances.setdefault(t, set()).add(s)
        return {s for t, found in self._instances.items() if term in self.superclasses(t) for s in found}


# -- constraint components: each value test mirrors pyshacl's --------------------------------------------------

_PYTHON_TYPE = {STRING: (str, bytes), INTEGER: int, str(XSD.float): float, DECIMAL: Decimal, str(XSD.boolean): bool,
                str(XSD.date): date, str(XSD.time): time, str(XSD.dateTime): datetime}


def _has_datatype(dt: str, data: Data, v: Node) -> bool:
    if type(v) is not Lit:
        return False
    if v.datatype == dt:
        return _number(v) is not None or _well_typed(v)
    if dt == STRING or dt == LANG_STRING:
        return bool(v.lang) == (dt == LANG_STRING) and not v.datatype
    return dt == RDFS_LITERAL or dt == RDFS_DATATYPE and bool(v.datatype)


@lru_cache(maxsize=1 << 16)
def _well_typed(lit: Lit) -> bool:
    """rdflib converts the lexical form, to a value of the type pyshacl expects (where it expects one)."""
    value = _rdflib(lit)
    return value.ill_typed is not True and isinstance(value.value, _PYTHON_TYPE.get(lit.datatype, object))


def _language_in(ranges: tuple[str, ...], data: Data, v: Node) -> bool:
    """SPARQL langMatches (RFC 4647 basic filtering) against any of the ranges."""
    tag = v.lang if type(v) is Lit else ""
    return bool(tag) and any(r == "*" or tag == r or tag.startswith(r + "-") for r in ranges)


def _length(v: Node) -> int:
    return -1 if type(v) is Blank else len(v.lex) if type(v) is Lit else len(v)


def _in_range(v: Node, bound: Lit, ok: Callable[[int], bool]) -> bool:
    """pyshacl's sh:minInclusive …: strings compare only with strings, other literals with rdflib's compare."""
    x, y = _number(v), _number(bound)
    if x is not None and y is not None:
        return ok((x > y) - (x < y))
    if type(v) is not Lit or (type(_orderable(v)) is str) != (type(_orderable(bound)) is str):
        return False
    a, b = _rdflib(v), _rdflib(bound)
    try:
        if a.eq(b):
            return ok(0)
        if isinstance(a.value, (datetime, time)):
            return ok(0 if a.value == b.value else 1 if a.value > b.value else -1)
        return ok(1 if a > b else -1)
    except (TypeError, NotImplementedError):
        return False


def _ordered(a: Node, b: Node, strict: bool) -> bool:
    """pyshacl's sh:lessThan(OrEquals): strings (IRIs, string literals) compare with strings, other literals in
    rdflib's order; a blank node compares with nothing."""
    x, y = _number(a), _number(b)
    if x is None or y is None:
        if type(a) is Blank or type(b) is Blank:
            return False
        x, y = _orderable(a), _orderable(b)
        if (type(x) is str) != (type(y) is str):
            return False
    try:
        return x < y if strict else x <= y
    except TypeError:
        return False


def _orderable(v: Node) -> str | Literal:
    """What pyshacl compares: an IRI's or string literal's text (a str), else the rdflib literal."""
    if type(v) is not Lit or not v.datatype:
        return v.lex if type(v) is Lit else v
    value = _rdflib(v)
    return str(value.value) if isinstance(value.value, str) else value


# Component -> (does value node v pass, given the parameter p and the data d?, the message if it does not)
VALUE_TESTS: dict[str, tuple[Callable[[object, Data, Node], bool], str]] = {
    "sh:DatatypeConstraintComponent": (_has_datatype, "{v} is not a well-formed {p}"),
    "sh:ClassConstraintComponent": (lambda p, d, v: type(v) is not Lit and d.is_instance(v, p), "{v} is not a {p}"),
    "sh:NodeKindConstraintComponent": (lambda p, d, v: type(v) in KINDS[p], "{v} is not a {p} node"),
    "sh:InConstraintComponent": (lambda p, d, v: v in p, "{v} is not one of {p}"),
    "sh:LanguageInConstraintComponent": (_language_in, "{v} is not in language {p}"),
    "sh:MinLengthConstraintComponent": (lambda p, d, v: p == 0 or _length(v) >= p, "{v} is shorter than {p}"),
    "sh:MaxLengthConstraintComponent": (lambda p, d, v: -1 < _length(v) <= p, "{v} is longer than {p}"),
    "sh:MinInclusiveConstraintComponent": (lambda p, d, v: _in_range(v, p, lambda c: c >= 0), "{v} is below {p}"),
    "sh:MinExclusiveConstraintComponent": (lambda p, d, v: _in_range(v, p, lambda c: c > 0), "{v} is not above {p}"),
    "sh:MaxInclusiveConstraintComponent": (lambda p, d, v: _in_range(v, p, lambda c: c <= 0), "{v} is above {p}"),
    "sh:MaxExclusiveConstraintComponent": (lambda p, d, v: _in_range(v, p, lambda c: c < 0), "{v} is not below {p}"),
    "sh:OrConstraintComponent": (lambda p, d, v: any(_conforms(s, d, v) for s in p),
                                 "{v} conforms to none of the {p} shapes of sh:or"),
}


def _failures(c: Constraint, data: Data, pairs: list[tuple[Node, set[Node]]]) -> Iterator[tuple[Node, str]]:
    """(focus node, message) for each result of one constraint over the focus nodes and their values."""
    kind, p = c.component, c.param
    if kind in VALUE_TESTS:
        test, template = VALUE_TESTS[kind]
        yield from ((f, template.format(v=_show(v), p=_param(p))) for f, vs in pairs for v in vs
                    if not test(p, data, v))
    elif kind == "sh:MinCountConstraintComponent":
        yield from ((f, f"has {len(vs)} value(s); at least {p} required") for f, vs in pairs if len(vs) < p)
    elif kind == "sh:MaxCountConstraintComponent":
        yield from ((f, f"has {len(vs)} values ({_param(vs)}); at most {p} allowed") for f, vs in pairs if len(vs) > p)
    elif kind == "sh:HasValueConstraintComponent":
        yield from ((f, f"lacks the required value {_show(p)}") for f, vs in pairs if p not in vs)
    else:
        strict = kind == "sh:LessThanConstraintComponent"
        yield from ((f, f"{_show(v)} is not {'<' if strict else '<='} {_show(w)}, its {_curie(p)}")
                    for f, vs in pairs for v in vs for w in data.values(f, p) if not _ordered(v, w, strict))


def _check(shape: Shape, data: Data, focus: Iterable[Node]) -> list[Violation]:
    """The results of validating focus nodes against a shape and, through it, its property shapes."""
    if shape.deactivated:
        return []
    if shape.path:
        spo, path = data.spo, shape.path
        pairs = [(f, spo[f].get(path, ()) if f in spo else ()) for f in focus]
    else:
        pairs = [(f, (f,)) for f in focus]
    found = [Violation(_focus(f), curie(shape.path), shape.message or message, c.component, shape.severity)
             for c in shape.constraints for f, message in _failures(c, data, pairs)]
    for prop in shape.properties:
        found += _check(prop, data, [v for _, vs in pairs for v in vs])
    return found


def _conforms(shape: Shape, data: Data, node: Node) -> bool:
    return shape.severity in ALLOWED or all(r.severity in ALLOWED for r in _check(shape, data, [node]))


# -- validating ----------------------------------------------------------------------------------------------

def validate_triples(triples: Iterable[tuple], shapes: Shapes | None = None) -> ValidationReport:
    """Validate rdflib (subject, predicate, object) triples — the ontology included, for subclass targets —
    against ``shapes`` (default: ontology/shapes.ttl): the report kg.validate.validate gives, without a Graph."""
    return _validate(Data((from_rdflib(s), str(p), from_rdflib(o)) for s, p, o in triples), shapes)


def validate_nt(text: str | bytes, shapes: Shapes | None = None) -> ValidationReport:
    """Validate N-Triples text (parsed by pyoxigraph) as :func:`validate_triples` validates its triples."""
    quads = pyoxigraph.parse(input=text.encode() if isinstance(text, str) else text,
                             format=pyoxigraph.RdfFormat.N_TRIPLES)
    return _validate(Data((_from_oxigraph(s), p.value, _from_oxigraph(o)) for s, p, o, _ in quads), shapes)


def _validate(data: Data, shapes: Shapes | None) -> ValidationReport:
    found: list[Violation] = []
    for shape in (shapes or shipped_shapes()).roots:
        found += _check(shape, data, set().union(*(data.focus_nodes(kind, term) for kind, term in shape.targets)))
    found.sort()
    return ValidationReport(tuple(v for v in found if v.severity == "Violation"),
                            tuple(v for v in found if v.severity != "Violation"))


# -- how results name things ---------------------------------------------------------------------------------

def _focus(node: Node) -> str:
    """A node as kg.validate names a focus node: a short IRI, a blank node's label, a literal's lexical form."""
    return node.lex if type(node) is Lit else node[2:] if type(node) is Blank else curie(node)


def _curie(iri: str) -> str:
    text = curie(iri)
    for prefix, ns in (("xsd:", str(XSD)), ("rdf:", str(RDF)), ("skos:", str(SKOS))):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text


def _show(v: Node) -> str:
    """A value as messages show it: a short IRI, or a (shortened) literal with its language or datatype."""
    if type(v) is not Lit:
        return v if type(v) is Blank else _curie(v)
    text = v.lex if len(v.lex) <= 40 else v.lex[:39] + "…"
    return f'"{text}"' + (f"@{v.lang}" if v.lang else f"^^{_curie(v.datatype)}" if v.datatype else "")


def _param(p: object) -> str:
    """A constraint's parameter or a set of values: nodes shown as values, a few of a set, shapes by name."""
    if isinstance(p, (str, Lit)):
        return _show(p)
    if isinstance(p, (set, frozenset)):
        shown = sorted(map(_show, p))
    elif isinstance(p, tuple) and p and isinstance(p[0], Shape):
        return str(len(p))
    elif isinstance(p, tuple):
        shown = list(p)
    else:
        return str(p)
    return ", ".join(shown[:4]) + (", …" if len(shown) > 4 else "")
