"""Heads and kinds of things counted or measured (issue 17, family heads19): the "no" rows of this family in the blind
judges /work/label_judge_9301.tsv and 9302, one table per cause, with sentences of ../shared/corpus (the file each
comes from is named beside it)."""
from __future__ import annotations

import pytest

from labelling import by_figure, expect_label, labels


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


# -- a count closing an item of a list of rankings (500强) names a ranking, no figure ---------------------------------

@pytest.mark.parametrize("sentence, value, unit", [
    ("大力促进民营经济高质量发展，全面落实民营经济32条政策，2024中国民营企业500强和民营企业制造业500强、服务业100强、"
     "研发投入500家、发明专利500家等五张榜单浙江上榜数均居全国第一，首次实现大满贯。", 500, "家"),    # zhejiang_2025
])
def test_a_count_among_rankings_names_one(sentence, value, unit, lexicon):
    assert (value, unit) not in labels(sentence, lexicon, by_figure)


@pytest.mark.parametrize("sentence, value, unit, label", [
    ("上榜世界500强企业增至18家。", 18, "家", "上榜世界500强企业"),                          # guangdong_2026
    ("入选中国民营企业500强12家、服务业100强30家。", 30, "家", "服务业100强"),      # constructed: firms ranked, counted
])
def test_a_count_of_ranked_firms_stays_a_figure(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- things counted that passed a review are the things that passed it; a means (通过多种渠道) names nothing ------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("我们强化与港澳规则衔接、机制对接，新发布“湾区标准”54项，首批207名港澳工程专业人才通过大湾区职称评价，在粤执业港澳"
     "专业人士超5500名。", 207, "名", "通过大湾区职称评价的港澳工程专业人才"),                     # guangdong_2025
    ("率先发布全市首个区级人工智能大模型专项政策,区内有6家企业机构通过国家网信办第一、二批次大模型备案,占全市3/4。",
     6, "家", "通过国家网信办大模型备案的企业机构"),                   # xuhui_2024_news_five_functional_areas
])
def test_things_that_passed_a_review_are_counted_so(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


def test_a_means_opened_by_the_verb_of_passing_is_no_label(lexicon):
    sentence = ("1998年以来，国有企业下岗职工达2700多万人，90%以上进入再就业服务中心，先后有1800多万人通过多种渠道和方式"
                "实现了再就业。")                                                                          # national_2003
    assert not any(label.startswith("通过") for label in labels(sentence, lexicon, by_figure).values())
