"""Project names: what singles a project out, where a name starts and ends, and its located-in.

Every sentence is from the seeds or ../shared/corpus (the document in the comment), written as the reader
gives it (the PDF's line breaks and the spaces around Latin letters and digits removed).
"""
from __future__ import annotations

import pytest

from kg.extractors import run
from kg.extractors.projects import match_projects
from kg.model import EntityKind
from kg.read.documents import read_text

HEAD = "——2024年1月10日在上海市徐汇区第十七届人民代表大会第五次会议上\n上海市徐汇区区长 钟晓咏\n"


def _names(text: str, lexicon) -> list[str]:
    return [n for _, _, n in match_projects(text, lexicon)]


@pytest.mark.parametrize("text, kind", [
    ("推动三甲医院选派超500名专家到县级医院开展技术帮扶", "三甲医院"),                  # guangdong_2025
    ("以流入地政府和公办学校为主,切实保障农民工随迁子女平等接受义务教育。", "公办学校"),  # national_2011
    ("完成工业园区转供电改造、终端用户电费成本降低10%", "工业园区"),                     # guangdong_2025
    ("重点加强农村义务教育学校教师和校长培训", "农村义务教育学校"),                      # national_2010
    ("推进森林城市和郊野公园、山地公园、湿地公园建设。", "郊野公园"),                    # guangdong_2025
    ("支持洛阳加快建设国家重要创新高地和先进制造业基地", "先进制造业基地"),              # henan_2026
    ("区牙防所获批转型口腔医院。", "口腔医院"),                                          # xuhui_2025
])
def test_common_words_name_a_kind_not_a_project(lexicon, text, kind):
    assert not any(kind in n for n in _names(text, lexicon))


@pytest.mark.parametrize("text, name", [
    ("宁波舟山港总体规划正式获批,梅山港区全面建成投用", "宁波舟山港"),                   # zhejiang_2025: places
    ("国家实验室、期智研究院等一批高水平科研机构落户", "期智研究院"),                    # shanghai_city_2021: unknown word
    ("完成黄埔军校旧址纪念馆、叶挺纪念馆改造提升。", "黄埔军校旧址纪念馆"),            # guangdong_2025: organisation
    ("加快区公共卫生中心、精神卫生中心等项目开工", "区公共卫生中心"),                    # xuhui_2023: the district's own
    ("省博物馆入选中央地方共建国家级重点博物馆", "省博物馆"),                            # guangdong_2025: the province's own
    ("加快南部医疗中心、八院病房综合楼、120急救分站建设", "南部医疗中心"),               # xuhui_2022: a part of the district
    ("漕开发航天科技城工程全面推进", "漕开发航天科技城"),                                # xuhui_2023: an area's name
    ("加快建成国际邻里中心一期及系列配套空间", "国际邻里中心"),                          # xuhui_2022: a phase
    ("启动漕宝路快速路东延伸工程", "漕宝路快速路"),                                      # xuhui_2023: a road's name
    ("漕河泾“元创未来”元宇宙产业创新园获评上海市首批元宇宙特色产业园区", "元宇宙产业创新园"),  # xuhui_2023: quoted
    ("推动西岸大剧院竣工", "西岸大剧院"),                                                # the seeds' own projects stay
    ("放大龙华烈士陵园、百代小楼、名人故居等红色资源影响力", "百代小楼"),                # xuhui_2024_news: listed
    ("宋庆龄小学开工,信息管理学校新校、上汇实验小学部建成投用", "信息管理学校"),         # with named peers
])
def test_a_word_that_singles_a_project_out_keeps_it(lexicon, text, name):
    assert name in _names(text, lexicon)


@pytest.mark.parametrize("text, name", [
    ("13号线东延伸、19号线、南枫线一期等一批轨道交通线开工建设", "19号线"),            # shanghai_city_2024
    ("加快上海南站8号地块规划中学等5个项目开工", "上海南站8号地块规划中学"),             # xuhui_2024_news
    ("国际STEM教育研究所落户徐汇滨江", "国际STEM教育研究所"),                           # xuhui_2024: letters inside
    ("聚力攻坚滨江C单元西片区、云峰油库", "滨江C单元西片区"),                            # xuhui_2022: not 聚力攻坚…
    ("建成环城生态公园带项目华泾公园样板段、中环绿廊桂江路五期", "华泾公园样板段"),    # xuhui_2022: after 项目
    ("放大武康路—安福路、衡复音乐街区2个国家级旅游休闲街区的品牌效应", "衡复音乐街区"),  # xuhui_2025: unknown word
    ("推动温福高铁、衢州先导智能、追觅机器人等项目开工建设", "追觅机器人"),              # zhejiang_2025: listed
    ("联合国教科文组织一类中心STEM教育研究所落户上海", "STEM教育研究所"),               # shanghai_city_2024
    ("徐家汇中心T1塔楼竣工", "徐家汇中心"),                                              # a part's label stays out
    ("华泾门户功能区,完成生命蓝湾关港地块土地收储,北杨人工智能小镇B地块竣工。", "北杨人工智能小镇"),
])
def test_where_a_name_starts_and_ends(lexicon, text, name):
    assert name in _names(text, lexicon)


@pytest.mark.parametrize("text, wrong", [
    ("加快广州、深圳国际消费中心城市和6个区域消费中心城市建设", "国际消费中心"),          # guangdong_2025
    ("启动汕头、湛江临港经济区建设", "湛江临港"),                                         # guangdong_2025
    ("高水平建设全球海洋中心城市", "全球海洋中心"),                                       # guangdong_2025
    ("积极争取并用足用好专项债券、超长期特别国债、中央预算内投资等项目", "中央预算内投资"),  # listed kinds
    ("推动“两重”、中央预算内投资、新型政策性金融工具等项目按时开工建设", "新型政策性金融工具"),  # henan_2026
    ("抓紧规划建设丝绸之路经济带、21世纪海上丝绸之路", "海上丝绸之路"),                 # national_2014
    ("加快龙吴路沿线土地收储,积极推进西岸热力秀场和中央公园项目。", "龙吴路"),           # xuhui_2025: 沿线
    ("提升改造苏州河中心城区沿岸、内环高架路沿线景观灯光", "内环高架路"),                 # shanghai_city_2024
])
def test_no_project_in_a_longer_noun_or_a_list_of_kinds(lexicon, text, wrong):
    assert not any(wrong in n for n in _names(text, lexicon))


@pytest.mark.parametrize("text", [
    "紧盯航天、乔高等项目建设招商,全力提高经济密度",                                     # xuhui_2022
    "加快推进华之门、生命蓝湾等地块出让",
])
def test_one_word_items_of_a_project_list_stay(lexicon, text):
    assert _names(text, lexicon)[0] in ("航天", "华之门")


def _extract(body: str, lexicon):
    doc = read_text(HEAD + body, "t.txt", "t", lexicon)
    return run(doc, lexicon)


def test_a_zone_is_no_project(lexicon):
    # shanghai_city_2020; xuhui_2022 names 临港新片区 among its partners
    found = _extract("上海自贸试验区临港新片区正式设立,加快建设西岸美术馆。\n", lexicon)
    projects = {m.name for m in found.mentions if m.kind is EntityKind.PROJECT}
    zones = {m.name for m in found.mentions if m.kind is EntityKind.DEVELOPMENT_ZONE}
    assert zones and not any("新片区" in p for p in projects)
    assert "西岸美术馆" in projects


@pytest.mark.parametrize("body, project, area", [
    # xuhui_2022: the name now holds its area (华泾, 滨江), which places it
    ("建成环城生态公园带项目华泾公园样板段、中环绿廊桂江路五期。\n", "华泾公园样板段", "华泾门户功能区"),
    ("聚力攻坚滨江C单元西片区、云峰油库、中东三家里等地块出让。\n", "滨江C单元西片区", "西岸滨江功能区"),
])
def test_located_in_from_a_whole_name(lexicon, body, project, area):
    found = _extract(body, lexicon)
    located = {(r.subject[1], r.object[1]) for r in found.relations
               if r.predicate == "located_in" and not isinstance(r.object, int)}
    assert (project, area) in located


def _located(body: str, lexicon) -> set[tuple[str, str]]:
    return {(r.subject[1], r.object[1]) for r in _extract(body, lexicon).relations
            if r.predicate == "located_in" and not isinstance(r.object, int)}


def test_an_area_in_the_clause_places_a_project(lexicon):
    # xuhui_2024_work_report_summary
    assert ("国际STEM教育研究所", "西岸滨江功能区") in _located("国际STEM教育研究所落户徐汇滨江。\n", lexicon)


def test_an_area_listed_beside_a_project_does_not_hold_it(lexicon):
    # shanghai_city_2023: 苏河湾 (in Jing'an and Putuo) is a peer of 徐汇滨江, not a part of it
    located = _located("推动徐汇滨江、杨浦滨江、苏河湾等打造世界级滨水区。\n", lexicon)
    assert not any(p == "苏河湾" for p, _ in located)
