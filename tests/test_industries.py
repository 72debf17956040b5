"""The industry vocabulary for the whole country (kg/lexicon/industries_cn.toml beside Shanghai's
industries.toml): sentences of the provincial and State Council reports in ../shared/corpus, each with the
industries found and their broader chain; the hierarchy is a tree whose every broader name exists."""
from __future__ import annotations

import copy
import tomllib
from importlib import resources

import pytest

from kg.errors import LexiconError
from kg.extractors.industries import match_industries
from kg.lexicon import Source, from_sources, shipped
from tests.conftest import CORPUS

NBS_TOP = ("新一代信息技术产业", "高端装备制造产业", "新材料产业", "生物产业", "新能源汽车", "新能源",
           "节能环保产业", "数字创意产业", "相关服务业")
"""The nine categories of 战略性新兴产业分类（2018）; 5 and 6 are Shanghai's entries 新能源汽车 and 新能源."""

# (source file in ../shared/corpus, sentence quoted from it, [(form as written, industry, its broader chain)])
CASES = [
    ("provinces/sichuan_2025.txt",
     "加强“三江”水电基地风电光伏开发和送出电力线路建设，支持清洁能源富集地区就地布局“绿电+算力+产业”园区。",
     [("水电", "水电", "清洁能源 > 电力、热力、燃气及水生产和供应业 > 工业 > 第二产业"),
      ("风电", "风能产业", "新能源 > 战略性新兴产业"),
      ("光伏", "光伏", "太阳能产业 > 新能源 > 战略性新兴产业"),
      ("清洁能源", "清洁能源", "电力、热力、燃气及水生产和供应业 > 工业 > 第二产业")]),
    ("national/national_2018.txt",
     "优化能源结构，煤炭消费比重下降8.1个百分点，清洁能源消费比重提高6.3个百分点。",
     [("煤炭", "煤炭", "采矿业 > 工业 > 第二产业"),
      ("清洁能源", "清洁能源", "电力、热力、燃气及水生产和供应业 > 工业 > 第二产业")]),
    ("provinces/zhejiang_2026.txt",
     "积极安全有序发展沿海核电，大力发展深远海风电，加大光伏开发力度，推进抽水蓄能、新型储能有序发展",
     [("核电", "核电产业", "新能源 > 战略性新兴产业"),
      ("风电", "风能产业", "新能源 > 战略性新兴产业"),
      ("光伏", "光伏", "太阳能产业 > 新能源 > 战略性新兴产业"),
      ("新型储能", "新型储能", "绿色低碳")]),
    ("provinces/sichuan_2025.txt",
     "推动川南经济区打造先进制造业基地和南向开放枢纽门户，共建世界级优质白酒产业集群，与重庆协同共建长江上游航运中心，"
     "深化川南渝西区域融合发展。",
     [("先进制造业", "先进制造业", "制造业 > 工业 > 第二产业"),
      ("白酒产业", "白酒", "酒、饮料和精制茶制造业 > 制造业 > 工业 > 第二产业")]),
    ("provinces/guangdong_2026.txt",
     "发展低空经济，抓好以安全为核心的制度体系建设，开发开放更多可能的商业应用和公共服务场景，"
     "推动装备制造、设施配套、运营管理等全链条创新发展。",
     [("低空经济", "低空经济", ""),
      ("装备制造", "装备制造", "制造业 > 工业 > 第二产业")]),
    ("provinces/guangdong_2025.txt",
     "发展壮大工业母机、医疗装备、精密仪器等产业，打造全国高端装备制造重要基地。",
     [("工业母机", "工业母机", "智能制造装备产业 > 高端装备制造产业 > 战略性新兴产业"),
      ("精密仪器", "仪器仪表制造业", "制造业 > 工业 > 第二产业"),
      ("高端装备制造", "高端装备制造产业", "战略性新兴产业")]),
    ("provinces/sichuan_2025.txt",
     "四川现有成都软件和信息服务、成德高端能源装备、成渝地区电子信息先进制造、成德绵自凉航空航天、成渝地区生物医药等5个"
     "国家先进制造业集群。",
     [("软件", "软件", "新兴软件和新型信息技术服务 > 新一代信息技术产业 > 战略性新兴产业"),
      ("电子信息", "电子信息", "计算机、通信和其他电子设备制造业 > 制造业 > 工业 > 第二产业"),
      ("先进制造", "先进制造业", "制造业 > 工业 > 第二产业"),
      ("航空航天", "航空航天", "高端装备制造产业 > 战略性新兴产业"),
      ("生物医药", "生物医药", "生命健康 > 生物产业 > 战略性新兴产业"),
      ("先进制造业集群", "先进制造业", "制造业 > 工业 > 第二产业")]),
    ("provinces/jiangsu_2026.txt",
     "培育发展量子科技、生物制造、氢能、脑机接口、具身智能、第六代移动通信等前沿性未来产业，争创国家未来产业先导区。",
     [("量子科技", "量子科技", "未来信息 > 未来产业"),
      ("生物制造", "生物制造", "其他生物业 > 生物产业 > 战略性新兴产业"),
      ("氢能", "氢能", "生物质能及其他新能源产业 > 新能源 > 战略性新兴产业"),
      ("脑机接口", "脑机接口", "未来健康 > 未来产业"),
      ("具身智能", "具身智能", "人工智能 > 新一代信息技术产业 > 战略性新兴产业"),
      ("第六代移动通信", "6G", "下一代信息网络产业 > 新一代信息技术产业 > 战略性新兴产业"),
      ("未来产业", "未来产业", ""),
      ("未来产业", "未来产业", "")]),
    # 制造业 is a label only (a statistical aggregate here), 战略性新兴产业 is matched
    ("provinces/henan_2026.txt",
     "战略性新兴产业增加值占规上工业比重30%，制造业比重稳定合理增长。",
     [("战略性新兴产业", "战略性新兴产业", "")]),
    # 国家政策 holds 家政: a word of not_mentions, no industry
    ("provinces/guangdong_2026.txt",
     "争取国家政策支持汕头发挥侨乡优势对接大湾区建设、支持梅州苏区融湾先行区建设，大湾区辐射带动作用进一步增强。",
     []),
    ("provinces/guangdong_2026.txt",
     "厚植家电、食品、服装、家具、珠宝、玩具、制鞋、金属制品、陶瓷等产业品牌优势",
     [("家电", "家电", "电气机械和器材制造业 > 制造业 > 工业 > 第二产业"),
      ("服装", "纺织服装、服饰业", "制造业 > 工业 > 第二产业"),
      ("家具", "家具制造业", "制造业 > 工业 > 第二产业")]),
]


def _chain(name: str, broader: dict[str, str | None]) -> str:
    out = []
    while broader[name]:
        name = broader[name]
        out.append(name)
    return " > ".join(out)


@pytest.mark.parametrize(("source", "sentence", "expected"), CASES, ids=[f"{c[0]}:{c[1][:12]}" for c in CASES])
def test_corpus_sentences_name_their_industries(lexicon, source, sentence, expected):
    broader = {i.name: i.broader for i in lexicon.industries}
    found = [(sentence[a:b], name, _chain(name, broader)) for a, b, name in match_industries(sentence, lexicon)]
    assert found == expected


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_the_sentences_are_quoted_from_the_corpus():
    for source, sentence, _ in CASES:
        assert sentence in (CORPUS / source).read_text(encoding="utf-8").replace("\n", ""), source


def test_every_broader_is_an_industry_and_the_hierarchy_is_a_tree(lexicon):
    broader = {i.name: i.broader for i in lexicon.industries}
    assert len(broader) == len(lexicon.industries)
    for name in broader:
        seen = {name}
        while broader[name] is not None:
            assert broader[name] in broader, f"{name}: broader {broader[name]} is no industry"
            name = broader[name]
            assert name not in seen
            seen.add(name)
    assert {n for n, b in broader.items() if b == "战略性新兴产业"} >= set(NBS_TOP)


def test_label_only_names_are_not_matched_but_their_aliases_are(lexicon):
    forms = lexicon.industry_forms()
    label_only = {i.name for i in lexicon.industries if i.label_only}
    assert {"制造业", "服务业", "农业", "工业", "建筑业"} <= label_only
    assert not label_only & set(forms)
    assert forms["体育产业"].name == "体育" and forms["旅游业"].name == "旅游"


def test_shanghais_entries_keep_their_names_and_aliases(lexicon):
    with resources.files("kg.lexicon").joinpath("industries.toml").open("rb") as fh:
        shanghai = tomllib.load(fh)["industry"]
    assert len(shanghai) == 62
    forms = lexicon.industry_forms()
    for entry in shanghai:
        for form in (entry["name"], *entry["aliases"]):
            assert forms[form].name == entry["name"]


def _industries_cn(change) -> list[Source]:
    sources = []
    for source in shipped():
        if "industries_cn" in source.tables:
            tables = copy.deepcopy(source.tables)
            change(tables["industries_cn"]["industry"])
            source = Source(source.name, tables)
        sources.append(source)
    return sources


@pytest.mark.parametrize(("change", "words"), [
    (lambda rows: rows.append({"name": "测试产业", "broader": "不存在的产业"}), "'不存在的产业', which is no industry"),
    (lambda rows: rows.append({"name": "光伏"}), "'光伏' is defined twice"),
    (lambda rows: rows.append({"name": "测试产业", "aliases": ["白酒"]}), "'白酒' names both '白酒' and '测试产业'"),
    (lambda rows: rows[0].update(broader="新材料产业"), "make a cycle"),
])
def test_a_broken_hierarchy_is_a_lexicon_error(change, words):
    with pytest.raises(LexiconError) as caught:
        from_sources(_industries_cn(change))
    assert words in caught.value.message and "kg/lexicon/industries_cn.toml" in caught.value.message
