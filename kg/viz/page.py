"""graph.html for a build: the interactive drawing, or above HTML_TRIPLE_LIMIT triples a summary page.

The drawing is made from the triples the build holds (:class:`Drawable`), never by reading back the
graph.ttl it has just written; it is the page ``kg viz`` draws from that file.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from kg.link.entities import Entity
    from kg.model import DocumentInfo, EntityKind
    from kg.rdf.index import TripleIndex

HTML_TRIPLE_LIMIT = 300_000     # above this the page is a summary: a full drawing would not open in a browser


class Drawable(Protocol):
    """A built graph the page can be drawn from (kg.pipeline.lines.BuiltGraph is one)."""

    triples: int

    def in_turtle_order(self) -> Iterator[bytes]:
        """The graph's N-Triples, in the order graph.ttl states the triples."""


class Page:
    """graph.html, drawn while the store loads: in a forked process when ``beside_store`` and the page is the
    full drawing (each takes seconds, on different cores), else in this process when asked for its result.
    """

    def __init__(self, graph: Drawable, documents: list[DocumentInfo], entities: dict[tuple[EntityKind, str], Entity],
                 target: Path, beside_store: bool) -> None:
        self.graph, self.documents, self.entities = graph, documents, entities
        self.pool = self.future = None
        import multiprocessing

        if beside_store and graph.triples <= HTML_TRIPLE_LIMIT and "fork" in multiprocessing.get_all_start_methods():
            from concurrent.futures import ProcessPoolExecutor

            # handed to the forked process by the fork itself: submitting it would pickle the whole graph
            _FORKED["graph"] = graph
            self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
            self.future = self.pool.submit(_write_page, target)

    def __enter__(self) -> Page:
        return self

    def __exit__(self, *exc) -> None:
        _FORKED.clear()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def result(self) -> Path | bytes:
        """The page: a file ``target`` (drawn in the forked process), or its bytes."""
        if self.future is not None:
            return self.future.result()
        return page_bytes(self.graph, self.documents, self.entities)


_FORKED: dict = {}


def _write_page(target: Path) -> Path:
    target.write_bytes(_full_page(_FORKED["graph"]))
    return target


def page_bytes(graph: Drawable, documents: list[DocumentInfo], entities: dict[tuple[EntityKind, str], Entity]) -> bytes:
    """The interactive page; above HTML_TRIPLE_LIMIT triples a summary page pointing at ``kg viz --focus``."""
    if graph.triples > HTML_TRIPLE_LIMIT:
        from kg.viz.summary import summary_page

        return summary_page(documents, entities, graph.triples).encode("utf-8")
    return _full_page(graph)


def _full_page(graph: Drawable) -> bytes:
    from kg.viz.render import render_html

    return render_html(index_of(graph.in_turtle_order())).encode("utf-8")


def index_of(chunks: Iterable[bytes]) -> TripleIndex:
    """The triples of N-Triples ``chunks`` (each whole lines) that the view reads, indexed for its lookups:
    the index :func:`kg.viz.view.load_graph` reads from the graph.ttl of the same triples."""
    import pyoxigraph as ox

    from kg.rdf.read import converted
    from kg.rdf.index import TripleIndex
    from kg.viz.view import READS

    wanted = {str(p) for p in READS}
    quads = chain.from_iterable(ox.parse(chunk, format=ox.RdfFormat.N_TRIPLES) for chunk in chunks)
    return TripleIndex(converted(quads, wanted))


__all__ = ["HTML_TRIPLE_LIMIT", "Drawable", "Page", "index_of", "page_bytes"]
