"""A list item keeps its own words and its list's owner, round 20 (issue 17; the blind judges' "wrong indicator" and
"glued" rows 市政协提案 1081 and 出台自贸试验区制度型开放试点措施基本落地 in /work/label_judge_9401.tsv).

The rules a statistician reads: in OWNER KIND1 n件、KIND2 m件 the owner opened once owns every kind counted in the
same measure word (市人大代表议案38件、建议1081件: the 1081 are the deputies' 建议), and the words after a joiner
following a count belong to the next figure's item, never to that count (建议1081件和市政协提案941件); a set a clause
closing with 的 defines, said to have *basically* reached a stage (基本落地), is counted as a set: neither that
stage nor the sentence's verb names it, its defining clause does (国家出台的…措施). Each row is a
sentence of ../shared/corpus (its file named beside it) and the labels (value -> metric) its figures must get; every
row of the first tables failed on main 29f0587. The last table guards the rules' bounds."""
from __future__ import annotations

import pytest

from kg.extractors.wording import post_noun
from labelling import expect_labels


# -- an owner opened once owns each kind of a list of counts -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("提请市人大及其常委会审议地方性法规17件，办理市人大代表议案38件、建议1081件和市政协提案941件，"
     "及时向市人大常委会报告、向市政协通报重大事项。",                                         # shanghai_city_2021
     {"38": "办理市人大代表议案", "1081": "办理市人大代表建议", "941": "市政协提案"}),
    ("办理市人大代表议案38件和建议1081件。",                   # no corpus sentence: the item after a joiner alike
     {"38": "办理市人大代表议案", "1081": "办理市人大代表建议"}),
])
def test_an_owner_opened_once_owns_each_kind(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- the words after a joiner following a count are the next figure's -------------------------------------------------

@pytest.mark.parametrize("after", [
    "和市政协提案941件,及时向市人大常委会报告",                                                      # shanghai_city_2021
    "及重点项目12个",
])
def test_a_joined_next_item_is_no_counted_noun(lexicon, after) -> None:
    assert post_noun(after, lexicon) == ""


# -- a set defined by a clause closing with 的 and said to have basically reached a stage is counted as a set ----------

@pytest.mark.parametrize("text, expected", [
    ("总结上海自贸试验区十年建设经验，大力落实自贸试验区提升战略，全面对接国际高标准经贸规则总体方案“80条”出台，"
     "浦东综合改革试点方案及首批授权事项清单获批实施，国家出台的33条自贸试验区制度型开放试点措施基本落地。",   # shanghai_city_2024
     {"33": "国家出台的自贸试验区制度型开放试点措施"}),
])
def test_a_basically_staged_set_is_counted_as_a_set(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- bounds: a measure of the item before, an owner of its own, a stage shared, a noun counted after ------------------

@pytest.mark.parametrize("text, expected", [
    ("携手港澳在海外联合推介招商，第三届大湾区全球招商大会达成投资项目1933个、总金额2.26万亿元。",       # guangdong_2025
     {"2.26": "第三届大湾区全球招商大会达成投资项目总金额"}),
    ("办理人大代表建议1253件、政协提案1112件。", {"1112": "政协提案"}),                            # another owner
    ("新增社区综合为老服务中心52家、助餐场所212个。", {"212": "新增助餐场所"}),                     # shanghai_city
    ("五个新城建设稳步推进，导入第二批30项重大功能性事项，新开工117个重大项目、总投资1935.7亿元，"
     "规划建设的5家市级综合性医院全部开工。", {"5": "五个新城市级综合性医院开工"}),   # shanghai_city_2023: each started
])
def test_bounds(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


def test_a_noun_counted_after_stays(lexicon) -> None:
    assert post_noun("个重点项目和3个园区", lexicon) != ""
