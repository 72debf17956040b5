"""Graph -> a self-contained HTML page (placeholder renderer until the pyvis view lands)."""
from __future__ import annotations

import html

from rdflib import RDF, RDFS, Graph

from kg.rdf import CLASS


def render_html(graph: Graph) -> str:
    """A static, offline HTML listing of the graph's entities by class."""
    parts = ["<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>govkg</title></head><body>",
             "<h1>govkg</h1>"]
    for kind, cls in CLASS.items():
        names = sorted(str(graph.value(s, RDFS.label)) for s in set(graph.subjects(RDF.type, cls)))
        parts.append(f"<h2>{html.escape(cls.split('#')[-1])} ({len(names)})</h2><ul>")
        parts += [f"<li>{html.escape(n)}</li>" for n in names]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)
