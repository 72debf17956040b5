"""graph.html for a build: the interactive drawing, or above HTML_TRIPLE_LIMIT triples a summary page."""
from __future__ import annotations

from pathlib import Path

HTML_TRIPLE_LIMIT = 300_000     # above this the page is a summary: a full drawing would not open in a browser


class Page:
    """graph.html, drawn while the store loads: in a forked process when both are asked for and the page is
    the full drawing (each takes seconds, on different cores), else in this process when asked for its result.
    """

    def __init__(self, ttl: Path, staging: Path, triples: int, parts: list, entities: dict, html: bool,
                 store: bool) -> None:
        self.ttl, self.target, self.triples, self.parts, self.entities = ttl, staging / "out.graph.html", \
            triples, parts, entities
        self.pool = self.future = None
        import multiprocessing

        if html and store and triples <= HTML_TRIPLE_LIMIT and "fork" in multiprocessing.get_all_start_methods():
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
            self.future = self.pool.submit(_write_page, ttl, self.target)

    def __enter__(self) -> Page:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def result(self) -> Path | bytes:
        """The page: a file in the staging folder, or its bytes."""
        if self.future is not None:
            return self.future.result()
        return page_bytes(self.ttl, self.triples, self.parts, self.entities)


def _write_page(ttl: Path, target: Path) -> Path:
    target.write_bytes(_full_page(ttl))
    return target


def page_bytes(ttl: Path, triples: int, parts: list, entities: dict) -> bytes:
    """The interactive page; above HTML_TRIPLE_LIMIT triples a summary page pointing at ``kg viz --focus``."""
    if triples > HTML_TRIPLE_LIMIT:
        from kg.viz.summary import summary_page

        return summary_page(parts, entities, triples).encode("utf-8")
    return _full_page(ttl)


def _full_page(ttl: Path) -> bytes:
    from kg.viz.render import load_graph, render_html

    return render_html(load_graph(ttl)).encode("utf-8")
