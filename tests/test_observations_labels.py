"""Indicator names of figures whose clause words them only in part (issue 17), one table per rule, with
sentences of the shared corpus."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.extractors import run
from kg.extractors.indicator_names import identity
from kg.extractors.observations import sentence_observations
from kg.read.documents import read_text

HEAD = "——2024年1月10日在上海市徐汇区第十七届人民代表大会第五次会议上\n上海市徐汇区区长 钟晓咏\n"


def _names(body: str, lexicon) -> list[str]:
    doc = read_text(HEAD + body, "t.txt", "t", lexicon)
    return [o.metric for s in doc.sentences for o in sentence_observations(doc, s, lexicon)]


@pytest.mark.parametrize("text, name", [
    # a clause that opens with 累计 states a stock: the flow's action of the clause before is not its own
    ("新增跨国公司地区总部15家，累计外资总部及研发中心145家，位居中心城区第一。", "外资总部及研发中心"),  # Xuhui 2023
    ("新增公园162座，累计达到832座。", "公园数量"),            # Shanghai 2024: the scheme's name of 公园 (exact alias)
    ("新增上市公司442家，累计筹资7436亿元。", "筹资"),                                                    # Shanghai
    ("新增全国重点实验室18家、累计38家。", "全国重点实验室"),                                             # Zhejiang 2026
])
def test_a_stock_after_a_flow_has_no_action(lexicon, text, name):
    assert _names(text, lexicon)[-1] == name



@pytest.mark.parametrize("text, names", [
    # a flow's action stated again in a later clause is not the action of the clauses between (Xuhui 2023)
    ("新增廉租房租金配租家庭210户，廉租租金补贴1817户，新增供应公租房4031套。",
     ["新增廉租房租金配租家庭", "廉租租金补贴", "新增公租房供应"]),
    # not restated, it carries on (Zhejiang 2025: the middle clause has its own verb)
    ("新增“两院”院士7名，新入选国家培养计划科技领军人才409名，新增国家级青年人才475名。",
     ["新增两院院士", "新入选国家培养科技领军人才", "新增国家级青年人才"]),
])
def test_an_action_stated_again_is_not_carried_over(lexicon, text, names):
    assert _names(text, lexicon) == names


@pytest.mark.parametrize("first, last", [
    ("开工片区综合改造治理", "片区综合改造治理开工"),      # Xuhui 2023: 加快…片区综合改造治理，全年开工300万平方米
    ("完工片区综合改造治理", "片区综合改造治理完工"),      # Xuhui 2023: …、完工100万平方米
    ("开工市区两级重大工程", "市区两级重大工程开工"),      # Xuhui 2025: 完成…重大工程建设目标，全年开工235万平方米
    ("竣工市区两级重大工程", "市区两级重大工程竣工"),      # Xuhui 2025
])
def test_a_stage_worded_first_is_the_stage_of_its_works(lexicon, first, last):
    assert identity(first, lexicon) == identity(last, lexicon)
    assert identity(first, lexicon).endswith(last[-2:])


def test_a_stage_of_a_stage_stays(lexicon):
    # a wording that opens and closes with stages glues two facts: no reordering makes it one
    assert identity("完工电梯新签约", lexicon) == "完工电梯新签约"
    # works that open with their own verb keep it when the stage moves after them (Zhejiang 2026: 更新 opens names)
    assert identity("开工更新住宅老旧电梯", lexicon) == "更新住宅老旧电梯开工"


@pytest.mark.parametrize("text, names", [
    # district works indicators of the scheme (kg/lexicon/metrics.toml), however a year's report words them
    ("完成62大项132项市区两级重大工程建设目标，全年开工235万平方米、竣工230万平方米。",          # Xuhui 2025
     ["重大工程开工", "重大工程竣工"]),
    ("11个市考断面水质全部达到优III水质标准，完成河道贯通4.6公里。",                              # Xuhui 2024
     ["达到优Ⅲ类水质的市考断面"]),
])
def test_district_works_indicators_of_the_scheme(lexicon, text, names):
    found = [identity(n, lexicon) for n in _names(text, lexicon)]
    assert [n for n in found if n in names] == names, found


@pytest.mark.parametrize("text, name", [
    # a generic noun opened by 其中 names a part of the figure before it
    ("经营主体净增98万户、突破1900万户，其中企业超830万户，总量均居全国第一。", "企业数量"),     # Guangdong 2025
    # the part of a flow (新登记) is that flow of the part (Jiangsu 2026)
    ("总量达1461.4万户，新登记147万户、其中企业57.3万家。", "新登记企业"),
])
def test_a_part_of_the_figure_before(lexicon, text, name):
    doc = read_text(HEAD + text, "t.txt", "t", lexicon)
    assert name in [o.metric for o in run(doc, lexicon).observations]


def test_the_growth_of_a_part_is_the_parts(lexicon):
    """Zhejiang 2026: the growth listed after the part's figure is the part's (企业 alone is no indicator's name)."""
    doc = read_text(HEAD + "全省经营主体达1163.7万户、增长6.3%，其中企业410.1万户、增长7.7%。", "t.txt", "t", lexicon)
    named = {(o.metric, o.quantity.value) for o in run(doc, lexicon).observations}
    assert {("企业数量", D("410.1")), ("企业数量", D("7.7")), ("经营主体", D("6.3"))} <= named


@pytest.mark.parametrize("text, name", [
    # two verbs of one action keep both: the figure counts seats built or renovated (xuhui 2024)
    ("新建改造400余处休憩公共座椅。", "新建改造休憩公共座椅"),
    ("新改建农村公路5000公里。", "新改建农村公路"),                                # henan 2026
])
def test_a_compound_action_is_one_action(lexicon, text, name):
    assert _names(text, lexicon) == [name]
