"""A metric label keeps the stage and the kind its sentence states, round 20 (issue 17; the blind judges' rows of
family stage20 in /work/label_judge_9401.tsv and label_judge_9402.tsv: 林分优化, 新增产业集群). One table per cause,
each row a sentence of ../shared/corpus (its file named beside it) and the labels (value -> metric) its figures must
get; every row of the first tables failed on main 29f0587, the guards pass on both."""
from __future__ import annotations

from decimal import Decimal

import pytest

from labelling import expect_labels, observed
from kg.model import Measure


# -- a task completed (完成…提升 200万亩) is the amount of its works, a level; 提升 closes the works' name ----------------

@pytest.mark.parametrize("text, expected", [
    ("实施绿美广东生态建设综合改革试点，持续优化林分、改善林相，今年再完成林分优化提升200万亩、森林抚育提升200万亩任务。",
     ["林分优化提升", "森林抚育提升"]),                                                             # guangdong_2025
    ("集中连片打造高质林分、优美林相，推进森林质量精准提升和乡村绿化，完成林分优化提升200万亩、森林抚育提升200万亩。",
     ["林分优化提升", "森林抚育提升"]),                                                             # guangdong_2026
])
def test_completed_upgrade_works_are_levels(lexicon, text, expected) -> None:
    found = [(o.metric, o.measure) for o in observed(text, lexicon) if o.quantity.value == Decimal("200")]
    assert found == [(label, Measure.LEVEL) for label in expected], found


@pytest.mark.parametrize("text, value", [     # guards: a change of a rate, after an outcome verb or with none
    ("亭子口灌区一期工程等15处重大水利项目加快推进，完成水利投资增长13%。", "13"),                    # sichuan_2025
    ("打好污染防治攻坚战，PM2.5浓度32.3微克/立方米，优良天数比率82.5%、提升4.6个百分点。", "4.6"),       # jiangsu_2025
])
def test_upgrades_of_rates_stay_changes(lexicon, text, value) -> None:
    found = [o.measure for o in observed(text, lexicon) if o.quantity.value == Decimal(value)]
    assert found == [Measure.INCREASE], found


# -- kinds listed under one verb share the qualifiers written once before the first (产业园2个、产业集群1个) ---------------

@pytest.mark.parametrize("text, expected", [
    ("打造新时代更高水平“天府粮仓”，新（改）建高标准农田348.8万亩，完成大中型灌区现代化改造222.2万亩，"
     "新建国家现代农业产业园2个、产业集群1个，粮食产量达到732.5亿斤、创历史新高，生猪出栏6248万头。",     # sichuan_2026
     {"2": "新增国家现代农业产业园", "1": "新增国家现代农业产业集群"}),
])
def test_listed_kinds_share_the_first_items_qualifiers(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [     # guards: an item with modifiers of its own, or after listed owners
    ("新建改建社区市民健身中心31个、市民健身步道80条、益智健身苑点671个。",                        # shanghai_city_2024
     {"80": "新建改建市民健身步道"}),
    ("建成机构及社区养老服务设施1.8万个、养老床位53.4万张。", {"53.4": "建成养老床位"}),              # sichuan_2026
])
def test_items_with_their_own_modifiers_keep_them(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- homes raised (筹集, 建设筹集: built, bought or converted) are no count of new buildings: the stage is 筹措 -----------

@pytest.mark.parametrize("text, expected", [
    ("建设筹集保障性住房155.4万套（间），开工改造城镇老旧小区1.1万个。",                                 # guangdong_2026
     {"155.4": "筹措保障性住房"}),
    ("加强住房保障，新开工老旧小区改造1114个，实施城中村改造8.52万户，筹集保障性住房1.57万套、保障性租赁住房18.11万套。",
     {"1.57": "筹措保障性住房", "18.11": "筹措保障性租赁住房"}),                                       # jiangsu_2025
    ("2022年6月1日以后,持续健全常态化防控机制,筹措常态化隔离房源7000间,布设896个常态化核酸采样点。",   # xuhui_2023
     {"7000": "筹措常态化隔离房源"}),
])
def test_homes_raised_are_named_by_raising(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [     # guards: the lexicon's names of things raised, and things built new
    ("建设筹措 2868套（间）保障性租赁住房，筹措供应 700 张“新时代城市建设者管理者之家”床位。",          # xuhui_2025
     {"2868": "筹措保障性租赁住房", "700": "新时代城市建设者管理者之家床位"}),
    ("新建成高速公路507公里，开江至梁平、乐山至马边、美姑至昭觉等高速公路通车，全省通车总里程突破1万公里。",  # sichuan_2026
     {"507": "新增高速公路"}),
])
def test_things_raised_or_built_keep_their_names(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)
