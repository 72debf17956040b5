"""Metric labels that lose promise pairs (issues 17 and 18): the provincial targets whose label was a list's last
item, a clause opened by a preposition, verbs without the noun counted after the number, or a sector narrowed by
an industry, one table per rule, with sentences of ../shared/corpus/provinces (the file is named beside each)."""
from __future__ import annotations

import pytest

from kg.extractors import run
from kg.extractors.indicators import find
from kg.read.documents import read_text

HEAD = "2025年浙江省政府工作报告\n各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2024年工作回顾\n"


def _metrics(text: str, lexicon) -> list[tuple[str, str]]:
    """(metric, value) of every observation of ``text``."""
    doc = read_text(HEAD + text, "t.txt", "t", lexicon)
    return [(o.metric, f"{o.quantity.value:g}") for o in run(doc, lexicon).observations]


@pytest.mark.parametrize("text, found", [
    ("软件和信息技术服务业增加值", None),           # zhejiang_2026: an industry narrows the sector
    ("现代服务业增加值", None),
    ("全省服务业增加值", "第三产业增加值"),         # a scope word only places it
    ("服务业增加值", "第三产业增加值"),
])
def test_an_industry_narrowing_a_sector_makes_another_indicator(lexicon, text, found) -> None:
    assert (find(text, lexicon) or (None,))[0] == found


def test_a_narrower_industry_keeps_its_own_value_added(lexicon) -> None:
    found = _metrics("服务业增加值增长5.8%，软件和信息技术服务业增加值增长9.6%，金融业增加值增长7.9%。", lexicon)
    assert ("软件和信息技术服务业增加值", "9.6") in found and ("第三产业增加值", "5.8") in found     # zhejiang_2026
