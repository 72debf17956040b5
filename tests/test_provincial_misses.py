"""Strict-observation misses of the exhaustive gold outside the State Council (issue 17, acceptance item 1), one
table per cause, with sentences from ../shared/corpus (the file each comes from is named beside it)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.extractors import run
from kg.lang.zh.quantities import find_quantities
from kg.read.documents import read_text
from tests.test_national_reports import REVIEW
from tests.test_observations_grammar import FIVE_YEARS, HEAD


def _facts(body: str, lexicon) -> list[tuple[str, str, D]]:
    """(metric, measure, value) of every observation of ``body`` in a year's review."""
    doc = read_text(HEAD + REVIEW + body, "t.txt", "t", lexicon)
    return [(o.metric, o.measure.value, o.quantity.value) for o in run(doc, lexicon).observations]


@pytest.mark.parametrize("body, fact", [
    # 在 + a province's one-character short name only places what is counted
    ("在川两院院士70位，各类专业技术人才达到470万人。", ("两院院士", "level", D(70))),            # sichuan_2026
    ("首批207名港澳工程专业人才通过大湾区职称评价，在粤执业港澳专业人士超5500名。",
     ("执业港澳专业人士", "level", D(5500))),                                                       # guangdong_2025
    # a place name (ns) as before
    ("城镇新增就业115.8万人，城镇调查失业率4.6%，新就业群体近300万人，在浙就业省外劳动力2300万人。",
     ("省外劳动力", "level", D(2300))),                                                           # zhejiang_2026
])
def test_a_place_after_zai_is_no_part_of_the_name(lexicon, body, fact):
    assert fact in _facts(body, lexicon)


@pytest.mark.parametrize("body, fact", [
    # the part of a flow is that flow of the part
    ("总量达1461.4万户，新登记147万户、其中企业57.3万家。", ("新登记企业", "level", D("57.3"))),   # jiangsu_2026
    # the part of a stock, or after a change, is a count of the part
    ("新登记经营主体320万户、增长13%，总量达2037.7万户，其中企业929.8万户。",
     ("企业数量", "level", D("929.8"))),                                                          # guangdong_2026
    ("全年为企业减负超3300亿元，全省经营主体达1163.7万户、增长6.3%，其中企业410.1万户、增长7.7%。",
     ("企业数量", "level", D("410.1"))),                                                          # zhejiang_2026
])
def test_a_part_named_by_qizhong_takes_the_flow_before(lexicon, body, fact):
    assert fact in _facts(body, lexicon)


@pytest.mark.parametrize("body, fact", [
    # the stock counted bare after a flow of it is an indicator of the scheme
    ("新增公园162座、累计达到832座。", ("公园数量", "level", D(832))),                              # shanghai_city_2024
    ("全市公园从2017年的243座增加到670座。", ("公园数量", "level", D(670))),                         # shanghai_city_2023
    # the flow keeps its verb
    ("新增公园162座、累计达到832座。", ("新增公园", "level", D(162))),
])
def test_a_stock_counted_bare_is_named_by_the_scheme(lexicon, body, fact):
    assert fact in _facts(body, lexicon)


@pytest.mark.parametrize("body, fact", [
    # a percentage followed by a verb closing its clause is the verb's rate of the subject before it
    ("保交房项目提前3个月实现100%交付，政府债务化解和融资平台改革转型年度任务超额完成。",
     ("保交房项目交付率", "level", D(100))),                                                      # heilongjiang_2026
    ("确保11 个市考断面水质保持 100%达标。", ("市考断面水质达标率", "level", D(100))),              # xuhui 2024
    ("完善家电、汽车以旧换新和汽车、摩托车下乡政策，小排量汽车购置税按7.5％征收。",
     ("小排量汽车购置税征收率", "level", D("7.5"))),                                              # national_2010
])
def test_a_percentage_before_a_verb_is_its_rate(lexicon, body, fact):
    assert fact in _facts(body, lexicon)


@pytest.mark.parametrize("body", [
    "进出口总额突破9万亿元、增长9.8%，总量连续39年居全国首位。",       # a change: no verb after the figure
    "贡献了全国38.7%的贸易增量。",                                       # 的 after the figure: a share, no rate
])
def test_no_rate_without_a_verb_closing_the_clause(lexicon, body):
    assert not any(m.endswith("率") and v in (D("9.8"), D("38.7")) for m, _, v in _facts(body, lexicon))


def test_power_sent_out_over_a_five_year_review_is_a_total(lexicon):
    """A transfer (外送, 东送) is a flow: in a paragraph looking back over the plan it sums the five years, while a
    capacity beside it is the last year's level (sichuan_2026)."""
    body = FIVE_YEARS + "清洁能源装机容量超过1.3亿千瓦，“西电东送”电量超过8100亿千瓦时。"
    doc = read_text(HEAD + body, "t.txt", "t", lexicon)
    found = {o.metric: (o.period_start, o.period) for o in run(doc, lexicon).observations}
    assert found["西电东送电量"] == (2019, 2023)
    assert found["清洁能源装机容量"] == (None, 2023)


@pytest.mark.parametrize("text, value, unit", [
    ("算力总规模达到10.36百亿亿次/秒。", D("10.36"), "百亿亿次/秒"),                                 # henan_2026
    ("全省算力总规模达到15EFlops，长虹云帆等34个大模型成功发布。", D(15), "EFlops"),                  # sichuan_2025
])
def test_computing_power_is_a_quantity(lexicon, text, value, unit):
    q = find_quantities(text, lexicon)[0]
    assert (q.value, q.unit, q.normalized_unit) == (value, unit, "unit:PER-SEC")
    assert q.normalized_value == value * 10 ** 18
    assert ("算力总规模", "level", value) in _facts(text, lexicon)


@pytest.mark.parametrize("body, fact", [
    # a generic noun counted before an award names what won it
    ("29项成果获国家科学技术奖励。", ("获国家科学技术奖励成果", "level", D(29))),                      # sichuan_2025
    ("9项成果获国家科学技术奖，国家光刻机产业计量测试中心落户我省。",
     ("获国家科学技术奖成果", "level", D(9))),                                                     # heilongjiang_2025
    # a word the tagger misreads at a name's edge (本科 as a pronoun)
    ("公共服务提档升级，学前教育免费政策惠及儿童13万名，提质升级基础教育优质学位9.5万个，2所高职院校升格为职教本科。",
     ("高职院校升格为职教本科", "level", D(2))),                                                   # heilongjiang_2026
])
def test_things_counted_before_their_predicate(lexicon, body, fact):
    assert fact in _facts(body, lexicon)


@pytest.mark.parametrize("body, fact", [
    # things counted by a measure of theirs reaching a rank: the measure, the rank, 的 and the things
    ("保障国家重要初级产品供给战略基地作用持续巩固，粮食年产量稳定在700亿斤以上，油菜籽等14种农产品产量居全国第1位，"
     "清洁能源装机容量超过1.3亿千瓦。", ("产量居全国第1位的农产品", "level", D(14))),               # sichuan_2026
    ("建成全国最大天然气生产基地，钒钛、硫铁等9种矿产查明资源量居全国第1位。",
     ("查明资源量居全国第1位的矿产", "level", D(9))),                                             # sichuan_2026
    # passing a threshold: written before the things, as the texts write 超千亿元镇
    ("规上工业企业利润增长6%，191家工业企业营业收入超百亿元；一般公共预算收入增长2.1%。",
     ("营业收入超百亿元工业企业", "level", D(191))),                                              # jiangsu_2026
])
def test_things_counted_by_a_rank_or_a_threshold(lexicon, body, fact):
    assert fact in _facts(body, lexicon)


@pytest.mark.parametrize("body, fact", [
    # a generic noun after a modal and a verb of giving takes the indicator whose stem the sentence named before
    ("打造全市首批新时代城市建设者管理者之家示范项目，全区共可提供床位超2000张。",
     ("新时代城市建设者管理者之家床位", "level", D(2000))),                                       # xuhui 2024 news
])
def test_a_generic_noun_takes_the_indicator_named_before(lexicon, body, fact):
    assert fact in _facts(body, lexicon)


def test_no_indicator_when_the_stem_is_not_in_the_sentence(lexicon):
    assert not any(m.endswith("床位") for m, _, _ in _facts("全区共可提供床位超2000张。", lexicon))


@pytest.mark.parametrize("body, fact", [
    # people reached by a verb and the list of its objects are the whole list's, named as the scheme names it
    ("人居环境持续改善，改造老旧小区、城中村、农村危房惠及群众10.08万户。",
     ("老旧小区城中村农村危房改造惠及群众", "level", D("10.08"))),                                # heilongjiang_2026
    # one object: its own wording as before
    ("公共服务提档升级，学前教育免费政策惠及儿童13万名，提质升级基础教育优质学位9.5万个。",
     ("学前教育免费政策惠及儿童", "level", D(13))),                                               # heilongjiang_2026
])
def test_a_list_of_objects_shares_the_people_reached(lexicon, body, fact):
    assert fact in _facts(body, lexicon)


@pytest.mark.parametrize("body, fact", [
    # a share of a whole's increase contributed: the verb and the scope before the figure, 的 and the whole after
    ("进出口总额突破9万亿元、增长9.8%，总量连续39年居全国首位，贡献了全国38.7%的贸易增量。",
     ("对全国贸易增量贡献", "level", D("38.7"))),                                                 # guangdong_2025
])
def test_a_share_of_an_increase_contributed(lexicon, body, fact):
    assert fact in _facts(body, lexicon)


def test_no_contribution_named_by_a_bare_increase(lexicon):
    """贡献了全国24.1%的增量 (guangdong_2026): whose increase it is the sentence leaves to the figure before."""
    found = _facts("货物进出口总额9.5万亿元、增长4.4%，贡献了全国24.1%的增量。", lexicon)
    assert not any(v == D("24.1") for _, _, v in found)


@pytest.mark.parametrize("body, fact", [
    # 总量达 after a flow introduces the stock, without the flow's action
    ("新增境内外上市公司45家、总量达1224家，上榜世界500强企业增至18家。",
     ("境内外上市公司", "level", D(1224))),                                                      # guangdong_2026
    ("知识产权质押融资突破3000亿元，新增境内外上市企业41家、总量达1198家。",
     ("境内外上市企业", "level", D(1198))),                                                      # guangdong_2025
])
def test_a_total_after_a_flow_is_the_stock(lexicon, body, fact):
    assert fact in _facts(body, lexicon)
