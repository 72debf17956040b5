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
    values = {p[0] for p in periods}
    found = [o for o in _observations(ELEVENTH + between + text, lexicon) if o.quantity.value in values]
    assert _periods(found) == periods


# -- a run of figures after a total of the years reviewed is summed over them too ------------------------------

T, A = Aggregation.TOTAL, Aggregation.AVERAGE


@pytest.mark.parametrize("text, ranges", [
    # State Council 2013: 五年累计 opens the run; the items after it are totals of the five years
    ("推进天然林保护、退耕还林、防沙治沙等重点生态工程建设，五年累计完成造林2953万公顷，治理沙漠化、石漠化土地1196万公顷，"
     "综合治理水土流失面积24.6万平方公里，整治国土面积18万平方公里。", [T, T, T, T]),
    # State Council 2013: 其中 names a part of the flow before it; a total stock (总里程达) stays the last year's
    ("新增公路60.9万公里，其中高速公路4.2万公里，高速公路总里程达9.56万公里。", [T, T, None]),
    # State Council 2008: a run after a yearly average is averaged too
    ("平均每年城镇新增就业1000多万人、农村劳动力转移就业800万人。", [A, A]),
    # State Council 2003: 五年 … 授予 (a flow verb) and the figure after it
    ("五年获得国家登记的科技成果14万多项，授予专利权52万件。", [T, T]),
    # Jiangsu 2026: 达 after a flow states a level, a rate
    ("二级及以上老年医院数量新增76家，千人口托位数达4.7个。", [T, None]),
    # Guangdong 2026: nothing before the number in its clause: a subject counted, not the flow's object
    ("城镇累计新增就业超700万人、约占全国1/10，4386万名异地务工人员在粤稳定就业。", [T, None]),
    # Guangdong 2026: a rate is never a flow, whatever its wording (建成区)
    ("城市建成区绿地率达41.2%，建成碧道7960公里。", [None, T]),
])
def test_a_run_after_a_total_of_the_years_reviewed(lexicon, text, ranges):
    found = _observations(ELEVENTH + text, lexicon)
    assert [o.aggregation for o in found] == ranges
    assert all(o.period_start == (2006 if o.aggregation else None) for o in found)


@pytest.mark.parametrize("text, aggregation", [
    ("农村经济全面发展，农业增加值平均每年增长4.5％。", A),                # State Council 1998
    ("社会消费品零售总额平均每年增长10.6％。", A),                        # State Council 2001
    ("完成大中型和重点小型水库除险加固1.8万座。", T),                      # State Council 2013 (完成)
    ("淘汰落后炼铁产能1.17亿吨。", T),                                   # State Council 2013 (淘汰)
    ("综合治理水土流失面积23万平方公里。", T),                           # State Council 2011 (治理)
    ("新建、改扩建机场50个。", T),                                       # State Council 2003 (扩建)
    ("中央财政“三农”投入累计近3万亿元。", T),                              # State Council 2011 (money spent)
    ("加大财政投入，中央财政“三农”累计支出4.47万亿元。", T),                  # State Council 2013
    ("提请全国人大常委会制定修订法律95部，制定修订行政法规195部。", T),      # State Council 2018 (提请)
    ("办理市人大代表建议4983件、市政协提案4489件。", T),                     # Shanghai 2023 (办理)
])
def test_averages_and_flows_of_the_years_reviewed(lexicon, text, aggregation):
    found = _observations(ELEVENTH + text, lexicon)
    assert found and all(o.aggregation is aggregation and o.period_start == 2006 for o in found)


# -- in a plan, a look back states what is done ----------------------------------------------------------------

PLAN = "二、2011年主要任务\n今年要继续实施积极的财政政策。\n"


@pytest.mark.parametrize("text, statuses", [
    # State Council 2000: two years of the plan looked back on, inside the plan's section
    ("从国债投资的效果看，两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款和自筹资金。",
     [Status.ACHIEVED, Status.ACHIEVED]),
    ("已建成的主要有：加固大江大河大湖堤防近6100公里；新增公路通车里程1.2万公里。", [Status.ACHIEVED, Status.ACHIEVED]),
    # State Council 1997: what is done, then this year's plan
    ("国家已经组织了57户企业集团试点，今年要扩大到120户。", [Status.ACHIEVED, Status.PLANNED]),
    # State Council 2013: 今年 after the look back opens the plan again
    ("同时，目前我国债务负担率相对较低，今年增加赤字后，赤字率在2%左右。", [Status.PLANNED]),
    # Guangdong 2026: 已建成 as an attribute of what the plan improves
    ("改造提升超5000个已建成自然村的生活污水治理设施。", [Status.PLANNED]),
])
def test_a_look_back_inside_a_plan_states_what_is_done(lexicon, text, statuses):
    found = _observations(PLAN + text, lexicon)
    assert [o.status for o in found] == statuses
    assert all(o.period == (2010 if o.status is Status.ACHIEVED else 2011) for o in found)


# -- a bounded size before 的 and a noun is the threshold of a class of things ---------------------------------

@pytest.mark.parametrize("text, threshold, kept", [
    ("推动大宗货物年运量150万吨以上的物流园区、工矿企业、港口码头接入铁路专用线或管道。", D(150), []),    # Henan 2026
    ("建设新能源汽车等59个投资10亿元以上的产业项目。", D(10), [D(59)]),                              # Shanghai 2022
    ("村集体经济经营性收入50万元以上的行政村占比达68%。", D(50), [D(68)]),                            # Zhejiang 2026
    # a bounded count and a bounded share before 的 stay figures
    ("用于1500万人次以上的职工技能提升和转岗转业培训。", None, [D(1500)]),                     # State Council 2019
    ("累计化解各类矛盾纠纷1655万件，90%以上的矛盾纠纷化解在基层。", None, [D(1655), D(90)]),
    # a range right before a noun bounds a class as well: an age band (Zhejiang 2025, 2026; Guangdong 2026)
    ("为全省0—6岁儿童免费开展孤独症筛查。", D(0), []),
    ("为全省0-6岁儿童免费开展孤独症筛查。", D(0), []),
    ("其中孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上。", D(0), [D(90)]),
])
def test_a_bounded_size_before_a_noun_is_a_threshold(lexicon, text, threshold, kept):
    values = [o.quantity.value for o in _observations(text, lexicon)]
    assert threshold not in values and all(k in values for k in kept)


# -- doctrines and policies named by their count ------------------------------------------------------------

@pytest.mark.parametrize("text, named", [
    ("坚持以经济建设为中心，坚持四项基本原则，坚持改革开放。", D(4)),                               # State Council 1998
    ("本届政府把实行科学民主决策、推进依法行政、加强行政监督作为政府工作的三项基本准则。", D(3)),      # 2008
    ("我们希望，在中美三个联合公报和中美联合声明的基础上，双方共同努力。", D(3)),                    # 1998
    ("更好地利用国内外两个市场和两种资源，促进对外贸易持续增长。", D(2)),                           # 1997
    ("巩固和发展煤矿瓦斯治理和整顿关闭两个攻坚战成果。", D(2)),                                     # 2008
    ("落实一方是独生子女的夫妇可生育两个孩子政策。", D(2)),                                        # 2014
    ("在“巩固、增强、提升、畅通”八个字上下功夫。", D(8)),                                          # 2019
    ("进一步巩固对内对外开放两个扇面枢纽地位。", D(2)),                                            # Shanghai 2021
    ("用好240小时过境免签、单方面免签政策，扩大入境游规模。", D(240)),                             # Sichuan 2025
    ("郑州航空口岸240小时过境免签政策落地实施。", D(240)),                                        # Henan 2025
    ("动员全省超8000名志愿者线上线下接力，每天24小时提供免费心理疏导。", D(24)),                   # Guangdong 2026
])
def test_a_doctrine_named_by_its_count_is_no_figure(lexicon, text, named):
    assert named not in [o.quantity.value for o in _observations(text, lexicon)]


# -- a plan's sentence naming the years its goals cover ---------------------------------------------------------

HEAD_2009 = "——2009年3月5日在第十一届全国人民代表大会第二次会议上\n国务院总理 温家宝\n二、2009年主要任务\n"


@pytest.mark.parametrize("text, periods", [
    # State Council 2007 (read as a report of 2009: the plan's years stay 2006-2010): the plan named, this year
    # again, five years again
    ("“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；五年淘汰落后炼铁产能1亿吨。",
     [(D(5000), 2006, 2010, T), (D(1000), None, 2009, None), (D(1), 2006, 2010, T)]),
    # State Council 2009: some years from now
    ("今后三年内中央财政再支持5000所中心乡镇卫生院、2000所县级医院。", [(D(5000), 2009, 2011, T), (D(2000), 2009, 2011, T)]),
    ("争取用三年时间，解决750万户城市低收入住房困难家庭的住房问题。", [(D(750), 2009, 2011, T)]),
    # State Council 2008: a level reached by the end of the years named is that year's level
    ("用两年时间将筹资标准由每人每年50元提高到100元。", [(D(50), None, 2008, None), (D(100), None, 2010, None)]),
    # State Council 2016: a rate's level at the end, changes over the years
    ("今后五年，单位国内生产总值用水量下降23%，森林覆盖率达到23.04%。", [(D(23), 2009, 2013, T), (D("23.04"), None, 2013, None)]),
    # no years named: this year's
    ("今年中央财政安排社会保障支出2019亿元。", [(D(2019), None, 2009, None)]),
])
def test_a_plan_naming_its_years(lexicon, text, periods):
    found = _observations(text, lexicon, head=HEAD_2009)
    assert [(o.quantity.value, o.period_start, o.period, o.aggregation) for o in found] == periods


def test_an_age_band_stays_in_the_name_it_opens(lexicon):
    """A dash between digits is a range, no clause break: the band is the indicator's (Guangdong 2026)."""
    found = _observations("其中孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上。", lexicon)
    assert [(o.metric, o.quantity.value) for o in found][-1] == ("0—6岁儿童健康管理率", D(90))
