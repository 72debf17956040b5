"""Print the time to SHACL-validate each document's own graph: pyshacl (kg.validate.core) against kg.validate.shacl.

    .venv/bin/python benchmarks/shacl_speed.py [FOLDER ...] [--repeat 3]

A document's graph is what kg.pipeline.document validates: the ontology, the document's entities and its triples.
"pyshacl" is kg.validate.core.validate(engine="pyshacl") on that graph, "graph" the building of the rdflib Graph it needs (as
kg.pipeline.document built it before kg.validate.shacl); "triples" is kg.validate.shacl.validate_triples on the same triples and "nt" kg.validate.shacl.validate_nt
on their N-Triples. Each kg.validate.shacl figure is the best of --repeat runs; the results of the two validators are
checked to be the same. Not part of the tests.
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from pathlib import Path

from rdflib import Graph

from kg.lexicon import load
from kg.pipeline.inputs import collect_inputs
from kg.pipeline.parts import extract_all
from kg.rdf.graph import add_entity, add_extraction
from kg.rdf.ntriples import TripleSink, nt_line
from kg.rdf.ontology import ontology_text
from kg.rdf.terms import new_graph
from kg.link.entities import resolve
from kg.validate.shacl import shipped_shapes, validate_nt, validate_triples
from kg.validate.core import ValidationReport, validate

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ("graph", "pyshacl", "triples", "nt")


def document_triples(folder: Path) -> list[tuple[str, list[tuple]]]:
    """(file name, the entities' and the document's triples) for each document of ``folder``."""
    lex = load()
    out = []
    for ex in extract_all(collect_inputs([folder]), lex):
        sink = TripleSink()
        for ent in resolve([ex], lex).values():
            add_entity(sink, ent)
        add_extraction(sink, ex, lex)
        out.append((ex.document.source, list(sink)))
    return out


def _graph(triples: list[tuple]) -> Graph:
    """The Graph pyshacl needs: the ontology parsed, then every other triple added."""
    g = new_graph()
    g.parse(data=ontology_text(), format="turtle")
    for t in triples:
        g.add(t)
    return g


def _best_ms(run, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times) * 1000, result


def _keys(report: ValidationReport) -> Counter:
    return Counter((v.focus, v.path, v.shape, v.severity) for v in report.violations + report.warnings)


def measure(name: str, own: list[tuple], ontology: list[tuple], repeat: int) -> dict[str, float]:
    """Milliseconds per column for one document; raises if the validators disagree."""
    triples = ontology + own
    nt = "".join(map(nt_line, triples))
    graph_ms, graph = _best_ms(lambda: _graph(own), 1)
    pyshacl_ms, reference = _best_ms(lambda: validate(graph, "pyshacl"), 1)
    triples_ms, mine = _best_ms(lambda: validate_triples(triples), repeat)
    nt_ms, from_nt = _best_ms(lambda: validate_nt(nt), repeat)
    if not _keys(reference) == _keys(mine) == _keys(from_nt):
        raise AssertionError(f"{name}: kg.validate.shacl and pyshacl disagree")
    return dict(zip(COLUMNS, (graph_ms, pyshacl_ms, triples_ms, nt_ms)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    shipped_shapes()
    ontology = list(Graph().parse(data=ontology_text(), format="turtle"))
    for folder in args.folders:
        rows = [(name, len(ontology) + len(own), measure(name, own, ontology, args.repeat))
                for name, own in document_triples(folder)]
        print(f"\n{folder} ({len(rows)} documents), ms per document")
        print(f"{'document':<52}{'triples':>8}" + "".join(f"{c:>9}" for c in COLUMNS) + f"{'speed-up':>10}")
        for name, size, ms in rows:
            speedup = (ms["graph"] + ms["pyshacl"]) / ms["triples"]
            print(f"{name[:51]:<52}{size:>8}" + "".join(f"{ms[c]:>9.1f}" for c in COLUMNS) + f"{speedup:>9.0f}×")
        medians = {c: statistics.median(ms[c] for _, _, ms in rows) for c in COLUMNS}
        print(f"{'median':<60}" + "".join(f"{medians[c]:>9.1f}" for c in COLUMNS)
              + f"{(medians['graph'] + medians['pyshacl']) / medians['triples']:>9.0f}×")


if __name__ == "__main__":
    main()
