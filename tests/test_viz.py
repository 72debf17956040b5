"""The interactive HTML view: offline, deterministic, escaped, and what Python says it draws."""
from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from click.testing import CliRunner

from tests.conftest import SEEDS
from kg.viz import render as viz
from kg.errors import GovkgError

HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")
HOSTILE_TEXT = """徐汇区政府工作报告
——2024年1月10日在上海市徐汇区第十七届人民代表大会第四次会议上

2023年，全区地区生产总值增长5.5%<script>alert(1)</script>。
西岸滨江功能区加快建设<img src=x onerror=alert(1)>人工智能小镇，推进<script>alert(1)</script>中心建设。
2024年主要预期目标：地区生产总值增长5%左右<img src=x onerror=alert(1)>。
"""
HOSTILE_PROJECT = "<script>alert(1)</script>中心"


@pytest.fixture(scope="module")
def graph(seeds_build):
    return viz.load_graph(seeds_build[1] / "graph.ttl")


@pytest.fixture(scope="module")
def page(seeds_build) -> str:
    """The page `kg build` wrote."""
    return (seeds_build[1] / "graph.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory, lexicon):
    """A graph read from a text full of markup, plus a project whose very name is markup.

    The extractors keep only Chinese project names, so that project enters through kg.rdf.graph as a
    looser extractor would put it there.
    """
    from kg.pipeline.run import extract_all
    from kg.model import EntityKind
    from kg.rdf.graph import add_entity, to_graph
    from kg.link.entities import Entity

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "xuhui_2024_work_report_hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    extractions = extract_all([(folder / "xuhui_2024_work_report_hostile.txt", "xuhui_2024_work_report_hostile.txt")],
                              lexicon)
    g = to_graph(extractions, lexicon)
    add_entity(g, Entity(EntityKind.PROJECT, HOSTILE_PROJECT, alt_labels={HOSTILE[1]},
                         documents={extractions[0].document.id}))
    return g


def _data(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="govkg-data">(.*?)</script>', html, re.S)
    return json.loads(block.group(1))


def _vis_assets() -> list[str]:
    lib = resources.files("pyvis").joinpath(viz.VIS_DIR)
    return [lib.joinpath(name).read_text(encoding="utf-8") for name in ("vis-network.min.js", "vis-network.css")]


# --- the page as text -------------------------------------------------------------------------------

def test_page_loads_nothing_from_elsewhere(page):
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//|@import", page, re.I)
    ours = page
    for asset in _vis_assets():
        assert asset in page, "vis-network is inlined whole"
        ours = ours.replace(asset, "")
    # the one address in govkg's own script is the SVG namespace its charts are made in (never fetched)
    ours = ours.replace('"http://www.w3.org/2000/svg"', "")
    assert not re.search(r"https?://", ours), "govkg's own markup, script and data name no other host"
    # what vis-network itself carries: its licence header and the SVG namespace, never a fetch
    allowed = ("almende.com", "opensource.org/licenses/MIT", "www.apache.org/licenses/LICENSE-2.0",
               "www.w3.org/2000/svg", "github.com/", "visjs.github.io/vis-network/")
    for url in re.findall(r"https?://\S+", page):
        assert url.split("://", 1)[1].startswith(allowed), url


def test_build_writes_the_same_page_as_render(graph, page):
    assert viz.render_html(graph) == page


def test_the_page_reads_only_the_predicates_it_declares(graph, seeds_build):
    from kg.rdf.read import read_turtle

    full = read_turtle(seeds_build[1] / "graph.ttl")
    assert len(full) > len(graph)
    assert viz.render_html(full) == viz.render_html(graph)
    assert viz.render_html(full, focus="西岸滨江功能区") == viz.render_html(graph, focus="西岸滨江功能区")


def test_same_graph_gives_byte_identical_pages(graph, seeds_build):
    first = viz.render_html(graph)
    again = viz.render_html(viz.load_graph(seeds_build[1] / "graph.ttl"))
    assert first.encode("utf-8") == again.encode("utf-8")


def test_node_count_is_the_same_in_python_and_page(graph, page):
    drawn = viz.drawn_nodes(graph)
    assert f'data-node-count="{len(drawn)}"' in page
    data = _data(page)
    assert [n["id"] for n in data["nodes"]] == [n.id for n in drawn]
    assert {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]} <= {n.id for n in drawn}


def test_classes_edges_and_sizes(graph):
    view = viz.build_view(graph)
    kinds = {n.kind for n in view.nodes}
    assert kinds <= {s.name for s in viz.STYLES}
    assert kinds >= {"Municipality", "District", "FunctionalArea", "Project", "Industry", "Metric", "Benchmark",
                      "Document"}
    labels = {e.label for e in view.edges}
    assert labels >= {"located-in", "reported-in", "benchmarked-against", "targets (met)", "targets (missed)",
                      "targets (not reported)", "targets (pending)"}
    sizes = {n.label: n.size for n in view.nodes}
    assert sizes["徐汇区"] > sizes["西岸滨江功能区"] > min(sizes.values())


def test_promises_are_connected_and_coloured_by_verdict(graph):
    """The setter's edge to a metric is coloured by verdict and lists each target with its outcome,
    citing the target's and the outcome's sentences."""
    view = viz.build_view(graph)
    names = {n.id: n.label for n in view.nodes}
    met = next(e for e in view.edges if e.label == "targets (met)" and names[e.target] == "年税收超亿元楼宇")
    header, *rows = met.tip.table
    assert ("2023", "70幢", "72幢", "Met") in [(r[0], r[1], r[2], r[3].split()[-1]) for r in rows] or \
        any(r[0] == "2023" and r[1] == "70幢" and r[2] == "72幢" for r in rows)
    documents = {doc for _, doc in met.tip.evidence}
    assert len(documents) >= 2                                   # target's report and outcome's report
    assert viz.EDGE_STYLES["targets (met)"][0] != viz.EDGE_STYLES["targets (missed)"][0]
    doubtful = [e for e in view.edges if e.label == "targets (needs review)"]      # 实施 against 完工
    assert any(names[e.target] == "架空线入地" for e in doubtful)


def test_metric_tooltip_has_values_by_year_and_sources(graph):
    gdp = next(n for n in viz.drawn_nodes(graph) if n.label == "地区生产总值" and n.kind == "Metric")
    header, *rows = gdp.tip.table
    assert header[0].startswith("年份") and len(rows) >= 3
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert all(r[5].startswith("xuhui_") for r in rows)
    assert gdp.tip.evidence and all("地区生产总值" in sentence for sentence, _ in gdp.tip.evidence)


def test_focus_draws_an_area_with_its_neighbours(graph):
    view = viz.build_view(graph, focus="西岸滨江功能区")
    centre = "functional-area/西岸滨江功能区"
    assert centre in {n.id for n in view.nodes}
    assert all(centre in (e.source, e.target) or {e.source, e.target} <= {n.id for n in view.nodes}
               for e in view.edges)
    assert {"Project", "District", "Benchmark", "Industry"} <= {n.kind for n in view.nodes}
    assert len(view.nodes) < len(viz.drawn_nodes(graph))


def test_focus_on_an_unknown_name_says_so(graph):
    with pytest.raises(GovkgError, match="no entity or document"):
        viz.build_view(graph, focus="不存在的功能区")


def test_markup_in_report_text_never_reaches_the_page_as_markup(hostile_graph):
    html = viz.render_html(hostile_graph)
    assert "<script>alert" not in html and "<img src=x" not in html
    text = json.dumps(_data(html), ensure_ascii=False)
    assert HOSTILE_PROJECT in text and all(m in text for m in HOSTILE), "the text is kept, as data"


def test_cli_viz_writes_the_page(seeds_build, tmp_path):
    from kg.cli import cli

    out = tmp_path / "focus.html"
    result = CliRunner().invoke(cli, ["viz", "--graph", str(seeds_build[1] / "graph.ttl"), "--out", str(out),
                                      "--focus", "西岸滨江功能区"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out} (")
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    bad = CliRunner().invoke(cli, ["viz", "--graph", str(seeds_build[1] / "graph.ttl"), "--out", str(out),
                                   "--focus", "没有这个"])
    assert bad.exit_code == 1 and "no entity" in bad.output


# --- the graph's data for the explorer --------------------------------------------------------------

def test_the_document_filter_lists_every_document(graph):
    """kg/view.py once compared documents' labels with node ids, so the filter was always empty."""
    view = viz.build_view(graph)
    stems = sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert [value for value, _ in view.documents] == stems
    assert all(value in {d for n in view.nodes for d in n.docs} for value, _ in view.documents)


def test_a_tooltip_says_when_the_entity_page_has_more_sentences(graph):
    town = next(n for n in viz.drawn_nodes(graph) if n.label == "北杨人工智能小镇")
    assert len(town.tip.evidence) == 3 and any("+2" in line for line in town.tip.lines)
