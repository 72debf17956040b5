"""Heads and kinds of things counted or measured (issue 17, family heads19): the "no" rows of this family in the blind
judges /work/label_judge_9301.tsv and 9302, one table per cause, with sentences of ../shared/corpus (the file each
comes from is named beside it)."""
from __future__ import annotations

import pytest

from labelling import expect_label


# -- a sum of money after a verb of a deal is the amount signed, not the things signed --------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("成功举办动力电池、聚变能、科技博览等重大国际会议会展活动，务实办好西博会、项目签约3543亿元，30批次副国级以上外国政要"
     "来川访问。", 3543, "亿元", "项目签约金额"),                                               # sichuan_2026
])
def test_a_sum_after_a_deal_verb_is_the_amount_signed(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a reform widened to a count of places counts the places it reaches, as a widened pilot does -----------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("农村信用社改革扩大到29个省（自治区、直辖市）。", 29, "个", "农村信用社改革覆盖省"),        # national_2005
    ("做实基本养老保险个人账户试点扩大到11个省份。", 11, "个", "做实基本养老保险个人账户试点省份"),  # national_2008
])
def test_a_widened_reform_counts_the_places_it_reaches(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)
