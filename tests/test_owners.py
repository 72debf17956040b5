"""Figures worded without their owner (issue 17: a metric label is an indicator name, never a bare
generic noun): 完成投资, 年度投资 after a count of projects are those projects' investment (metrics.toml
``counted_totals``); the partner 对 opening a list of exports is every item's; a sentence opened by a development
zone states the zone's figures (kg.extractors.owners). Sentences of the provinces' and Shanghai's reports."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.extractors import run
from kg.read.documents import read_text
from tests.test_prices_and_horizons import _attributed


@pytest.mark.parametrize("text, named", [
    ("深入推进“双百”工程，实施省重点项目1000个，完成投资1万亿元。",                      # henan_2025
     [("省重点项目", D(1000)), ("省重点项目完成投资", D(1))]),
    ("安排重大项目1000个以上，完成年度投资1万亿元以上。",                                 # zhejiang_2025
     [("安排重大项目", D(1000)), ("重大项目完成年度投资", D(1))]),
    ("今年安排省重点建设项目1500个、年度计划投资1万亿元。",                               # guangdong_2025
     [("安排省重点建设项目", D(1500)), ("省重点建设项目年度投资", D(1))]),
    # with no count before it, the investment names nothing and is left out
    ("全年完成投资1.2万亿元。", []),
])
def test_investment_after_a_count_of_projects_is_theirs(lexicon, text, named):
    assert [(o.metric, o.quantity.value) for o in _attributed(text, lexicon)] == named


@pytest.mark.parametrize("text, named", [
    # the trading partner's 对 opening a 分别 list is every item's (guangdong_2025, heilongjiang_2026)
    ("带动2.55万家企业开拓国际市场，对东盟、中东出口分别增长9.9%、10.5%。",
     [("对东盟出口", D("9.9")), ("对中东出口", D("10.5"))]),
    ("对共建“一带一路”国家、非洲、欧洲出口分别增长11.6%、28.4%、10.5%。",
     [("对共建一带一路国家出口", D("11.6")), ("对非洲出口", D("28.4")), ("对欧洲出口", D("10.5"))]),
    # a list whose first item has no partner is left alone
    ("高新技术产品、地产品出口分别增长24.3%、24.7%。", [("高新技术产品出口", D("24.3")), ("地产品出口", D("24.7"))]),
])
def test_a_trading_partner_is_every_items(lexicon, text, named):
    assert [(o.metric, o.quantity.value) for o in _attributed(text, lexicon)][-len(named):] == named


SHANGHAI_2024 = ("上海市人民政府工作报告\n——2024年1月23日在上海市第十六届人民代表大会第二次会议上\n"
                 "一、2023年工作回顾\n")


@pytest.mark.parametrize("text, named", [
    # a sentence that opens with a zone states the zone's figures (shanghai_city_2024, 2022)
    ("临港新片区新一轮市级支持政策出台，洋山特殊综合保税区三期扩区获批，落地重大产业项目超过100个、投资总额超过1000亿元，"
     "规模以上工业总产值、全社会固定资产投资总额分别增长22.5%和10.3%。",
     [("临港新片区落地重大产业项目", D(100)), ("临港新片区落地重大产业项目投资总额", D(1000)),
      ("临港新片区规模以上工业总产值", D("22.5")), ("临港新片区固定资产投资总额", D("10.3"))]),
    ("长三角生态绿色一体化发展示范区累计形成78项制度创新成果，水乡客厅等重大项目开工建设。",
     [("长三角生态绿色一体化发展示范区制度创新成果", D(78))]),
    # a zone named later in the sentence owns nothing, nor after the sentence turns to the whole city
    ("全市规模以上工业总产值增长5%，洋山特殊综合保税区三期扩区获批。", [("规模以上工业总产值", D(5))]),
    ("临港新片区加快建设，全市规模以上工业总产值增长5%。", [("规模以上工业总产值", D(5))]),
])
def test_a_sentence_opened_by_a_zone_states_its_figures(lexicon, text, named):
    doc = read_text(SHANGHAI_2024 + text + "\n", "shanghai_city_2024.txt", "shanghai_city_2024", lexicon)
    assert [(o.metric, o.quantity.value) for o in run(doc, lexicon).observations] == named


@pytest.mark.parametrize("text, named", [
    # a registration alone after the stock of a noun registers that noun anew; the stock after the flow is the
    # noun's stock (jiangsu_2026, guangdong_2026)
    ("经营主体稳中培优。总量达1461.4万户，新登记147万户、其中企业57.3万家。",
     [("经营主体", D("1461.4")), ("新登记经营主体", D(147)), ("新登记企业", D("57.3"))]),
    ("新登记经营主体320万户、增长13%，总量达2037.7万户，其中企业929.8万户。",
     [("新登记经营主体", D(320)), ("新登记经营主体", D(13)), ("经营主体", D("2037.7")), ("企业数量", D("929.8"))]),
])
def test_a_registration_is_of_the_noun_before(lexicon, text, named):
    assert [(o.metric, o.quantity.value) for o in _attributed(text, lexicon)] == named


@pytest.mark.parametrize("text, named", [
    # an item of a 分别 list is named already: no subject from the figure before glued on (sichuan_2026)
    ("全省地方国企资产总额增长116.2%、达到23.2万亿元，营业总收入、利润总额五年分别增长97.3%、27.7%。",
     [("地方国企资产总额", D("116.2")), ("地方国企资产总额", D("23.2")), ("营业总收入", D("97.3")), ("利润总额", D("27.7"))]),
    # the head 参保人数 is every item's, and so is the first item's 城镇职工 before its parallel words (State Council
    # 2009; tests/data/label_judge_1129.tsv)
    # qualifiers joined before a run of as many values name one indicator each, and a 分别 run after it that names
    # nothing changes those (State Council 2013)
    ("2012年底，城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米。",
     [("城镇人均住房面积", D("32.9")), ("农村人均住房面积", D("37.1")), ("城镇人均住房面积", D("2.8")),
      ("农村人均住房面积", D("5.5"))]),
    ("城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和2028万。",
     [("城镇职工基本养老保险参保人数", D(1753)), ("城镇职工基本医疗保险参保人数", D(2028))]),
])
def test_a_listed_item_keeps_its_own_name(lexicon, text, named):
    assert [(o.metric, o.quantity.value) for o in _attributed(text, lexicon)] == named
