"""State Council targets whose outcome the later report words or dates otherwise (issue 18), one table row per cause,
with the sentences of ../shared/corpus/national: a five-year goal against the review's figure over the plan's years,
a change held in each of several years, a past target restated in its own review, an outcome named by the words
the target's clause states after its number, and one indicator or programme named two ways."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.link.promise_names import alike, alike_stated
from kg.link.promise_verdict import target_spans
from kg.model import Comparator, DocKind, Measure, Observation, Provenance, Quantity, Status
from tests.test_promises import _tracked

INC, LEVEL, DEC = Measure.INCREASE, Measure.LEVEL, Measure.DECREASE
PLANNED, ACHIEVED = Status.PLANNED, Status.ACHIEVED


def _report(doc: str, said: list) -> tuple[list, str]:
    """The text of ``said`` (sentence, (metric, number, unit, status, measure, (period, first year)) or None) joined,
    and an observation at each number, its sentence's own provenance."""
    text, out = "".join(sentence for sentence, _ in said), []
    for sentence, spec in said:
        if spec is None:
            continue
        metric, number, unit, status, measure, (period, first) = spec
        start, v = text.index(sentence), D(number)
        q = Quantity(v, unit, v, "unit:PERCENT" if unit == "%" else "unit:NUM", Comparator.EXACTLY, None, None)
        o = Observation(metric, metric, q, measure, status, period, 0, Provenance(doc, start, start + len(sentence)),
                        period_start=first)
        out.append((o, start + sentence.index(number)))
    return out, text


# (year of the target's report, its sentences, year of the later report, its sentences, the verdict of the target
# (the first figure of the target's report), the outcome's value (None: no outcome)).
CASES = [
    # 十二五 goals (2011, for 2015) -> 2016: the five-year review's figure is dated 2011–2015 by its paragraph
    (2011, [("单位国内生产总值能耗和二氧化碳排放分别降低16%和17%，", ("单位生产总值能耗", "16", "%", PLANNED, DEC, (2015, None)))],
     2016, [("单位国内生产总值能耗下降18.2%，主要污染物排放量减少12%以上。",
             ("单位生产总值能耗", "18.2", "%", ACHIEVED, DEC, (2015, 2011)))], "Met", "18.2"),
    (2011, [("主要污染物排放总量减少8%至10%，", ("主要污染物排放总量", "8", "%", PLANNED, DEC, (2015, None)))],
     2016, [("单位国内生产总值能耗下降18.2%，主要污染物排放量减少12%以上。",
             ("主要污染物排放总量", "12", "%", ACHIEVED, DEC, (2015, 2011)))], "Met", "12"),
    # ... and never one year's figure of the review
    (2011, [("单位国内生产总值能耗和二氧化碳排放分别降低16%和17%，", ("单位生产总值能耗", "16", "%", PLANNED, DEC, (2015, None)))],
     2016, [("单位国内生产总值能耗下降5.6%。", ("单位生产总值能耗", "5.6", "%", ACHIEVED, DEC, (2015, None)))],
     "NotReported", None),
    # 2014 -> 2015: a growth held in each of two years is also the last year's
    (2014, [("贫困地区农村学生上重点高校人数要再增长10%以上，",
             ("贫困地区农村学生上重点高校人数", "10", "%", PLANNED, INC, (2014, None)))],
     2015, [("贫困地区农村学生上重点高校人数连续两年增长10%以上。",
             ("贫困地区农村学生上重点高校人数", "10", "%", ACHIEVED, INC, (2014, 2013)))], "Met", "10"),
    # Henan 2025 -> 2026: a level held nine years in a row is a floor; the year's own figure is the outcome
    (2025, [("粮食产量稳定在1300亿斤以上。", ("粮食产量", "1300", "亿斤", PLANNED, LEVEL, (2025, None)))],
     2026, [("粮食产量1350.97亿斤。", ("粮食产量", "1350.97", "亿斤", ACHIEVED, LEVEL, (2025, None))),
            ("粮食总产量连续9年稳定在1300亿斤以上。", ("粮食产量", "1300", "亿斤", ACHIEVED, LEVEL, (2025, 2017)))],
     "Met", "1350.97"),
    # 2009 -> 2010: a target restated as met in the review (…的目标, read as a target of the year reviewed) does not
    # keep the review's figure from the earlier target
    (2009, [("把小学、初中学生人均公用经费分别提高到300元和500元。",
             ("初中学生人均公用经费", "500", "元", PLANNED, LEVEL, (2009, None)))],
     2010, [("提前一年实现农村中小学生人均公用经费500元和300元的目标。",
             ("提前一年实现农村中小学生人均公用经费", "500", "元", ACHIEVED, LEVEL, (2009, None))),
            ("提前一年实现农村中小学生人均公用经费500元和300元的目标。",
             ("提前一年实现农村中小学生人均公用经费", "300", "元", PLANNED, LEVEL, (2009, None)))],
     "NeedsReview", "500"),
    # 2014 -> 2015: a target named by the noun counted (农村人口) whose clause states the outcome's indicator after it
    (2014, [("今年再解决6000万农村人口的饮水安全问题，", ("农村人口", "6000", "万", PLANNED, LEVEL, (2014, None)))],
     2015, [("6600多万农村人口饮水安全问题得到解决；", ("农村人口饮水安全问题", "6600", "万", ACHIEVED, LEVEL, (2014, None)))],
     "Met", "6600"),
    (2014, [("今年再解决6000万农村人口的住房问题，", ("农村人口", "6000", "万", PLANNED, LEVEL, (2014, None)))],
     2015, [("6600多万农村人口饮水安全问题得到解决；", ("农村人口饮水安全问题", "6600", "万", ACHIEVED, LEVEL, (2014, None)))],
     "NotReported", None),
    # 2018 -> 2019: an outcome named by the noun it counts, whose clause runs on into a name of the target's indicator
    (2018, [("今年再进城落户1300万人，", ("农业转移人口落户城镇", "1300", "万人", PLANNED, LEVEL, (2018, None)))],
     2019, [("新型城镇化扎实推进，近1400万农业转移人口在城镇落户。", ("农业转移人口", "1400", "万", ACHIEVED, LEVEL, (2018, None)))],
     "Met", "1400"),
    (2018, [("今年再进城落户1300万人，", ("农业转移人口落户城镇", "1300", "万人", PLANNED, LEVEL, (2018, None)))],
     2019, [("新型城镇化扎实推进，近1400万农业转移人口成为城镇居民。",
             ("农业转移人口", "1400", "万", ACHIEVED, LEVEL, (2018, None)))], "NotReported", None),
    # 2013 -> 2014: 水平 only says the level is meant; one indicator
    (2013, [("企业退休人员基本养老金继续提高10%。", ("企业退休人员基本养老金", "10", "%", PLANNED, INC, (2013, None)))],
     2014, [("企业退休人员基本养老金水平提高10%。", ("企业退休人员基本养老金水平", "10", "%", ACHIEVED, INC, (2013, None)))],
     "Met", "10"),
    # 2013 -> 2014: one indicator worded two ways (医保), and a related programme (保障性安居工程): for review
    (2013, [("今年新农合和城镇居民基本医疗保险财政补助标准由每人每年240元提高到280元，",
             ("新农合和城镇居民基本医疗保险财政补助标准", "280", "元", PLANNED, LEVEL, (2013, None)))],
     2014, [("城乡居民基本医保财政补助标准增加到人均280元。",
             ("城乡居民基本医保财政补助标准", "280", "元", ACHIEVED, LEVEL, (2013, None)))], "NeedsReview", "280"),
    (2013, [("今年城镇保障性住房基本建成470万套、新开工630万套。",
             ("城镇保障性住房新开工", "630", "万套", PLANNED, LEVEL, (2013, None)))],
     2014, [("新开工保障性安居工程666万套，基本建成544万套，",
             ("保障性安居工程新开工", "666", "万套", ACHIEVED, LEVEL, (2013, None))),
            ("新开工保障性安居工程666万套，基本建成544万套，",
             ("保障性安居工程基本建成", "544", "万套", ACHIEVED, LEVEL, (2013, None)))], "NeedsReview", "666"),
]


@pytest.mark.parametrize("year, target, later, review, verdict, value", CASES)
def test_state_council_outcomes_worded_or_dated_otherwise(lexicon, year, target, later, review, verdict, value):
    said, text = _report("t", target)
    outcomes, review_text = _report("o", review)
    promises = _tracked(lexicon, [("t", year, DocKind.WORK_REPORT, said, text),
                                  ("o", later, DocKind.WORK_REPORT, outcomes, review_text)])
    [p] = [p for p in promises if p.target.document == "t"]
    assert p.verdict.name.title().replace("_", "") == verdict
    assert (p.outcome.observation.quantity.value if p.outcome else None) == (D(value) if value else None)
    if verdict == "NeedsReview":
        assert p.reason.startswith("the indicator is named differently")


def _planned(period: int, first: int | None = None) -> Observation:
    q = Quantity(D(16), "%", D(16), "unit:PERCENT", Comparator.EXACTLY, None, None)
    return Observation("m", "m", q, DEC, PLANNED, period, 0, Provenance("d", 0, 1), period_start=first)


@pytest.mark.parametrize("observation, year, spans", [
    (_planned(2015), 2011, ((2015, 2015), (2011, 2015))),            # a plan's goal: also over the plan's years
    (_planned(2015, 2011), 2011, ((2011, 2015), (2015, 2015))),      # a goal dated to its years
    (_planned(2024), 2024, ((2024, 2024),)),                         # the year's target
])
def test_the_years_a_targets_outcome_may_cover(observation, year, spans):
    assert target_spans(observation, year) == spans


@pytest.mark.parametrize("target, outcome, tails, score, one", [
    # State Council 2014 -> 2015: the target's clause states the outcome's indicator after its number
    ("农村人口", "农村人口饮水安全问题", ("6000万农村人口的饮水安全问题", ""), 1.0, True),
    ("农村人口", "农村人口饮水安全问题", ("6000万农村人口", ""), 0.0, False),                    # it names no more
    ("农村人口", "农村人口饮水安全问题", ("6000万农村人口的住房和饮水安全问题", ""), 0.0, False),   # not that name
    # 2018 -> 2019: the outcome's clause runs on from its noun into a name of the target's indicator
    ("农业转移人口落户城镇", "农业转移人口", ("", "1400万农业转移人口在城镇落户"), 1.0, True),
    ("农业转移人口落户城镇", "农业转移人口", ("", "1400万农业转移人口成为城镇居民"), 0.0, False),
    ("农业转移人口落户城镇", "农业转移人口", ("", "1400万新增在城镇落户"), 0.0, False),        # not after the noun
    ("城镇新增就业", "城镇新增就业", ("", ""), 1.0, True),
])
def test_an_outcome_named_by_the_words_after_a_number(lexicon, target, outcome, tails, score, one):
    found, same = alike_stated(target, outcome, tails, lexicon)
    assert (found > 0, same) == (score > 0, one)


@pytest.mark.parametrize("target, outcome, is_alike, one", [
    ("企业退休人员基本养老金", "企业退休人员基本养老金水平", True, True),          # 2013 -> 2014: 水平 closes it
    ("新农合和城镇居民基本医疗保险财政补助标准", "城乡居民基本医保财政补助标准", True, False),   # for review
    ("城镇保障性住房新开工", "保障性安居工程新开工", True, False),                   # a related programme
    ("城镇保障性住房基本建成", "保障性安居工程基本建成", True, False),
    ("城镇保障性住房新开工", "保障性安居工程基本建成", False, False),                 # another stage
    ("保障性安居工程新开工", "保障性安居工程新开工", True, True),
])
def test_state_council_names_of_one_indicator_or_programme(lexicon, target, outcome, is_alike, one):
    score, same = alike(target, outcome, lexicon)
    assert (score > 0, same) == (is_alike, one)


def test_the_total_of_major_pollutants_is_one_indicator_either_way(lexicon):
    [named] = [m.name for m in lexicon.metrics if "主要污染物排放量" in m.aliases]
    assert named == "主要污染物排放总量"
