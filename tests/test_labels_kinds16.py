"""Kinds and heads (issue 17, family kinds16): the "no" rows of the dev judges 6010 and 6011
(/work/label_judge_6010.tsv, label_judge_6011.tsv) of this family, one table per cause, with sentences of
../shared/corpus (the file each comes from is named beside it)."""
from __future__ import annotations

import pytest

from labelling import by_figure, expect_label, labels


# -- an indicator with a kind of its own keeps it -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("建成国家区域性畜禽基因库，育成肉鸡新品种占全国约40%、超级稻品种占全国超1/4，农业科技进步贡献率73%。", 73, "%",
     "农业科技进步贡献率"),                                                                      # guangdong_2025
    ("国内有效发明专利拥有量突破100万件，技术交易额超过1万亿元。科技进步贡献率上升到56.2%。", 56.2, "%",
     "科技进步贡献率"),                                                                          # national_2017
])
def test_agricultural_contribution_is_its_own_indicator(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a works verb before a list of kinds sharing one head: one figure of the whole list ----------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("改造2.5万套（间）城市危旧房、2.6万户城中村，新（改）建燃气、供排水管网4000公里。", 4000, "公里",
     "新建改建燃气和供排水管网"),                                                               # sichuan_2026
])
def test_works_verb_before_a_list_of_kinds(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


@pytest.mark.parametrize("sentence, value, unit, label", [
    ("改造排水、供水、供热、燃气管网2000公里以上。", 2000, "公里", "管网改造"),                  # heilongjiang_2025
    ("完成燃气、排水、供水管网改造9436公里。", 9436, "公里", "管网改造"),                        # sichuan_2026
])
def test_a_programme_the_lexicon_names_keeps_its_name(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


@pytest.mark.parametrize("sentence, value, unit, label", [
    ("南中高速、中开高速中山段等建成通车，新增南雄至信丰、龙川至寻乌2条高速公路出省通道。", 2, "条",
     "新增高速公路出省通道"),                                                                   # guangdong_2025
    ("举办“村BA”、村跑等全民健身赛事活动1万场。", 1, "万场", "全民健身赛事活动"),               # zhejiang_2026
])
def test_named_things_and_examples_are_no_list_of_kinds(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a place and an activity after counted people define them --------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("初步解决进城务工人员随迁子女在城市接受义务教育问题，现有1260万农村户籍孩子在城市接受义务教育。", 1260, "万",
     "城市接受义务教育的农村户籍孩子"),                                                          # national_2013
    ("科技创新体系不断完善，10个国家大科学装置、5个国家技术创新中心、28个全国重点实验室在川布局。", 28, "个",
     "全国重点实验室"),                                                                          # sichuan_2026: 川, a list
])
def test_place_and_activity_define_the_counted(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- an item with a verb of reach of its own reaches people for the programme the clause before states ---------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("降低存量房贷利率，每年可减少房贷利息支出约130亿元、惠及310万户家庭。", 310, "万户",
     "降低存量房贷利率惠及家庭"),                                                                # zhejiang_2025
    ("汽车以旧换新超40万辆、家电超450万台。", 450, "万台", "家电以旧换新"),                       # the list shares its verb
])
def test_item_with_its_own_verb_of_reach(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)
