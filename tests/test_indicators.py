"""The indicator scheme (kg/lexicon/metrics.toml) and attribution (kg.extractors.indicators), cause by cause of
issue 17, with sentences from ../shared/corpus and seeds/ (the file each comes from is named beside it)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS

import kg
from kg.extractors import run
from kg.extractors.indicators import find, identity, is_indicator_name, known, label_problems
from kg.lexicon.indicators import KINDS, POLARITIES
from kg.read.documents import read_text
from kg.rdf.vocab import KGO
from tests.conftest import CORPUS, SEEDS

HEAD = "——2024年1月10日在上海市徐汇区第十七届人民代表大会第五次会议上\n上海市徐汇区区长 钟晓咏\n"
GDP = "地区生产总值"


def _metrics(text: str, lexicon) -> list[str]:
    doc = read_text(HEAD + text, "t.txt", "t", lexicon)
    return [o.metric for o in run(doc, lexicon).observations]


# -- the scheme -------------------------------------------------------------------------------

def test_the_scheme_states_its_source_and_each_indicator_is_complete(lexicon) -> None:
    scheme = lexicon.indicators
    assert "国家统计局" in scheme.source and "统计公报" in scheme.source and "SDG" in scheme.code_source
    for m in lexicon.metrics:
        assert m.en and m.kind in KINDS and m.polarity in POLARITIES, m.name
        assert not m.code or m.code.count(".") == 2, m.name


def test_each_form_names_one_indicator(lexicon) -> None:
    owner: dict[str, str] = {}
    for m in lexicon.metrics:
        for form in dict.fromkeys((m.name, *m.aliases, *m.exact_aliases)):
            assert owner.setdefault(form, m.name) == m.name, (form, owner[form], m.name)


def test_every_indicator_name_of_the_scheme_passes_the_label_rules(lexicon) -> None:
    assert {m.name: label_problems(m.name, lexicon) for m in lexicon.metrics if label_problems(m.name, lexicon)} == {}


@pytest.mark.parametrize("name, kind, polarity, code", [
    ("地区生产总值", "amount", "higher", ""),
    ("城镇调查失业率", "rate", "ceiling", "8.5.2"),
    ("居民消费价格", "index", "ceiling", ""),
    ("单位生产总值能耗", "rate", "decrease", "7.3.1"),
    ("研究与试验发展经费投入强度", "share", "higher", "9.5.1"),
    ("森林覆盖率", "share", "higher", "15.1.1"),
])
def test_kinds_polarities_and_codes(lexicon, name, kind, polarity, code) -> None:
    m = lexicon.metric(name)
    assert (m.kind, m.polarity, m.code) == (kind, polarity, code)


def test_a_required_decrease_keeps_the_promise_trackers_reading(lexicon) -> None:
    """kg.link.promises reads "higher" or "ceiling": a decrease is met when the decrease achieved reaches it."""
    assert lexicon.metric_polarity("能耗强度") == "higher" and lexicon.metric_polarity("城镇调查失业率") == "ceiling"


# -- qualifiers make another indicator; 经济增长 is GDP growth ---------------------------------

@pytest.mark.parametrize("sentence, metric", [
    ("单位地区生产总值二氧化碳排放降低3.8%左右。", "单位生产总值二氧化碳排放"),   # heilongjiang_2026
    ("单位地区生产总值能耗降低3.5%左右。", "单位生产总值能耗"),                   # heilongjiang_2026
    ("全省海洋生产总值增长6.5%左右。", "海洋生产总值"),                           # zhejiang_2025
    ("人均地区生产总值达16.7万元。", "人均地区生产总值"),                         # jiangsu_2026
    ("数字经济核心产业增加值增长8%左右。", "数字经济核心产业增加值"),             # zhejiang_2025
    ("主要预期目标是：经济增长5.5%左右。", GDP),                                   # henan_2025
    ("全市生产总值增长5%左右。", GDP),                                             # shanghai_city_2024
    ("全社会研发经费支出相当于全市生产总值的比例达到4.4%左右。", "研究与试验发展经费投入强度"),  # shanghai_city_2024
    ("城镇常住居民人均可支配收入增长4.5%。", "城镇居民人均可支配收入"),
])
def test_the_longest_unqualified_name_wins(lexicon, sentence, metric) -> None:
    assert _metrics(sentence, lexicon) == [metric]


@pytest.mark.parametrize("sentence, base", [
    ("战略性新兴产业制造业部分产值占规模以上工业总产值的比重提高到32.4%。", "规模以上工业总产值"),  # shanghai_city_2020
    ("工业战略性新兴产业总产值占规模以上工业总产值比重达到43.9%。", "规模以上工业总产值"),        # shanghai_city_2024
])
def test_a_share_of_an_indicator_is_not_that_indicator(lexicon, sentence, base) -> None:
    metrics = _metrics(sentence, lexicon)
    assert metrics and base not in metrics and all("比重" in m for m in metrics)


@pytest.mark.parametrize("text, found", [
    ("单位地区生产总值二氧化碳排放", "单位生产总值二氧化碳排放"),
    ("海洋生产总值", "海洋生产总值"),
    ("县域生产总值", None),
    ("占规模以上工业总产值比重", None),
    ("全省地区生产总值", GDP),
    ("经济", GDP),
])
def test_find(lexicon, text, found) -> None:
    assert (find(text, lexicon) or (None,))[0] == found


# -- one indicator worded differently is one metric --------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("持续推进人才安居工程，多渠道筹措人才公寓1400套。", "新增人才公寓 1513 套。"),           # xuhui 2023, 2024
    ("新建改建5个菜市场。", "完成 7 个菜市场改造提升。"),                                     # xuhui 2023, 2024
    ("年内完成16 条风貌区道路全要素治理工作。", "完成17条风貌道路全要素治理。"),              # xuhui 2022, 2023
    ("新启动300万平方米旧住房修缮。", "统筹推进旧住房修缮，全年新开工302万平方米。"),         # xuhui 2023, 2024
    ("启动29条“美丽街区”景观道路建设。", "完成 32 条“美丽街区”景观道路建设。"),             # xuhui 2023, 2024
    ("力争加装电梯新签约500台。", "电梯加装新签约501台。"),
    # a flow of things the scheme names, worded by 建设, 创建, 打造 or 新增 (xuhui 2022, 2024; 2024)
    ("建设 4家中医药特色示范社区卫生服务站。", "创建 5 家市中医药特色示范社区卫生服务站。"),
    ("新增 10 个文旅融合公共服务点位。", "再打造 5 个文旅融合公共服务点位。"),
    ("再建设13个“宜业BOX”社区就业服务站。", "再建设 13 个“宜业 BOX”社区就业服务站点。"),
])
def test_wordings_of_one_indicator_are_one_metric(lexicon, first, second) -> None:
    a, b = _metrics(first, lexicon), _metrics(second, lexicon)
    assert a and a == b[:1], (a, b)


@pytest.mark.parametrize("wording, metric", [
    ("多渠道筹措人才公寓", "新增人才公寓"),
    ("新建改建菜市场", "菜市场改造提升"),       # the scheme's programme (metrics.toml)
    ("新改建农村公路", "新建改建农村公路"),     # new and renovated: a class of its own (tests/test_labels_stage12.py)
    ("改造城中村", "城中村改造"),
    ("实施城中村改造", "城中村改造"),
    ("经济增长", GDP),
    ("全社会研发经费支出相当于GDP比重", "研究与试验发展经费投入强度"),
])
def test_identity(lexicon, wording, metric) -> None:
    assert identity(wording, lexicon) == metric


@pytest.mark.parametrize("wording, metric", [
    ("新增“两山”实践创新基地", "新增两山实践创新基地"),                      # jiangsu_2026: quotes name nothing
    ("筹措供应“新时代城市建设者管理者之家”床位", "新时代城市建设者管理者之家床位"),  # shanghai_city_2024
    ("新增“新时代城市建设者管理者之家”床位", "新时代城市建设者管理者之家床位"),    # xuhui 2025
    ("过街人行天桥加装电梯工程", "过街人行天桥加装电梯"),                    # xuhui 2022: 工程 closes a programme
    ("架空线入地工程", "架空线入地"),
    ("市区两级重大工程", "市区两级重大工程"),                                # 重大 is no programme's name
    ("病险水库除险加固工程", "病险水库除险加固工程"),                        # a verb before 工程: the works
    ("培育形成万亿级优势产业", "万亿级优势产业"),                            # sichuan_2026
    ("建成机构及社区养老服务设施", "建成机构及社区养老服务设施"),            # sichuan_2026: a flow built (stages8)
    ("银行机构本外币存款余额", "本外币存款余额"),                            # guangdong_2026
    ("金融机构本外币贷款余额", "本外币贷款余额"),
    ("生活垃圾", "生活垃圾产生量"),                                          # xuhui 2022: 生活垃圾源头减量5%
    ("重大项目集中签约", "重大项目签约"),                                    # xuhui 2023: 集中 is the manner
])
def test_identity_of_worded_variants(lexicon, wording, metric) -> None:
    assert identity(wording, lexicon) == metric


@pytest.mark.parametrize("text, found", [
    ("郑州机场年货邮吞吐量", "机场货邮吞吐量"),                              # henan_2026: the airport only places it
    ("成都国际航空枢纽年旅客吞吐量", "机场旅客吞吐量"),                      # sichuan
    ("脱贫地区农村居民人均可支配收入", None),                                # sichuan_2025: another indicator
    ("国际货邮吞吐量", None),                                                # national: international only
    ("农村居民人均可支配收入", "农村居民人均可支配收入"),
])
def test_airports_and_poverty_areas(lexicon, text, found) -> None:
    assert (find(text, lexicon) or (None,))[0] == found


# -- a metric label is an indicator's name -----------------------------------------------------

@pytest.mark.parametrize("label", [
    "项目", "老人", "人才", "单位", "开工", "竣工", "达标", "新启动", "新建和提升", "新建或筹措",   # bare
    "完工电梯新签约", "征收地块征收", "开工市区两级重大工程建设目标", "33项区政府为民办实事项目",  # glued
    "新增口袋公园及", "发热门诊日最大接诊能力从", "龙腾大道最后",                                  # cut short
    "10年前", "1990年七届全国人大", "二是取消或停征中央涉企行政事业性收费", "根据省委十二届",    # clauses
    "贡献了全国", "中央财政再安排", "医疗保障制度改革重点抓好", "重症床位数提升至每10万人",
    # build of all of ../shared/corpus, random samples of its labels: clause fragments and bare nouns
    "可减轻企业和居民负担", "川渝通办事项让两地群众", "教育", "作品", "县城", "家庭", "产业链", "人次", "增加值",
    "鄱阳湖", "香港回归", "中央财政将投入", "国务院已取消", "全国共完成技术改造投资", "重大专项陆续启动",
    "工业机器人产量占全国", "覆盖人群占全市常住人口", "基本公共卫生服务经费财政补助从人", "办好12类", "年年均超收",
    "取消和下放", "新增高高", "今后三年各级政府拟投入", "中央财政连续三年投入", "财政补助由每人每年",
    "加强内地", "紧扣一体化", "用于支持中西部地区", "企业退休人员养老金人均每月新", "改革发展稳定任务", "平均浓度",
    "赤字规模比上年预算", "范围扩大到全国", "国家从粮食风险基金中拿出", "耕地净", "百万英才汇南粤行动吸纳",
    "前裁减军队员额", "组建国家创业投资引导基金在大湾区设立", "民生支出占一般公共预算支出",
    "县试点取得成效", "原则基础上与世界各国友好相处", "进出口总额占国际市场份额比提高比重", "国家外汇储备年底",
    "粳稻每斤", "级风电主轴轴承", "中小学生得以共享优质教育资源", "新增产量", "底线是严守",
    "充分发挥", "拟安排中央预算内水利投资", "政务服务一网通办推出", "全球最高", "壮大6大特色产业集群",
    "政府自身建设和反腐败工作", "省级行政职权事项调整由中新知识城", "启动地块", "覆盖中西部地区", "新增增加铁路新线",
    "优化营商环境6.0版",
    # a grouping unit after a bare topic or a fragment is no count of groups
    "民生方面", "改革任务方面", "在生态环境方面", "重点任务大项",
])
def test_fragments_break_the_label_rules(lexicon, label) -> None:
    assert label_problems(label, lexicon) and not is_indicator_name(label, lexicon)


@pytest.mark.parametrize("label", [
    "新增人才公寓", "电梯加装完工", "菜市场改造提升", "新增公共充电桩", "重大工程开工", "学校建成",
    "拆除违法建筑", "每万人口发明专利拥有量", "第三产业增加值占全市生产总值的比重", "对经济增长贡献率",
    "既有建筑节能改造", "一网通办政务服务网办率", "1类创新药",
    "经营主体净增", "民间投资占比", "财政民生支出占比", "家电以旧换新", "在建高品质住宅项目", "获批上市1类创新药",
    "工业机器人产量占全国比重", "客运量", "投资率", "新兴产业", "市区两级重大工程建设目标", "415X集群规上制造业企业营收",
    "民生支出占一般公共预算支出比重", "中心城区零星二级旧里以下房屋改造", "农用地占地面积", "国家创业投资引导基金区域基金",
    "关税总水平", "紧急转移安置", "带动就业", "病险水库除险加固工程", "港口万吨级码头泊位新增吞吐能力", "支出总额",
    # counts of the groups a named thing comes in (xuhui 2025: 10方面34项…, 62大项132项…; jiangsu 2026: 12类45件民生实事)
    "区政府为民办实事项目方面", "市区两级重大工程建设目标大项", "民生实事项目类",
])
def test_indicator_names_pass_the_label_rules(lexicon, label) -> None:
    assert label_problems(label, lexicon) == []


@pytest.mark.parametrize("sentence, metrics", [
    ("新增6座口袋公园及12座街心花园。", {"新增口袋公园", "新增街心花园"}),                      # xuhui 2023 (gold)
    ("力争加装电梯新签约 500 台、 完工 200 台。", {"电梯加装新签约", "电梯加装完工"}),          # xuhui 2024
    ("徐家汇书院火爆开业， 全年入馆 196 万人次。", {"徐家汇书院入馆"}),                        # xuhui 2024
    ("发热门诊日最大接诊能力从288人次提升至1000人次。", {"发热门诊日最大接诊能力"}),            # xuhui 2023
    ("加快发展保障性租赁住房，年内力争新建或筹措 1.2万套。", {"筹措保障性租赁住房"}),         # xuhui 2022
    ("推进田林路65弄等3个项目、4万平方米开工。", {"不成套旧住房改造项目开工", "不成套旧住房改造开工"}),  # xuhui 2024
    ("完成62大项132项市区两级重大工程建设目标，全年开工235万平方米。",                              # xuhui 2025
     {"市区两级重大工程建设目标大项", "市区两级重大工程建设目标", "重大工程开工"}),
    ("全面完成10方面34项区政府为民办实事项目。", {"区政府为民办实事项目方面", "区政府为民办实事项目"}),  # xuhui 2025
    ("734个制造业重大项目完成投资2831亿元。", {"制造业重大项目", "制造业重大项目完成投资"}),    # zhejiang_2025
])
def test_fragments_are_repaired_from_their_sentence_or_dropped(lexicon, sentence, metrics) -> None:
    found = set(_metrics("大力推进不成套旧住房改造，" + sentence if "田林路" in sentence else sentence, lexicon))
    assert found <= metrics | {"重大工程"} and all(is_indicator_name(m, lexicon) for m in found), found
    assert metrics <= found | {"重大工程"}


@pytest.mark.parametrize("sentence, worded", [
    # a stage measured in an area is worded with 面积 when the scheme names the indicator so (xuhui 2025)
    ("完成62大项132项市区两级重大工程建设目标，全年开工235万平方米、竣工230万平方米。",
     [("市区两级重大工程建设目标大项", "市区两级重大工程建设目标大项"), ("市区两级重大工程建设目标", "市区两级重大工程建设目标"),
      ("重大工程开工", "重大工程开工面积"), ("重大工程竣工", "重大工程竣工面积")]),
    # not when that would name another indicator (xuhui 2024)
    ("大力推进不成套旧住房改造，推进田林路65弄等3个项目、4万平方米开工。",
     [("不成套旧住房改造项目开工", "推进不成套旧住房改造项目开工"), ("不成套旧住房改造开工", "不成套旧住房改造开工")]),
])
def test_a_stage_in_an_area_is_worded_with_its_measure(lexicon, sentence, worded) -> None:
    doc = read_text(HEAD + sentence, "t.txt", "t", lexicon)
    assert [(o.metric, o.metric_surface) for o in run(doc, lexicon).observations] == worded


@pytest.mark.parametrize("sentence, metrics", [
    # a generic noun counted before its own predicate is named with it (xuhui 2023, 2024, 2025)
    # what is given counts its beneficiaries (xuhui 2023, 2024); the givers are no beneficiaries
    ("全年共为369家单位、1845位人才提供租房补贴。", ["租房补贴单位", "租房补贴人才"]),
    ("为600名老人提供家庭照护床位服务。", ["家庭照护床位服务老人"]),
    ("全年共有300家单位提供就业岗位。", ["提供就业岗位单位"]),
    ("全年收储土地700亩，8幅地块完成出让。", ["收储土地", "地块完成出让"]),
    # a name opening with 长期 (an adverb to the tagger) is a name (xuhui 2024)
    ("帮助998名长期失业青年就业创业。", ["长期失业青年就业创业"]),
    # things chosen into a quoted list are counted by its name; the list's own size is no figure (xuhui 2024, 2025)
    ("6处空间入选全市50处“家门口的好去处”。", ["家门口的好去处空间"]),
    ("徐家汇体育公园等5处入选全市“家门口的好去处”。", ["家门口的好去处"]),
    ("3项成果入选“中国科学十大进展”。", ["中国科学十大进展成果"]),                       # jiangsu 2026
    # counts listed together share a predicate, not a name; a verb inside a quotation is no predicate (jiangsu 2026)
    ("16所高校、48个学科入选“双一流”建设名单。", []),
    # qualifiers listed after the noun share its head (xuhui 2025)
    ("水环境质量稳步提升，12个国考、市考断面全部达到优Ⅲ水质标准。", ["国考市考断面达到优III水质标准"]),
    # a predicate running on into a second verb keeps its first (xuhui 2024 news)
    ("与中国科学院上海有机化学研究所等12家单位集中签约推进多平台成果转化。", ["签约单位"]),
    # a verb and a generic noun before the noun's stage: the stage, naming the things first (xuhui 2025)
    ("推进东新港商办地块等8个项目开工，确保北杨人工智能小镇等5个项目竣工。", ["开工项目", "竣工项目"]),
    # a count of a generic noun listed before a figure of another indicator counts its things (xuhui 2023, 2022)
    ("启动21个地块、约4.7万平方米的零星旧改。", ["启动零星旧改地块", "零星旧改"]),   # launched plots (verbs11)
    ("推进实施63条道路、58.8公里架空线入地。", ["架空线入地道路", "架空线入地"]),
    # the works of the clause before, when its verb ends an indicator's name, and 开竣工 a stage (xuhui 2025)
    ("探索成套改造项目集约化专业化管理机制，推进4个项目、2.7万平方米开竣工。", ["成套改造项目开竣工", "成套改造开竣工"]),
    # a count of projects followed by their stage, or listed before a figure of it, counts that stage (xuhui 2025, 2024)
    ("龙山新村等7个不成套旧住房改造项目竣工交付。", ["不成套旧住房改造项目竣工"]),
    ("大力推进不成套旧住房改造，康健路341弄等8个项目、2.4万平方米竣工。", ["不成套旧住房改造项目竣工", "不成套旧住房改造竣工"]),
])
def test_a_generic_noun_is_named_by_its_predicate(lexicon, sentence, metrics) -> None:
    assert _metrics(sentence, lexicon) == metrics


@pytest.mark.parametrize("sentence, metrics", [
    ("规模以上工业企业达7.6万家、增加值增长3%。", ["规模以上工业企业", "规模以上工业增加值"]),     # guangdong_2026
    ("服务业支撑作用更加明显，增加值跨上3万亿元台阶，对经济增长贡献率超60%。",                       # sichuan_2026
     ["第三产业增加值", "服务业对经济增长贡献率"]),
    ("243个重点项目建成投产。", ["重点项目建成投产"]),                                               # heilongjiang_2026
    ("工业机器人产量增长31.2%、占全国44%，集成电路产量增长21%、占全国18%。",                         # guangdong_2025
     ["工业机器人产量", "工业机器人产量占全国比重", "集成电路产量", "集成电路产量占全国比重"]),
    ("核电装机规模占全国25.8%。", ["核电装机规模占全国比重"]),                                       # guangdong_2026
])
def test_a_measure_takes_its_subject_its_stage_and_its_share_noun(lexicon, sentence, metrics) -> None:
    assert _metrics(sentence, lexicon) == metrics


# -- the seeds' graph and the corpus -----------------------------------------------------------

def _labels(g) -> dict:
    return {m: str(g.value(m, RDFS.label)) for m in g.subjects(RDF.type, KGO.Metric)}


def test_every_metric_label_of_the_seeds_graph_is_an_indicator_name(seeds_graph, lexicon) -> None:
    labels = _labels(seeds_graph)
    assert len(labels) > 150
    assert {label: label_problems(label, lexicon) for label in labels.values()
            if not is_indicator_name(label, lexicon)} == {}


def test_no_two_metrics_of_the_seeds_graph_name_one_indicator(seeds_graph, lexicon) -> None:
    labels = _labels(seeds_graph)
    assert {label: identity(label, lexicon) for label in labels.values() if identity(label, lexicon) != label} == {}
    owner: dict[str, str] = {}
    for node, label in labels.items():
        for alt in (label, *map(str, seeds_graph.objects(node, SKOS.altLabel))):
            assert owner.setdefault(alt, label) == label, (alt, owner[alt], label)


# The merges issue 17 names: each group's wordings are one metric's labels.
MERGES = [
    ("新增人才公寓", {"筹措人才公寓", "区级人才公寓"}),
    ("菜市场改造提升", {"新建改建菜市场", "菜市场改造提升"}),
    ("电梯加装完工", {"电梯加装完工"}),
    ("不成套旧住房改造", {"成套改造", "老旧房屋成套改造"}),
    ("风貌道路全要素治理", {"风貌区道路全要素治理工作", "风貌道路全要素治理"}),
    ("研究与试验发展经费投入强度", {"全社会研发经费支出相当于地区生产总值比重"}),
]


def test_no_seeds_metric_is_another_with_a_flow_verb_before_it(seeds_graph, lexicon) -> None:
    """新增X beside X (or 打造X, 创建X, 建设X beside X) would be one indicator under two metrics."""
    labels = set(_labels(seeds_graph).values())
    flow = next(c for c in lexicon.indicators.normalise.verb_class if c.name == "新增")
    verbs = {*flow.verbs, *lexicon.indicators.normalise.launch_verbs}
    assert sorted((v + x, x) for x in labels for v in verbs if v + x in labels) == []


@pytest.mark.parametrize("metric, wordings", MERGES, ids=[m for m, _ in MERGES])
def test_the_merged_wordings_are_labels_of_one_metric(seeds_graph, metric, wordings) -> None:
    node = next(n for n, label in _labels(seeds_graph).items() if label == metric)
    names = {metric, *map(str, seeds_graph.objects(node, SKOS.altLabel))}
    assert wordings <= names


def test_a_metric_of_the_scheme_is_a_skos_concept_with_its_indicator(seeds_graph) -> None:
    node = next(n for n, label in _labels(seeds_graph).items() if label == "研究与试验发展经费投入强度")
    g = seeds_graph
    assert {str(o) for o in g.objects(node, SKOS.prefLabel)} == {"研究与试验发展经费投入强度",
                                                                  "R&D expenditure as a share of GDP"}
    assert g.value(node, KGO.indicatorKind) == KGO.Share and g.value(node, KGO.polarity) == KGO.HigherIsBetter
    assert str(g.value(node, SKOS.notation)) == "9.5.1"
    assert (KGO.Share, SKOS.inScheme, KGO.IndicatorKindScheme) in g


def _last_named(text: str, lexicon) -> str | None:
    """The indicator named last before a number: the lexicon's name that ends last, or a clause that is an exact
    name before its change verb (经济增长); a goal's indicator is named before the goal word, after the clause's verb
    (中央提出今年经济增长预期目标为, “十五”期间年均经济增长速度预期目标为)."""
    clause = re.split(r"[,;:，；：。]", text)[-1]
    if "目标" in clause:
        clause = re.sub(r"^“[^”]*”", "", clause[:clause.index("目标")])
        verbs = [v for v in lexicon.indicators.label.clause_verbs if v in clause]
        clause = clause[max(clause.rindex(v) + len(v) for v in verbs):] if verbs else clause
    words = lexicon.hedges.measure
    strip = sorted({*words.increase, *words.decrease, *words.level_verbs, *lexicon.hedges.words.noise, "的", "预期",
                    "调控"}, key=len, reverse=True)
    before = None
    while before != clause:
        before = clause
        for word in strip:
            clause = clause.removesuffix(word).removeprefix(word)
    whole = known(clause, lexicon)
    named = find(text, lexicon)
    return whole or (named[0] if named else None)


def _corpus_texts() -> list[Path]:
    return sorted([*CORPUS.glob("*.txt"), *CORPUS.glob("national/*.txt"), *CORPUS.glob("provinces/*.txt")])


@pytest.fixture(scope="module")
def corpus_extractions():
    """kg.extract of every .txt of ../shared/corpus and of seeds/ (about ten seconds)."""
    return kg.extract([SEEDS, *_corpus_texts()])


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_every_metric_label_of_the_corpus_is_an_indicator_name(corpus_extractions, lexicon) -> None:
    metrics = {o.metric for x in corpus_extractions for o in x.observations}
    assert len(metrics) > 2000
    assert {m: label_problems(m, lexicon) for m in metrics if not is_indicator_name(m, lexicon)} == {}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_every_metric_label_of_the_word_and_pdf_originals_is_an_indicator_name(lexicon) -> None:
    """The rest of ../shared/corpus: the provinces' Word originals (the reports their .txt files hold, read through
    another reader) and the PDF (Beijing 2024), built apart as they share the .txt files' document ids."""
    originals = sorted([*CORPUS.glob("provinces/*.docx"), *CORPUS.glob("pdf/*.pdf")])
    metrics = {o.metric for x in kg.extract(originals) for o in x.observations}
    assert len(originals) >= 7 and len(metrics) > 500
    assert {m: label_problems(m, lexicon) for m in metrics if not is_indicator_name(m, lexicon)} == {}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_gdp_in_the_provincial_reports_holds_only_gdp(corpus_extractions, lexicon) -> None:
    """Every 地区生产总值 figure of a province's report follows a sentence stretch whose last indicator named is GDP
    itself (国内/地区/全省生产总值, 经济增长), not 单位地区生产总值…, 海洋生产总值 or a share of it."""
    wrong, seen = [], 0
    for x in corpus_extractions:
        if x.document.metadata.division_code is None or x.document.metadata.division_code.endswith("0000") is False:
            continue
        for o in x.observations:
            if o.metric != GDP:
                continue
            seen += 1
            text = x.document.sentences[o.sentence].text[:o.quantity.start]
            if _last_named(text, lexicon) != GDP:
                wrong.append(text[-40:])
    assert seen > 20 and wrong == [], wrong


SHANGHAI_HEAD = "2024年上海市政府工作报告\n各位代表：现在，我代表上海市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n"


@pytest.mark.parametrize("head, sentence, metrics", [
    (SHANGHAI_HEAD, "上海中欧班列全年开行100列。", ["中欧班列开行"]),                     # shanghai_city_2024
    (HEAD, "架空线入地和杆箱整治计划新开工50公里、完工30公里。", ["架空线入地新开工", "架空线入地"]),  # xuhui 2025
    (HEAD, "加装电梯新签约500台、完工200台。", ["电梯加装新签约", "电梯加装完工"]),
    (HEAD, "民生支出占一般公共预算支出87%。", ["民生支出占一般公共预算支出比重"]),           # heilongjiang_2026
    (HEAD, "入选中国潜在独角兽企业195家。", ["中国潜在独角兽企业"]),                         # jiangsu_2026
    (HEAD, "国家创业投资引导基金在大湾区设立超500亿元区域基金。", ["区域基金"]),               # guangdong_2026
    (HEAD, "进出口总额突破9万亿元、增长9.8%，贡献了全国38.7%的贸易增量。",                     # guangdong_2025
     ["外贸进出口总额", "外贸进出口总额", "对全国贸易增量贡献"]),
    (HEAD, "300项政务事项实现“跨省通办”，113项居民服务事项实现“一卡通用”。",                 # zhejiang_2026
     ["跨省通办政务事项", "一卡通用居民服务事项"]),
    (HEAD, "组建总规模1000亿元的省战略性新兴产业投资引导基金。", ["省战略性新兴产业投资引导基金规模"]),  # guangdong_2026
    (HEAD, "新增9家社区综合为老服务中心，3个社区创建成为全国示范性老年友好型社区。",           # xuhui 2023
     ["新增社区综合为老服务中心", "全国示范性老年友好型社区"]),
    (HEAD, "推进58条“美丽街区”景观道路建设，累计覆盖全区80%主次干道，并向背街小巷延伸。",        # xuhui 2025
     ["美丽街区景观道路建设", "美丽街区主次干道覆盖率"]),
    (HEAD, "全区34个大模型通过备案。", ["大模型通过备案"]),                                   # xuhui 2025
])
def test_a_stage_a_place_and_a_counted_noun_name_the_indicator(lexicon, head, sentence, metrics) -> None:
    doc = read_text(head + sentence, "t.txt", "t", lexicon)
    assert [o.metric for o in run(doc, lexicon).observations] == metrics


def test_the_registered_and_the_resident_urbanisation_rates_are_two_indicators(lexicon):
    """常住人口城镇化率达到60%、户籍人口城镇化率达到45% (State Council 2016): two indicators, not one."""
    from kg.read.documents import read_text
    from kg.extractors.observations import sentence_observations

    text = ("——2016年3月5日在第十二届全国人民代表大会第四次会议上\n现在，我代表国务院，向大会作政府工作报告。\n"
            "二、2016年主要任务\n到2020年，常住人口城镇化率达到60%、户籍人口城镇化率达到45%。\n")
    doc = read_text(text, "t.txt", "t", lexicon)
    found = {(o.metric, str(o.quantity.value)) for s in doc.sentences for o in sentence_observations(doc, s, lexicon)}
    assert found == {("常住人口城镇化率", "60"), ("户籍人口城镇化率", "45")}


@pytest.mark.parametrize("sentence, names", [
    # a budget between the funder and what it funds (State Council 2009-2011)
    ("中央财政拟安排“三农”投入8183亿元，比上年增加930亿元。", ["中央财政三农投入", "中央财政三农投入"]),
    ("中央财政拟安排保障性住房专项补助资金632亿元。", ["中央财政保障性住房专项补助资金"]),
    # a funder with no object before its figure names nothing: no observation
    ("各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元。", []),
])
def test_a_budget_verb_between_funder_and_fund_is_no_part_of_the_name(lexicon, sentence, names):
    from kg.extractors import run
    from kg.read.documents import read_text

    text = ("——2010年3月5日在第十一届全国人民代表大会第三次会议上\n现在，我代表国务院，向大会作政府工作报告。\n"
            "二、2010年主要任务\n" + sentence + "\n")
    found = run(read_text(text, "t.txt", "t", lexicon), lexicon).observations
    assert [o.metric for o in found] == names


@pytest.mark.parametrize("sentence, name", [
    ("今年中央财政预算安排再就业补助资金83亿元。", "中央财政再就业补助资金"),       # State Council 2004
    ("今年中央财政安排科技投入716亿元。", "中央财政科技投入"),                      # 2006
    ("安排地方专项债券4000亿元。", "安排地方专项债券"),                            # 2016: the verb opens the name
])
def test_the_budget_verb_安排_is_dropped_between_funder_and_fund(lexicon, sentence, name):
    from kg.extractors import run
    from kg.read.documents import read_text

    text = ("——2010年3月5日在第十一届全国人民代表大会第三次会议上\n现在，我代表国务院，向大会作政府工作报告。\n"
            "二、2010年主要任务\n" + sentence + "\n")
    assert [o.metric for o in run(read_text(text, "t.txt", "t", lexicon), lexicon).observations] == [name]
