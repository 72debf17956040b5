"""Built graphs read back: Turtle or N-Triples files parsed by pyoxigraph into rdflib terms.

pyoxigraph parses 20–30× faster than rdflib's Turtle parser; its terms are turned into the rdflib terms
rdflib's own parsers would make, so a graph read here is the graph rdflib would have read.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import XSD, BNode, Graph, Literal, URIRef

from kg.rdf.index import TripleIndex
from kg.rdf.terms import new_graph


def read_turtle(path, predicates: frozenset | None = None, store: str = "Memory") -> Graph:
    """A built Turtle (or N-Triples) file as an rdflib Graph with govkg's prefixes, optionally only the
    triples whose predicate is in ``predicates``; a missing or broken file raises UnreadableInput naming it."""
    graph = new_graph(store)
    graph.addN((s, p, o, graph) for s, p, o in _parsed(path, predicates))
    return graph


def read_index(path, predicates: frozenset | None = None) -> TripleIndex:
    """The same triples as :func:`read_turtle`, in a read-only kg.rdf.index.TripleIndex (no rdflib store)."""
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
        yield from converted(ox.parse(**source, format=kind), wanted)
    except (OSError, SyntaxError, ValueError) as exc:
        if data is not None:
            raise                   # a text, not a file: pyoxigraph's error says where it broke
        raise UnreadableInput(str(path), str(exc), "build it first with `kg build`") from None


def converted(quads: Iterable, wanted: set[str] | None = None) -> Iterator[tuple]:
    """rdflib triples of pyoxigraph's parsed ``quads`` whose predicate IRI is in ``wanted`` (all when None)."""
    terms: dict = {}
    get = terms.get
    for q in quads:
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
