"""The stage reading's one home, kg.extractors.stage: the stage verbs as its modules match them, the flow or stock a
wording's verb makes in the normal form, and the former modules (kg.extractors.stages, selections, verb_lists) still
handing out the very functions of the package."""
from __future__ import annotations


import pytest

from kg.extractors.stage import flows, labels, words


@pytest.mark.parametrize("text, opening, closing, degree", [
    ("新开工50公里", "新开工", None, ""),         # the longest stage verb wins (新开工, not 开工)
    ("项目开工", None, "开工", ""),
    ("基本建成", None, "建成", "基本"),
    ("建成过江通道", "建成", None, ""),
    ("过江通道", None, None, ""),
])
def test_stage_verbs_opening_and_closing_a_wording(lexicon, text, opening, closing, degree) -> None:
    assert words.stage_opening(text, lexicon) == opening
    assert words.stage_closing(text, lexicon) == closing
    assert words.stage_degree(text, lexicon) == degree


@pytest.mark.parametrize("wording, alone", [
    ("竣工", True), ("基本建成", True), ("在建", True), ("", False), ("项目开工", False), ("建成过江通道", False),
])
def test_a_stage_alone(lexicon, wording, alone) -> None:
    assert labels.own_stage(wording, lexicon) is alone


@pytest.mark.parametrize("name, works", [
    ("推动典型村建设", "典型村建设"),          # works pushed on: under way, the opening dropped
    ("建设典型村", ""),                        # no works opening
])
def test_works_under_way(lexicon, name, works) -> None:
    assert flows.works_under_way(name, lexicon) == works


@pytest.mark.parametrize("name, stock", [("累计建设海外仓", True), ("累计新增海外仓", False), ("建设海外仓", False)])
def test_a_stock_opening_before_a_verb_counts_what_was_built(lexicon, name, stock) -> None:
    assert flows.stock_built(name, lexicon) is stock


@pytest.mark.parametrize("rest, things", [("制定政府规章", True), ("启动成套改造", False)])
def test_a_launch_verb_counts_things_not_activities(lexicon, rest, things) -> None:
    assert flows.counts_things(rest, lexicon) is things
