"""govkg: build an RDF knowledge graph from Chinese government work reports.

    import kg
    result = kg.build(["seeds"], out="out")      # writes out/graph.ttl and out/graph.html
    graph = kg.load("out/graph.ttl")
    table = kg.query(graph, "metric_series", metric="地区生产总值")
    extractions = kg.extract(["seeds"])          # what the extractors found, with each Document
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.version import __version__

if TYPE_CHECKING:
    import pandas as pd

    from kg.model import Extraction
    from kg.pipeline.run import BuildResult
    from kg.sparql.store import GraphStore, RemoteEndpoint

__all__ = ["build", "extract", "load", "query", "__version__"]


def build(paths: list[str | Path] | None = None, out: str | Path = "out", **options: Any) -> BuildResult:
    """Build the graph from files or folders of reports (text, HTML, PDF, Word) into ``out``; see
    :func:`kg.pipeline.run.build`."""
    from kg.pipeline.run import build as _build

    return _build([Path(p) for p in paths] if paths else None, Path(out), **options)


def extract(paths: list[str | Path], **options: Any) -> list[Extraction]:
    """What the extractors find in the files (or folders of reports) ``paths``, each Extraction with its Document;
    nothing is written. See :func:`kg.pipeline.run.extract`."""
    from kg.pipeline.run import extract as _extract

    return _extract([Path(p) for p in paths], **options)


def load(source: str | Path = "out/graph.ttl") -> GraphStore | RemoteEndpoint:
    """Open a built graph file in an in-memory Oxigraph store, or a SPARQL endpoint URL, for kg.query."""
    from kg.sparql.store import load as _load

    return _load(source)


def query(graph: GraphStore | RemoteEndpoint, sparql_or_name: str, **params: Any) -> pd.DataFrame:
    """Run SPARQL text, a .rq file or a named cookbook query; ``params`` bind ``?variables`` safely.

    A named query or .rq file takes the parameters its header declares (``# param: NAME (TYPE[, required])``),
    each bound with its type; a missing required one or an unknown one raises kg.errors.BadQueryParameter."""
    from kg.sparql.run import run_query

    return run_query(graph, sparql_or_name, **params)
