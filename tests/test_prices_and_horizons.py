"""State Council figures the strict gold missed (issue 17), one table per cause, with sentences of
../shared/corpus: prices per measure and the fractions of a yuan they change by, a programme named with 工作 after
it, and a yearly average planned over the horizon its sentence states."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.extractors.indicators import attribute
from kg.extractors.observations import sentence_observations
from kg.lang.zh.quantities import find_quantities
from kg.model import Aggregation, Measure
from kg.read.documents import read_text
from tests.test_national_reports import PLAN
from tests.test_observations_grammar import HEAD


def _attributed(text: str, lexicon):
    doc = read_text(HEAD + PLAN + text, "t.txt", "t", lexicon)
    return attribute(doc, [o for s in doc.sentences for o in sentence_observations(doc, s, lexicon)], lexicon)[1:]


@pytest.mark.parametrize("text, units", [
    # 分 of a price per measure is a hundredth of a yuan, before the change (State Council 2010) or after the unit
    # (Zhejiang 2025); 毛 and 分钱 are money wherever they stand; a score's 分 stays a point
    ("早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱，小麦每斤提高3分钱。",
     [("cur:CNY", D("0.03")), ("cur:CNY", D("0.05")), ("cur:CNY", D("0.1")), ("cur:CNY", D("0.03"))]),
    ("全省工商业平均电价下降1分/千瓦时。", [("cur:CNY", D("0.01"))]),
    ("综合考核得分95分。", [("kgo:ScorePoint", D(95))]),
])
def test_a_price_per_measure_is_counted_in_money(lexicon, text, units):
    assert [(q.normalized_unit, q.normalized_value) for q in find_quantities(text, lexicon)] == units


@pytest.mark.parametrize("text, named", [
    # the goods before the measure, with the head of the price the sentence names before it (2010, 2009)
    ("进一步提高粮食最低收购价，早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱，小麦每斤提高3分钱，继续实施重要"
     "农产品临时收储政策。",
     [("早籼稻最低收购价", D(3)), ("中晚籼稻最低收购价", D(5)), ("粳稻最低收购价", D(1)), ("小麦最低收购价", D(3))]),
    ("今年小麦、稻谷最低收购价平均每斤分别提高0.11元和0.13元。",
     [("小麦最低收购价", D("0.11")), ("稻谷最低收购价", D("0.13"))]),
    # a subject that names the price keeps its name without the measure
    ("工商业平均电价每千瓦时降低1分。", [("工商业平均电价", D(1))]),
])
def test_a_price_per_measure_is_named_by_its_goods(lexicon, text, named):
    assert [(o.metric, o.quantity.value) for o in _attributed(text, lexicon)] == named


@pytest.mark.parametrize("text, named", [
    # 工作 after a programme's name is none of it (State Council 2013)
    ("健全全民医保体系，全面开展儿童白血病等20种重大疾病保障试点工作。", [("重大疾病保障试点", D(20))]),
    # …nor a plan's structure an indicator (Heilongjiang 2026)
    ("具体抓好八个方面重点工作。", []),
])
def test_work_after_a_programme_is_no_part_of_its_name(lexicon, text, named):
    assert [(o.metric, o.quantity.value) for o in _attributed(text, lexicon)] == named


@pytest.mark.parametrize("text, fact", [
    # a yearly average planned with a horizon covers the horizon's years (State Council 2004), named by the
    # indicator the clause before changes
    ("从今年起，逐步降低农业税税率，平均每年降低1个百分点以上，五年内取消农业税。",
     ("农业税税率", Measure.DECREASE, D(1), 2024, 2028, Aggregation.AVERAGE)),
    # without a horizon the average is this year's plan
    ("逐步降低农业税税率，平均每年降低1个百分点。",
     ("农业税税率", Measure.DECREASE, D(1), None, 2024, None)),
])
def test_a_yearly_average_covers_the_horizon_stated(lexicon, text, fact):
    o = _attributed(text, lexicon)[-1]
    assert (o.metric, o.measure, o.quantity.value, o.period_start, o.period, o.aggregation) == fact
