"""Kinds and heads (issue 17, family kinds15): the "no" rows of the dev judges 6008 and 6009
(/work/label_judge_6008.tsv, label_judge_6009.tsv) of this family, one table per cause, with sentences of
../shared/corpus (the file each comes from is named beside it), and the guards the whole-corpus diff asked for
(tests/data/label_changes_kinds15.tsv)."""
from __future__ import annotations

import pytest

from kg.model import Measure
from labelling import by_figure, expect_label, labels, observed


# -- a share of coverage is a share of the units named after it -------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("基本药物制度覆盖80%以上村卫生室。", 80, "%", "基本药物制度村卫生室覆盖率"),                  # national_2014
    ("新型农村社会养老保险试点覆盖24%的县。", 24, "%", "新型农村社会养老保险试点覆盖率"),       # national_2011: 县, one character
])
def test_coverage_share_names_its_units(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a number right after a count of a slogan's parts is part of the name ----------------------------------------------

def test_number_inside_a_counted_name_is_no_figure(lexicon):
    found = labels("要坚持以人为核心，以解决三个1亿人问题为着力点，发挥好城镇化对现代化的支撑作用。", lexicon, by_figure)
    assert found == {}, found                                                                     # national_2015


def test_one_is_an_article(lexicon):
    """一个近13亿人口的国家 states the population (the exhaustive gold keeps 13亿多人口的大国)."""
    found = labels("在我们这样一个近13亿人口的国家，人民生活总体上达到小康水平。", lexicon, by_figure)   # national_2003
    assert (13, "亿") in found, found


# -- things counted before a verb of attaining are named by what they attain -------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("获批建设国家医学中心（中医类）和12个国家区域医疗中心，90家县级医院达到三级综合医院水平。", 90, "家",
     "达到三级综合医院水平的县级医院"),                                                            # henan_2026
    ("28个二级指标及数字政府建设达到国内先进水平。", 28, "个", "二级指标"),                     # henan_2026: a list, kept
])
def test_attaining_things(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a figure in percentage points after a verb of effect sizes the effect ---------------------------------------------

def test_effect_on_a_change_is_a_level(lexicon):
    sentence = "在大规模减税降费总额超过2022亿元、影响地方收入增幅11个百分点的情况下，地方一般公共预算收入增长0.8%。"
    found = {o.quantity.value: o for o in observed(sentence, lexicon)}                           # shanghai_city_2020
    assert found[11].metric == "减税降费影响地方收入增幅", found[11]
    assert found[11].measure is Measure.LEVEL
    assert found[2022].metric == "减税降费"


# -- a bare class after quoted examples and 等 is named by the first example --------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("全力促进消费回暖，启动新消费品牌培育行动，开展“浙里来消费”“浙夜好生活”等系列活动2000余场，新增“中华老字号”35家。",
     2000, "场", "浙里来消费等系列活动"),                                                          # zhejiang_2025
    ("举办“村跑”“村运”“村BA”等全民健身体育赛事活动1万场。", 1, "万场", "举办全民健身体育赛事活动"),   # sichuan_2026: a kind of its own
])
def test_bare_class_named_by_example(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)
