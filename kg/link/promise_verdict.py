"""The verdict of a target against its outcome (by the indicator's polarity and the target's comparator), and the years
a figure covers: the promise tracker's comparisons of two numbers (kg.link.promises)."""
from __future__ import annotations

from decimal import Decimal

from kg.model import Comparator, Observation

# 左右 (about): an outcome within this share of the target, or beyond it, meets the target.
ABOUT_TOLERANCE = Decimal("0.1")


def _bounds(o: Observation) -> tuple[Decimal, Decimal]:
    q = o.quantity
    return q.normalized_value, q.normalized_max if q.normalized_max is not None else q.normalized_value


def meets(target: Observation, outcome: Observation, polarity: str = "higher") -> bool:
    """Whether ``outcome`` meets ``target``, by the metric's polarity and the target's comparator.

    a ceiling (居民消费价格涨幅 3%左右, 城镇调查失业率 5.5%以内): the outcome is at most the target's upper bound,
    whatever the hedge;
    at most (小于, 以内): the outcome's value is at most the target's upper bound;
    about (左右): the outcome reaches the target less ``ABOUT_TOLERANCE`` of it;
    at least (以上), exactly, or a range (5%—6%): the outcome reaches the lower bound — a growth target
    is a floor, so 6.2% meets 5%—6%. A required decrease (能耗下降3%) is a floor of the decrease achieved.
    """
    low, high = _bounds(target)
    value = outcome.quantity.normalized_value
    comparator = target.quantity.comparator
    if polarity == "ceiling" or comparator is Comparator.AT_MOST:
        return value <= high
    if comparator is Comparator.ABOUT:
        return value >= low - abs(low) * ABOUT_TOLERANCE
    return value >= low


def restated_past(ref) -> bool:
    """Whether a target (a Ref) is one its own document states for a year it reviews: a past target restated in the
    review (提前一年实现农村中小学生人均公用经费500元和300元的目标, State Council 2010 on 2009). It cannot pair with
    the figures of its own document, so it claims none of them as its own outcomes."""
    reviewed = ref.extraction.document.metadata.reviewed_year
    return reviewed is not None and ref.observation.period <= reviewed


def target_spans(o: Observation, year: int) -> tuple[tuple[int, int], ...]:
    """The years an outcome of target ``o``, set in a document of ``year``, may cover, in the order to try them: the
    target's own span, its last year alone (a goal's review dated to its last year: 年均增长11.2%), and for a goal set
    for a later year without a start of its own (a plan's 单位国内生产总值能耗降低16% for 2015, in 2011) the years
    from its document's to it (the five-year review's 单位国内生产总值能耗下降18.2% over 2011–2015)."""
    spans = [period_span(o), (o.period, o.period)]
    if o.period_start is None and year < o.period:
        spans.append((year, o.period))
    return tuple(dict.fromkeys(spans))


def period_span(o: Observation) -> tuple[int, int]:
    """The years an observation covers: (start, end). A multi-year figure (年均, 累计 over 2021–2025) starts
    before its end (``Observation.period_start``)."""
    return (o.period_start if o.period_start is not None else o.period), o.period
