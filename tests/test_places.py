"""Places a report names (kg.extractors.places) and development zones (kg.extractors.zones): sentences of the
shared corpus, positives and negatives; one entity per place across documents, chains up to the country,
coordinates; the lexicon's 上海市 and 徐汇区 keep their IRIs and take their codes."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, Literal

from kg.extractors.places import match_places
from kg.extractors.zones import match_zones
from kg.lexicon.divisions import place_keys
from kg.model import EntityKind
from kg.pipeline.run import build
from kg.rdf.terms import entity_iri, new_graph
from kg.rdf.vocab import GEO, KGO
from tests.conftest import CORPUS, SEEDS, located_in_chain

SHANGHAI = "310000"

# (sentence as the corpus writes it, the document's government code, the full names of the places it names)
PLACES = [
    ("积极推动上海和广东、天津、福建自贸试验区建设，在全国推广成熟经验", None, ["上海市", "广东省", "天津市", "福建省"]),
    ("持郑州、洛阳建设国际", "410000", ["郑州市", "洛阳市"]),
    ("上世纪70年代，肇庆市怀集县针对过度砍伐问题", "440000", ["肇庆市", "怀集县"]),
    ("组织好广西壮族自治区、宁夏回族自治区成立60周年庆祝活动。", None, ["广西壮族自治区", "宁夏回族自治区"]),
    ("将试点范围扩大到黑龙江和吉林两省。", None, ["黑龙江省", "吉林省"]),
    ("珠海、佛山、惠州、东莞、中山、江门、肇庆等重要节点城", "440000",
     ["珠海市", "佛山市", "惠州市", "东莞市", "中山市", "江门市", "肇庆市"]),
    ("着力加快美丽江苏建设，推", "320000", ["江苏省"]),
    ("要突破，哈尔滨航空集群", "230000", ["哈尔滨市"]),
    ("高标准建设雄安新区。", None, ["雄安新区"]),
    # Not places: the same characters inside other words, idioms, roads, companies, Sun Yat-sen.
    ("保持人民币汇率在合理、均衡水平上基本稳定。", None, []),
    ("去年，我们隆重庆祝了新中国成立50周", None, []),
    ("国家才能长治久安。", None, []),
    ("切实改变文山会海、繁文缛节", None, []),
    ("推进南京路步行街、", SHANGHAI, []),
    ("建成开通、中山大学建校100周年", "440000", []),
    ("发挥腾讯、阿里、商汤等头部企业的集聚效应", SHANGHAI, []),
    ("用“真金白银”助力企业", None, []),
    ("乡村振兴示范县2个", "410000", []),
    ("生机勃勃的朝阳产业。", None, []),
    ("我代表国务院，向全国各族人民", None, []),
]


@pytest.mark.parametrize("text,government,names", PLACES, ids=[p[0][:12] for p in PLACES])
def test_places_a_sentence_names(lexicon, text: str, government: str | None, names: list[str]) -> None:
    assert [d.name for _, _, d in match_places(text, lexicon, government)] == names


@pytest.mark.parametrize("text,government,code", [
    ("舟山市普陀区", None, "330903"),          # the place written before it tells a homonym
    ("普陀区", SHANGHAI, "310107"),            # else the document's government
    ("朝阳区", None, None),                    # else none: two districts of the same level
])
def test_a_homonym_is_the_one_its_context_names(lexicon, text: str, government: str | None, code: str | None) -> None:
    found = [d.code for a, b, d in match_places(text, lexicon, government) if text[a:b] == text[-3:]]
    assert found == ([code] if code else [])


# (sentence, government, (zone's canonical name, the key name of the division it lies in) …)
ZONES = [
    ("化发展三年行动计划和支持南京江北新区高质量建设政策措施", "320000", [("南京江北新区", "320100")]),
    ("推动张江高新区建设世界领先科技园区", SHANGHAI, [("张江高新技术产业开发区", "上海市")]),
    ("高水平建设成都天府国际空港综合保税区，推动跨境电商综合试验区", "510000", [("成都天府国际空港综合保税区", "510100")]),
    ("加快推进自贸试验区临港新片区建设", SHANGHAI, [("临港新片区", "上海市")]),
    ("出台广东自贸试验区提升战略行动方案", "440000", [("广东自由贸易试验区", "440000")]),
    # The country is no place of a zone's name: the zone is 上海自由贸易试验区, as other reports name it.
    ("建设好、管理好中国上海自由贸易试验区，形成可复制可推广的体制", None, [("上海自由贸易试验区", "上海市")]),
    ("自贸试验区哈尔滨片区保税物流中心获批", "230000", [("哈尔滨片区", "230100")]),
    ("区范围，新设广东、天津、福建自由贸易试验区。", None,
     [("广东自由贸易试验区", "440000"), ("天津自由贸易试验区", "120000"), ("福建自由贸易试验区", "350000")]),
    ("湾、惠州潼湖生态智慧区、东莞滨海湾新区、中山翠亨新区、江门大广", "440000",
     [("东莞滨海湾新区", "441900"), ("中山翠亨新区", "442000")]),
    ("衢州综保区封关运作，杭州综保区成功扩区", "330000", [("衢州综合保税区", "330800"), ("杭州综合保税区", "330100")]),
    # A county named short right before the suffix: in the place written before it, else in the government.
    ("完成新郑综保区扩区", "410000", [("新郑综合保税区", "410184")]),
    ("支持中牟新区加快建设", "410000", [("中牟新区", "410122")]),
    ("城实施，广州花都经济开发区升级为国家级", "440000", [("广州花都经济开发区", "440114")]),
    ("深入实施自贸试验区提升战略，推动哈尔滨、黑河、绥芬河片区与协同发展先导区联动发展", "230000",
     [("哈尔滨片区", "230100"), ("黑河片区", "231100"), ("绥芬河片区", "231081")]),
    # A zone of another province lies where its name says, not in the reporting government.
    ("加强与海南自由贸易港联动。", "440000", [("海南自由贸易港", "460000")]),
    # Joint zones: the short forms of the divisions that run it; they lie in the lowest division holding all.
    ("推广川渝高竹新区等经验做法", "510000", [("川渝高竹新区", "100000")]),
    ("川渝高竹新区成为全国首个跨省域共建新区", "510000", [("川渝高竹新区", "100000")]),
    ("大力推进长三角生态绿色一体化发展示范区建设", SHANGHAI, [("长三角生态绿色一体化发展示范区", "100000")]),
    # A zone the lexicon knows by several names is one zone (State Council 2019, Shanghai 2023).
    ("增设上海自贸试验区新片区，推进海南自贸试验区建设", "100000",
     [("临港新片区", "上海市"), ("海南自由贸易试验区", "460000")]),
    ("自贸试验区临港新片区形成全国首创案例36个", SHANGHAI, [("临港新片区", "上海市")]),
    # Not zones: no place or stem, a verb or a number inside, a division of the gazetteer, a free trade agreement.
    ("高标准建设专业化产业园区", None, []),
    ("全面清理各类开发区", None, []),
    ("漕河泾“元创未来”元宇宙产业创新园获评上海市首批元宇宙特色产业园区", "310104", []),
    ("高标准建设雄安新区。", None, []),
    ("推进天津滨海新区开发开放", None, []),
    ("加快中日韩自贸区谈判", None, []),
    ("探索建设中国特色自由贸易港", None, []),
    ("探索建设中国特色自由贸易港", "100000", []),                  # the country's report: 中国 still no place
    ("成都西部片区", "510000", []),
    # An economic region is a group of divisions, no zone (kg/lexicon/zones.toml says why).
    ("推动成都平原经济区在构筑产业生态圈", "510000", []),
]

# Written for these tests (the corpus holds no county's report outside Shanghai): a county's report names itself
# short, which the gazetteer's matcher leaves out (counties match by their full names); and the cases that tell a
# county's or a joint zone's short forms from a place's.
COUNTY_ZONES = [
    ("我们将加快建设陇西经济开发区，推进兰州新区合作项目", "621122", [("陇西经济开发区", "621122"), ("兰州新区", "620100")]),
    ("义乌综合保税区进出口额增长30%", "330782", [("义乌综合保税区", "330782")]),
    # A county's short name after a place it does not lie in is no county (三江 is Guangxi's 三江侗族自治县).
    ("支持宜宾三江新区高质量发展", "510000", [("宜宾三江新区", "511500")]),
    ("推进渭源经济开发区和陇西经济开发区合作", "621122",                              # a neighbour in its city
     [("渭源经济开发区", "621123"), ("陇西经济开发区", "621122")]),
    ("推进新郑综保区建设", "510000", []),                  # a county of another province, named short: none
    ("推进新郑综保区建设", "100000", [("新郑综合保税区", "410184")]),      # the country's report: the only 新郑
    ("支持辽宁自贸试验区建设", None, [("辽宁自由贸易试验区", "210000")]),       # a place, not 辽 and 宁 joint
    ("推进苏州工业园区、南京江北新区建设", "320000", [("南京江北新区", "320100")]),   # a stem before a county
    # A local alias (zones.toml local_aliases) names its zone in its own province's reports only: 河套 is Shenzhen's
    # zone in Guangdong's (guangdong_2025), and the irrigated 河套 of Inner Mongolia's or Ningxia's.
    ("强化河套“一区两园”规划对接", "440000", [("河套深港科技创新合作区", "440300")]),
    ("推进河套灌区续建配套和现代化改造", "150000", []),
    ("推进河套灌区续建配套和现代化改造", "100000", []),
]


@pytest.mark.parametrize("text,government,zones", ZONES + COUNTY_ZONES, ids=[z[0][:12] for z in ZONES + COUNTY_ZONES])
def test_zones_a_sentence_names(lexicon, text: str, government: str | None, zones: list) -> None:
    assert [(name, host) for _, _, name, host in match_zones(text, lexicon, government)] == zones


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_the_tables_sentences_are_the_corpus_own() -> None:
    corpus = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.txt")))
    corpus += "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    squashed = "".join(corpus.split())
    missing = [t for t, _, _ in PLACES + ZONES if len(t) > 6 and t not in squashed]
    assert not missing


def test_the_lexicon_places_take_their_codes(lexicon) -> None:
    keys = place_keys(lexicon)
    assert keys.code_of_area["上海市"] == SHANGHAI and keys.code_of_area["徐汇区"] == "310104"
    assert keys.code_of_area["普陀区"] == "310107"        # Shanghai's, not Zhoushan's 330903
    assert keys.key(keys.gazetteer.get("310104")) == (EntityKind.DISTRICT, "徐汇区")
    assert keys.key(keys.gazetteer.get("330903")) == (EntityKind.DISTRICT, "330903")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """The seeds with a Shanghai municipal report, a provincial report and a State Council report."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    out = tmp_path_factory.mktemp("places")
    build([SEEDS, CORPUS / "shanghai_city_2024.txt", CORPUS / "provinces" / "guangdong_2025.txt",
           CORPUS / "national" / "national_2015.txt"], out, html=False)        # validates, raising on a violation
    return new_graph().parse(out / "graph.ttl", format="turtle")


def test_one_shanghai_with_its_code_andlocated_in_chain(mixed) -> None:
    shanghai = [s for s in mixed.subjects(RDFS.label, Literal("上海市", lang="zh")) if (s, RDF.type, None) in mixed]
    assert shanghai == [entity_iri(EntityKind.MUNICIPALITY, "上海市")]
    assert mixed.value(shanghai[0], KGO.divisionCode) == Literal(SHANGHAI)
    xuhui = entity_iri(EntityKind.DISTRICT, "徐汇区")
    assert located_in_chain(mixed, xuhui) == ["徐汇区", "上海市", "中华人民共和国"]
    assert mixed.value(xuhui, KGO.divisionCode) == Literal("310104")
    assert (entity_iri(EntityKind.FUNCTIONAL_AREA, "西岸滨江功能区"), KGO.locatedIn, xuhui) in mixed


def test_a_place_named_in_many_documents_is_one_entity(mixed) -> None:
    guangdong = entity_iri(EntityKind.PROVINCE, "440000")
    documents = {d.rsplit("/", 1)[-1] for d in mixed.objects(guangdong, KGO.reportedIn)}
    assert {"guangdong_2025", "national_2015"} <= documents
    assert len(list(mixed.subjects(RDFS.label, Literal("广东省", lang="zh")))) == 1
    mentions = {m for m in mixed.subjects(KGO.mentionOf, guangdong)}
    assert {str(mixed.value(m, KGO.surface)) for m in mentions} >= {"广东"}


def test_places_lie_in_their_parents_up_to_the_country_with_coordinates(mixed) -> None:
    city = entity_iri(EntityKind.PREFECTURE_CITY, "440300")
    assert located_in_chain(mixed, city) == ["深圳市", "广东省", "中华人民共和国"]
    for node in (city, entity_iri(EntityKind.MUNICIPALITY, "上海市")):
        lat, long = mixed.value(node, GEO.lat), mixed.value(node, GEO.long)
        assert 18 < Decimal(str(lat)) < 54 and 73 < Decimal(str(long)) < 136
    assert (entity_iri(EntityKind.PREFECTURE_CITY, "440300"), KGO.divisionCode, Literal("440300")) in mixed


def test_a_mention_of_a_place_points_at_its_words(mixed) -> None:
    for m in mixed.subjects(KGO.mentionOf, entity_iri(EntityKind.PREFECTURE_CITY, "440300")):
        evidence, surface = str(mixed.value(m, KGO.evidence)), str(mixed.value(m, KGO.surface))
        assert surface in {"深圳", "深圳市"} and surface in evidence


def test_zones_lie_in_the_place_their_name_holds(mixed) -> None:
    zone = entity_iri(EntityKind.DEVELOPMENT_ZONE, "广东自由贸易试验区")
    assert located_in_chain(mixed, zone) == ["广东自由贸易试验区", "广东省", "中华人民共和国"]
    assert (zone, RDF.type, KGO.DevelopmentZone) in mixed
    assert str(mixed.value(zone, KGO.reportedIn)).endswith("guangdong_2025")


def test_the_seeds_keep_their_areas(seeds_graph) -> None:
    areas = {str(seeds_graph.value(a, RDFS.label)) for a in seeds_graph.subjects(RDF.type, KGO.FunctionalArea)}
    assert areas == {"大徐家汇功能区", "西岸滨江功能区", "漕开发拓展功能区", "徐汇中城功能区", "华泾门户功能区"}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_every_place_and_zone_mention_points_at_its_words() -> None:
    import kg

    (ex,) = kg.extract([CORPUS / "provinces" / "guangdong_2025.txt"])
    kinds = {EntityKind.DEVELOPMENT_ZONE, EntityKind.PROVINCE, EntityKind.PREFECTURE_CITY}
    mentions = [m for m in ex.mentions if m.kind in kinds]
    assert len(mentions) > 100
    assert all(ex.document.text[m.provenance.start:m.provenance.end] == m.surface for m in mentions)
