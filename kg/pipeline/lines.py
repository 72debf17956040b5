"""A build's whole graph as it holds it: sorted shared lines in memory, each document's lines in its cache entry.

Every output is written from a :class:`BuiltGraph`: graph.ttl and graph.nt stream from it, the store loads
it, and graph.html is drawn from its triples, without reading back any file the build wrote.
"""
from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class CachedBytes:
    """One document's bytes in its cache entry (N-Triples or Turtle), readable a bucket at a time."""

    path: Path
    sections: dict[str, tuple[int, int]]         # bucket -> (byte offset, byte length)

    def read(self, bucket: str) -> bytes:
        """The bytes of ``bucket`` (kg.rdf.graph.DOCUMENT_BUCKETS)."""
        at, size = self.sections[bucket]
        with self.path.open("rb") as fh:
            fh.seek(at)
            return fh.read(size)

    def text(self, bucket: str) -> str:
        """The bytes of ``bucket`` as text (N-Triples lines)."""
        return self.read(bucket).decode("utf-8")


@dataclass(frozen=True)
class DocumentLines:
    """Where a document's own triples are: its IRI slug, its id and digest (for the store), its cached bytes; and
    where its text as read is (the cache entry's .txt)."""

    slug: str
    id: str
    digest: str
    nt: CachedBytes
    ttl: CachedBytes
    text: Path


@dataclass
class BuiltGraph:
    """Every triple of a build, in the order graph.nt and graph.ttl hold them."""

    shared: list[str]                    # sorted N-Triples lines not minted per document, the ontology's included
    documents: list[DocumentLines]
    promises: dict[str, list[str]]       # sorted promise lines (verdict, outcome) by f"{bucket}/{slug}"
    triples: int
    entities: dict = field(default_factory=dict, repr=False)   # (EntityKind, name) -> Entity, sorted

    def promise_lines(self) -> list[str]:
        """Every promise line, sorted."""
        return sorted(line for lines in self.promises.values() for line in lines)

    def nt_chunks(self) -> Iterator[list[str]]:
        """graph.nt: every line, sorted, in chunks (kg.rdf.export.ordered_chunks)."""
        from kg.rdf.ntriples import ordered_chunks

        return ordered_chunks(self.shared, [(d.slug, d.nt.text) for d in self.documents], self.promises)

    def turtle_blocks(self) -> Iterator[bytes]:
        """graph.ttl as blocks of bytes, mostly copied from the documents' cached Turtle."""
        from kg.rdf.export import turtle_blocks

        return turtle_blocks(self.shared, [(d.slug, d.ttl.read) for d in self.documents], self.promise_lines())

    def in_turtle_order(self) -> Iterator[bytes]:
        """N-Triples of every triple in the order graph.ttl states them (the promise lines last)."""
        from kg.rdf.ntriples import ordered_chunks

        for chunk in ordered_chunks(self.shared, [(d.slug, d.nt.text) for d in self.documents], {}):
            yield "".join(chunk).encode("utf-8")
        yield "".join(self.promise_lines()).encode("utf-8")

    def store_lines(self) -> tuple[list[str], list[tuple[str, str, object]]]:
        """What kg.sparql.store.update_store loads: the default graph's lines, and each document's id, digest
        and reader of its lines by bucket."""
        return (list(heapq.merge(self.shared, self.promise_lines())),
                [(d.id, d.digest, d.nt.text) for d in self.documents])
