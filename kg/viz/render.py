"""Graph -> one self-contained, offline HTML page: the explorer (promises, indicators, entity pages, full-text
search) with an interactive vis-network view built with pyvis as one tab.

The page inlines vis-network's JS and CSS from the installed pyvis package, and its own scripts and styles
from kg/viz/assets/, and loads nothing else.
Report text reaches the page only as JSON data with ``<``, ``>`` and ``&`` escaped, and the page
puts it into the DOM with ``textContent``, never ``innerHTML``. What it draws comes from :mod:`kg.viz.view`.
"""
from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from rdflib import Graph

from kg.viz.explore import explorer_data
from kg.viz.view import GOVERNMENTS, STYLES, Readable, Tip, View, VizEdge, VizNode, build_view, drawn_nodes, find_node, load_graph

VIS_DIR = "templates/lib/vis-9.1.2"
RANDOM_SEED = 7
FIT_LIMIT = 1000            # above this many nodes the page opens zoomed in, not fitted
SETTLE_BUDGET_MS = 2500     # from the network's creation, the page stops the layout after this long
EDGE_STYLES = {
    "located-in": ("#8e24aa", False), "targets": ("#fb8c00", False),
    "targets (met)": ("#2e7d32", False), "targets (missed)": ("#c62828", False),
    "targets (not reported)": ("#9e9e9e", True), "targets (pending)": ("#1565c0", True),
    "targets (claimed)": ("#6a1b9a", False), "targets (needs review)": ("#ef6c00", True),
    "benchmarked-against": ("#00897b", False), "broader": ("#43a047", False),
    "mentioned-with": ("#a5d6a7", True), "reported-in": ("#cfd8dc", True),
}


def _asset(name: str) -> str:
    return resources.files("pyvis").joinpath(f"{VIS_DIR}/{name}").read_text(encoding="utf-8")


def _own(name: str) -> str:
    return resources.files("kg").joinpath(f"viz/assets/{name}").read_text(encoding="utf-8")


def _centre(view: View, promises: list[dict]) -> str | None:
    """Where the graph tab opens: the focus, else the government that set the most targets, else the biggest
    place, else the biggest node — one neighbourhood, never the whole graph."""
    ids = {n.id for n in view.nodes}
    if view.focus is not None:
        return find_node(view.nodes, view.focus).id
    setters: dict[str, int] = {}
    for row in promises:
        if row["g"] in ids:
            setters[row["g"]] = setters.get(row["g"], 0) + 1
    if setters:
        return min(setters, key=lambda g: (-setters[g], g))
    places = [n for n in view.nodes if n.kind in GOVERNMENTS] or view.nodes
    return min(places, key=lambda n: (-n.size, n.id)).id if places else None


def _script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no markup characters survive literally."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _options(count: int) -> dict:
    """vis-network options: a bounded stabilisation (iterations here, time in the page), then physics off."""
    return {
        "layout": {"randomSeed": RANDOM_SEED, "improvedLayout": False},
        "physics": {"enabled": True, "solver": "forceAtlas2Based", "minVelocity": 1.0,
                    "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01, "springLength": 90,
                                         "springConstant": 0.08, "damping": 0.5, "avoidOverlap": 0},
                    "stabilization": {"enabled": True, "iterations": 200,
                                      "updateInterval": 10 if count <= FIT_LIMIT else 2,
                                      # drawing thousands of nodes zoomed out takes seconds a frame: a big
                                      # graph opens at scale 1 on its centre, and "fit" shows it all
                                      "fit": count <= FIT_LIMIT}},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "width": 1,
                  "font": {"size": 9, "color": "#607d8b", "strokeWidth": 2, "align": "middle"}},
        "nodes": {"font": {"size": 12}, "borderWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": count > FIT_LIMIT},
    }


def _tip(tip: Tip | None, quoted: dict[tuple[str, str], int]) -> dict | None:
    """A tooltip as the page holds it: a sentence the explorer quotes anyway is its index there ([i]), else
    [sentence, document]: the page states each sentence once."""
    if tip is None:
        return None
    evidence = [[quoted[(doc, text)]] if (doc, text) in quoted else [text, doc] for text, doc in tip.evidence]
    return {**tip.__dict__, "evidence": evidence}


def _network_data(view: View, centre: str | None = None, sentences: list | None = None) -> dict:
    """Nodes and edges as pyvis holds them for vis-network, plus what the controls need. ``sentences`` are the
    explorer's (kg.viz.explore), which tooltips refer to."""
    from pyvis.network import Network

    quoted: dict[tuple[str, str], int] = {}
    for i, (doc, _, text, _) in enumerate(sentences or ()):
        quoted.setdefault((doc, text), i)
    net = Network(directed=True)
    for n in view.nodes:
        net.add_node(n.id, label=n.label, size=n.size, kind=n.kind, docs=list(n.docs), years=list(n.years),
                     alt=list(n.alt), tip=_tip(n.tip, quoted))
    known = set(net.node_ids)
    for e in view.edges:
        # pyvis's add_edge scans every node per edge; the view's edges are already checked and unique
        if e.source in known and e.target in known:
            net.edges.append({"from": e.source, "to": e.target, "label": e.label, "arrows": "to",
                              "tip": _tip(e.tip, quoted)})
    net.options = _options(len(view.nodes))
    nodes, edges, _, _, _, options = net.get_network_data()
    return {
        "nodes": nodes, "edges": edges, "options": json.loads(options),
        "classes": {s.name: {"color": s.color, "shape": s.shape, "label": s.zh}
                    for s in STYLES},
        "classOrder": [s.name for s in STYLES],
        "edgeStyles": {k: {"color": c, "dashes": d} for k, (c, d) in EDGE_STYLES.items()},
        "documents": [list(d) for d in view.documents],
        "years": sorted({y for n in view.nodes for y in n.years}),
        "settleBudgetMs": SETTLE_BUDGET_MS,
        "centre": centre,
        "focus": centre if view.focus is not None else None,     # kg viz --focus: the page opens on its entity
    }


def render_view(view: View, explorer: dict | None = None) -> str:
    """The page for a prepared view and the explorer's data (:func:`kg.viz.explore.explorer_data` of the same
    graph); byte-identical for the same inputs."""
    import html

    explorer = explorer if explorer is not None else explorer_data(_EMPTY)
    title = "govkg" + (f" · {view.focus}" if view.focus else "") + f" · {len(view.nodes)} nodes"
    values = {"TITLE": html.escape(title), "NODE_COUNT": str(len(view.nodes)),
              "VIS_CSS": _asset("vis-network.css"), "VIS_JS": _asset("vis-network.min.js"),
              "DATA": _script_json(_network_data(view, _centre(view, explorer["promises"]), explorer["sentences"])),
              "EXPLORER": _script_json(explorer), "APP_CSS": _own("page.css"),
              **{f"{name.upper()}_JS": _own(f"{name}.js") for name in ("common", "graph", "chart", "entity", "explorer")}}
    page = _own("page.html")
    # one pass, so text inside the inlined assets is never taken for a placeholder
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], page)


_EMPTY = Graph()


def render_html(graph: Readable, focus: str | None = None) -> str:
    """The graph (or the neighbourhood of ``focus``) as one self-contained, offline HTML page."""
    return render_view(build_view(graph, focus), explorer_data(graph))


def write_html(graph: Readable, out: Path, focus: str | None = None) -> View:
    """Write the page to ``out`` as UTF-8 and return the view it draws."""
    from kg.pipeline.files import write_all

    view = build_view(graph, focus)
    write_all({out: render_view(view, explorer_data(graph)).encode("utf-8")})
    return view


__all__ = ["STYLES", "Tip", "View", "VizEdge", "VizNode", "build_view", "drawn_nodes", "find_node", "load_graph",
           "render_html", "render_view", "write_html"]
