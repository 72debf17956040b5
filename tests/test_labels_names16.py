"""Numbers that are no totals, and glued labels, round 16 (issue 17; the rows 三旧变三新示范区 and 省级纵向支持组团实施重点项目
of /work/label_judge_6010.tsv, 实事项目 of label_judge_6011.tsv).

The rules a statistician reads: a count after 每个 + a unit (每个街镇选点建设1-2个) is a quota of each unit, no total, and
its label names the unit (kg/extractors/unit_quotas.py); "N units do M things" (62个省级纵向支持组团实施重点项目1000多个)
is two figures, the first counting the units, whose noun stops at the verb (kg/extractors/count_subjects.py). One table
per cause, each row a sentence of the corpus (its document named beside it) and the labels (value -> metric) its figures
must get; every row of the first two tables failed on main 138ca7a. The last table guards the rules' bounds."""
from __future__ import annotations

import pytest

from labelling import expect_labels

_check = expect_labels


# -- a quota per unit is labelled as the quota of each unit -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("深化社区规划师制度，每个街镇选点建设 1-2 个“三旧”变“三新”示范区，以小区、街区、社区为整体更新单元。",
     {"1": "每个街镇建设三旧变三新示范区"}),                                 # xuhui_2022_work_report_goals_and_tasks
    ("每个县级中医医院建成2个中医特色优势专科。",        # sichuan_2025 (两个 there) written with a digit
     {"2": "每个县级中医医院建成中医特色优势专科"}),
])
def test_a_quota_per_unit_names_its_unit(lexicon, text, expected) -> None:
    _check(text, expected, lexicon)


# -- a count's noun stops at a verb followed by another count ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("新一轮市际横向帮扶协作投入帮扶资金179亿元，62个省级纵向支持组团实施重点项目1000多个，驻镇帮镇扶村。",     # guangdong_2026
     {"62": "省级纵向支持组团", "1000": "省级纵向支持组团实施重点项目"}),
])
def test_a_count_stops_at_the_verb_before_another_count(lexicon, text, expected) -> None:
    _check(text, expected, lexicon)


# -- bounds: a unit already named, a stretch opened by a verb, a list of counts, a named annual list -------------------

@pytest.mark.parametrize("text, expected", [
    ("平均每个工作日新注册企业1476户、增长12%。",                                                   # shanghai_city_2020
     {"1476": "平均每个工作日新注册企业"}),
    ("15个承接产业转移主平台落地项目2200个、总投资额7200亿元。",                                          # guangdong_2026
     {"2200": "承接产业转移主平台落地项目"}),
    ("新培育407个典型镇、2519个典型村和25个典型村片区。",                                                  # guangdong_2026
     {"407": "新培育典型镇", "2519": "新培育典型村"}),
    ("10方面26项实事项目超额完成。",     # shanghai_city_2021: the gold counts a named annual list's size (README)
     {"26": "实事项目"}),
])
def test_the_rules_keep_their_bounds(lexicon, text, expected) -> None:
    _check(text, expected, lexicon)
