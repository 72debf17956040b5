"""Numbers taken from names, and heads or kinds a label loses (issue 17): the rows of the blind judges 3141 and 2718
(tests/data/label_judge_3141.tsv, label_judge_2718.tsv) of the family heads13, one table per cause, with sentences of
../shared/corpus (the file each comes from is named beside it), and the guards the whole-corpus diff asked for
(tests/data/label_changes_heads13.tsv)."""
from __future__ import annotations

import pytest

from labelling import by_figure, expect_label, labels


# -- numbers that size or bound a set are no figures -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit", [
    # a count in Chinese numerals right after a closing quotation counts the slogan's parts
    ("突出抓好“开工新建一批、竣工投产一批、谋划储备一批”三个一批“百大项目”，健全省市县三级重点产业项目、工业项目、"
     "招商引资项目“三单合一”机制。", 3, "个"),                                                  # heilongjiang_2025
    # a count whose noun runs on, through a verb, into another count drawn from the set sizes the set
    ("推动出台促进产业有序转移条例，15个主平台新承接产业转移项目约700个、总投资约3000亿元。", 15, "个"),  # guangdong_2025
    # a size after an at-least hedge right before a class of units is the class's threshold
    ("培育一批全国县域经济百强县、经济总量千亿县、财政收入百亿县、城区人口超50万县。", 50, "万"),      # henan_2025
])
def test_sizes_of_sets_are_no_figures(sentence, value, unit, lexicon):
    assert (value, unit) not in labels(sentence, lexicon, by_figure)


@pytest.mark.parametrize("sentence, value, unit, label", [
    # the count drawn from the set keeps its figure and label
    ("推动出台促进产业有序转移条例，15个主平台新承接产业转移项目约700个、总投资约3000亿元。", 700, "个",
     "主平台新承接产业转移项目"),                                                             # guangdong_2025
    # a second count before its noun is the set selected into: the first count is the figure
    ("6处空间入选全市 50 处“家门口的好去处”。", 6, "处", "家门口的好去处空间"),                   # xuhui_2024 (seeds)
    # a size after an at-least hedge before a noun of no class of units (大关) is a figure
    ("全市生产总值突破4万亿元大关，达到4.32万亿元，增长8.1%。", 4, "万亿元", "地区生产总值"),    # shanghai_city_2022
])
def test_figures_beside_sets_stay(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a count of a class named by examples before 等 ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("安排预算内资金，支持重点节能工程、循环经济等项目2983个；实施节能产品惠民工程，推广节能空调500多万台。", 2983, "个",
     "支持重点节能工程循环经济等项目"),                                                         # national_2010
    ("开工改造老旧小区、城中村、农村危房、灾后农房36.9万户，新建改造供水、燃气、排水等管网4216公里。", 4216, "公里",
     "新建改建供水燃气排水等管网"),                                                             # heilongjiang_2025
    ("制定并实施钢铁、煤炭、水泥等11个行业结构调整的政策措施，部分产能过剩行业投资增幅明显回落。", 11, "个",
     "制定并实施结构调整政策措施的行业"),                                                       # national_2007
    # guards: a relative clause before 的, a verb that is not the clause's first, keep the label they had
    ("发布市政府关于加强浦东新区高水平改革开放法治保障的决定，配合市人大出台张江生物医药产业创新等6部专门为浦东新区"
     "制定的法规。", 6, "部", "专门为浦东新区制定的法规"),                                     # shanghai_city_2022
])
def test_examples_before_etcetera_name_the_class(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- people counted after a verb of resolving keep their head ------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("解决了500多万名集体企业退休人员养老保障的历史遗留问题。", 500, "万名",
     "解决养老保障历史遗留问题的集体企业退休人员"),                                             # national_2012
])
def test_people_solved_for_keep_their_head(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a figure after a total word totals the list before it --------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("新增“固定班次+预约响应”山区城乡公交线路、城际巴士线路、客货邮融合线路共220条。", 220, "条",
     "新增山区城乡公交城际巴士客货邮融合线路"),                                                 # zhejiang_2026
])
def test_totals_name_the_list(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a service counted for an audience opened by 为 --------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("为全省在岗养老护理员、养老机构新入职人员、有意愿从事养老护理工作的社会人员开展职业技能培训超5万人次，新增持证"
     "养老护理员超1500人。", 5, "万人次", "养老护理员等职业技能培训"),                          # guangdong_2026
    ("组织移动体检车开赴工业园区、厂矿企业、快递外卖的物流站场等，为农民工和新就业形态人员开展免费体检超7万人次。", 7,
     "万人次", "农民工和新就业形态人员免费体检"),                                              # guangdong_2025
    # the figure after the audience's list is its own
    ("为全省在岗养老护理员、养老机构新入职人员、有意愿从事养老护理工作的社会人员开展职业技能培训超5万人次，新增持证"
     "养老护理员超1500人。", 1500, "人", "新增持证养老护理员"),                                # guangdong_2026
    # a share between the audience and the verb is the share of the audience served
    ("为持有居住证的农民工随迁子女100%提供义务教育公办学位。", 100, "%",
     "持有居住证的农民工随迁子女义务教育公办学位比例"),                                         # zhejiang_2025
])
def test_services_keep_their_audience(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)
