"""Metric labels that lose promise pairs (issues 17 and 18): the provincial targets whose label was a list's last
item, a clause opened by a preposition, verbs without the noun counted after the number, or a sector narrowed by
an industry, one table per rule, with sentences of ../shared/corpus/provinces (the file is named beside each)."""
from __future__ import annotations

import pytest

from kg.extractors import run
from kg.extractors.indicators import find
from kg.read.documents import read_text

HEAD = "2025年浙江省政府工作报告\n各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2024年工作回顾\n"


def _metrics(text: str, lexicon) -> list[tuple[str, str]]:
    """(metric, value) of every observation of ``text``."""
    doc = read_text(HEAD + text, "t.txt", "t", lexicon)
    return [(o.metric, f"{o.quantity.value:g}") for o in run(doc, lexicon).observations]


@pytest.mark.parametrize("text, found", [
    ("软件和信息技术服务业增加值", None),           # zhejiang_2026: an industry narrows the sector
    ("现代服务业增加值", None),
    ("全省服务业增加值", "第三产业增加值"),         # a scope word only places it
    ("服务业增加值", "第三产业增加值"),
])
def test_an_industry_narrowing_a_sector_makes_another_indicator(lexicon, text, found) -> None:
    assert (find(text, lexicon) or (None,))[0] == found


def test_a_narrower_industry_keeps_its_own_value_added(lexicon) -> None:
    found = _metrics("服务业增加值增长5.8%，软件和信息技术服务业增加值增长9.6%，金融业增加值增长7.9%。", lexicon)
    assert ("软件和信息技术服务业增加值", "9.6") in found and ("第三产业增加值", "5.8") in found     # zhejiang_2026


@pytest.mark.parametrize("text, metric, value", [
    # parallel qualifiers before the head the last item closes with: the figure counts the whole, with the verb
    ("加快改造城中村和城镇老旧小区，改造排水、供水、供热、燃气管网2000公里以上。", "管网改造", "2000"),  # heilongjiang_2025
    ("既有住宅加装（更新）电梯9555部，完成燃气、排水、供水管网改造9436公里。", "管网改造", "9436"),      # sichuan_2026
    ("改造老旧小区4000个以上、城市危旧房3万套、城中村10万户，更新改造燃气、供排水等老化管道6000公里以上。",
     "管网改造", "6000"),                                                                                   # sichuan_2025
    ("改造水热气等管网3656公里。", "管网改造", "3656"),                                                    # heilongjiang_2026
])
def test_a_list_of_qualifiers_sharing_a_head_counts_the_whole(lexicon, text, metric, value) -> None:
    assert (metric, value) in _metrics(text, lexicon)


@pytest.mark.parametrize("items", [
    ["新建学校", "医院"],                   # two things, no shared head
    ["改造老旧小区", "城中村"],            # items of their own, not qualifiers of one head
])
def test_items_of_their_own_share_no_head(lexicon, items) -> None:
    from kg.extractors.lists import shared_head
    assert shared_head(items, lexicon) is None


@pytest.mark.parametrize("text, metric, value", [
    # 为 + the beneficiary + its activity: the beneficiary's activity is the name
    ("加大助企惠企力度，为经营主体减负2500亿元以上，进一步稳定预期、激发活力。", "经营主体减负", "2500"),  # zhejiang_2025
    ("全年为企业减负超3300亿元，全省经营主体达1163.7万户、增长6.3%。", "经营主体减负", "3300"),       # zhejiang_2026
    ("完成40个城中村改造项目，为既有多层住宅加装电梯4343台。", "电梯加装完工", "4343"),             # shanghai_city_2023
    # 在 + a place and its verbs only place what is counted
    ("新就业群体近300万人，在浙就业省外劳动力2300万人。", "省外劳动力", "2300"),                      # zhejiang_2026
])
def test_a_preposition_opening_a_wording_only_says_for_whom_or_where(lexicon, text, metric, value) -> None:
    assert (metric, value) in _metrics(text, lexicon)


def test_a_beneficiary_without_an_activity_names_nothing(lexicon) -> None:
    found = _metrics("还为中西部地区1700多万名贫困家庭学生免费提供教科书。", lexicon)      # national_2006
    assert all(m != "中西部地区" for m, _ in found)


@pytest.mark.parametrize("text, value", [
    # a bare measure listed right after a figure takes that figure's head noun: 粮食 + 总产 = 粮食总产量
    ("严守耕地红线，确保粮食播种面积1520万亩、总产125亿斤。", "125"),                                   # zhejiang_2025
    ("新增“多田套合”面积180万亩，粮食播种面积1584.6万亩、总产量132.4亿斤，实现“双增”。", "132.4"),    # zhejiang_2026
])
def test_a_bare_measure_after_a_listed_figure_is_of_its_head(lexicon, text, value) -> None:
    assert ("粮食产量", value) in _metrics(text, lexicon)


def test_a_stock_of_the_scheme_takes_no_action_of_the_clause_before(lexicon) -> None:
    found = _metrics("新增“多田套合”面积180万亩，粮食播种面积1584.6万亩、总产量132.4亿斤。", lexicon)   # zhejiang_2026
    assert ("粮食播种面积", "1584.6") in found


@pytest.mark.parametrize("text, metric", [
    # a verb of a class closing the wording, the noun counted after the number: the noun with the verb
    ("依托基层卫生机构，先行试点建设50个智能化康复中心。", "新增智能化康复中心"),                       # sichuan_2025
    # a role before the verb stays (metrics.toml role_verbs; issue 17, judge 3141: 牵头建设 is no 新增)
    ("紫金山、太湖等实验室加快建设，牵头建设44家全国重点实验室。", "牵头建设全国重点实验室"),        # jiangsu_2026
])
def test_the_noun_counted_after_the_number_is_what_the_verb_makes(lexicon, text, metric) -> None:
    assert [m for m, _ in _metrics(text, lexicon)][-1] == metric


@pytest.mark.parametrize("text, metric", [
    ("完成42处大中型灌区改造。", "大中型灌区改造"),                   # guangdong_2025: the noun has its own verb
])
def test_a_counted_noun_with_its_own_verb_takes_no_other(lexicon, text, metric) -> None:
    assert all(not m.endswith("改造改造") for m, _ in _metrics(text, lexicon))


@pytest.mark.parametrize("text, metric", [
    # the doer of a bare action named earlier in the sentence, sharing the head of the clause before: the lexicon's name
    ("加速建设中欧班列集结中心，创新班列市场化运营模式，力争全年开行2500列以上。", "中欧班列开行"),   # zhejiang_2025
])
def test_an_action_takes_the_doer_the_sentence_names_before(lexicon, text, metric) -> None:
    assert [m for m, _ in _metrics(text, lexicon)] == [metric]


@pytest.mark.parametrize("text, metric", [
    # a bare measure of works is the measure of the works the clause before names, the lexicon naming the whole
    ("增强投资对优化供给结构的关键作用。持续推进重大工程建设，全年完成投资2150亿元。", "重大工程投资"),  # shanghai_city_2023
    ("加快推进重大工程建设，全年完成投资2300亿元。", "重大工程投资"),                                     # shanghai_city_2024
    ("财政收入6.13万亿元，增长19.5%；粮食连续五年增产，总产量10570亿斤。", "粮食产量"),                  # national_2009
])
def test_a_bare_measure_is_of_the_works_the_clause_before_names(lexicon, text, metric) -> None:
    assert [m for m, _ in _metrics(text, lexicon)][-1] == metric
