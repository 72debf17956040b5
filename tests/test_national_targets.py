"""State Council targets the extractor missed (issue 18: pair recall), one table per cause, with the sentences of
../shared/corpus/national that word the target and the later report's outcome: a figure per head of the indicator
of the clause before, a comparison's base or the object marker 把 opening a wording, people counted out of the
state their noun names (脱贫), how far a programme reaches (范围, 覆盖面), and the base of a change that is no
outcome."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.extractors.indicators import attribute
from kg.extractors.observations import sentence_observations
from kg.model import Measure, Status
from kg.read.documents import read_text
from tests.test_national_reports import PLAN, REVIEW, _named
from tests.test_observations_grammar import HEAD, _observations
from tests.test_promises import _said, _tracked

INC, LEVEL, DEC = Measure.INCREASE, Measure.LEVEL, Measure.DECREASE


def _facts(body: str, lexicon) -> list[tuple[str, Measure, D]]:
    return [(o.metric, o.measure, o.quantity.value) for o in _observations(body, lexicon)]


@pytest.mark.parametrize("body, facts", [
    # a figure worded per head alone is of the indicator the clause before changes: the 2009 target, the 2010
    # outcome, and the 2012 review of 2011 (人均增加1680元)
    (PLAN + "今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右。", [("企业退休人员基本养老金", INC, D(10))]),
    (REVIEW + "企业退休人员基本养老金连续5年增加，去年又人均提高10%。", [("企业退休人员基本养老金", INC, D(10))]),
    (REVIEW + "连续第7年提高企业退休人员基本养老金，全年人均增加1680元。", [("企业退休人员基本养老金", INC, D(1680))]),
])
def test_a_figure_per_head_is_of_the_indicator_before(lexicon, body, facts):
    assert _facts(body, lexicon)[-len(facts):] == facts


@pytest.mark.parametrize("body, facts", [
    # a comparison's base opening the wording is none of the name (2016 target; 2011 review: 比五年前增加)
    (PLAN + "实施上述政策，今年将比改革前减轻企业和个人负担5000多亿元。", [("经营主体减负", LEVEL, D(5000))]),
    (REVIEW + "全国社会保障基金积累7810亿元，比五年前增加5800多亿元。",
     [("全国社会保障基金积累", LEVEL, D(7810)), ("全国社会保障基金积累", INC, D(5800))]),
    # the burden lifted from enterprises is one indicator, however worded (2016 target, 2017 outcome, 2009 target)
    (REVIEW + "全面推开营改增试点，全年降低企业税负5700多亿元，所有行业实现税负只减不增。",
     [("经营主体减负", LEVEL, D(5700))]),
    (PLAN + "可减轻企业和居民负担约5000亿元。", [("经营主体减负", LEVEL, D(5000))]),
])
def test_a_comparisons_base_is_no_part_of_the_name(lexicon, body, facts):
    assert _facts(body, lexicon)[-len(facts):] == facts


@pytest.mark.parametrize("text, named", [
    # 把 fronting the object of the verb after it is none of its name (2011), nor of a list's names before 分别 (2009)
    ("今年要把新农合和城镇居民医保财政补助标准提高到200元。", [("新农合和城镇居民医保财政补助标准", D(200))]),
    ("提高农村义务教育公用经费标准，把小学、初中学生人均公用经费分别提高到300元和500元。",
     [("农村小学学生人均公用经费", D(300)), ("农村初中学生人均公用经费", D(500))]),     # 农村: the clause before's scope
    # 把好 is a verb, and 把 before a number names nothing (2005, 2014)
    ("继续把好土地审批和信贷投放两个闸门。", []),
    ("确保谷物基本自给、口粮绝对安全，把13亿中国人的饭碗牢牢端在自己手中。", []),
])
def test_the_object_marker_is_no_part_of_the_name(lexicon, text, named):
    assert _named(text, lexicon) == named


def test_people_counted_out_of_poverty_decrease_it(lexicon):
    # 2016 target; the 2017 report states the outcome as 农村贫困人口减少1240万
    text = PLAN + "今年要完成1000万以上农村贫困人口脱贫任务，其中易地搬迁脱贫200万人以上，继续推进贫困农户危房改造。"
    assert _facts(text, lexicon)[1:] == [("农村贫困人口", DEC, D(1000)), ("易地扶贫搬迁人口", LEVEL, D(200))]


def test_the_base_of_a_change_is_no_outcome(lexicon):
    """State Council 2011 -> 2012: the review's 由每人每年120元提高到200元 states where the year started (120) and its
    outcome (200); the target 提高到200元 pairs with 200."""
    from kg.model import DocKind, Verdict

    metric = "城镇居民医保和新农合财政补助标准"
    target = "今年要把新农合和城镇居民医保财政补助标准提高到200元。"
    review = "各级财政对城镇居民医保和新农合的补助标准由每人每年120元提高到200元。"
    outcomes = [_said(metric, v, "元", "unit:CNY", Status.ACHIEVED, 2024, "o", review, v) for v in ("120", "200")]
    [p] = _tracked(lexicon, [
        ("t", 2024, DocKind.WORK_REPORT, [_said(metric, "200", "元", "unit:CNY", Status.PLANNED, 2024, "t", target, "200")],
         target),
        ("o", 2025, DocKind.WORK_REPORT, outcomes, review)])
    assert p.outcome.observation.quantity.value == 200 and p.verdict is Verdict.MET


@pytest.mark.parametrize("body, facts", [
    # how far a programme reaches is one indicator however worded (范围, 覆盖面, what it 覆盖: a share is its 覆盖率), of the programme the
    # clauses before name: the 2010 target, its 2011 outcome; the 2011 target (of the country's counties), its 2012
    # outcome (after figures of other things)
    (PLAN + "扎实推进新型农村社会养老保险试点，试点范围扩大到23%的县。", [("新型农村社会养老保险试点覆盖率", LEVEL, D(23))]),
    (REVIEW + "连续7年提高企业退休人员基本养老金水平，新型农村社会养老保险试点覆盖24%的县。",
     [("新型农村社会养老保险试点覆盖率", LEVEL, D(24))]),
    (PLAN + "将新型农村社会养老保险试点范围扩大到全国40%的县。", [("新型农村社会养老保险试点覆盖率", LEVEL, D(40))]),
    (REVIEW + "2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60%以上。",
     [("新型农村社会养老保险试点覆盖率", LEVEL, D(60))]),
    # a scope without a programme named in its sentence names nothing (2007)
    (PLAN + "试点范围扩大到全国80%以上的县（市、区），有条件的地方还可以搞得更快一些。", []),
])
def test_how_far_a_programme_reaches_is_named_by_the_programme(lexicon, body, facts):
    doc = read_text(HEAD + body, "t.txt", "t", lexicon)
    named = attribute(doc, [o for s in doc.sentences for o in sentence_observations(doc, s, lexicon)], lexicon)
    found = [(o.metric, o.measure, o.quantity.value) for o in named if o.sentence == len(doc.sentences) - 1]
    assert [f for f in found if f[0].endswith(("覆盖", "覆盖率"))] == facts


@pytest.mark.parametrize("text, named", [
    # people counted right before what they do are counted by it (issue 17: 上亿人喜迁新居, national_2018's gold), of the
    # programme the clauses before name (2012)
    ("棚户区住房改造2600多万套，农村危房改造1700多万户，上亿人喜迁新居。",
     [("棚户区住房改造", D(2600)), ("农村危房改造", D(1700)), ("喜迁新居人口", D(1))]),
    ("2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。",
     [("城镇居民社会养老保险试点参保人口", D(1334)), ("领取养老金", D(641))]),
    # not people qualifying a noun (约1亿人居住的棚户区), nor a verb that alone is whose (受益)
    ("完成约1亿人居住的棚户区和城中村改造。", []),
    ("全年人均增加1680元，5700多万人受益。", [("企业退休人员基本养老金", D(1680))]),
])
def test_people_counted_before_what_they_do(lexicon, text, named):
    body = "连续第7年提高企业退休人员基本养老金，" + text if "1680" in text else text
    assert _named(body, lexicon) == named


@pytest.mark.parametrize("text, named", [
    # the rural people whose drinking water is made safe are one indicator however worded: the 2009 target and its
    # 2010 outcome, a target naming it after 的 (2008, 2014) and an outcome that runs on (2015)
    ("再解决6000万人安全饮水问题，继续加强农村电网。", [("解决农村饮水安全人口", D(6000))]),
    ("农村饮水安全工程使6069万农民受益。", [("解决农村饮水安全人口", D(6069))]),
    ("今年要再解决3200万农村人口的安全饮水问题。", [("解决农村饮水安全人口", D(3200))]),
    ("今年再解决6000万农村人口的饮水安全问题，经过今明两年努力，要让所有农村居民都能喝上干净的水。",
     [("解决农村饮水安全人口", D(6000))]),
    ("农村贫困人口减少1232万人；6600多万农村人口饮水安全问题得到解决；出境旅游超过1亿人次。",
     [("农村贫困人口", D(1232)), ("解决农村饮水安全人口", D(6600)), ("出境旅游", D(1))]),
])
def test_safe_drinking_water_is_one_indicator(lexicon, text, named):
    assert _named(text, lexicon) == named


@pytest.mark.parametrize("text, named", [
    # two kinds totalled by 共, the second's qualifier a verb (棚户区改造): both are named, joined by 和 (judge 8102;
    # heads17). The promise tracker still pairs the 2011 target with its 2012 outcome 城镇保障性住房…新开工建设1043万套
    # through the first kind (kg.link.promise_names._first_kind; the gold pair holds in `kg eval`)
    ("今年要再开工建设保障性住房、棚户区改造住房共1000万套，改造农村危房150万户。",
     [("保障性住房和棚户区改造住房开工", D(1000)), ("农村危房改造", D(150))]),
    # three kinds of one thing totalled by 共: the verb, each kind's qualifier and the head once (zhejiang_2026; judge
    # 3141 found the last kind alone wrong: heads13)
    ("新增“固定班次+预约响应”山区城乡公交线路、城际巴士线路、客货邮融合线路共220条。",
     [("新增山区城乡公交城际巴士客货邮融合线路", D(220))]),
])
def test_a_list_totalled_by_its_whole(lexicon, text, named):
    assert _named(text, lexicon) == named


@pytest.mark.parametrize("body, facts", [
    # a count of 人口 that qualifies the country is its total population (年末总人口) (issue 17: national_2018 and 2019's gold)
    (REVIEW + "城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业。",
     [("城镇新增就业", LEVEL, D(6600)), ("年末总人口", LEVEL, D(13))]),
    (REVIEW + "近14亿人口的发展中大国，实现了比较充分就业。", [("年末总人口", LEVEL, D(14))]),
    # not a count of people of another kind, and no goal in a plan's sentence (national_2009)
    (REVIEW + "参加新农合的人口8.14亿，覆盖农村5亿人口。", []),
    (PLAN + "在我们这样一个13亿人口的发展中国家，要扩大城乡就业，增加居民收入。", []),
])
def test_the_countrys_population(lexicon, body, facts):
    doc = read_text(HEAD + body, "t.txt", "t", lexicon)
    named = attribute(doc, [o for s in doc.sentences for o in sentence_observations(doc, s, lexicon)], lexicon)
    last = [(o.metric, o.measure, o.quantity.value) for o in named if o.sentence == len(doc.sentences) - 1]
    assert [f for f in last if f[0] in ("年末总人口", "城镇新增就业")] == facts
