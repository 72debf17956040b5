"""Kinds and list qualifiers (issue 17, family kinds18): the "no" rows of this family in the dev judges
/work/label_judge_8101.tsv, 6010 and 6011, one table per cause, with sentences of ../shared/corpus (the file each
comes from is named beside it)."""
from __future__ import annotations

import pytest

from labelling import expect_label


# -- one figure counts every kind of the list written after it ------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("中央财政安排专项资金支持533个县级图书馆、文化馆和4万个村广播电视设施建设。", 533, "个",
     "中央财政专项资金支持县级图书馆和文化馆建设"),       # national_2005 (the funds' body kept: aid21, judge 9501)
    ("中央财政安排专项资金支持533个县级图书馆、文化馆和4万个村广播电视设施建设。", 4, "万个",
     "中央财政专项资金支持村广播电视设施建设"),           # national_2005
    ("完善“揭榜挂帅”机制，在先进材料、高端装备、新一代信息技术等关键领域实施100项省级重大科技专项、重点研发专项。",
     100, "项", "省级重大科技专项和重点研发专项"),                                              # henan_2026
])
def test_one_figure_counts_each_listed_kind(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


@pytest.mark.parametrize("sentence, value, unit, label", [
    ("新建200个智能车间、智能工厂，数字经济规模2.5万亿元。", 200, "个", "新增智能车间和智能工厂"),  # henan_2026
    ("出台稳外贸系列政策措施，创新办好第135届、第136届广交会，共吸引约50万名境外采购商、创历史新高，组织各地同步开展"
     "采供对接活动1061场。", 50, "万名", "广交会吸引境外采购商"),                              # guangdong_2025
])
def test_a_clause_after_the_list_mark_is_no_kind(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- an award keeps the government that gives it --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("引进浦芯未来互联网技术研究院、上海科学智能研究院等新型研发机构,区内单位共80项(人)获2022年度上海市科学技术奖,"
     "占全市1/4以上。", 80, "项", "上海市科学技术奖获奖"),              # xuhui_2024_news_five_functional_areas
    ("区域内单位共 61 项（人）获 2023 年度上海市科学技术奖，占全市 1/4 以上。", 61, "项",
     "上海市科学技术奖获奖"),                                          # xuhui_2025_work_report_summary
])
def test_an_award_keeps_its_giver(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- places listed before a wording in a clause opened by 在 scope it; a part so scoped acts on the whole's thing ----

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("开展药品监督抽检超1.5万批次，其中在药店零售和医疗机构使用环节抽检超9000批次，在农村地区、城乡接合部零售使用环节"
     "抽检超1500批次，省内生产的国家集采中选药品抽检覆盖率达到100%。", 1500, "批次",
     "农村地区和城乡接合部零售使用环节药品抽检"),               # guangdong_2026: 药品 of the whole before 其中
    ("在老旧小区、医院周边新建4000个公共停车泊位，新增1万个公共充电桩。", 4000, "个",
     "新增公共停车泊位"),                                    # shanghai_city_2021: the wording is not the last place's
])
def test_places_listed_before_the_wording_scope_it(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- the thing whose measure is the subject of the item before a coverage covers ------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("加强重大基础设施建设，高铁营业里程达到3万公里、覆盖80%以上的大城市，新建改建高速公路通车里程约3万公里，"
     "实现城乡宽带网络全覆盖。", 80, "%", "高铁大城市覆盖率"),                                    # national_2016
    ("推进 58条“美丽街区”景观道路建设，累计覆盖全区 80%主次干道，并向背街小巷延伸。", 80, "%",
     "美丽街区主次干道覆盖率"),                                      # xuhui_2025_work_report_summary: a count covers
])
def test_the_subject_of_the_item_before_covers(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- an economy named by a kind of activity opening the sentence scopes the activities it measures -----------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("低空经济产业链集聚更多关键企业，起降设施增至3592个，飞行规模达2061万架次。", 2061, "万架次",
     "低空飞行规模"),                                                                            # guangdong_2026
    ("数字经济蓬勃发展,软件和信息服务业营业收入增长12%以上,新一代信息技术产值增长6.2%。", 12, "%",
     "软件和信息服务业营业收入"),                                  # shanghai_city_2021: a thing of its own
])
def test_an_economy_opening_the_sentence_scopes_its_activities(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)
