"""Print the cookbook's query latencies: Oxigraph (what kg.load gives) against rdflib's own engine.

    .venv/bin/python benchmarks/query_latency.py [--copies 80] [--timeout 60]

Two graphs: the seeds graph, and a synthetic one of over a million triples made by copying every
document-level resource of the seeds (observations, mentions, stages, statements and the documents
themselves) under new IRIs with their years shifted, so it has the seeds' shape at 80× the size.
Each figure is the median of three runs of kg.query (query, labels and DataFrame); an rdflib query
runs in a forked child and is reported as "timeout" after --timeout seconds. Not part of the tests.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.sparql.run import named_queries
from kg.sparql.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
PARAMS = {"metric_series": {"metric": "地区生产总值"}, "targets_for_year": {"year": 2025},
          "about_entity": {"name": "徐汇滨江"}, "provenance": {"metric": "地区生产总值", "value": 3000}}
COPIED = tuple(f"https://w3id.org/govkg/id/{kind}/" for kind in ("observation", "mention", "stage", "statement",
                                                                  "document"))
YEARS = {f"https://w3id.org/govkg/ontology#{p}" for p in ("period", "year", "reviewedYear")}
GYEAR = ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")


def synthetic(seeds: ox.Store, copies: int) -> ox.Store:
    """The seeds graph plus ``copies`` shifted copies of every document-level resource."""
    store = ox.Store()
    quads = list(seeds)
    store.extend(quads)
    local = [q for q in quads if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(COPIED)]
    for k in range(1, copies + 1):
        store.extend(ox.Quad(_copy(q.subject, k), q.predicate, _shift(q.predicate, q.object, k)) for q in local)
    return store


def _copy(term, k: int):
    if isinstance(term, ox.NamedNode) and term.value.startswith(COPIED):
        return ox.NamedNode(f"{term.value}/s{k}")
    return term


def _shift(predicate: ox.NamedNode, term, k: int):
    if predicate.value in YEARS and isinstance(term, ox.Literal):
        return ox.Literal(str(int(term.value) + k % 12), datatype=GYEAR)
    return _copy(term, k)


def median_ms(graph, name: str, runs: int = 3) -> float:
    """Median wall time of kg.query, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        kg.query(graph, name, **PARAMS.get(name, {}))
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _child(graph, name: str, queue) -> None:
    queue.put(median_ms(graph, name, runs=1))


def with_timeout(graph, name: str, timeout: float) -> str:
    """One rdflib run in a forked child, so a slow query can be stopped."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_child, args=(graph, name, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.terminate()
        child.join()
        return "timeout"
    return f"{queue.get():.0f}" if not queue.empty() else "error"


def rdflib_graph(data: bytes):
    from rdflib import Graph

    return Graph().parse(data=data, format="nt")


def report(label: str, store: ox.Store, timeout: float) -> None:
    """Load times and one line per cookbook query: Oxigraph ms, rdflib ms."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.nt"
        path.write_bytes(data)
        start = time.perf_counter()
        oxi = kg.load(path)
        ox_load = time.perf_counter() - start
    start = time.perf_counter()
    graph = rdflib_graph(data)
    rdf_load = time.perf_counter() - start
    assert isinstance(oxi, GraphStore)
    print(f"\n{label}: {oxi.triples:,} triples; load {ox_load:.1f} s (Oxigraph), {rdf_load:.1f} s (rdflib)")
    print(f"{'query':<22}{'rows':>8}{'oxigraph ms':>14}{'rdflib ms':>12}")
    for name in named_queries():
        rows = len(kg.query(oxi, name, **PARAMS.get(name, {})))
        print(f"{name:<22}{rows:>8}{median_ms(oxi, name):>14.1f}{with_timeout(graph, name, timeout):>12}",
              flush=True)


def main(argv: list[str] | None = None) -> None:
    """Build the seeds graph, then report on it and on the synthetic graph."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=80)
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        kg.build([ROOT / "seeds"], out=tmp, html=False)
        seeds = kg.load(Path(tmp) / "graph.ttl").store
    report("seeds", seeds, args.timeout)
    report(f"synthetic ({args.copies} copies)", synthetic(seeds, args.copies), args.timeout)


if __name__ == "__main__":
    sys.exit(main())
