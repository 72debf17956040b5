"""Counts of the things an action acts on or the things that did it (issue 17, family counts18): the "no" rows of the
blind judges /work/label_judge_8103.tsv and 8104.tsv of this family, one table per cause, with sentences of
../shared/corpus (the file each comes from is named beside it)."""
from __future__ import annotations

import pytest

from kg.extractors.indicators import label_problems
from kg.model import Measure
from labelling import expect_label, observed


# -- a wording never stops inside the word that closes its clause -------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("同时，继续化解过剩产能，钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成。", 15, "个",
     "重点行业淘汰落后产能年度任务如期完成"),                                                        # national_2015
])
def test_a_word_closing_the_clause_is_kept_whole(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a count after a verb of reaching counts the noun after its classifier, of the thing that reached it -----------

_PORTS = ("国际贸易中心能级大幅提升，口岸贸易总额保持世界城市首位，亚太示范电子口岸网络拓展至24个成员口岸，"
          "千亿级大宗商品交易平台达到7家。")                                                            # shanghai_city_2022


@pytest.mark.parametrize("sentence, value, unit, label", [
    (_PORTS, 24, "个", "亚太示范电子口岸网络成员口岸"),
    # no noun after the classifier: the thing reached is counted itself
    (_PORTS, 7, "家", "千亿级大宗商品交易平台"),
    ("开放空间不断拓展，自贸试验区新设企业10.1万家，跨境电商综试区扩容至7个，中欧（亚）班列累计开行1.7万列。", 7, "个",
     "跨境电商综试区"),                                                                              # henan_2026
])
def test_a_count_reached_counts_the_noun_after_it(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a launch verb before a count of things the lexicon names as a stock states the year's flow of them -----------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("成立 5个学前教育集团，新增 17个公办托幼一体园， 实施第二轮公办初中强校工程。", 5, "个",
     "成立学前教育集团"),                                                                  # xuhui_2024_work_report_summary
    ("成立宛南、紫薇等5个学前教育集团,新增17个公办托幼一体园,社区托育“宝宝屋”实现街镇全覆盖。", 5, "个",
     "成立学前教育集团"),                                                           # xuhui_2024_news_five_functional_areas
    ("国务院先后提出银行业监督管理法草案、对外贸易法修订草案等5部法律议案；制定了《企业国有资产监督管理暂行条例》等28部"
     "行政法规。", 28, "部", "制定行政法规"),                                                          # national_2004
])
def test_a_launch_verb_stays_before_things_counted(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


@pytest.mark.parametrize("sentence, value, unit, label", [
    # a name of the scheme holding its own verb keeps its name (xuhui_2024_work_report_summary)
    ("成立 5个学前教育集团，新增 17个公办托幼一体园， 实施第二轮公办初中强校工程。", 17, "个", "新增公办托幼一体园"),
])
def test_a_flow_already_named_is_left(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a predicate with its object closing the clause of the things counted: the count is of those that did it -------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("城镇化率从52.6%提高到58.5%，8000多万农业转移人口成为城镇居民。", 8000, "万", "农业转移人口成为城镇居民"),
                                                                                                    # national_2018
    ("加强重点节能环保工程建设，新增城镇污水日处理能力1100万吨，5000多万千瓦新增燃煤发电机组全部安装脱硫设施。", 5000,
     "万千瓦", "新增燃煤发电机组安装脱硫设施"),                                                        # national_2012
])
def test_the_things_that_did_it_keep_the_predicate(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


@pytest.mark.parametrize("sentence, value, unit, label", [
    # verbs alone: the labs opened are the labs (sichuan_2026, the gold's 天府实验室)
    ("科技创新体系不断完善，10个国家大科学装置、5个国家技术创新中心、28个全国重点实验室在川布局，5个天府实验室揭牌运行。",
     5, "个", "天府实验室"),
    # an outcome reached (完成): the centres' count, the outcome of the gold's pair 社区卫生服务中心竣工投用 (xuhui 2024)
    ("4个社区卫生服务中心完成改造并投入使用，重点人群家庭医生签约覆盖率提升到 80%。", 4, "个", "社区卫生服务中心"),
    # a level reached, worded by another reading (henan_2026)
    ("获批建设国家医学中心（中医类）和12个国家区域医疗中心，90家县级医院达到三级综合医院水平。", 90, "家",
     "达到三级综合医院水平的县级医院"),
    # work only pushed on (sichuan_2025)
    ("统筹20亿元实施6个重大科技专项，54个产业链攻关项目加快推进。", 54, "个", "产业链攻关项目"),
])
def test_predicates_naming_nothing_of_the_things_are_left(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a change verb before a count of holders moves a measure of theirs: the figure counts the holders ---------------

def test_holders_of_a_measure_moved_are_counted(lexicon):
    found = [o for o in observed("降低900多万个体工商户税负。", lexicon)]                              # national_2012
    assert [(o.metric, o.measure) for o in found] == [("降低税负的个体工商户", Measure.LEVEL)]
    assert label_problems("降低税负的个体工商户", lexicon) == []


@pytest.mark.parametrize("sentence, value, unit, label", [
    # no measure of holders after the count: the change stays the things' (national_2003)
    ("从2000年起，在安徽等地开展农村税费改革试点，2002年试点扩大到20个省、自治区、直辖市，试点地区农民负担平均减轻30%。",
     30, "%", "试点地区农民负担"),
])
def test_a_change_of_a_measure_is_left(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- the noun a graded qualifier closed by 的 grades may open with a verb describing the things --------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("聘请200名副高级以上职称的医疗专家到县级公立医院工作，支持47家升级建设的中心卫生院聘任100名副高级以上职称的退休医生"
     "担任首席专家，推动三甲医院选派超500名专家到县级医院开展技术帮扶。", 100, "名", "副高级以上职称退休医生"),   # guangdong_2025
])
def test_a_verb_describing_the_graded_things_is_kept(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)
