"""How figures are read from sentences (issue 17), one table per cause, with sentences of the shared corpus:
units, periods as the text means them, lists that share their words, numbers that are part of a name."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.extractors.lists import list_names
from kg.extractors.observations import sentence_observations
from kg.lang.zh.quantities import find_quantities
from kg.model import Aggregation, Measure
from kg.read.documents import read_text

HEAD = "——2024年1月10日在上海市徐汇区第十七届人民代表大会第五次会议上\n上海市徐汇区区长 钟晓咏\n"
FIVE_YEARS = "一、过去五年工作回顾\n五年来，经济实力跃上新台阶。"
PLAN = "二、2024年主要任务\n今年发展主要预期目标是：城镇新增就业10万人。"


def _observations(body: str, lexicon):
    doc = read_text(HEAD + body, "t.txt", "t", lexicon)
    return [o for s in doc.sentences for o in sentence_observations(doc, s, lexicon)]


# -- units ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    # a share worded X占Y takes 比重 (Heilongjiang 2026), one already headed keeps its name (Jiangsu 2026)
    ("民生支出占一般公共预算支出87%。", ["民生支出占一般公共预算支出比重"]),
    ("民间投资占比稳定在60%以上。", ["民间投资占比"]),
    ("税占比达77.4%。", ["税占比"]),
    # a share that already names its head keeps it, without the adverb after (State Council; Guangdong 2026)
    ("国家财政性教育经费占国内生产总值比例继续超过4%。", ["国家财政性教育经费占国内生产总值比例"]),
    ("出口规模占全国份额达到14%。", ["出口规模占全国份额"]),
    # a share of a whole's total through 的, hedged before 占 (Xuhui 2025); a share named with 的比例 (Shanghai 2023)
    ("全年完成9个地块征收，征收面积约占全市总量的50%。", ["地块征收", "征收面积占全市比重"]),
    ("研发经费支出相当于全市生产总值的比例达到4.4%。", ["研发经费支出相当于全市生产总值的比例"]),
    # an area is no share
    ("占地面积120亩。", ["占地面积"]),
])
def test_a_share_is_named_with_its_head(lexicon, text, names):
    assert [o.metric for o in _observations(text, lexicon)] == names


@pytest.mark.parametrize("text, comparator", [
    ("征收面积约占全市总量的50%。", "about"),          # Xuhui 2025
    ("全区34个大模型通过备案、占全市近60%。", "about"),   # Xuhui 2025: the hedge after 占 stays the number's
    ("民生支出占一般公共预算支出87%。", "exactly"),       # Heilongjiang 2026
    ("进出口占比首次超过50%。", "at_least"),              # Jiangsu 2026, no share opening hedged
])
def test_a_hedged_share_hedges_its_number(lexicon, text, comparator):
    assert _observations(text, lexicon)[-1].quantity.comparator.value == comparator


@pytest.mark.parametrize("text, value, unit, normalized, curie", [
    ("粮食产量730亿斤以上", D(730), "亿斤", D("36500000000"), "unit:KiloGM"),
    ("水果、蔬菜、茶叶产量分别达2050万吨", D(2050), "万吨", D("20500000000"), "unit:KiloGM"),
    ("港口集装箱吞吐量达8097万标箱", D(8097), "万标箱", D("80970000"), "kgo:TwentyFootEquivalentUnit"),
    ("上海港集装箱吞吐量达到4730.3万标准箱", D("4730.3"), "万标准箱", D("47303000"), "kgo:TwentyFootEquivalentUnit"),
    ("清洁能源装机容量超过1.3亿千瓦", D("1.3"), "亿千瓦", D("130000000"), "unit:KiloW"),
    ("“西电东送”电量超过8100亿千瓦时", D(8100), "亿千瓦时", D("810000000000"), "unit:KiloW-HR"),
    ("专利拥有量达到9.3件、增长2倍多", D(2), "倍", D(2), "kgo:Multiple"),
    ("生猪年出栏量稳定在3900万头", D(3900), "万头", D("39000000"), "unit:NUM"),
    ("日供水能力提高到50万立方米", D(50), "万立方米", D("500000"), "unit:M3"),
    ("无人机产量增长39%、占全国9成", D(9), "成", D(90), "unit:PERCENT"),
    ("财政支出中民生支出占一般公共预算支出7成以上", D(7), "成", D(70), "unit:PERCENT"),
])
def test_units_of_mass_energy_volume_containers_and_multiples(lexicon, text, value, unit, normalized, curie):
    q = find_quantities(text, lexicon)[-1]
    assert (q.value, q.unit, q.normalized_value, q.normalized_unit) == (value, unit, normalized, curie)


@pytest.mark.parametrize("text", ["成为全国首个", "3成交额", "新增企业5成立"])
def test_cheng_opening_a_word_is_no_share(lexicon, text):
    assert all(q.unit != "成" for q in find_quantities(text, lexicon))


@pytest.mark.parametrize("text, names", [
    # a share after a growth takes no action from it, even when its noun opens like a verb (Guangdong 2026)
    ("服务机器人产量增长11.2%、占全国8成。", ["服务机器人产量", "服务机器人产量占全国比重"]),
    ("无人机产量增长39%、占全国9成。", ["无人机产量", "无人机产量占全国比重"]),
    # a share keeps the whole it is of, even a scope word (Xuhui 2025), and takes 比重 (Heilongjiang 2026)
    ("全区34个大模型通过备案、占全市近60%。", ["大模型通过备案", "大模型通过备案占全市比重"]),
])
def test_a_share_after_a_figure_is_of_its_indicator(lexicon, text, names):
    from kg.extractors.indicators import attribute
    doc = read_text(HEAD + text, "t.txt", "t", lexicon)
    found = attribute(doc, [o for s in doc.sentences for o in sentence_observations(doc, s, lexicon)], lexicon)
    assert [o.metric for o in found] == names


@pytest.mark.parametrize("text, values", [
    ("港口集装箱吞吐量达8097万标箱、增长4.5%。", [(D(8097), Measure.LEVEL), (D("4.5"), Measure.INCREASE)]),
    ("粮食产量730亿斤以上。", [(D(730), Measure.LEVEL)]),
    ("全省粮食总产量达到1275.2亿斤、增长1.3%。", [(D("1275.2"), Measure.LEVEL), (D("1.3"), Measure.INCREASE)]),
])
def test_a_figure_in_a_new_unit_keeps_the_growth_beside_it(lexicon, text, values):
    assert [(o.quantity.value, o.measure) for o in _observations(text, lexicon)] == values


# -- periods -------------------------------------------------------------------------------------

def _periods(observations):
    return [(o.quantity.value, o.period_start, o.period, o.aggregation) for o in observations]


@pytest.mark.parametrize("text, periods", [
    # a five-year review (the report of 2024 looks back on 2019-2023): the base of 从X到Y five years back,
    # averages and totals over the five years, levels of the last year
    ("国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。",
     [(D(54), None, 2018, None), (D("82.7"), None, 2023, None), (D("7.1"), 2019, 2023, Aggregation.AVERAGE)]),
    ("居民消费价格保持平稳，年均上涨1.9%。", [(D("1.9"), 2019, 2023, Aggregation.AVERAGE)]),
    ("城镇新增就业522万人、农村劳动力转移稳定在2500万人以上。",
     [(D(522), 2019, 2023, Aggregation.TOTAL), (D(2500), 2019, 2023, None)]),
    ("实际使用外资五年累计达到1030亿美元左右、比上个五年增长15.8%左右。",
     [(D(1030), 2019, 2023, Aggregation.TOTAL), (D("15.8"), 2019, 2023, Aggregation.TOTAL)]),
    ("人均预期寿命达到76.7岁，基本医疗保险覆盖13.5亿人。", [(D("76.7"), None, 2023, None), (D("13.5"), None, 2023, None)]),
    ("人均地区生产总值从2020年的10.5万元提高到2023年的14万元左右。",
     [(D("10.5"), None, 2020, None), (D(14), None, 2023, None)]),
    ("外贸进出口总额连续两年超过4万亿元。", [(D(4), 2022, 2023, None)]),
    ("城乡居民人均可支配收入年均分别增长5.3%、7.1%。",
     [(D("5.3"), 2019, 2023, Aggregation.AVERAGE), (D("7.1"), 2019, 2023, Aggregation.AVERAGE)]),
])
def test_periods_in_a_five_year_review(lexicon, text, periods):
    assert _periods(_observations(FIVE_YEARS + text, lexicon)) == periods


@pytest.mark.parametrize("text, periods", [
    ("全市生产总值突破4万亿元大关，2022年预计达到4.45万亿元。", [(D(4), None, 2023, None), (D("4.45"), None, 2022, None)]),
    ("生产安全事故起数比2020年下降65.3%。", [(D("65.3"), 2021, 2023, Aggregation.TOTAL)]),
    ("2021年以来累计新增就业岗位180万个。", [(D(180), 2021, 2023, Aggregation.TOTAL)]),
    ("新增国家高新技术企业1200家，总量达到1.8万家。", [(D(1200), None, 2023, None), (D("1.8"), None, 2023, None)]),
])
def test_periods_stated_in_a_year_review(lexicon, text, periods):
    assert _periods(_observations("一年来，各项工作取得新进展。" + text, lexicon)) == periods


@pytest.mark.parametrize("text, periods", [
    ("到2027年，常住人口城镇化率达到80%。", [(D(80), None, 2027, None)]),
    ("地方一般公共预算收入增长5%。", [(D(5), None, 2024, None)]),
])
def test_periods_of_targets(lexicon, text, periods):
    assert _periods(_observations(PLAN + text, lexicon))[1:] == periods


def test_from_and_to_are_two_levels_of_one_indicator(lexicon):
    found = _observations(FIVE_YEARS + "财政收入从11.7万亿元增加到17.3万亿元。贫困发生率由10.2%下降到3.1%。", lexicon)
    assert [(o.quantity.value, o.measure, o.period) for o in found] == [
        (D("11.7"), Measure.LEVEL, 2018), (D("17.3"), Measure.LEVEL, 2023),
        (D("10.2"), Measure.LEVEL, 2018), (D("3.1"), Measure.LEVEL, 2023)]
    assert len({o.metric for o in found[:2]}) == 1 and len({o.metric for o in found[2:]}) == 1
    assert not any(o.metric.endswith(("从", "由")) for o in found)


@pytest.mark.parametrize("text", [
    "今年人均基本公共卫生服务经费标准由25元提高到30元。",                  # State Council 2013
    "城乡居民医保财政补助由每人每年420元提高到450元。",                    # State Council 2017
])
def test_the_base_of_a_planned_rise_is_the_level_reached(lexicon, text):
    """In a plan, the X of 由X提高到Y is last year's level, already reached; Y is the plan."""
    from kg.model import Status

    found = _observations(PLAN + text, lexicon)[1:]         # after PLAN's own 城镇新增就业
    assert [(o.status, o.period) for o in found] == [(Status.ACHIEVED, 2023), (Status.PLANNED, 2024)]


# -- lists ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("items, count, names", [
    (["城乡居民人均可支配收入"], 2, ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    (["城镇和农村居民人均可支配收入"], 2, ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    (["城乡低保标准"], 2, ["城市低保标准", "农村低保标准"]),
    (["适龄儿童入园率和普惠率"], 2, ["适龄儿童入园率", "普惠率"]),
    (["六大优势产业", "高技术制造业", "绿色低碳优势产业增加值"], 3,
     ["六大优势产业增加值", "高技术制造业增加值", "绿色低碳优势产业增加值"]),
    (["电动载人汽车", "锂电池", "太阳能电池等“新三样”出口"], 3, ["电动载人汽车出口", "锂电池出口", "太阳能电池出口"]),
    (["城乡居民基础养老金", "城市低保", "农村低保标准"], 3, ["城乡居民基础养老金标准", "城市低保标准", "农村低保标准"]),
    (["二氧化硫", "化学需氧量排放量"], 2, ["二氧化硫排放量", "化学需氧量排放量"]),
    (["化学需氧量", "二氧化硫排放量"], 2, ["化学需氧量排放量", "二氧化硫排放量"]),
    # a list of intensities shares its denominator, and its items that end in a measure are whole (State Council
    # 2016 and 2011)
    (["单位国内生产总值用水量", "能耗", "二氧化碳排放量"], 3,
     ["单位国内生产总值用水量", "单位国内生产总值能耗", "单位国内生产总值二氧化碳排放量"]),
    (["单位国内生产总值能耗和二氧化碳排放"], 2, ["单位国内生产总值能耗", "单位国内生产总值二氧化碳排放"]),
    (["规上工业增加值", "规上服务业营收"], 2, ["规上工业增加值", "规上服务业营收"]),
    (["跨国公司地区总部", "外资研发中心"], 3, None),
    (["城乡居民人均可支配收入"], 3, None),
])
def test_list_items_share_their_words(lexicon, items, count, names):
    assert list_names(items, count, lexicon) == names


def test_respectively_lists_take_their_values_in_turn(lexicon):
    found = _observations("跨国公司地区总部、外资研发中心分别新增65家和30家，累计分别达到956家和561家。", lexicon)
    assert [(o.metric, o.quantity.value) for o in found] == [
        ("新增跨国公司地区总部", D(65)), ("新增外资研发中心", D(30)),
        ("跨国公司地区总部", D(956)), ("外资研发中心", D(561))]


def test_respectively_lists_of_changes_keep_their_measure(lexicon):
    found = _observations("刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68%。", lexicon)
    assert [(o.quantity.value, o.measure) for o in found] == [
        (D("17.7"), Measure.DECREASE), (D("17.4"), Measure.DECREASE), (D(68), Measure.DECREASE)]
    assert len({o.metric for o in found}) == 3


# -- not observations ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, named", [
    ("经济增长从主要依靠工业带动转向依靠三次产业共同带动。", D(3)),
    ("严格落实中央八项规定精神，持之以恒纠治“四风”。", D(8)),
    ("成功举办铁人三项世界杯。", D(3)),
    ("按照十二届市委三次、四次全会部署，坚持稳中求进。", D(4)),
    ("按照十二届市委三次、四次全会部署，坚持稳中求进。", D(3)),
    ("为全省60岁以上老年人免费接种流感疫苗。", D(60)),
    ("推动30座城市公园24小时开放。", D(24)),
    ("出台促进房地产市场止跌回稳22条举措。", D(22)),
    ("经济总量跨过两个万亿元大关、超过6万亿元。", D(2)),
    ("保交房项目提前3个月实现100%交付。", D(3)),
])
def test_numbers_inside_names_are_not_observations(lexicon, text, named):
    assert named not in [o.quantity.value for o in _observations(text, lexicon)]


@pytest.mark.parametrize("text, kept", [
    ("推动30座城市公园24小时开放。", D(30)),
    ("我国60岁以上人口已达2.5亿人。", D("2.5")),
    ("新增托育托位3000个。", D(3000)),
])
def test_figures_beside_names_stay(lexicon, text, kept):
    assert kept in [o.quantity.value for o in _observations(text, lexicon)]


@pytest.mark.parametrize("text, figures", [
    ("出境旅游人次由8300万增加到1亿3千多万。", [(D(8300), "万", D(83000000)), (D("1.3"), "亿", D(130000000))]),
    ("13亿多人口的大国实现了比较充分就业。", [(D(13), "亿", D(1300000000))]),
    ("近14亿人口的发展中大国。", [(D(14), "亿", D(1400000000))]),
    ("农村危房改造1700多万户,上亿人喜迁新居。", [(D(1700), "万户", D(17000000)), (D(1), "亿人", D(100000000))]),
    ("川东北经济区经济总量迈上万亿元台阶。", []),
    ("贫困人口减少6800多万。", [(D(6800), "万", D(68000000))]),
    ("全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶。",
     [(D(7), "万亿", D(7 * 10**12)), (D(8), "万亿", D(8 * 10**12)), (D(9), "万亿", D(9 * 10**12)), (D(3), "个", D(3))]),
    ("收入倍差从1.96缩小至1.81。", [(D("1.96"), "", D("1.96")), (D("1.81"), "", D("1.81"))]),
    ("生态环境公众满意度从84.7提升至89.6。", [(D("84.7"), "", D("84.7")), (D("89.6"), "", D("89.6"))]),
    ("建设20多个100亿级以上产业集群。", [(D(20), "个", D(20))]),
    ("川渝1000千伏特高压交流工程建成投运。", []),
    ("共减轻市场主体负担3万多亿元。", []),
])
def test_figures_without_a_unit(lexicon, text, figures):
    found = find_quantities(text, lexicon)
    assert [(q.value, q.unit, q.normalized_value) for q in found] == figures
    assert all(q.normalized_unit == "unit:UNITLESS" for q in found if q.unit in ("", "万", "亿", "万亿"))


@pytest.mark.parametrize("text, facts", [
    # milestones passed in unstated years: only the last is the level reached (Zhejiang 2026)
    ("全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%。",
     [(D(9), Measure.LEVEL, "at_least"), (D("5.9"), Measure.INCREASE, "exactly")]),
    ("进出口总额接连突破8万亿元、9万亿元，年实际使用外资保持增长。", [(D(9), Measure.LEVEL, "at_least")]),
    # not milestones: values of a 分别 list (falling), a plain list of counts
    ("城乡居民人均可支配收入分别达6.9万元、3.4万元。",
     [(D("6.9"), Measure.LEVEL, "exactly"), (D("3.4"), Measure.LEVEL, "exactly")]),
    ("新增公共充电桩1万个、2万个。", [(D(1), Measure.LEVEL, "exactly"), (D(2), Measure.LEVEL, "exactly")]),
])
def test_only_the_last_milestone_passed_is_a_figure(lexicon, text, facts):
    found = _observations(text, lexicon)
    assert [(o.quantity.value, o.measure, o.quantity.comparator.value) for o in found] == facts


# -- stage verbs, runs of verbs and carried nouns ------------------------------------------------

@pytest.mark.parametrize("text, facts", [
    # a run of verbs before the figure, the noun after it (xuhui 2022)
    ("开工修缮330万平方米老旧小区和里弄房屋。", [("开工修缮老旧小区和里弄房屋", D(330))]),
    # a stage verb after the figure is its action, of the works the sentence is about (xuhui 2024)
    ("大力推进不成套旧住房改造，推进田林路65弄等3个项目、4万平方米开工，康健路341弄等8个项目、2.4万平方米竣工。",
     [("推进不成套旧住房改造项目", D(3)), ("不成套旧住房改造开工", D(4)),
      ("不成套旧住房改造项目", D(8)), ("不成套旧住房改造竣工", D("2.4"))]),
    # a stage verb takes the works' noun, not the goal's (xuhui 2025)
    ("完成62大项132项市区两级重大工程建设目标，全年开工235万平方米、竣工230万平方米。",
     [("市区两级重大工程建设目标大项", D(62)), ("市区两级重大工程建设目标", D(132)),
      ("开工市区两级重大工程", D(235)), ("竣工市区两级重大工程", D(230))]),
    # after a flow, the figure reached is the stock (Sichuan 2025, Shanghai 2024)
    ("经营主体新增105万户，达到920万户。", [("经营主体新增", D(105)), ("经营主体", D(920))]),
    ("新增公园162座、累计达到832座。", [("新增公园", D(162)), ("公园数量", D(832))]),   # the scheme's name of 公园
    # a list shares the action after its first item's noun (Henan 2025); an item with its own action keeps it
    ("汽车以旧换新超40万辆、家电超450万台。", [("汽车以旧换新", D(40)), ("家电以旧换新", D(450))]),
    ("旧住房修缮完工402万平方米、电梯加装333台。", [("旧住房修缮完工", D(402)), ("电梯加装", D(333))]),
    # a net flow too (Guangdong 2025)
    ("经营主体净增98万户、突破1900万户。", [("经营主体净增", D(98)), ("经营主体", D(1900))]),
    # a count that sizes the set another figure measures is no figure (Zhejiang 2025)
    ("17个重点传统制造业增加值增长8%。", [("重点传统制造业增加值", D(8))]),
    # a counted noun ends before the next figure (Sichuan 2026)
    ("培育形成3个万亿级优势产业和5个国家先进制造业集群。",
     [("培育形成万亿级优势产业", D(3)), ("培育形成国家先进制造业集群", D(5))]),   # the verb reaches past 和 (actions9)
])
def test_nouns_of_stage_verbs_and_carried_nouns(lexicon, text, facts):
    assert [(o.metric, o.quantity.value) for o in _observations(text, lexicon)] == facts


@pytest.mark.parametrize("text, facts", [
    # a total in a sentence after a topic sentence with no figure (Jiangsu 2026)
    ("经营主体稳中培优。总量达1461.4万户，新登记147万户。", [("经营主体", D("1461.4")), ("新登记经营主体", D(147))]),
    # a head noun after the topic of the sentence's opening clause (Sichuan 2026)
    ("服务业支撑作用更加明显，增加值跨上3万亿元台阶，对经济增长贡献率超60%。",
     [("第三产业增加值", D(3)), ("服务业对经济增长贡献率", D(60))]),
    # a contribution with its own subject keeps it
    ("消费对经济增长贡献率达到60%。", [("消费对经济增长贡献率", D(60))]),
    # a head noun after the figure of the firms that produce it (Guangdong 2026)
    ("规模以上工业企业达7.6万家、增加值增长3%。", [("规模以上工业企业", D("7.6")), ("规模以上工业增加值", D(3))]),
    # no topic: the noun before (投资) makes no indicator with the head
    ("全年完成投资120亿元，增加值增长3%。", [("完成投资", D(120)), ("增加值", D(3))]),
])
def test_a_head_noun_or_a_total_takes_the_topic_before_it(lexicon, text, facts):
    assert [(o.metric, o.quantity.value) for o in _observations(text, lexicon)] == facts


@pytest.mark.parametrize("text, facts", [
    # a target named after its figure in a review is planned, of the indicator before it (Guangdong 2025)
    ("城镇新增就业超143万人、超额完成国家下达的110万人年度任务。",
     [("城镇新增就业", D(143), "achieved"), ("城镇新增就业", D(110), "planned")]),
    # State Council 1999: a target reached
    ("圆满完成裁减军队员额20万的任务。", [("圆满完成裁减军队员额", D(20), "planned")]),
    # counts of tasks are no targets (Shanghai 2024, Zhejiang 2025)
    ("推进制度型开放试点33项任务全部落地。", [("推进制度型开放试点", D(33), "achieved")]),
    ("建立150项年度任务清单。", [("建立", D(150), "achieved")]),
])
def test_a_figure_followed_by_its_task_is_a_target(lexicon, text, facts):
    assert [(o.metric, o.quantity.value, o.status.value) for o in _observations(text, lexicon)] == facts


@pytest.mark.parametrize("text, facts", [
    # a gap to a benchmark is the gap of the figure before (Sichuan 2025; Shanghai 2024 technical investment)
    ("全省地区生产总值增长5.7%，高于全国0.7个百分点，经济总量达到64697亿元。",
     [("地区生产总值", D("5.7")), ("地区生产总值增速高于全国", D("0.7")), ("地区生产总值", D(64697))]),
    ("工业技改投资增速23.9%，高于全国15.9个百分点。", [("工业技改投资", D("23.9")), ("工业技改投资增速高于全国", D("15.9"))]),
    ("城镇调查失业率5.1%，低于全国平均0.2个百分点。", [("城镇调查失业率", D("5.1")), ("城镇调查失业率低于全国", D("0.2"))]),
    # a short aside in brackets is no clause break, and no part of the name (Shanghai 2024, Xuhui 2022)
    ("国际贸易分拨中心示范企业达到116家，“经认证的经营者”企业（AEO）达到517家。",
     [("国际贸易分拨中心示范企业", D(116)), ("经认证的经营者企业", D(517))]),
    ("全区优于Ⅲ类（含Ⅲ类）水体断面比例达到70%。", [("优于III类水体断面比例", D(70))]),
])
def test_gaps_to_a_benchmark_and_asides(lexicon, text, facts):
    assert [(o.metric, o.quantity.value) for o in _observations(text, lexicon)] == facts


@pytest.mark.parametrize("text, values", [
    # a count right after a list of exactly as many names sizes the named set (Xuhui 2024 news, Henan 2026,
    # Xuhui 2025): no figure
    ("数字经济、生命健康、文化创意、现代金融4个战略产业均实现两位数增长。", []),
    ("推进钢铁、有色、化工、建材4个重点行业绿色化改造。", []),
    ("放大武康路—安福路、衡复音乐街区 2个国家级旅游休闲街区效应。", []),
    # figures: items that state figures, a list closed by 等, a count after its noun, a count unlike the list
    ("新增跨国公司地区总部2家、外资研发中心2家。", [D(2), D(2)]),
    ("新增浙东工业母机、环杭州湾现代纺织服装、金华台州丘陵山区农机装备、长三角大飞机等国家先进制造业集群4个。", [D(4)]),
    ("新建改建市民益智健身苑点、健身驿站 3 个。", [D(3)]),
    ("广州、深圳援助梅州建设4个小镇。", [D(4)]),
    # batches before a count (Xuhui 2023, Shanghai 2020); a batch alone is a figure
    ("三批41个重大项目集中签约。", [D(41)]),
    ("先后派出9批1649名医务人员。", [D(1649)]),
    ("认定市级专精特新企业3批。", [D(3)]),
])
def test_the_size_of_a_named_set_is_no_figure(lexicon, text, values):
    assert [o.quantity.value for o in _observations(text, lexicon)] == values


@pytest.mark.parametrize("text", ["三批41个重大项目集中签约。", "先后派出9批1649名医务人员。", "分两批认定20家企业。",
                                  "开展第二批301个典型镇建设。"])
def test_batches_are_no_part_of_the_name(lexicon, text):
    found = _observations(text, lexicon)
    assert found and not any("批" in o.metric or o.metric.endswith("第") for o in found)


@pytest.mark.parametrize("text, facts", [
    # the noun after a figure: examples before 等, the class counted after it (Shanghai 2024)
    ("完成12.3万平方米中心城区零星二级旧里以下房屋改造、29.6万平方米小梁薄板房屋等不成套旧住房改造。",
     [("中心城区零星二级旧里以下房屋改造", D("12.3")), ("不成套旧住房改造", D("29.6"))]),
    ("建成5个养老院等为老服务设施。", [("建成为老服务设施", D(5))]),
    # 等 inside a word is no list marker (高等院校)
    ("新建3所高等院校。", [("新建高等院校", D(3))]),
])
def test_the_noun_after_a_figure_is_the_class_after_its_examples(lexicon, text, facts):
    assert [(o.metric, o.quantity.value) for o in _observations(text, lexicon)] == facts


@pytest.mark.parametrize("text, facts", [
    # a count right before another count counts its groups (Jiangsu 2026, Xuhui 2025)
    ("12类45件民生实事全面完成。", [("民生实事类", D(12)), ("民生实事", D(45))]),
    ("今年将办好12类45件民生实事。", [("民生实事类", D(12)), ("民生实事", D(45))]),
    ("全面完成10方面34项区政府为民办实事项目。", [("区政府为民办实事项目方面", D(10)), ("区政府为民办实事项目", D(34))]),
    # 类 alone is a class, not a count
    ("获批1类新药3个。", [("获批1类新药", D(3))]),
    ("1个1类创新药、2个医疗器械创新产品获批上市。", [("1类创新药", D(1)), ("医疗器械创新产品", D(2))]),
])
def test_a_count_of_groups_before_a_count(lexicon, text, facts):
    assert [(o.metric, o.quantity.value) for o in _observations(text, lexicon)] == facts


def test_notes_after_a_report_state_no_figures(lexicon):
    body = ("二、2024年主要任务\n今年发展主要预期目标是：地区生产总值增长5%左右。\n名词解释\n"
            "5.稳增长“18”条：2025年10月31日，省政府办公厅印发《关于巩固拓展经济回升向好势头的若干政策措施》，共18条措施，"
            "新增专项债券额度300亿元。\n")
    doc = read_text(HEAD + body, "t.txt", "t", lexicon)
    assert doc.sentences[-1].section.value == "notes"
    from kg.extractors import run
    found = run(doc, lexicon, ["observations"]).observations
    assert [o.quantity.value for o in found] == [D(5)]


@pytest.mark.parametrize("text, facts", [
    # Heilongjiang 2026, Zhejiang 2025: the projects counted carry out the investment
    ("1000个省级重点产业项目完成投资1865.7亿元、增长4%。",
     [("省级重点产业项目", D(1000)), ("省级重点产业项目完成投资", D("1865.7")), ("省级重点产业项目完成投资", D(4))]),
    ("734个制造业重大项目完成投资2831亿元。", [("制造业重大项目", D(734)), ("制造业重大项目完成投资", D(2831))]),
    # Jiangsu 2026: the people a policy reaches
    ("育儿补贴惠及124万名婴幼儿。", [("育儿补贴惠及婴幼儿", D(124))]),
    # Heilongjiang 2026: examples between an action and its object (the scheme names it 管网改造, metrics.toml)
    ("改造水热气等管网3656公里。", [("管网改造", D(3656))]),
    # Sichuan 2025: the total after a flow is the stock
    # the stock carries the noun; the indicator scheme (metrics.toml) names it 高新技术企业, the flow stays its own
    ("新增国家高新技术企业1200家，总量达到1.8万家。", [("新增国家高新技术企业", D(1200)), ("高新技术企业", D("1.8"))]),
])
def test_counted_things_carry_into_the_next_figure(lexicon, text, facts):
    assert [(o.metric, o.quantity.value) for o in _observations(text, lexicon)] == facts


def test_a_bare_run_after_a_respectively_list_takes_its_items(lexicon):
    found = _observations("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。", lexicon)   # Jiangsu 2026
    assert [(o.quantity.value, o.measure) for o in found] == [
        (D("6.9"), Measure.LEVEL), (D("3.4"), Measure.LEVEL), (D("4.2"), Measure.INCREASE), (D("5.3"), Measure.INCREASE)]
    assert found[0].metric == found[2].metric and found[1].metric == found[3].metric


def test_a_respectively_list_drops_the_verb_phrase_before_it(lexicon):
    found = _observations("消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长21.2%、39.5%。", lexicon)   # Jiangsu 2026
    assert [(o.metric, o.quantity.value) for o in found] == [("限上新能源汽车零售额", D("21.2")),
                                                             ("限上节能家电零售额", D("39.5"))]     # the scope both share


def test_a_respectively_list_keeps_an_item_that_opens_with_a_verb(lexicon):
    found = _observations("新落地项目、实际利用内资分别增长18.7%、31.3%。", lexicon)   # Heilongjiang 2026
    assert [(o.metric, o.quantity.value) for o in found] == [("新落地项目", D("18.7")), ("实际利用内资", D("31.3"))]


@pytest.mark.parametrize("opening", ["二、“十五五”时期的主要目标任务\n", "今后五年，我们要推动高质量发展。\n"])
def test_periods_of_a_five_year_plans_goals(lexicon, opening):
    text = opening + "居民人均可支配收入年均增长5%左右，城镇新增就业50万人以上。到2030年，森林覆盖率达到62%。"
    assert _periods(_observations(text, lexicon)) == [
        (D(5), 2024, 2028, Aggregation.AVERAGE), (D(50), None, 2028, None), (D(62), None, 2030, None)]


def test_an_observations_iri_tells_where_its_number_stands():
    from kg.rdf.terms import observation_iri_at, observation_number_at

    iri = observation_iri_at("jiangsu_2025", 1234, "地区生产总值", Measure.LEVEL)
    assert observation_number_at(iri) == 1234
    assert observation_number_at("https://example.org/x") is None


@pytest.mark.parametrize("text", [
    "全社会研发经费支出相当于全市生产总值的比例提高到4.2%左右。",   # Shanghai 2023
    "环保投入相当于全市生产总值的比例保持在3%左右。",               # Shanghai 2023
])
def test_a_share_of_a_whole_is_not_the_whole(lexicon, text):
    (found,) = _observations(text, lexicon)
    share = lexicon.metric(found.metric)        # the indicator scheme names the R&D share: 研究与试验发展经费投入强度
    assert found.metric != "地区生产总值" and len(found.metric) > 4
    assert "比" in found.metric or (share is not None and share.kind == "share")


@pytest.mark.parametrize("text, figures", [
    ("旅游总收入突破万亿元，海洋生产总值突破2万亿元。", [D(1), D(2)]),          # Guangdong 2025
    ("两届广交会广东团现场成交额均超百亿美元。", [D(100)]),                     # Guangdong 2026
    ("年税收超亿元楼宇达到70幢。", [D(70)]),                                   # Xuhui 2023: a class of buildings
    ("191家工业企业营业收入超百亿元。", [D(191)]),                              # Jiangsu 2026: a threshold
])
def test_round_figures_without_digits(lexicon, text, figures):
    assert [o.quantity.value for o in _observations(text, lexicon)] == figures


@pytest.mark.parametrize("text, names", [
    # a bare figure after the count of a stage, in another unit, measures the stage in it (Xuhui 2025)
    ("全年完成9个地块征收，共7875证、40.51万平方米。", ["地块征收", "征收证数", "征收面积"]),
    # in the count's own unit it is the same indicator (Xuhui 2023)
    ("电梯加装签约514台，完工295台。", ["电梯加装新签约", "电梯加装完工"]),
])
def test_a_bare_figure_measures_the_stage_before_in_its_unit(lexicon, text, names):
    assert [o.metric for o in _observations(text, lexicon)] == names


@pytest.mark.parametrize("text, names", [
    # a verb of existence names nothing, the count's noun does; an ordinal list shares its 第 (Xuhui 2024 news)
    ("区内有6家企业机构通过国家网信办第一、二批次大模型备案。", ["企业机构"]),
    ("武康路—安福路入选第一、二批国家级旅游休闲街区。", []),
    # before a bare multiplier the verb of existence stays, and names nothing (State Council 2005)
    ("有4.1亿农民参加。", []),
])
def test_existence_and_ordinal_lists_name_no_figure(lexicon, text, names):
    assert [o.metric for o in _observations(text, lexicon)] == names


def test_a_run_after_a_wording_that_stands_for_its_parts_takes_them_in_turn(lexicon):
    """Without 分别 (State Council 2010): 中小学生 stands for 初中学生 and 小学学生, in that order."""
    from kg.extractors import run
    from kg.model import Status

    doc = read_text(HEAD + "一、2023年工作回顾\n提前一年实现农村中小学生人均公用经费500元和300元的目标。", "t.txt", "t",
                    lexicon)
    found = [(o.metric, o.quantity.value, o.status) for o in run(doc, lexicon).observations]
    assert found == [("农村初中学生人均公用经费", D(500), Status.ACHIEVED), ("农村小学学生人均公用经费", D(300), Status.ACHIEVED)]


@pytest.mark.parametrize("text, facts", [
    # 比去年 as 比上年: the change is of the figure before (State Council 2004, 2007)
    ("今年中央财政预算安排再就业补助资金83亿元，比去年增加36亿元。",
     [("中央财政再就业补助资金", D(83), Measure.LEVEL), ("中央财政再就业补助资金", D(36), Measure.INCREASE)]),
    ("今年中央财政安排社会保障支出2019亿元，比去年增加247亿元。",
     [("中央财政社会保障支出", D(2019), Measure.LEVEL), ("中央财政社会保障支出", D(247), Measure.INCREASE)]),
    # a change against last year's budget names no indicator of its own (2018): no 预算低
    ("今年赤字率拟按2.6%安排，比去年预算低0.4个百分点。", [("赤字率", D("2.6"), Measure.LEVEL)]),
])
def test_a_change_on_last_year_is_of_the_figure_before(lexicon, text, facts):
    from kg.extractors import run

    doc = read_text(HEAD + PLAN + text, "t.txt", "t", lexicon)
    found = [(o.metric, o.quantity.value, o.measure) for o in run(doc, lexicon).observations][1:]
    assert found == facts


@pytest.mark.parametrize("text, facts", [
    # a bare change of as many values as the clauses before it changes their figures in turn (State Council 2009, 2010)
    ("城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。",
     [("城镇居民人均可支配收入", D(17175)), ("农村居民人均纯收入", D(5153)),
      ("城镇居民人均可支配收入", D("9.8")), ("农村居民人均纯收入", D("8.5"))]),
    # one clause before two values: no such pairing (the second value is no change of another figure)
    ("粮食产量5.3亿吨，增长1%和2%。", [("粮食产量", D("5.3")), ("粮食产量", D(1)), ("粮食产量", D(2))]),
])
def test_a_bare_change_after_parallel_clauses_takes_their_figures(lexicon, text, facts):
    from kg.extractors import run

    doc = read_text(HEAD + "一、过去一年工作回顾\n" + text, "t.txt", "t", lexicon)
    assert [(o.metric, o.quantity.value) for o in run(doc, lexicon).observations] == facts


@pytest.mark.parametrize("text, facts", [
    # a 分别 list that names nothing takes the figures before it in turn (State Council 2006, 2007, 2001)
    ("城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，扣除价格因素，分别增长9.6%和6.2%。",
     [("城镇居民人均可支配收入", D(10493)), ("农村居民人均纯收入", D(3255)),
      ("城镇居民人均可支配收入", D("9.6")), ("农村居民人均纯收入", D("6.2"))]),
    ("五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。",
     [("淘汰落后炼铁产能", D(1)), ("淘汰落后炼钢产能", D(5500)), ("淘汰落后炼铁产能", D(3000)),
      ("淘汰落后炼钢产能", D(3500))]),
    # the verb that opens a list, and the quality after it, are shared by its items (State Council 2008; judge 4242:
    # 淘汰落后 lost); not across a clause to a verb of its own
    ("淘汰落后炼铁产能4659万吨、炼钢产能3747万吨。", [("淘汰落后炼铁产能", D(4659)), ("淘汰落后炼钢产能", D(3747))]),
    ("淘汰国三柴油车8.4万辆，推广应用新能源汽车25.4万辆。",                 # shanghai_city_2022
     [("淘汰国三柴油车", D("8.4")), ("推广应用新能源汽车", D("25.4"))]),
])
def test_a_list_of_figures_before_a_bare_respectively_run_names_it(lexicon, text, facts):
    from kg.extractors import run

    doc = read_text(HEAD + "一、过去一年工作回顾\n" + text, "t.txt", "t", lexicon)
    assert [(o.metric, o.quantity.value) for o in run(doc, lexicon).observations] == facts
