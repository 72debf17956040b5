"""Evaluating compiled shapes over indexed data triples: the results pyshacl would give."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache

import pyoxigraph
from rdflib import Literal
from rdflib.namespace import XSD

from kg.validate.shacl.shapes import ALLOWED, Constraint, Shape, Shapes, shipped_shapes
from kg.validate.shacl.terms import (DECIMAL, INTEGER, KINDS, LANG_STRING, RDFS_DATATYPE, RDFS_LITERAL, STRING, SUBCLASS, TYPE,
                            Blank, Lit, Node, from_oxigraph, from_rdflib, number, short, show, to_rdflib)
from kg.rdf.terms import curie
from kg.validate.report import ValidationReport, Violation

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
        return number(v) is not None or _well_typed(v)
    if dt == STRING or dt == LANG_STRING:
        return bool(v.lang) == (dt == LANG_STRING) and not v.datatype
    return dt == RDFS_LITERAL or dt == RDFS_DATATYPE and bool(v.datatype)


@lru_cache(maxsize=1 << 16)
def _well_typed(lit: Lit) -> bool:
    """rdflib converts the lexical form, to a value of the type pyshacl expects (where it expects one)."""
    value = to_rdflib(lit)
    return value.ill_typed is not True and isinstance(value.value, _PYTHON_TYPE.get(lit.datatype, object))


def _language_in(ranges: tuple[str, ...], data: Data, v: Node) -> bool:
    """SPARQL langMatches (RFC 4647 basic filtering) against any of the ranges."""
    tag = v.lang if type(v) is Lit else ""
    return bool(tag) and any(r == "*" or tag == r or tag.startswith(r + "-") for r in ranges)


def _length(v: Node) -> int:
    return -1 if type(v) is Blank else len(v.lex) if type(v) is Lit else len(v)


def _in_range(v: Node, bound: Lit, ok: Callable[[int], bool]) -> bool:
    """pyshacl's sh:minInclusive …: strings compare only with strings, other literals with rdflib's compare."""
    x, y = number(v), number(bound)
    if x is not None and y is not None:
        return ok((x > y) - (x < y))
    if type(v) is not Lit or (type(_orderable(v)) is str) != (type(_orderable(bound)) is str):
        return False
    a, b = to_rdflib(v), to_rdflib(bound)
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
    x, y = number(a), number(b)
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
    value = to_rdflib(v)
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
        yield from ((f, template.format(v=show(v), p=_param(p))) for f, vs in pairs for v in vs
                    if not test(p, data, v))
    elif kind == "sh:MinCountConstraintComponent":
        yield from ((f, f"has {len(vs)} value(s); at least {p} required") for f, vs in pairs if len(vs) < p)
    elif kind == "sh:MaxCountConstraintComponent":
        yield from ((f, f"has {len(vs)} values ({_param(vs)}); at most {p} allowed") for f, vs in pairs if len(vs) > p)
    elif kind == "sh:HasValueConstraintComponent":
        yield from ((f, f"lacks the required value {show(p)}") for f, vs in pairs if p not in vs)
    else:
        strict = kind == "sh:LessThanConstraintComponent"
        yield from ((f, f"{show(v)} is not {'<' if strict else '<='} {show(w)}, its {short(p)}")
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
    against ``shapes`` (default: ontology/shapes.ttl): the report kg.validate.core.validate gives, without a Graph."""
    return _validate(Data((from_rdflib(s), str(p), from_rdflib(o)) for s, p, o in triples), shapes)


def validate_nt(text: str | bytes, shapes: Shapes | None = None) -> ValidationReport:
    """Validate N-Triples text (parsed by pyoxigraph) as :func:`validate_triples` validates its triples."""
    quads = pyoxigraph.parse(input=text.encode() if isinstance(text, str) else text,
                             format=pyoxigraph.RdfFormat.N_TRIPLES)
    return _validate(Data((from_oxigraph(s), p.value, from_oxigraph(o)) for s, p, o, _ in quads), shapes)


def _validate(data: Data, shapes: Shapes | None) -> ValidationReport:
    found: list[Violation] = []
    for shape in (shapes or shipped_shapes()).roots:
        found += _check(shape, data, set().union(*(data.focus_nodes(kind, term) for kind, term in shape.targets)))
    found.sort()
    return ValidationReport(tuple(v for v in found if v.severity == "Violation"),
                            tuple(v for v in found if v.severity != "Violation"))



# -- how results name things ---------------------------------------------------------------------------------

def _focus(node: Node) -> str:
    """A node as kg.validate.core names a focus node: a short IRI, a blank node's label, a literal's lexical form."""
    return node.lex if type(node) is Lit else node[2:] if type(node) is Blank else curie(node)



def _param(p: object) -> str:
    """A constraint's parameter or a set of values: nodes shown as values, a few of a set, shapes by name."""
    if isinstance(p, (str, Lit)):
        return show(p)
    if isinstance(p, (set, frozenset)):
        shown = sorted(map(show, p))
    elif isinstance(p, tuple) and p and isinstance(p[0], Shape):
        return str(len(p))
    elif isinstance(p, tuple):
        shown = list(p)
    else:
        return str(p)
    return ", ".join(shown[:4]) + (", …" if len(shown) > 4 else "")
