"""How the State Council's reports (1997-2019) word their targets and outcomes (issues 17 and 18), one table per
cause, with sentences of ../shared/corpus/national: the reader's typesetting artefacts, a goal worded before its
figure, and the periods of a five-year look back and of a five-year plan's goals."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.extractors.indicators import attribute
from kg.extractors.observations import sentence_observations
from kg.model import Aggregation, Measure
from kg.read.documents import read_text
from tests.test_observations_grammar import HEAD, _observations

PLAN = "二、2024年主要任务\n今年发展主要预期目标是：城镇新增就业10万人。\n"
GOALS = "二、“十五五”时期的主要目标任务\n"
REVIEW = "一、过去一年工作回顾\n一年来，各项工作取得新进展。\n"




def _facts(body: str, lexicon):
    return [(o.metric, o.measure, o.quantity.value) for o in _observations(body, lexicon)]


@pytest.mark.parametrize("text, facts", [
    # national_1998 sets its digits one by one with a space between (１ ０ ％): one number
    ("今年全社会固定资产投资预定增长1 0%或者更多一些。", [("固定资产投资总额", Measure.INCREASE, D(10))]),
    ("1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元。", [("地区生产总值", Measure.LEVEL, D(74772))]),
    # national_2017: a line holding a zero-width space alone splits a paragraph inside a number's sentence
    ("国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。",
     [("地区生产总值", Measure.LEVEL, D("74.4")), ("地区生产总值", Measure.INCREASE, D("6.7"))]),
    # national_1999 writes its decimal point as a middle dot
    ("下半年国有单位固定资产投资增长显著加快，全社会固定资产投资增长14\u00b71%。",
     [("固定资产投资总额", Measure.INCREASE, D("14.1"))]),
    # national_2014 and 2017: the subscript of M2 on a line of its own
    ("去年财政赤字控制在预算范围内，广义货币M\n2\n增长13.6%，符合调控要求。",
     [("广义货币M2", Measure.INCREASE, D("13.6"))]),
])
def test_the_reports_typesetting(lexicon, text, facts):
    assert _facts(REVIEW + text, lexicon)[:len(facts)] == facts


@pytest.mark.parametrize("text, fact", [
    # a goal set before its figure (目标为, 目标定为, 目标拟定为) is of the indicator worded before the goal
    ("今年要保持国民经济持续、快速、健康发展，经济增长速度的调控目标定为8%，物价上涨幅度比去年的实际涨幅低一些。",
     ("地区生产总值", Measure.INCREASE, D(8))),                                         # 1997
    ("中央提出今年经济增长预期目标为7%左右，既考虑了保持宏观调控目标的连续性。",
     ("地区生产总值", Measure.INCREASE, D(7))),                                         # 2004
    ("广义货币M2预期增长目标拟定为13%左右。", ("广义货币M2", Measure.INCREASE, D(13))),  # 2013
    # a growth expected at its figure (预期为) is a growth (1999)
    ("综合分析国内外的有利条件和制约因素，今年的经济增长预期为7%左右。", ("地区生产总值", Measure.INCREASE, D(7))),
    # 增长速度 is a growth (1998)
    ("今年国民经济宏观调控的主要目标是：经济增长速度8%，商品零售价格涨幅控制在3%以内。",
     ("地区生产总值", Measure.INCREASE, D(8))),
    # a change verb before the indicator is the figure's change (2014, 2018)
    ("今年再减少农村贫困人口1000万人以上。", ("农村贫困人口", Measure.DECREASE, D(1000))),
    ("今年再减少农村贫困人口1000万以上，完成易地扶贫搬迁280万人。", ("农村贫困人口", Measure.DECREASE, D(1000))),
    ("难度再大，今年也要再减少农村贫困人口1000万人以上。", ("农村贫困人口", Measure.DECREASE, D(1000))),   # 2015
    # 继续 is an adverb of the change, no part of the name (2013)
    ("今年企业退休人员基本养老金继续提高10%，城乡低保和优抚对象补助标准也进一步提高。",
     ("企业退休人员基本养老金", Measure.INCREASE, D(10))),
    # the relocation out of poverty is one indicator, however worded (2016 target, 2017 outcome)
    ("今年要完成脱贫任务，其中易地搬迁脱贫200万人以上。", ("易地扶贫搬迁人口", Measure.LEVEL, D(200))),
    # 能源消耗强度 is energy intensity (2014)
    ("加大节能减排力度，控制能源消费总量，今年能源消耗强度要降低3.9%以上。",
     ("单位生产总值能耗", Measure.DECREASE, D("3.9"))),
])
def test_a_goal_worded_before_its_figure_names_its_indicator(lexicon, text, fact):
    assert _facts(PLAN + text, lexicon)[1] == fact


@pytest.mark.parametrize("text, fact", [
    # a change named before the verb that moves it to its new level is that change (2013)
    ("去年居民消费价格涨幅回落到2.6%，这是我们控制通货膨胀取得的一个重要成果。", ("居民消费价格", Measure.INCREASE, D("2.6"))),
])
def test_a_named_change_moved_to_a_level(lexicon, text, fact):
    assert _facts(REVIEW + text, lexicon) == [fact]


def test_a_stage_shares_its_noun_without_the_adverb_before_the_stage(lexicon):
    text = PLAN + "今年城镇保障性住房基本建成470万套、新开工630万套，继续推进农村危房改造。"          # 2013
    assert [o.metric for o in _observations(text, lexicon)][1:] == ["城镇保障性住房基本建成", "城镇保障性住房新开工"]


@pytest.mark.parametrize("text, metric", [
    # time and scope words opening a wording are none of the name: 已经 whole, not 已 of 经加入 (1998), 目前 (2013)
    ("中国历来重视人权问题，已经加入17个国际人权公约。", "加入国际人权公约"),     # 加入 kept (stages8)
    ("目前我国年度财政性教育经费支出总额已经超过2万亿元，今后还要继续增加。", "年度财政性教育经费支出总额"),
])
def test_time_and_scope_words_are_no_part_of_the_name(lexicon, text, metric):
    doc = read_text(HEAD + REVIEW + text, "t.txt", "t", lexicon)
    named = attribute(doc, [o for s in doc.sentences for o in sentence_observations(doc, s, lexicon)], lexicon)
    assert [o.metric for o in named] == [metric]


def test_a_base_counted_per_person_and_year(lexicon):
    text = PLAN + "今年新农合和城镇居民基本医疗保险财政补助标准由每人每年240元提高到280元。"          # 2013
    assert [(o.metric, o.quantity.value, o.period) for o in _observations(text, lexicon)][1:] == [
        ("新农合和城镇居民基本医疗保险财政补助标准", D(240), 2023),
        ("新农合和城镇居民基本医疗保险财政补助标准", D(280), 2024)]


def test_the_deficit_as_a_share_of_gdp_is_the_deficit_ratio(lexicon):
    text = REVIEW + "财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右，赤字率和债务负担率保持在安全水平。"
    assert [(o.metric, o.period) for o in _observations(text, lexicon)][-2:] == [("赤字率", 2009), ("赤字率", 2023)]


def _periods(observations):
    return [(o.metric, o.period_start, o.period, o.aggregation) for o in observations]


def test_a_five_year_goals_change_after_a_long_clause(lexicon):
    # 2011: the change closing the goal's clause is the figure's, over the plan's years
    text = GOALS + "今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。"
    assert [(o.metric, o.measure) for o in _observations(text, lexicon)] == [("地区生产总值", Measure.INCREASE)]
    assert _periods(_observations(text, lexicon)) == [("地区生产总值", 2024, 2028, Aggregation.AVERAGE)]


def test_a_plans_goal_under_its_heading_and_named_by_the_plan(lexicon):
    # 2001: the heading of the plan's goals opens them; “十五”期间年均 scopes the indicator, it is no part of its name,
    # and names the plan's years (2001-2005), whatever the year of the report it is read in
    text = "二、“十五”期间的奋斗目标和指导方针\n综合考虑各方面因素，“十五”期间年均经济增长速度预期目标为7%左右。"
    assert [(o.metric, o.measure, o.status.value) for o in _observations(text, lexicon)] == [
        ("地区生产总值", Measure.INCREASE, "planned")]
    assert _periods(_observations(text, lexicon)) == [("地区生产总值", 2001, 2005, Aggregation.AVERAGE)]


def test_a_five_year_goal_said_to_be_a_total_covers_the_plan(lexicon):
    text = GOALS + "坚持把增加就业作为经济社会发展的优先目标，五年城镇新增就业4500万人。"      # 2011
    assert _periods(_observations(text, lexicon)) == [("城镇新增就业", 2024, 2028, Aggregation.TOTAL)]


@pytest.mark.parametrize("text, periods", [
    # a sentence opening with 过去五年 (or 这五年) looks back over the plan, though the paragraph opened with the
    # year (2016, 2011)
    ("2015年是“十二五”收官之年。过去五年，我国发展成就举世瞩目。国内生产总值年均增长7.8%。",
     [("地区生产总值", 2019, 2023, Aggregation.AVERAGE)]),
    ("这五年，我国社会生产力、综合国力显著提高。国内生产总值达到39.8万亿元，年均增长11.2%。",
     [("地区生产总值", None, 2023, None), ("地区生产总值", 2019, 2023, Aggregation.AVERAGE)]),
    # a sentence opening with the year, compared with the plan's base year, is over the plan (2006)
    ("过去五年，经济实力跃上新台阶。2023年与2018年相比，国内生产总值增长57.3%，年均增长9.5%。",
     [("地区生产总值", 2019, 2023, Aggregation.TOTAL), ("地区生产总值", 2019, 2023, Aggregation.AVERAGE)]),
    # a sentence opening with 去年 inside a look back states the one year (1998)
    ("过去五年，经济实力跃上新台阶。去年经济增长8.8%，商品零售价格涨幅为0.8%。",
     [("地区生产总值", None, 2023, None), ("商品零售价格涨幅", None, 2023, None)]),
    # so does one opening with the year reviewed (2013)
    ("过去五年，经济实力跃上新台阶。2023年，我们合理把握政策力度，全面实现年初确定的主要目标，国内生产总值增长7.8%，"
     "城镇新增就业1266万人。", [("地区生产总值", None, 2023, None), ("城镇新增就业", None, 2023, None)]),
])
def test_periods_of_a_five_year_look_back(lexicon, text, periods):
    assert _periods(_observations(REVIEW + text, lexicon)) == periods


@pytest.mark.parametrize("text, metric", [
    # the clause before a bare stage frames the effort on a work (加大…建设力度): the work is the stage's noun (2014)
    ("加大保障性安居工程建设力度，今年新开工700万套以上，其中各类棚户区470万套以上。", "保障性安居工程新开工"),
    # a campaign frames it too, and names the indicator by its short name (2018: 棚改 = 棚户区住房改造)
    ("启动新的三年棚改攻坚计划，今年开工580万套。", "棚户区住房改造开工"),
])
def test_a_stage_after_the_effort_on_a_work_is_of_the_work(lexicon, text, metric):
    assert [o.metric for o in _observations(PLAN + text, lexicon)][1] == metric


@pytest.mark.parametrize("text, fact", [
    # years in a row (连续两年) are the figure's period, no part of its indicator's name (2015)
    ("贫困地区农村学生上重点高校人数连续两年增长10%以上。", ("贫困地区农村学生上重点高校人数", Measure.INCREASE, D(10))),
])
def test_years_in_a_row_are_no_part_of_the_name(lexicon, text, fact):
    assert _facts(REVIEW + text, lexicon) == [fact]


def _named(text: str, lexicon) -> list[tuple[str, D]]:
    doc = read_text(HEAD + PLAN + text, "t.txt", "t", lexicon)
    named = attribute(doc, [o for s in doc.sentences for o in sentence_observations(doc, s, lexicon)], lexicon)
    return [(o.metric, o.quantity.value) for o in named][1:]


@pytest.mark.parametrize("text, named", [
    # a count of items cancelled is named by what is cancelled, the modal 要再 no part of it (2014 target, 2013 and
    # 2015 outcomes)
    ("今年要再取消和下放行政审批事项200项以上。", [("行政审批事项取消下放", D(200))]),
    ("取消和下放311项行政审批事项，取消123项职业资格许可和认定事项。",
     [("行政审批事项取消下放", D(311)), ("职业资格许可和认定事项取消", D(123))]),     # cancelled (stages8)
])
def test_a_count_of_items_cancelled_is_named_by_the_items(lexicon, text, named):
    assert _named(text, lexicon) == named


@pytest.mark.parametrize("text, named", [
    # a rise worded by a flow verb before a count of what follows the figure adds those things: the 2009 target is
    # the indicator of the 2010 outcome (新增510万沼气用户)
    ("再解决6000万人安全饮水问题，增加500万沼气用户，继续加强农村电网。", [("新增沼气用户", D(500))]),
    ("继续改善农村生产生活条件，新增510万沼气用户。", [("新增沼气用户", D(510))]),
    # a change of a figure to a new level is none (全社会研究与实验发展经费，从2002年1288亿元增加到…: 2008)
    ("组建城市合作银行的大中城市，由35个增加到100个，农村金融改革全面启动。", []),
    # a level held for years in a row takes no action of the figure before (guangdong_2026)
    ("新建全国法治政府示范地区和项目12个，群众安全感连续7年保持98%以上。",
     [("新增全国法治政府示范地区和项目", D(12)), ("群众安全感", D(98))]),
])
def test_a_rise_in_a_count_is_a_flow(lexicon, text, named):
    assert [n for n in _named(text, lexicon) if n[0] != "解决农村饮水安全人口"] == named


@pytest.mark.parametrize("text, fact", [
    # a named change before its copula 在 is that change, a ceiling with 以内 (2007)
    ("物价总水平基本稳定，居民消费价格总水平涨幅在 3%以内；国际收支不平衡状况得到改善。",
     ("居民消费价格", Measure.INCREASE, D(3))),
])
def test_a_named_change_before_its_copula(lexicon, text, fact):
    assert _facts(PLAN + text, lexicon)[1:] == [fact]


def _attributed(text: str, lexicon) -> list[tuple[str, Measure, D]]:
    doc = read_text(HEAD + REVIEW + text, "t.txt", "t", lexicon)
    named = attribute(doc, [o for s in doc.sentences for o in sentence_observations(doc, s, lexicon)], lexicon)
    return [(o.metric, o.measure, o.quantity.value) for o in named]


@pytest.mark.parametrize("text, fact", [
    # a per-head word between a level verb and the number counts the unit (2014 outcome, 2012 target)
    ("基本医保总体实现全覆盖，城乡居民基本医保财政补助标准增加到人均280元。",
     ("城乡居民基本医保财政补助标准", Measure.LEVEL, D(280))),
    ("城镇居民医保和新农合补助标准提高到每人每年240元。", ("城镇居民医保和新农合补助标准", Measure.LEVEL, D(240))),
    # a bare stage of a degree (基本建成) takes the noun of the figure before (2014 and 2015 outcomes)
    ("新开工保障性安居工程666万套，基本建成544万套，上千万住房困难群众乔迁新居。",
     ("保障性安居工程基本建成", Measure.LEVEL, D(544))),
    # the noun counted ends before a passive predicate (2015 outcome), and names the indicator of the people counted
    ("农村贫困人口减少1232万人；6600多万农村人口饮水安全问题得到解决；", ("解决农村饮水安全人口", Measure.LEVEL, D(6600))),
    ("新建和改造农村公路38万公里，又有80万户农村危房得到改造，", ("农村危房改造", Measure.LEVEL, D(80))),    # 2010
    # 进城落户 names the indicator of 农业转移人口落户城镇 (2018 target; 2017 target and 2016 outcome alike)
    ("今年再进城落户1300万人，加快农业转移人口市民化。", ("农业转移人口落户城镇", Measure.LEVEL, D(1300))),
    # 转为 before a change is no part of the name: the year's figure after the earlier years' (2007 outcome)
    ("2006 年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%；主要污染物排放总量增幅减缓。",
     ("单位生产总值能耗", Measure.DECREASE, D("1.2"))),
])
def test_state_council_outcomes_worded_after_their_number_or_verb(lexicon, text, fact):
    assert fact in _attributed(text, lexicon)


@pytest.mark.parametrize("text", [
    # a passive predicate that is no action leaves a noun that names no indicator (城市居民 counts no residents: 2004)
    "全国2235万城市居民得到最低生活保障。",
    # a generic standard referring back (which one? the sentence before names it: 2009)
    "新标准提高到人均1196元。",
])
def test_a_figure_whose_noun_names_no_indicator_is_none(lexicon, text):
    assert _attributed(text, lexicon) == []
