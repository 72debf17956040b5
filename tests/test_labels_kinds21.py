"""Kinds and solved problems (issue 17, family kinds21): the "no" rows of this family in the judges
/work/label_judge_9501.tsv and 9502, one table per cause, with sentences of ../shared/corpus (the file each comes from
is named beside it)."""
from __future__ import annotations

import pytest

from labelling import expect_label


# -- the examples before 等 scope the class of people whose problem is solved ----------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("加快落实和完善促进保障性住房建设的政策措施，争取用三年时间，解决750万户城市低收入住房困难家庭和240万户林区、"
     "垦区、煤矿等棚户区居民的住房问题。", 240, "万户", "解决住房问题的林区垦区煤矿等棚户区居民"),      # national_2009
    ("加快落实和完善促进保障性住房建设的政策措施，争取用三年时间，解决750万户城市低收入住房困难家庭和240万户林区、"
     "垦区、煤矿等棚户区居民的住房问题。", 750, "万户", "解决住房问题的城市低收入住房困难家庭"),      # national_2009
])
def test_examples_before_etcetera_scope_the_people(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a count of places whose problem a verb of resolving solves counts the places -----------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("因地制宜采取资源化利用、单独建设设施、纳厂统一处理等方式，“建管养”一体推进农村生活污水治理，新增解决超1000个"
     "自然村生活污水治理问题，实现可持续运营，基本完成全省自然村生活污水新建治理任务。", 1000, "个",
     "解决生活污水治理问题的自然村"),                                                        # guangdong_2025
])
def test_places_whose_problem_is_solved(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- people whose problem is glued after them (no 的) are counted as those whose problem is solved ------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("五年新增节水灌溉面积666.7万公顷、新增沼气用户1650万户、新建改建农村公路130万公里，解决了9748万农村人口饮水困难和"
     "饮水安全问题，建立了重大动物疫病防控体系，防止了高致病性禽流感等疫情蔓延。", 9748, "万",
     "解决农村饮水安全人口"),                          # national_2008: the lexicon name of the series
])
def test_people_with_their_problem_glued_on(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)
