"""How long a synthetic 5,000-node graph takes to become interactive in headless Chromium.

    .venv/bin/python benchmarks/viz_interactive.py [--nodes 5000]

"Interactive" is the first frame drawn after the page has settled its layout and turned physics
off (the page's GOVKG.drawnAt, in ms since navigation began). Needs Debian's chromium (scripts/system-deps.sh).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import DCTERMS, XSD

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chromium import Chromium  # noqa: E402  (the tests' DevTools driver)

from kg.viz import render as viz  # noqa: E402
from kg.model import EntityKind  # noqa: E402
from kg.rdf.graph import add_entity  # noqa: E402
from kg.rdf.terms import document_iri, new_graph  # noqa: E402
from kg.link.entities import Entity  # noqa: E402
from kg.rdf.vocab import KGO  # noqa: E402


def synthetic_graph(total: int, seed: int = 6) -> Graph:
    """A graph shaped like a big corpus: documents, areas, industries, metrics and many projects."""
    rng = random.Random(seed)
    g = new_graph()
    docs = [f"synthetic_{2000 + i % 25}_{i:03d}" for i in range(max(4, total // 250))]
    for i, doc in enumerate(docs):
        node = document_iri(doc)
        g.add((node, RDF.type, KGO.WorkReport))
        g.add((node, RDFS.label, Literal(doc, lang="zh")))
        g.add((node, DCTERMS.source, Literal(f"{doc}.txt")))
        g.add((node, KGO.year, Literal(str(2000 + i % 25), datatype=XSD.gYear)))
    areas = [f"第{i}功能区" for i in range(total // 125)]
    industries = [f"产业{i}" for i in range(total // 12)]
    metrics = [f"指标{i}" for i in range(total * 3 // 10)]
    projects = [f"项目{i}中心" for i in range(total - 2 - len(docs) - len(areas) - len(industries) - len(metrics))]

    def ent(kind: EntityKind, name: str, **extra: object) -> Entity:
        return Entity(kind, name, documents=set(rng.sample(docs, rng.randint(1, 3))), **extra)

    add_entity(g, Entity(EntityKind.MUNICIPALITY, "上海市"))
    add_entity(g, ent(EntityKind.DISTRICT, "徐汇区", parent="上海市"))
    for name in areas:
        add_entity(g, ent(EntityKind.FUNCTIONAL_AREA, name, parent="徐汇区"))
    for i, name in enumerate(industries):
        add_entity(g, ent(EntityKind.INDUSTRY, name, broader=industries[i // 8] if i >= 8 else None))
    for name in metrics:
        add_entity(g, ent(EntityKind.METRIC, name))
    area_iris = sorted(s for s in g.subjects(RDF.type, KGO.FunctionalArea))
    for name in projects:
        add_entity(g, ent(EntityKind.PROJECT, name))
    for project in sorted(g.subjects(RDF.type, KGO.Project)):
        g.add((project, KGO.locatedIn, rng.choice(area_iris)))
    return g


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    args = parser.parse_args()
    graph = synthetic_graph(args.nodes)
    start = time.perf_counter()
    view = viz.build_view(graph)
    html = viz.render_view(view)
    rendered = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder, Chromium(timeout=300) as browser:
        page = Path(folder) / "graph.html"
        page.write_bytes(html.encode("utf-8"))
        browser.open(page, "tab=graph")       # the explorer draws the graph on its graph tab
        browser.wait_until("window.GOVKG && GOVKG.drawnAt", poll=0.1)
        settled_ms, drawn_ms = browser.evaluate("[GOVKG.settledAt, GOVKG.drawnAt]")
        drawn = browser.evaluate("GOVKG.drawnCount()")
        errors = browser.log.errors
    print(f"nodes            {len(view.nodes)} (drawn {drawn})")
    print(f"edges            {len(view.edges)}")
    print(f"page             {len(html.encode('utf-8')) / 1e6:.1f} MB, rendered in {rendered:.1f} s (Python)")
    print(f"settled          {settled_ms / 1000:.1f} s after navigation (layout stopped, physics off)")
    print(f"interactive      {drawn_ms / 1000:.1f} s after navigation (first frame after settling)")
    if errors:
        print(f"console errors   {errors}")


if __name__ == "__main__":
    main()
