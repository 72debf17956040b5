"""Causes found by the field-level audit of 150 random observations of the whole corpus (issue 17;
tests/data/observation_audit_before.tsv and _after.tsv), one table per cause, with sentences of the shared corpus."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.extractors.observations import sentence_observations
from kg.model import Aggregation, Status
from kg.read.documents import read_text

HEAD = "——2011年3月5日在第十一届全国人民代表大会第四次会议上\n国务院总理 温家宝\n"
ELEVENTH = "一、“十一五”时期国民经济和社会发展的回顾\n五年来，我们主要做了以下工作：\n"


def _observations(body: str, lexicon, head: str = HEAD):
    doc = read_text(head + body, "t.txt", "t", lexicon)
    return [o for s in doc.sentences for o in sentence_observations(doc, s, lexicon)]


def _periods(observations):
    return [(o.quantity.value, o.status, o.period_start, o.period, o.aggregation) for o in observations]


# -- a five-year review goes on past a year named inside a sentence ------------------------------------------

@pytest.mark.parametrize("between, text, periods", [
    # State Council 2011: 去年 after the paragraph's first clause dates one figure; the review of the five goes on
    ("粮食产量屡创历史新高，去年达到1.09万亿斤，连续7年增产。\n",
     "国家财政安排专项资金，改造和新建2.3万所乡镇卫生院、1500所县医院。",
     [(D("2.3"), Status.ACHIEVED, 2006, 2010, Aggregation.TOTAL), (D(1500), Status.ACHIEVED, 2006, 2010,
                                                                      Aggregation.TOTAL)]),
    ("粮食产量屡创历史新高，去年达到1.09万亿斤，连续7年增产。\n", "进出口总额年均增长15.9%，结构不断优化。",
     [(D("15.9"), Status.ACHIEVED, 2006, 2010, Aggregation.AVERAGE)]),
    # a paragraph opening with the year, after an address at most, looks back over that year alone
    ("各位代表，过去一年，我们迎难而上。\n", "进出口总额增长34.7%。", [(D("34.7"), Status.ACHIEVED, None, 2010, None)]),
    ("过去一年，我们迎难而上。\n", "进出口总额增长34.7%。", [(D("34.7"), Status.ACHIEVED, None, 2010, None)]),
])
def test_a_year_named_inside_a_sentence_keeps_the_five_year_review(lexicon, between, text, periods):
    found = [o for o in _observations(ELEVENTH + between + text, lexicon) if o.quantity.value in {p[0] for p in periods}]
    assert _periods(found) == periods
