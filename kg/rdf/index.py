"""A read-only graph in plain dicts, for the pages that walk a whole built graph (kg.viz.render).

It answers the few lookups kg.viz.render makes, with the meaning of the rdflib Graph methods of the same
names, without an rdflib store: loading 100,000 triples into rdflib's memory store and walking it
took most of the time of writing graph.html. Terms are rdflib terms, so a page drawn from a
TripleIndex is the page drawn from the rdflib Graph of the same triples (tests/test_viz.py).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from rdflib.term import Node


class TripleIndex:
    """Triples indexed by (subject, predicate) and by predicate, and by (predicate, object) for the predicates
    asked of it; duplicates are dropped."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self._objects: dict[tuple[Node, Node], dict[Node, None]] = {}
        self._pairs: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
        self._subjects: dict[Node, dict[Node, list[Node]]] = {}
        objects = self._objects
        for s, p, o in triples:
            found = objects.get((s, p))
            if found is None:
                objects[(s, p)] = {o: None}
            elif o in found:
                continue
            else:
                found[o] = None
            self._pairs[p].append((s, o))
        self._size = sum(len(pairs) for pairs in self._pairs.values())

    def __len__(self) -> int:
        return self._size

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        s, p, o = triple
        return o in self._objects.get((s, p), ())

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        """Objects of ``subject``'s ``predicate``."""
        return iter(self._objects.get((subject, predicate), ()))

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """One object of ``subject``'s ``predicate`` (the first read), or None."""
        found = self._objects.get((subject, predicate))
        return next(iter(found)) if found else None

    def subjects(self, predicate: Node, obj: Node | None = None) -> Iterator[Node]:
        """Subjects with ``predicate`` (to ``obj`` when given), once per triple."""
        if obj is None:
            return (s for s, _ in self._pairs.get(predicate, ()))
        return iter(self._by_object(predicate).get(obj, ()))

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        """(subject, object) of every triple with ``predicate``."""
        return iter(self._pairs.get(predicate, ()))

    def _by_object(self, predicate: Node) -> dict[Node, list[Node]]:
        """The subjects of ``predicate`` by object, made on the first question (a page asks it of two predicates)."""
        found = self._subjects.get(predicate)
        if found is None:
            found = self._subjects[predicate] = defaultdict(list)
            for s, o in self._pairs.get(predicate, ()):
                found[o].append(s)
        return found
