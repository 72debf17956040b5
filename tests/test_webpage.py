"""Saved web pages: the furniture around a report is dropped, and the page's publisher and date are read."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.read.documents import noise_mask, split_lines
from kg.read.webpage import PageSource, page_source

PROVINCES = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "provinces"
needs_corpus = pytest.mark.skipif(not PROVINCES.is_dir(), reason="needs ../shared/corpus")

# Read by hand from each page's 来源 and 时间 lines (guangdong_2026.txt was saved without them).
PAGES = {
    "zhejiang_2026": PageSource("浙江日报", dt.date(2026, 1, 22)),
    "heilongjiang_2026": PageSource("黑龙江日报", dt.date(2026, 2, 26)),
    "henan_2026": PageSource("河南日报", dt.date(2026, 2, 3)),
    "jiangsu_2026": PageSource("新华日报", dt.date(2026, 2, 9)),
    "sichuan_2026": PageSource("四川日报", dt.date(2026, 2, 10)),
    "guangdong_2026": PageSource(None, None),
    # the 2025 texts (from the Word originals) keep the 来源 line of the news page they were saved from
    "guangdong_2025": PageSource("南方日报", None),
    "heilongjiang_2025": PageSource("黑龙江新闻网", None),
    "jiangsu_2025": PageSource("江苏新闻", None),
    "sichuan_2025": PageSource("四川日报", None),
    "zhejiang_2025": PageSource("浙江日报", None),
    "henan_2025": PageSource(None, None),
}
FURNITURE = ("字号", "字体", "来源", "时间：", "打印本页", "关闭窗口", "扫一扫", "相关报道", "相关链接", "责任编辑",
             "本报记者", "分享")


def kept_lines(text: str, lexicon) -> list[str]:
    lines = split_lines(text)
    return [ln.text.strip() for ln, noise in zip(lines, noise_mask(lines, lexicon)) if not noise and ln.text.strip()]


@needs_corpus
@pytest.mark.parametrize("stem", sorted(PAGES))
def test_publisher_and_date(stem, lexicon) -> None:
    assert page_source((PROVINCES / f"{stem}.txt").read_text(encoding="utf-8"), lexicon) == PAGES[stem]


@needs_corpus
@pytest.mark.parametrize("stem", sorted(s for s in PAGES if s.endswith("2026")))
def test_furniture_is_dropped_and_the_report_kept(stem, lexicon) -> None:
    text = (PROVINCES / f"{stem}.txt").read_text(encoding="utf-8")
    kept = kept_lines(text, lexicon)
    assert not [line for line in kept if line.startswith(FURNITURE) or line.endswith(("日报", "摄"))]
    assert kept[0].endswith("政府工作报告") and kept[1].lstrip("—").startswith("2026年")
    assert sum(line.startswith("各位代表") for line in kept[:8]) == 1     # the report opens once


@needs_corpus
def test_a_page_that_repeats_the_opening_after_its_closing_bar_keeps_one_report(lexicon) -> None:
    text = (PROVINCES / "sichuan_2026.txt").read_text(encoding="utf-8")
    kept = kept_lines(text, lexicon)
    assert kept[-1].startswith("20.") and not any(line.startswith("解读") for line in kept)
    assert "李莎莎" not in kept                                        # the editor's name under 责任编辑：


def test_a_plain_report_loses_nothing(lexicon) -> None:
    text = "政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作。\n地区生产总值增长5%左右。\n"
    assert kept_lines(text, lexicon) == [line for line in text.splitlines() if line]
    assert page_source(text, lexicon) == PageSource()


def test_a_page_date_that_is_no_date_is_not_read(lexicon) -> None:
    assert page_source("来源：某某日报\n时间：2026-02-30\n", lexicon) == PageSource("某某日报", None)


@needs_corpus
def test_the_graph_says_who_published_each_page_and_when(tmp_path) -> None:
    """The six saved pages of 2026 built together: each page's publisher and publication date (dcterms:publisher,
    dcterms:issued) as read by hand, none for the page that states none; the delivery date (dcterms:date) stays
    the report's, on or before the day the paper printed it; and no quoted sentence holds the furniture."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import DCTERMS, XSD

    from kg.pipeline.run import build
    from kg.rdf.vocab import KGO

    stems = sorted(s for s in PAGES if s.endswith("2026"))
    build([PROVINCES / f"{stem}.txt" for stem in stems], tmp_path, html=False, store=False)
    graph = Graph().parse(tmp_path / "graph.ttl")
    for stem in stems:
        doc = URIRef(f"https://w3id.org/govkg/id/document/{stem}")
        expected = PAGES[stem]
        assert graph.value(doc, DCTERMS.publisher) == (
            Literal(expected.publisher, lang="zh") if expected.publisher else None), stem
        assert graph.value(doc, DCTERMS.issued) == (
            Literal(expected.published.isoformat(), datatype=XSD.date) if expected.published else None), stem
        delivered = graph.value(doc, DCTERMS.date)
        assert delivered is not None and str(graph.value(doc, KGO.year)) == "2026", stem
        if expected.published:
            assert delivered.toPython() <= expected.published, stem
    assert graph.value(URIRef("https://w3id.org/govkg/id/document/zhejiang_2026"), DCTERMS.date) == Literal(
        "2026-01-14", datatype=XSD.date)
    quotes = [str(q) for q in graph.objects(None, KGO.evidence)]
    assert len(quotes) > 500
    marks = ("【字号", "【字体", "下载打印", "打印本页", "关闭窗口", "来源：", "来源:", "时间：", "责任编辑")
    assert not [q for q in quotes if q.startswith(FURNITURE) or any(mark in q for mark in marks)]
