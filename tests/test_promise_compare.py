"""Qualitative targets stated with a figure for comparison (kg.link.promise_compare): 居民收入增长与经济增长同步 among a
year's main targets, judged from the later report's growth of 居民人均可支配收入 against its GDP growth. Sentences
from the shared corpus; the whole corpus's verdicts are tested in tests/test_promises.py."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.link.promise_compare import find_comparisons, in_step
from kg.link.promises import ABOUT_TOLERANCE
from kg.model import Comparator, Measure, Observation, Provenance, Quantity, Status

# State Council 2018 (national_2018.txt), the year's main targets
TARGETS_2018 = ("今年发展主要预期目标是：国内生产总值增长6.5%左右；居民消费价格涨幅3%左右；城镇新增就业1100万人以上，"
                "城镇调查失业率5.5%以内，城镇登记失业率4.5%以内；居民收入增长和经济增长基本同步；进出口稳中向好。")
# 广东省 2025 (guangdong_2025.txt)
TARGETS_GD = ("规模以上工业增加值增长6%左右；地方一般公共预算收入增长3%；居民人均可支配收入增长与经济增长同步，"
              "居民消费价格涨幅2%左右。")


def _growth(metric: str, value: str, text: str, status=Status.PLANNED, comparator=Comparator.EXACTLY,
            year: int = 2018) -> Observation:
    v = D(value)
    q = Quantity(v, "%", v, "unit:PERCENT", comparator, None, None)
    return Observation(metric, metric, q, Measure.INCREASE, status, year, 0, Provenance("d", 0, len(text)))


def test_the_comparison_target_of_the_state_councils_2018_targets(lexicon):
    gdp = _growth("地区生产总值", "6.5", TARGETS_2018, comparator=Comparator.ABOUT)
    [c] = find_comparisons("national_2018", TARGETS_2018, [gdp], 2018, lexicon)
    assert c.words == "居民收入增长和经济增长基本同步" and TARGETS_2018[c.start:c.end] == c.words
    assert c.target.metric == "居民人均可支配收入" and c.target.measure is Measure.INCREASE
    assert c.target.quantity.value == D("6.5") and c.target.quantity.comparator is Comparator.ABOUT
    assert c.reference == 0


def test_no_comparison_without_the_figure_to_compare_with_or_outside_the_targets(lexicon):
    assert find_comparisons("g", TARGETS_GD, [], 2025, lexicon) == []          # no GDP target stated
    gdp = _growth("地区生产总值", "5", "生产总值增长5%左右。", year=2025)
    review = _growth("居民消费价格", "2", TARGETS_GD, Status.ACHIEVED, year=2024)   # a review, not a target
    assert find_comparisons("g", "生产总值增长5%左右。" + TARGETS_GD, [gdp, review], 2025, lexicon) == []


@pytest.mark.parametrize("words, income, gdp, met", [
    ("居民收入增长和经济增长基本同步", "6.5", "6.6", True),     # State Council 2018 -> 2019: 6.5% against 6.6%
    ("居民人均可支配收入增长与经济增长同步", "4.3", "3.9", True),  # 广东省 2025 -> 2026: 4.3% against 3.9%
    ("居民人均可支配收入增长与经济增长同步", "6.5", "6.6", False),  # 同步 without 基本: behind is missed
    ("居民收入增长和经济增长基本同步", "5.8", "6.6", False),     # more than 左右 behind
])
def test_in_step_compares_the_two_outcomes(lexicon, words, income, gdp, met):
    text = f"国内生产总值增长6.5%左右；{words}。"
    figure = _growth("地区生产总值", "6.5", text, comparator=Comparator.ABOUT)
    [c] = find_comparisons("d", text, [figure], 2018, lexicon)
    step = in_step(c, _growth("居民人均可支配收入", income, text, Status.ACHIEVED),
                   _growth("地区生产总值", gdp, text, Status.ACHIEVED), lexicon, ABOUT_TOLERANCE)
    assert step.met is met
    assert f"grew {income}%" in step.basis and f"地区生产总值 {gdp}%" in step.basis
    assert ("in step" in step.basis) is met and ("within the tolerance of about" in step.basis) is ("基本" in words)


def test_a_comparison_target_is_written_alike_by_a_build_and_by_the_graph_api(tmp_path, lexicon):
    """Shanghai 2020 -> 2021 (居民人均可支配收入增长与经济增长基本同步 -> 4% against 1.7%): the streamed build's graph.ttl
    and graph.nt are the bytes kg.rdf.export writes from the in-memory graph, the comparison target's triples in the
    promise block, and the graph passes the shapes."""
    from rdflib import RDF

    import kg
    from kg.rdf.export import serialize
    from kg.rdf.graph import to_graph
    from kg.rdf.vocab import KGO
    from kg.validate.core import validate
    from tests.conftest import CORPUS

    paths = [CORPUS / "shanghai_city_2020.txt", CORPUS / "shanghai_city_2021.txt"]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared/corpus is absent")
    kg.build(paths, out=tmp_path, html=False, jobs=1, formats=("nt",))
    graph = to_graph(kg.extract(paths), lexicon)
    verdicts = {graph.value(t, KGO.verdict): t for t in graph.subjects(RDF.type, KGO.ComparisonTarget)}
    assert set(verdicts) == {KGO.Met, KGO.Pending}                   # 2020's judged; 2021's awaits the 2022 report
    target = verdicts[KGO.Met]
    assert graph.value(target, KGO.comparedWith) is not None
    assert "grew 4%" in str(graph.value(target, KGO.verdictBasis))
    for fmt, name in (("turtle", "graph.ttl"), ("nt", "graph.nt")):
        assert (tmp_path / name).read_bytes() == serialize(graph, fmt), name
    assert validate(graph).conforms


def test_one_outcome_alone_is_no_verdict(tmp_path):
    """The later report gives the income growth but no GDP growth: the comparison target is NeedsReview, with the
    reason, and no verdict basis (the wording of the State Council's 2018 targets, in a district's two reports)."""
    from kg.link.promises import promise_rows
    from kg.pipeline.run import build
    from kg.rdf.read import read_turtle

    head = "徐汇区{0}年政府工作报告\n——{0}年1月10日在上海市徐汇区第十六届人民代表大会第{1}次会议上\n上海市徐汇区区长 方世忠\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "xuhui_2018.txt").write_text(
        head.format(2018, "三") + "二、2018年主要任务\n今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；"
        "居民收入增长和经济增长基本同步。\n", encoding="utf-8")
    (tmp_path / "in" / "xuhui_2019.txt").write_text(
        head.format(2019, "四") + "一、2018年工作回顾\n过去一年，居民人均可支配收入增长8%。\n", encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", html=False, store=False)
    [row] = [r for r in promise_rows(read_turtle(tmp_path / "out" / "graph.ttl")) if r["target_evidence"].endswith("同步")]
    assert (row["verdict"], row["outcome_value"], row["verdict_basis"]) == ("NeedsReview", D(8), None)
    assert "not 地区生产总值" in row["review_reason"]
