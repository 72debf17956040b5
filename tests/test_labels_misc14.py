"""Glued or cut labels and kinds (issue 17, family misc14): the "no" rows of the dev judges 6006 and 6007
(/work/label_judge_6006.tsv, label_judge_6007.tsv) of this family, one table per cause, with sentences of
../shared/corpus (the file each comes from is named beside it), and the guards the whole-corpus diff asked for
(tests/data/label_changes_misc14.tsv)."""
from __future__ import annotations

import pytest

from labelling import by_figure, expect_label, labels


# -- a noise word that opens a dictionary word is part of the name ----------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("将农村部分计划生育家庭奖励扶助标准由人均600元提高到720元。", 720, "元",
     "农村部分计划生育家庭奖励扶助标准"),                                                     # national_2009
    ("将农村部分计划生育家庭奖励扶助标准由人均600元提高到720元。", 600, "元",
     "农村部分计划生育家庭奖励扶助标准"),                                                     # national_2009
])
def test_noise_inside_a_word_stays(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


def test_noise_closing_a_word_goes(lexicon):
    """计划 closing 年度计划 is the plan's cue: the investment planned keeps its owner, not 年度计划投资."""
    found = labels("今年安排省重点建设项目1500个、年度计划投资1万亿元。", lexicon, by_figure)   # guangdong_2025
    assert found.get((1, "万亿元")) == "省重点建设项目年度投资", found


# -- people counted by their noun --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    # what the people do after their noun is no part of the count; the verb acting on them names the flow
    ("升级建设12355青少年服务台，动员全省超8000名志愿者线上线下接力，每天24小时提供免费心理疏导、心理咨询等服务。",
     8000, "名", "动员志愿者"),                                                               # guangdong_2026
    ("“百万英才汇南粤”行动吸纳超110万名高校毕业生在粤就业创业。", 110, "万名", "吸纳高校毕业生"),  # guangdong_2026
    ("妥善安置1.6万山洪泥石流灾害受灾群众。", 1.6, "万", "安置山洪泥石流灾害受灾群众"),          # sichuan_2026
    # the services they get after their noun are no part of it either
    ("全省30万以上参保孕产妇产前检查、住院分娩等政策范围内生育费用“零自付”。", 30, "万", "参保孕产妇"),  # zhejiang_2026
])
def test_people_counted_by_their_noun(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


def test_what_a_verb_before_the_people_acts_on_stays(lexicon):
    """提高1200万中小学教师待遇: the verb before the number acts on 待遇, so the people's noun is not cut from it."""
    found = labels("对义务教育阶段教师实行绩效工资制度，提高1200万中小学教师待遇。", lexicon, by_figure)  # national_2009
    assert found.get((1200, "万")) == "中小学教师待遇", found


# -- the things a long wording's closing verb acts on ------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("五年国务院共向全国人大常委会提交39件法律议案，制定、修订137件行政法规。", 39, "件", "提交法律议案"),  # national_2008
    ("五年间，在重大国际比赛中共获得485个世界冠军，创造世界纪录193次。", 485, "个", "获得世界冠军"),      # national_2003
    # 县中 (县域普通高中) closes a name though the tagger reads its 中 as a direction
    ("推动珠三角优质教育资源组团融入式托管15所新型城镇化试点县县中。", 15, "所", "托管新型城镇化试点县县中"),  # guangdong_2025
])
def test_objects_of_a_closing_verb(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


def test_a_list_shared_verb_keeps_the_label(lexicon):
    """支持5000所中心乡镇卫生院、2000所县级医院…建设: the verb after the list, not 支持, is the things'."""
    found = labels("今后三年内中央财政再支持5000所中心乡镇卫生院、2000所县级医院和2400所城市社区卫生服务中心建设。",
                   lexicon, by_figure)                                                          # national_2009
    assert found.get((5000, "所")) != "支持中心乡镇卫生院", found


# -- a payment per head is its standard ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("基本公共卫生服务经费财政补助从人均40元提高到45元，促进医疗资源向基层和农村流动。", 40, "元",
     "人均基本公共卫生服务经费财政补助标准"),                                                 # national_2016
    ("基本公共卫生服务经费财政补助从人均40元提高到45元，促进医疗资源向基层和农村流动。", 45, "元",
     "人均基本公共卫生服务经费财政补助标准"),                                                 # national_2016
    ("城乡居民医保财政补助由每人每年420元提高到450元，同步提高个人缴费标准。", 450, "元",
     "人均城乡居民医保财政补助标准"),                                                         # national_2017
])
def test_payment_per_head_is_a_standard(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


def test_standard_named_keeps_its_words(lexicon):
    """A wording that names its standard already is left as it is (城乡居民基本医保财政补助标准)."""
    found = labels("城乡居民基本医保财政补助标准增加到人均280元。", lexicon, by_figure)           # national_2012
    assert found.get((280, "元")) == "城乡居民基本医保财政补助标准", found


def test_the_object_of_a_preposition_closes_no_label(lexicon):
    """232所优质高中对县中的结对帮扶: 对县中 with no verb after it is cut from its verb, no name (the figure stays
    dropped as on main rather than labelled 优质高中对县中)."""
    found = labels("持续开展232所优质高中对县中的结对帮扶，提升县域教育教学水平。", lexicon, by_figure)    # guangdong_2026
    assert found.get((232, "所")) != "优质高中对县中", found
