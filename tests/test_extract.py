"""Each extractor on sentences of the kind the reports contain."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.read.documents import read_text
from kg.extractors import pipeline, run
from kg.extractors.areas import match_areas
from kg.extractors.industries import match_industries
from kg.extractors.observations import sentence_observations
from kg.extractors.projects import match_projects
from kg.model import Comparator, Measure, SectionKind, Status

HEAD = "——2024年1月10日在上海市徐汇区第十七届人民代表大会第五次会议上\n上海市徐汇区区长 钟晓咏\n"


def _observations(body: str, lexicon):
    doc = read_text(HEAD + body, "t.txt", "t", lexicon)
    return [o for s in doc.sentences for o in sentence_observations(doc, s, lexicon)]


def test_extractors_are_registered_in_dependency_order():
    names = [e.name for e in pipeline()]
    assert set(names) >= {"areas", "industries", "projects", "observations", "relations"}
    assert names.index("relations") > max(names.index(n) for n in ("areas", "projects", "observations"))


@pytest.mark.parametrize("text, expected", [
    ("徐汇滨江形成六大组团布局", [("徐汇滨江", "西岸滨江功能区")]),
    ("国际STEM教育研究所落户西岸。", [("西岸", "西岸滨江功能区")]),
    ("西岸美术馆与蓬皮杜中心签约", []),
    ("漕河泾开发区“东进”拓展产业空间", [("漕河泾开发区", "漕开发拓展功能区")]),
    ("漕开发航天科技城工程全面推进", [("漕开发", "漕开发拓展功能区")]),
    ("徐家汇地区加快推进天桥连廊建设", [("徐家汇地区", "大徐家汇功能区")]),
    ("华泾地区对标城市副中心", [("华泾地区", "华泾门户功能区")]),
    ("大徐家汇功能区启动城市设计国际方案征集", [("大徐家汇功能区", "大徐家汇功能区")]),
])
def test_areas_resolve_aliases(lexicon, text, expected):
    assert [(text[a:b], area) for a, b, area in match_areas(text, lexicon)] == expected


def test_industries_with_hierarchy(lexicon):
    found = {name for _, _, name in match_industries("大力发展以人工智能为核心的数字经济产业集群", lexicon)}
    assert found == {"人工智能", "数字经济"}
    broader = {i.name: i.broader for i in lexicon.industries}
    assert broader["人工智能"] == "新一代信息技术产业"      # NBS 2018 category 1.5 (kg/lexicon/industries_cn.toml)
    assert broader["大模型"] == "人工智能" and broader["元宇宙"] == "数字经济"


@pytest.mark.parametrize("text, name", [
    ("北杨人工智能小镇全面开工", "北杨人工智能小镇"),
    ("徐家汇中心T1塔楼竣工", "徐家汇中心"),
    ("推动轨交23号线徐汇段站点全面开工", "轨交23号线"),
    ("加快推进华之门地块出让", "华之门地块"),
    ("银都路隧道建成通车。", "银都路隧道"),
    ("加快吉利研发中心建设。", "吉利研发中心"),
])
def test_projects(lexicon, text, name):
    assert name in [n for _, _, n in match_projects(text, lexicon)]


def _facts(observations):
    return [(o.metric, o.quantity.value, o.quantity.unit, o.measure, o.status, o.period, o.quantity.comparator)
            for o in observations]


def test_several_facts_in_one_sentence(lexicon):
    facts = _facts(_observations("全年新开工道路 31 条，完工 14 条；全年新增公共泊位 5186个、公共充电桩 692个。", lexicon))
    assert facts == [
        ("新开工道路", D(31), "条", Measure.LEVEL, Status.ACHIEVED, 2023, Comparator.EXACTLY),
        ("完工道路", D(14), "条", Measure.LEVEL, Status.ACHIEVED, 2023, Comparator.EXACTLY),
        ("新增公共泊位", D(5186), "个", Measure.LEVEL, Status.ACHIEVED, 2023, Comparator.EXACTLY),
        ("新增公共充电桩", D(692), "个", Measure.LEVEL, Status.ACHIEVED, 2023, Comparator.EXACTLY),
    ]


def test_level_and_change_and_estimate(lexicon):
    facts = _facts(_observations("预计商品销售总额完成 8155亿元，同比增长 2.2%。", lexicon))
    assert facts == [
        ("商品销售总额", D(8155), "亿元", Measure.LEVEL, Status.ESTIMATED, 2023, Comparator.EXACTLY),
        ("商品销售总额", D("2.2"), "%", Measure.INCREASE, Status.ESTIMATED, 2023, Comparator.EXACTLY),
    ]


def test_targets_share_a_range(lexicon):
    facts = _facts(_observations(
        "综合各方面因素，今年经济社会发展主要预期目标是：商品销售总额、社会消费品零售总额增长 5%—6%，城镇调查失业率小于 5.5%。",
        lexicon))
    assert [(f[0], f[1], f[3], f[4], f[5], f[6]) for f in facts] == [
        ("商品销售总额", D(5), Measure.INCREASE, Status.PLANNED, 2024, Comparator.EXACTLY),
        ("社会消费品零售总额", D(5), Measure.INCREASE, Status.PLANNED, 2024, Comparator.EXACTLY),
        ("城镇调查失业率", D("5.5"), Measure.LEVEL, Status.PLANNED, 2024, Comparator.AT_MOST),
    ]


def test_percentage_points_then_level(lexicon):
    facts = _facts(_observations("民企税收贡献度提升 8.3 个百分点、 达 47.4％。", lexicon))
    assert [(f[0], f[1], f[2], f[3]) for f in facts] == [
        ("民企税收贡献度", D("8.3"), "个百分点", Measure.INCREASE),
        ("民企税收贡献度", D("47.4"), "%", Measure.LEVEL),
    ]


@pytest.mark.parametrize("text", [
    "配合推进轨交 23号线建设。", "落实“4+3+X”产业布局。", "康健路 341 弄 7—8 号项目建成。",
    "荣获2023 全球智慧城市大会奖。", "优化营商环境 6.0 版改革任务。", "PM2.5 平均浓度下降。",
])
def test_numbers_that_are_names_are_not_observations(lexicon, text):
    assert _observations(text, lexicon) == []


def test_located_in_from_paragraph_and_name(lexicon):
    body = ("今年要重点抓好以下工作。\n华泾门户功能区，推进东新港商办地块等 8 个项目开工，确保北杨人工智能小镇等 5 个项目竣工。\n"
            "西岸梦中心开业以来客流屡创新高。\n")
    doc = read_text(HEAD + body, "t.txt", "t", lexicon)
    found = run(doc, lexicon)
    located = {(r.subject[1], r.object[1]) for r in found.relations
               if r.predicate == "located_in" and not isinstance(r.object, int)}
    assert ("北杨人工智能小镇", "华泾门户功能区") in located
    assert ("西岸梦中心", "西岸滨江功能区") in located
    assert ("华泾门户功能区", "徐汇区") in located
    targets = [r for r in found.relations if r.predicate == "targets"]
    assert targets and all(r.subject[1] == "华泾门户功能区" for r in targets)
    assert doc.sentences[-1].section is SectionKind.PLAN


def test_mentions_quote_their_source(seeds_extractions):
    for ex in seeds_extractions:
        doc = ex.document
        for m in ex.mentions:
            assert "".join(doc.text[m.provenance.start:m.provenance.end].split()) == "".join(m.surface.split())
