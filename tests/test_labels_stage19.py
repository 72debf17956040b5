"""A metric label keeps the stage its sentence states and invents none, round 19 (issue 17; the blind judges' rows
"lost qualifier (stage)" of /work/label_judge_9301.tsv and label_judge_9302.tsv: 高标准农田, 新增中央预算内投资资金,
新增小麦). One table per cause, each row a sentence of ../shared/corpus (its file named beside it) and the labels
(value -> metric) its figures must get; every row of the tables failed on main f92a21c, the guards pass on both."""
from __future__ import annotations

import pytest

from labelling import expect_labels


# -- things new and renovated together (新建和改造提升) are no count of new things: the verb pair is the stage ----------

@pytest.mark.parametrize("text, expected", [
    ("有力有效推进乡村全面振兴，全面推行田长制，率先编制省级耕地保护专项规划，实施42宗大中型灌区改造，"
     "新建和改造提升112万亩高标准农田，耕地总量连续4年净增加。",                                # guangdong_2025
     {"112": "新建改建高标准农田"}),
    ("新建改造高标准农田550万亩，恢复改善灌溉面积833万亩，建成区域性农业综合服务中心286个。",   # henan_2025
     {"550": "新建改建高标准农田"}),
    ("新建和改造高标准农田425万亩，耕地净增加60万亩以上。",                                    # sichuan_2025
     {"425": "新建改建高标准农田"}),
])
def test_new_and_renovated_things_keep_both_verbs(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [     # guards: farmland built new stays the lexicon's indicator
    ("加强黑土地保护，建成高标准农田1169万亩，加大侵蚀沟治理、农田防护林更新修复力度。",            # heilongjiang_2025
     {"1169": "高标准农田"}),
    ("加强农田水利建设，新增高标准农田8000万亩以上。", {"8000": "高标准农田"}),                   # national_2019
])
def test_farmland_built_new_is_the_indicator(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- a verb of securing funds from above (争取) is the figure's action; no 新增 carried from the clause before ------------

@pytest.mark.parametrize("text, expected", [
    ("最大程度释放政策红利，新增专项债券额度3279亿元，争取中央预算内投资资金233亿元，301个项目纳入国家用地保障范围。",
     {"3279": "新增专项债券额度", "233": "争取中央预算内投资资金"}),                               # zhejiang_2025
    ("全年争取“两重”“两新”超长期特别国债资金433亿元，增发国债项目完成投资626.3亿元。",           # heilongjiang_2025
     {"433": "争取两重两新超长期特别国债资金"}),
    ("争取国家政策性资金超千亿元，发行地方政府专项债券资金1327亿元支持项目建设。",                  # henan_2026
     {"1000": "争取国家政策性资金"}),
])
def test_funds_secured_are_named_by_the_securing_verb(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [     # guards: 争取 before a figure, as a hedge of a goal, or before things other than money names nothing
    ("积极争取超长期特别国债资金支持，216个“两重”项目全部开工建设。", {"216": "两重项目开工"}),        # zhejiang_2025
    ("地区生产总值增长5%左右，在实际工作中努力争取更好结果，城镇新增就业110万人以上。",             # henan_2026 style
     {"110": "城镇新增就业"}),
    ("持续推动示范区体制机制创新，争取共同富裕领域国家改革试点7项，10项示范区典型经验获国家发文推广。",   # zhejiang_2025:
     {"7": "共同富裕领域国家改革试点"}),                              # things won, no money: the wording as it was
])
def test_striving_before_no_things_names_nothing(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- a head written once after a list of counts of parallel kinds is every item's; 建设 of it is no 新增 ---------------

@pytest.mark.parametrize("text, expected", [
    ("扛牢粮食安全重任，严守耕地红线，深入推进主要粮油作物大面积单产提升行动，建设1500万亩小麦、2000万亩玉米高产示范区，"
     "新建和改造提升高标准农田500万亩。",                                                        # henan_2025
     {"1500": "建设小麦高产示范区", "2000": "建设玉米高产示范区", "500": "新建改建高标准农田"}),
])
def test_a_head_after_a_list_of_kinds_is_every_items(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [     # guards: lists of whole things share no head
    ("加固40宗堤防、20宗大中型水闸。", {"20": "大中型水闸"}),
    ("打造35个先导区、1000个和美乡村。", {"35": "打造先导区", "1000": "打造和美乡村"}),
])
def test_whole_things_listed_share_no_head(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)
