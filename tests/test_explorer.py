"""The explorer (graph.html): promises first, indicators, entity pages, full-text search and the graph tab,
tested in headless Chromium as a reader uses it. Screenshots go to a folder the tests print."""
from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from chromium import Chromium, PageLog, find_chromium
from kg.viz import render as viz
from kg.viz.explore import explorer_data
from tests.conftest import CORPUS, SEEDS
from tests.test_viz import HOSTILE, HOSTILE_PROJECT, hostile_graph  # noqa: F401  (a fixture)

needs_chromium = pytest.mark.skipif(find_chromium() is None, reason="no chromium: run scripts/system-deps.sh")
TOWN = "project/北杨人工智能小镇"


@pytest.fixture(scope="module")
def graph(seeds_build):
    return viz.load_graph(seeds_build[1] / "graph.ttl")


@pytest.fixture(scope="module")
def rows(seeds_graph):
    """The promise table as `kg promises` gives it: the oracle for what the page lists."""
    from kg.link.promises import promise_rows

    return promise_rows(seeds_graph)


@pytest.fixture(scope="module")
def two_governments(tmp_path_factory):
    """The seeds (徐汇区) and two municipal reports (上海市): two governments that set targets."""
    found = [CORPUS / f"shanghai_city_{y}.txt" for y in (2023, 2024)]
    if not all(p.exists() for p in found):
        pytest.skip("the shared corpus is not beside the repository")
    from kg.pipeline.run import build

    folder = tmp_path_factory.mktemp("two")
    for path in [*SEEDS.glob("*.txt"), *found]:
        shutil.copy(path, folder / path.name)
    out = tmp_path_factory.mktemp("two-out")
    build([folder], out)
    return out


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"screenshots in {folder}")
    return folder


@pytest.fixture(scope="module")
def browser():
    with Chromium(timeout=90) as chromium:
        yield chromium


def _open(browser: Chromium, page: Path, fragment: str = "") -> None:
    browser.log = PageLog()
    browser.open(page, fragment)
    browser.wait_until("window.GOVKG && GOVKG.ready")


def _clean(browser: Chromium, page: Path) -> None:
    assert browser.log.errors == [], "no console errors"
    assert set(browser.log.requests) <= {page.resolve().as_uri()}, "no request leaves the file"
    assert browser.log.dialogs == []


def _shown_rows(browser: Chromium) -> list[list[str]]:
    """The promise table's rows: verdict, year, government, indicator and the quoted sentences."""
    return browser.evaluate("""Array.from(document.querySelectorAll('#promise-table tbody tr')).map(function (tr) {
        return [tr.getAttribute('data-verdict'), tr.getAttribute('data-year'), tr.getAttribute('data-government'),
                tr.getAttribute('data-indicator'), tr.querySelector('td.quotes').textContent]; })""")


def _choose(browser: Chromium, select: str, value: str) -> None:
    browser.evaluate(f"""(function () {{ var s = document.querySelector({json.dumps(select)});
        s.value = {json.dumps(value)}; s.dispatchEvent(new Event('change')); }})()""")


# --- the data, without a browser -------------------------------------------------------------------

def test_the_explorer_lists_every_promise_with_its_sentences(graph, rows):
    data = explorer_data(graph)
    assert len(data["promises"]) == len(rows)
    assert Counter(p["v"] for p in data["promises"]) == Counter(r["verdict"] for r in rows)
    sentences = data["sentences"]
    quoted = Counter((p["y"], sentences[p["tw"]][2]) for p in data["promises"])
    assert quoted == Counter((r["year"], r["target_evidence"]) for r in rows)
    outcomes = Counter(sentences[p["ow"]][2] for p in data["promises"] if p["ow"] is not None)
    assert outcomes == Counter(r["outcome_evidence"] for r in rows if r["outcome_evidence"])


def test_verdicts_are_those_the_data_has(seeds_graph):
    """The page lists the verdicts the graph holds (in the tracker's order), not a fixed list."""
    from rdflib import Graph, URIRef

    from kg.rdf.vocab import KGO

    order = ["Met", "Missed", "Claimed", "NeedsReview", "NotReported", "Pending"]     # the tracker's order
    held = {str(v).rsplit("#", 1)[-1] for v in seeds_graph.objects(None, KGO.verdict)}
    assert {"Met", "Missed", "NeedsReview"} <= held and "Claimed" not in held
    data = explorer_data(seeds_graph)
    assert data["verdicts"] == [v for v in order if v in held]
    assert data["names"]["Missed"] == ["未完成", "Missed"]
    fewer = Graph()
    for s, p, o in seeds_graph:
        if (p, o) != (KGO.verdict, KGO.Missed):
            fewer.add((s, p, o))
    assert explorer_data(fewer)["verdicts"] == [v for v in order if v in held - {"Missed"}]
    # a verdict the seeds lack is listed too once the data has it, in its place, by its name
    claimed = URIRef(str(KGO.Met).replace("Met", "Claimed"))
    target = next(iter(fewer.subjects(KGO.verdict, KGO.Met)))
    fewer.set((target, KGO.verdict, claimed))
    more = explorer_data(fewer)
    assert more["verdicts"] == [v for v in order if v in (held - {"Missed"}) | {"Claimed"}]
    assert any(p["v"] == "Claimed" for p in more["promises"])
    assert "targets (claimed)" in {e.label for e in viz.build_view(fewer).edges}


def test_every_sentence_and_stage_of_a_project_is_kept(graph):
    """No cap: 北杨人工智能小镇's 2025 竣工 is on its entity page, with its stages across years."""
    data = explorer_data(graph)
    said = [data["sentences"][i][2] for i in data["mentions"][TOWN]]
    assert any("确保北杨人工智能小镇等 5 个项目竣工" in s for s in said) and len(said) > 3
    stages = data["stages"][TOWN]
    assert [s[0] for s in stages] == sorted(s[0] for s in stages) and {s[1] for s in stages} >= {
        "ConstructionStarted", "Completed"}
    assert 2025 in {s[0] for s in stages if s[1] == "Completed"}


# --- in a browser ----------------------------------------------------------------------------------

@needs_chromium
def test_missed_targets_are_one_click_from_the_first_screen(browser, seeds_build, rows, shots):
    page = seeds_build[1] / "graph.html"
    _open(browser, page)
    assert browser.evaluate("GOVKG.tab") == "promises", "the first screen is the promise scorecard"
    assert browser.evaluate("document.querySelectorAll('#scorecard tr').length") > 1
    browser.screenshot(shots / "first-screen.png")
    browser.evaluate("document.getElementById('show-Missed').click()")          # one click
    shown = _shown_rows(browser)
    missed = [r for r in rows if r["verdict"] == "Missed"]
    assert len(shown) == len(missed) > 0 and {s[0] for s in shown} == {"Missed"}
    for r in missed:
        assert any(r["target_evidence"] in s[4] and r["outcome_evidence"] in s[4] for s in shown), r["metric"]
    browser.screenshot(shots / "missed-targets.png")
    _clean(browser, page)


@needs_chromium
def test_filters_by_verdict_year_and_government_change_the_rows(browser, two_governments, shots):
    from kg.link.promises import promise_rows
    from kg.rdf.terms import new_graph

    page = two_governments / "graph.html"
    expected = promise_rows(new_graph().parse(two_governments / "graph.ttl"))
    governments = sorted({r["government"] for r in expected})
    assert len(governments) == 2
    _open(browser, page)
    assert len(_shown_rows(browser)) == min(len(expected), 200)
    ids = browser.evaluate("Array.from(document.querySelectorAll('#f-gov option')).map(o => [o.value, o.textContent])")
    by_name = {name: value for value, name in ids if value}
    for government in governments:
        _choose(browser, "#f-gov", by_name[government])
        assert browser.evaluate("GOVKG.promiseRows") == sum(r["government"] == government for r in expected)
        for verdict in ("Met", "Missed"):
            _choose(browser, "#f-verdict", verdict)
            for year in sorted({r["year"] for r in expected}):
                _choose(browser, "#f-year", str(year))
                want = [r for r in expected if (r["government"], r["verdict"], r["year"]) == (government, verdict, year)]
                shown = _shown_rows(browser)
                assert len(shown) == len(want), (government, verdict, year)
                assert all((s[0], s[1], s[2]) == (verdict, str(year), by_name[government]) for s in shown)
            _choose(browser, "#f-year", "")
        _choose(browser, "#f-verdict", "")
    browser.evaluate("document.getElementById('f-reset').click()")
    assert browser.evaluate("GOVKG.promiseRows") == len(expected)
    browser.evaluate("document.querySelector('#promise-table th[data-key=v]').click()")
    verdicts = [s[0] for s in _shown_rows(browser)]
    assert verdicts == sorted(verdicts, key=lambda v: browser.evaluate(f"GOVKG.name({json.dumps(v)})"))
    browser.screenshot(shots / "two-governments.png")
    _clean(browser, page)


@needs_chromium
def test_clicking_a_project_shows_its_stages_across_years(browser, seeds_build, shots):
    page = seeds_build[1] / "graph.html"
    _open(browser, page)
    browser.evaluate("document.querySelector('#tabs button[data-tab=search]').click()")
    browser.wait_until("GOVKG.tab === 'search'")
    browser.type_text("#q", "北杨人工智能小镇")
    browser.evaluate(f"""Array.from(document.querySelectorAll('#search-entities a'))
        .find(a => a.textContent === '北杨人工智能小镇').click()""")
    browser.wait_until(f"GOVKG.entity === {json.dumps(TOWN)}")
    stages = browser.evaluate("""Array.from(document.querySelectorAll('.stage-table tr'))
        .map(tr => Array.from(tr.children).map(td => td.textContent))""")
    years = [s[0] for s in stages]
    assert years == sorted(years) and len(set(years)) >= 3
    assert any(s[0] == "2025" and "竣工" in s[1] and "北杨人工智能小镇" in s[2] for s in stages)
    text = browser.evaluate("document.getElementById('entity-page').textContent")
    assert "确保北杨人工智能小镇等 5 个项目竣工" in text
    assert browser.evaluate("getComputedStyle(document.querySelector('#entity-page blockquote')).userSelect") != "none"
    browser.screenshot(shots / "project.png")
    _clean(browser, page)


@needs_chromium
def test_a_link_opens_the_page_at_an_entity(browser, seeds_build, graph, tmp_path):
    page = seeds_build[1] / "graph.html"
    _open(browser, page, "entity=" + TOWN)
    assert browser.evaluate("GOVKG.tab") == "entity" and browser.evaluate("GOVKG.entity") == TOWN
    assert browser.evaluate("document.querySelector('#entity-page a').getAttribute('href')").startswith("#entity=")
    focus = tmp_path / "focus.html"
    focus.write_text(viz.render_html(graph, focus="西岸滨江功能区"), encoding="utf-8")
    _open(browser, focus)
    assert browser.evaluate("GOVKG.entity") == "functional-area/西岸滨江功能区", "kg viz --focus opens on its entity"
    _open(browser, page, "indicator=metric/地区生产总值")
    assert browser.evaluate("GOVKG.tab") == "indicators"
    assert browser.evaluate("document.querySelectorAll('#indicator-page svg.chart rect.target').length") >= 2
    assert browser.evaluate("document.querySelectorAll('#indicator-page svg.chart circle.outcome').length") >= 1
    _clean(browser, page)


@needs_chromium
def test_full_text_search_finds_a_phrase_inside_a_sentence(browser, seeds_build, graph):
    page = seeds_build[1] / "graph.html"
    sentences = explorer_data(graph)["sentences"]
    phrase = "B地块竣工"
    want = sum(phrase in s[2] for s in sentences)
    assert want >= 1
    _open(browser, page, "tab=search")
    browser.type_text("#q", phrase)
    found = browser.evaluate("Array.from(document.querySelectorAll('#search-results blockquote')).map(b => b.textContent)")
    assert len(found) == want and all(phrase in f for f in found)
    assert browser.evaluate("document.querySelector('#search-results mark').textContent") == phrase
    _clean(browser, page)


@needs_chromium
def test_graph_tab_opens_on_a_neighbourhood_with_a_legend_and_a_document_filter(browser, seeds_build, graph, shots):
    page = seeds_build[1] / "graph.html"
    _open(browser, page, "tab=graph")
    browser.wait_until("GOVKG.settled")
    drawn = browser.evaluate("GOVKG.drawnCount()")
    assert 1 < drawn <= 61 < len(viz.drawn_nodes(graph)), "a neighbourhood, never the whole graph"
    assert browser.evaluate("document.querySelector('#centre a').textContent") == "徐汇区"
    legend = browser.evaluate("document.getElementById('edge-legend').textContent")
    assert "targets (missed)" in legend and "located-in" in legend
    options = browser.evaluate("Array.from(document.querySelectorAll('#doc-filter option')).map(o => o.value)")
    assert options == ["", *sorted(p.stem for p in SEEDS.glob("*.txt"))]
    counts = set()
    for value in options[1:]:
        _choose(browser, "#doc-filter", value)
        counts.add(browser.evaluate("GOVKG.drawnCount()"))
    assert max(counts) <= drawn and min(counts) < drawn, "choosing a document hides what it does not state"
    _choose(browser, "#doc-filter", "")
    browser.type_text("#search", "滨江")
    assert browser.evaluate("GOVKG.network.getSelectedNodes()") == ["functional-area/西岸滨江功能区"]
    browser.wait_until("GOVKG.settled")
    assert browser.evaluate("document.querySelector('#centre a').textContent") == "西岸滨江功能区"
    browser.screenshot(shots / "graph.png")
    _clean(browser, page)


@needs_chromium
def test_markup_shows_literally_and_runs_nothing(browser, hostile_graph, tmp_path):  # noqa: F811
    page = tmp_path / "hostile.html"
    page.write_bytes(viz.render_html(hostile_graph).encode("utf-8"))
    _open(browser, page, "tab=search")
    browser.type_text("#q", "<script>")
    names = browser.evaluate("Array.from(document.querySelectorAll('#search-entities a')).map(a => a.textContent)")
    assert HOSTILE_PROJECT in names
    quotes = browser.evaluate("Array.from(document.querySelectorAll('#search-results blockquote')).map(b => b.textContent)")
    assert any(HOSTILE[0] in q and HOSTILE[1] in q for q in quotes)
    browser.evaluate(f"""location.hash = 'entity=' + encodeURIComponent(
        GOVKG.data.nodes.find(n => n.label === {json.dumps(HOSTILE_PROJECT)}).id)""")
    browser.wait_until("GOVKG.tab === 'entity'")
    assert HOSTILE[1] in browser.evaluate("document.getElementById('entity-page').textContent")
    browser.evaluate("location.hash = 'tab=promises'")
    text = browser.evaluate("document.getElementById('promise-table').textContent")
    assert HOSTILE[1] in text
    browser.evaluate("location.hash = 'graph=' + encodeURIComponent('functional-area/西岸滨江功能区')")
    browser.wait_until("GOVKG.settled")
    browser.type_text("#search", "<script>")                 # the graph's name search centres on the project
    browser.wait_until("GOVKG.settled")
    tip = _hover_selected(browser, HOSTILE_PROJECT)
    assert HOSTILE_PROJECT in tip and HOSTILE[1] in tip, "the tooltip shows the markup as text"
    assert browser.evaluate("document.querySelectorAll('img, main script, .vis-tooltip script').length") == 0
    assert browser.log.dialogs == [] and browser.log.errors == []
    browser.evaluate("alert('probe')")
    assert browser.log.dialogs == ["probe"], "the dialog watch works"


@pytest.mark.parametrize("fragment", ["", "tab=graph"])
@needs_chromium
def test_no_network_and_no_errors_on_every_tab(browser, seeds_build, fragment):
    page = seeds_build[1] / "graph.html"
    _open(browser, page, fragment)
    for tab in ("promises", "indicators", "entity", "search", "graph"):
        browser.evaluate(f"document.querySelector('#tabs button[data-tab={tab}]').click()")
        browser.wait_until(f"GOVKG.tab === {json.dumps(tab)}")
    assert re.match(r"^\d+$", str(browser.evaluate("GOVKG.drawnCount()")))
    _clean(browser, page)


def _hover_selected(browser: Chromium, title: str) -> str:
    """Move the mouse onto the selected node; the text of the tooltip vis-network shows, once it names ``title``."""
    x, y = browser.evaluate("""(function () {
        var n = GOVKG.network, p = n.canvasToDOM(n.getPosition(n.getSelectedNodes()[0]));
        var box = document.getElementById('network').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y]; })()""")
    browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": 0, "y": 0})
    browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
    browser.wait_until("(function () { var t = document.querySelector('div.vis-tooltip');"
                       f" return t && t.style.visibility === 'visible' && t.textContent.includes({json.dumps(title)}); }})()")
    return browser.evaluate("document.querySelector('div.vis-tooltip').textContent")
