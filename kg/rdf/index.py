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
    """Triples indexed by (subject, predicate), (predicate, object) and predicate; duplicates are dropped."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self._triples = dict.fromkeys(triples)
        self._objects: dict[tuple[Node, Node], list[Node]] = defaultdict(list)
        self._subjects: dict[tuple[Node, Node], list[Node]] = defaultdict(list)
        self._pairs: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
        for s, p, o in self._triples:
            self._objects[(s, p)].append(o)
            self._subjects[(p, o)].append(s)
            self._pairs[p].append((s, o))

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        return triple in self._triples

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        """Objects of ``subject``'s ``predicate``."""
        return iter(self._objects.get((subject, predicate), ()))

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """One object of ``subject``'s ``predicate`` (the first read), or None."""
        found = self._objects.get((subject, predicate))
        return found[0] if found else None

    def subjects(self, predicate: Node, obj: Node | None = None) -> Iterator[Node]:
        """Subjects with ``predicate`` (to ``obj`` when given), once per triple."""
        if obj is None:
            return (s for s, _ in self._pairs.get(predicate, ()))
        return iter(self._subjects.get((predicate, obj), ()))

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        """(subject, object) of every triple with ``predicate``."""
        return iter(self._pairs.get(predicate, ()))
