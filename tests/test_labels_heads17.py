"""Heads and kinds (issue 17, family heads17): the "no" rows of the dev judges 8101 and 8102
(/work/label_judge_8101.tsv, label_judge_8102.tsv) of this family, one table per cause, with sentences of
../shared/corpus (the file each comes from is named beside it)."""
from __future__ import annotations

import pytest

from labelling import expect_label


# -- a list's first item frames the later items that name a thing alone: action, qualifiers and head ---------------

_CAPACITY = "近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨。"   # national_2016


@pytest.mark.parametrize("sentence, value, unit, label", [
    (_CAPACITY, 2.3, "亿吨", "淘汰落后水泥产能"),
    (_CAPACITY, 7600, "万", "淘汰落后平板玻璃产能"),
    (_CAPACITY, 100, "万吨", "淘汰落后电解铝产能"),
])
def test_a_thing_alone_takes_the_frame_of_the_first_item(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


@pytest.mark.parametrize("sentence, value, unit, label", [
    # an item with a head of its own keeps its wording (national_2009)
    ("依法淘汰一大批落后生产能力，关停小火电 2157万千瓦、小煤矿1.12万处，淘汰落后炼铁产能4659万吨、炼钢产能3747万吨、"
     "水泥产能8700万吨。", 8700, "万吨", "淘汰落后水泥产能"),
    # no list: each clause its own action and thing (national_2017)
    ("今年要再压减钢铁产能5000万吨左右，退出煤炭产能1.5亿吨以上。", 1.5, "亿吨", "退出煤炭产能"),
])
def test_items_with_their_own_head_are_left(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- a count's noun after a graded qualifier closed by 的 is the noun the qualifier grades ------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("聘请200名副高级以上职称的医疗专家到县级公立医院工作，支持47家升级建设的中心卫生院。", 200, "名",
     "副高级以上职称医疗专家"),                                                                   # guangdong_2025
])
def test_the_noun_after_a_graded_qualifier_is_counted(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


@pytest.mark.parametrize("sentence, value, unit, label", [
    # no threshold in the qualifier: the people counted stay the noun before 的 (national_2011)
    ("解决13亿中国人的吃饭问题始终是头等大事，任何时候都不能掉以轻心。", 13, "亿",
     "中国人"),
])
def test_a_qualifier_without_threshold_is_left(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


# -- kinds listed with a shared head and totalled by 共: a qualifier closing with a verb is not glued -------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("今年要再开工建设保障性住房、棚户区改造住房共1000万套，改造农村危房150万户。", 1000, "万套",
     "保障性住房和棚户区改造住房开工"),                                                           # national_2011
    ("新增“固定班次+预约响应”山区城乡公交线路、城际巴士线路、客货邮融合线路共220条。", 220, "条",
     "新增山区城乡公交城际巴士客货邮融合线路"),                                                  # zhejiang_2026
])
def test_a_total_of_kinds_names_each_kind(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


def test_a_target_of_listed_kinds_is_alike_an_outcome_of_the_first(lexicon):
    from kg.link.promise_names import alike

    assert alike("保障性住房和棚户区改造住房开工", "城镇保障性住房新开工", lexicon) == (1.0, False)
    assert alike("保障性住房和棚户区改造住房开工", "农村危房改造", lexicon)[0] == 0


# -- quoted qualifiers listed by 、 after a count qualify the noun after the last together ------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("前海实施14项全国“首创”、“首批”金融政策，建设国际风投创投、大宗商品贸易等18个集聚区，国际数据产业园启动建设。",
     14, "项", "前海全国首创首批金融政策"),                                                       # guangdong_2025
])
def test_quoted_qualifiers_listed_before_a_noun(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


def test_quoted_words_closing_the_clause_stay_apart():
    from kg.extractors.possessed_counts import joined_quotes

    assert joined_quotes("项“首创”、“首批”金融政策") == "项“首创”“首批”金融政策"
    assert joined_quotes("项“首创”、“首批”。") == "项“首创”、“首批”。"
