"""The page graph.html becomes for graphs too large to draw: counts, the busiest entities, the documents.

A drawing of hundreds of thousands of nodes does not open in a browser; ``kg viz --focus NAME`` draws
one entity's neighbourhood from graph.ttl, and this page says so.
"""
from __future__ import annotations

from collections import Counter
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.link.entities import Entity
    from kg.model import DocumentInfo, EntityKind

TOP = 30
MAX_DOCUMENTS = 500


def summary_page(documents: list[DocumentInfo], entities: dict[tuple[EntityKind, str], Entity], triples: int) -> str:
    """A self-contained HTML summary of a large build (no scripts, nothing fetched)."""
    kinds = Counter(kind.value for kind, _ in entities)
    busiest = sorted(entities.values(), key=lambda e: (-len(e.documents), e.kind.value, e.name))[:TOP]
    rows = "".join(f"<tr><td>{escape(k)}</td><td>{n:,}</td></tr>" for k, n in sorted(kinds.items()))
    top = "".join(f"<tr><td>{escape(e.name)}</td><td>{escape(e.kind.value)}</td><td>{len(e.documents):,}</td></tr>"
                  for e in busiest)
    docs = "".join(f"<li>{escape(d.source)} ({d.metadata.year})</li>" for d in documents[:MAX_DOCUMENTS])
    more = f"<p>… and {len(documents) - MAX_DOCUMENTS:,} more.</p>" if len(documents) > MAX_DOCUMENTS else ""
    return f"""<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>govkg: {len(documents):,} documents</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}td{{padding:0 1em}}</style></head>
<body data-node-count="0"><h1>govkg — {len(documents):,} documents, {triples:,} triples</h1>
<p>The graph is too large to draw in a browser. Draw one entity and its neighbours with
<code>kg viz --focus NAME --out focus.html</code>, or query it with <code>kg query</code> or <code>kg serve</code>.</p>
<h2>Entities</h2><table>{rows}</table>
<h2>Named by the most documents</h2><table><tr><th>name</th><th>kind</th><th>documents</th></tr>{top}</table>
<h2>Documents</h2><ul>{docs}</ul>{more}
</body></html>
"""
