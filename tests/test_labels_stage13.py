"""A metric label keeps the stage its sentence states and invents none, round 13 (issue 17; the blind judges' rows
"lost qualifier (stage)": tests/data/label_judge_3141.tsv and label_judge_2718.tsv). One table per cause, each row a
sentence of ../shared/corpus (its file named beside it) and the labels (value -> metric) its figures must get; every
row of the tables marked so failed on main 728fd50, the guards pass on both."""
from __future__ import annotations

import pytest

from labelling import expect_labels


# -- a stage verb closing a clause of counts is every item's stage, and so is one after 全部/均 --------------------

@pytest.mark.parametrize("text, expected", [
    ("91个民生重大项目、25项交通重大工程开工建设，总投资超过1000亿元。",                          # shanghai_city_2022
     {"91": "民生重大项目开工", "25": "交通重大工程开工"}),
    ("五个新城建设稳步推进，导入第二批30项重大功能性事项，新开工117个重大项目、总投资1935.7亿元，"
     "规划建设的5家市级综合性医院全部开工。",                                                  # shanghai_city_2024
     {"5": "五个新城市级综合性医院开工", "117": "五个新城重大项目新开工"}),
    ("积极争取超长期特别国债资金支持，216个“两重”项目全部开工建设。",                          # zhejiang_2025
     {"216": "两重项目开工"}),
    ("318个“两重”项目全面开工，汽车以旧换新超40万辆、家电超450万台。",                         # henan_2025
     {"318": "两重项目开工"}),
    # a start closing a count of facilities: works started, no facilities yet; a completion after keeps its things
    ("4个国家重大科技基础设施开工建设，5个设施建成投用。",                                      # shanghai_city_2023
     {"4": "国家重大科技基础设施开工", "5": "国家重大科技基础设施建成投用"}),
    ("持续提升医疗服务能力，16家高水平医院建设加速推进，4家国家区域医疗中心全面开工建设。",       # jiangsu_2025
     {"4": "国家区域医疗中心开工"}),
])
def test_a_stage_closing_counts_is_each_counts_stage(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [
    # xuhui 2023: a completion closing the clause is the facilities' stage too (round 14, stage14; the seeds' gold
    # names it 社区卫生服务中心竣工投用)
    ("推动南部医疗中心以及3家社区卫生服务中心竣工投用。", {"3": "社区卫生服务中心竣工投用"}),
    ("6个城中村改造试点城市开工建设安置住房7.4万套。", {"6": "城中村改造试点城市"}),         # sichuan_2025: no closing start
    ("50家企业总部、62家研发中心签约落户新城。",                                               # shanghai_city_2022
     {"50": "企业总部签约落户新城", "62": "研发中心签约落户新城"}),
    # a figure between the list and the stage: the stage is the last figure's only (stage.labels.with_stage)
    ("大力推进不成套旧住房改造,推进田林路65弄等3个项目、4万平方米开工,康健路341弄等8个项目、2.4万平方米竣工。",
     {"3": "不成套旧住房改造项目开工", "8": "不成套旧住房改造项目竣工"}),               # xuhui 2024 news
])
def test_guard_stages_read_before_stay(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- a role before the verb (牵头建设) stays: the things led, not new things ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("苏州实验室获批全面展开建设，紫金山、太湖、钟山、云龙湖等实验室加快建设，牵头建设44家全国重点实验室。",  # jiangsu_2026
     {"44": "牵头建设全国重点实验室"}),
])
def test_a_role_before_the_verb_stays(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [
    # the batch word closing the verbs (首批: metrics.toml count_batches) only says which batch
    ("全面融入国家区域战略，牵头组建首批12家长三角创新联合体。", {"12": "牵头组建长三角创新联合体"}),   # jiangsu_2025
    ("开展数字人民币试点，启动建设首批7个数字化转型示范区。", {"7": "启动数字化转型示范区"}),          # shanghai_city_2022
])
def test_a_role_or_a_launch_stays_past_a_batch(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


def test_guard_a_verb_alone_still_adds(lexicon) -> None:
    expect_labels("建设44家全国重点实验室。", {"44": "新增全国重点实验室"}, lexicon)


# -- 完成 before projects is the outcome counted, as 启动 is; before an activity it only narrates -----------------

@pytest.mark.parametrize("text, expected", [
    ("完成90.1万平方米中心城区成片二级旧里以下房屋改造，完成13个城中村改造项目，建设筹措6.7万套（间）保障性租赁住房。",
     {"13": "完成城中村改造项目", "90.1": "中心城区成片二级旧里以下房屋改造"}),                # shanghai_city_2022
    ("完成40个城中村改造项目，为既有多层住宅加装电梯4343台。",                                   # shanghai_city_2023
     {"40": "完成城中村改造项目"}),
    ("完成“智改数转”重点项目300个，推进4个中小企业数字化转型城市试点。",                         # sichuan_2026
     {"300": "完成智改数转重点项目"}),
])
def test_completed_projects_keep_completed(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [
    ("启动10个城中村改造项目。", {"10": "启动城中村改造项目"}),                                # shanghai_city_2024
    ("完成28个乡村振兴示范村建设。", {"28": "乡村振兴示范村建设"}),                             # shanghai_city_2020
])
def test_guard_launched_projects_and_activities(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- land supplied (供应建设用地) is no land newly turned to construction (新增建设用地) ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("安排省级财政资金1042.8亿元，保障重大项目用能1302万吨标准煤，供应国有建设用地37.3万亩，新增用海29.2万亩、用林地13.2万亩。",
     {"37.3": "国有建设用地供应", "29.2": "新增用海"}),                                       # zhejiang_2026
    ("安排省级财政资金1042.8亿元，供应建设用地35万亩以上，支持经济高质量发展。",                # zhejiang_2025
     {"35": "建设用地供应"}),
])
def test_land_supplied_is_no_new_land(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


def test_guard_new_construction_land_stays(lexicon) -> None:
    expect_labels("新增建设用地32.8万亩。", {"32.8": "新增建设用地"}, lexicon)                 # zhejiang_2025


# -- a subject and the verbs of a class before 的 define the things counted, and the share of them ---------------

@pytest.mark.parametrize("text, expected", [
    ("深化行政审批制度改革，五年中分两轮取消和调整行政审批事项498项，国务院各部门取消和调整的审批项目总数达到2497项，"
     "占原有审批项目的69.3%。",                                                               # national_2013
     {"2497": "国务院各部门取消和调整的审批项目总数",
      "69.3": "国务院各部门取消和调整的审批项目总数占原有审批项目比重",
      "498": "行政审批事项取消调整"}),
])
def test_class_verbs_before_de_define_the_things(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- a noun opening with a verb (建设用地) is no action, and verbs of a class written together are one verb ---------

@pytest.mark.parametrize("text, expected", [
    ("全域土地综合整治扩面提质，完成农用地整治23.8万亩、建设用地整理4.8万亩、生态保护修复42.4万亩。",   # guangdong_2025
     {"4.8": "建设用地整理", "42.4": "生态保护修复"}),
    ("新建设5个市级托育综合服务中心、10个县级托育服务机构，惠及超50万名3岁以下婴幼儿。",              # guangdong_2026
     {"5": "新增市级托育综合服务中心", "10": "新增县级托育服务机构"}),
    ("完成城市更新项目投资3696亿元，筹集建设保障性租赁住房15.6万套（间）。",                          # zhejiang_2026
     {"15.6": "筹措保障性租赁住房"}),
])
def test_verb_nouns_and_verbs_written_together(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)
