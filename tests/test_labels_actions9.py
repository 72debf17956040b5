"""A metric label keeps the action that defines what its figure counts (issue 17; the blind judge 6161's rows "lost
qualifier (stage)" that are no plain 新增/建成: tests/data/label_judge_6161.tsv). One table per cause, each
row a sentence of ../shared/corpus or the seeds (its file named beside it) and the labels (value -> metric) its figures
must get; every row failed on the code before these rules (main a3c1038)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from labelling import by_value, expect_labels, labels


def _labels(text: str, lexicon) -> dict:
    return labels(text, lexicon, by_value)


_check = expect_labels


# -- a count whose verb follows its things: the things approved, the state reached ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("1个1类创新药、2个医疗器械创新产品获批上市。",                                     # xuhui_2024_news (seeds)
     {"1": "获批上市1类创新药", "2": "获批上市医疗器械创新产品"}),
    ("全面完成长三角一体化发展第一轮三年行动计划，120个政务服务事项实现跨省市“一网通办”。",   # shanghai_city_2022
     {"120": "跨省市一网通办政务服务事项"}),
    ("沪渝蓉高铁上海段等重大项目加快建设，152项政务服务事项实现跨省市“一网通办”。",          # shanghai_city_2024
     {"152": "跨省市一网通办政务服务事项"}),
])
def test_the_predicate_after_the_things_counted_stays(lexicon, text, expected) -> None:
    _check(text, expected, lexicon)


# -- people counted before what they do, or where they go to do it ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("新冠疫苗接种有力有序，覆盖人群占全市常住人口94%，累计接种疫苗超过5100万剂次，2200多万人完成全程接种。",
     {"2200": "全程接种人口"}),                                                        # shanghai_city_2022
    ("吸引超2万名高校毕业生等青年到粤东粤西粤北地区稳定就业。",                              # guangdong_2025
     {"2": "粤东粤西粤北地区稳定就业高校毕业生"}),
    ("引导超2万名高校毕业生等青年到粤东粤西粤北地区稳定就业。",                              # guangdong_2026
     {"2": "粤东粤西粤北地区稳定就业高校毕业生"}),
])
def test_people_are_counted_by_what_they_do(lexicon, text, expected) -> None:
    _check(text, expected, lexicon)


# -- the verb before a count: its action, past the named examples, a batch word, an adverb --------------------------

@pytest.mark.parametrize("text, expected", [
    ("加快建设机场联络线、崇明线、14号线等172公里轨道交通线，建成10号线二期、15号线、18号线部分区段共67公里"
     "轨道交通线。",                                                                    # shanghai_city_2020
     {"172": "建设轨道交通线", "67": "建成轨道交通线"}),
    ("北横通道西段、江浦路越江隧道等重要基础设施投入使用，开工建设嘉闵线、21号线一期、23号线一期等8个轨道交通项目和"
     "高端船舶、新能源汽车等59个投资10亿元以上的产业项目。",                            # shanghai_city_2022
     {"8": "轨道交通项目开工", "59": "投资10亿元以上产业项目开工"}),
    ("加快建设10个示范样板区。",                                                        # shanghai_city_2022
     {"10": "建设示范样板区"}),
    ("抢占人工智能、低空经济等25条产业新赛道，启动建设芯片、机器人、无人机等3个创新型产业集群。",   # sichuan_2025
     {"3": "启动建设创新型产业集群"}),     # verbs11: the launch of works on things stays (a flow of launches)
    ("细化落实深入推进长三角一体化高质量发展80项重点任务，牵头组建首批12家长三角创新联合体。",  # jiangsu_2025
     {"12": "牵头组建长三角创新联合体"}),     # stage13: the role 牵头 stays (metrics.toml role_verbs)
    ("国家安排专项资金支持2.2万多所农村中小学改造危房、建设 7000多所寄宿制学校，远程教育已覆盖36万所农村中小学，"
     "更多的农村学生享受到优质教育资源。",                                              # national_2008
     {"36": "远程教育覆盖农村中小学"}),
])
def test_the_action_before_the_count_stays(lexicon, text, expected) -> None:
    _check(text, expected, lexicon)


# -- an action shared by a list: past 及 or 和, over qualifiers, verbs listed before the noun -------------------------

@pytest.mark.parametrize("text, expected", [
    ("新增6座口袋公园及12座街心花园",                                                   # xuhui_2023 (seeds)
     {"6": "新增口袋公园", "12": "新增街心花园"}),
    ("严守耕地保护红线，建设高标准农田1739万亩，粮食年产量超760亿斤，建成3000多个宜居宜业和美乡村及820个特色田园乡村。",
     {"820": "建成特色田园乡村"}),                                                      # jiangsu_2026
    ("新增养老护理、应急救护“双持证”护理员8000人。",                                    # zhejiang_2025
     {"8000": "新增双持证护理员"}),
])
def test_a_listed_action_reaches_every_item(lexicon, text, expected) -> None:
    _check(text, expected, lexicon)


# -- what the rules must not do ---------------------------------------------------------------------------------

def test_whose_benefit_is_not_guessed(lexicon) -> None:
    found = _labels("连续第7年提高企业退休人员基本养老金，全年人均增加1680元，5700多万人受益。", lexicon)   # national_2012
    assert found.get(Decimal("5700")) != "受益人口"


def test_a_means_is_no_recognition(lexicon) -> None:
    found = _labels("1998年以来，国有企业下岗职工达2700多万人，先后有1800多万人通过多种渠道和方式实现了再就业。",
                    lexicon)                                                            # national_2003
    assert not str(found.get(Decimal("1800"), "")).startswith("通过多种")


def test_a_quoted_state_right_after_its_verb_is_unchanged(lexicon) -> None:
    _check("300项政务事项实现“跨省通办”，113项居民服务事项实现“一卡通用”。",                   # zhejiang_2026
           {"300": "跨省通办政务事项", "113": "一卡通用居民服务事项"}, lexicon)
