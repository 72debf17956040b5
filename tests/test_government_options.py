"""The government and year given for texts that do not state theirs (kg build --government/--year), a user's
lexicon (--lexicon, govkg.toml beside the inputs), and a build that reports every unreadable input at once.

The reports here are written for these tests in the layout of real county and district reports (title, delivery
line, speaker line, 过去一年 review, 今年主要预期目标 with figures); their places and figures are made up
where the test needs a place the gazetteer lacks."""
from __future__ import annotations

import warnings
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.cli import cli
from kg.errors import (BadFallback, BadInputs, FallbackOverridden, LexiconError, NoGovernment, NoGovernmentNorYear,
                       NoYear)
from kg.lexicon import load
from kg.lexicon.load import with_user
from kg.pipeline.run import build
from kg.read.given import fallback
from kg.rdf.terms import new_graph
from kg.rdf.vocab import KGO
from tests.conftest import located_in_chain

COUNTRY = "中华人民共和国"

REVIEW_AND_GOALS = (
    "各位代表：\n"
    "现在，我代表{body}人民政府，向大会报告政府工作，请予审议，并请政协委员和其他列席人员提出意见。\n"
    "一、{reviewed}工作回顾\n"
    "过去一年，面对复杂严峻的外部环境，我们坚持稳中求进工作总基调，{whole}经济社会发展取得新成效。"
    "全年实现地区生产总值952.3亿元，增长6.5%；一般公共预算收入90.2亿元，增长5.1%；"
    "城镇居民人均可支配收入增长5%。\n"
    "二、{planned}工作目标和重点任务\n"
    "今年政府工作的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，"
    "城镇居民人均可支配收入增长5.5%，城镇调查失业率控制在5%以内。\n"
    "我们将加快建设{whole}先进制造业基地，推动数字经济和实体经济深度融合。\n")



def _report(title: str, delivery: str, speaker: str, body: str, whole: str, year: int = 2024) -> str:
    """A report in a real one's layout: title, delivery line, speaker line, then REVIEW_AND_GOALS for ``year``."""
    return f"{title}\n——{delivery}\n{speaker}\n" + REVIEW_AND_GOALS.format(
        body=body, reviewed=f"{year - 1}年", planned=f"{year}年", whole=whole)


COUNTY = _report("嘉善县2025年政府工作报告", "2025年1月8日在嘉善县第十七届人民代表大会第五次会议上", "嘉善县县长  王伟",
                 "嘉善县", "全县", 2025)
# A district the gazetteer lacks (made up).
NEW_DISTRICT = _report("云栖区2025年政府工作报告", "2025年1月9日在云栖区第一届人民代表大会第三次会议上", "云栖区区长  李华",
                       "云栖区", "全区", 2025)
# The same, naming 杭州市 often enough for the gazetteer's guess (the division named most), never as its own.
GUESSED = NEW_DISTRICT + "我们将主动融入杭州市发展大局，服务杭州市城市建设，对接杭州市重大项目。\n"

# A county report that states its place but no year: no date, no years in its headings.
NO_YEAR = ("政府工作报告\n"
           "嘉善县县长  王伟\n"
           + REVIEW_AND_GOALS.format(body="嘉善县", reviewed="过去一年", planned="今年", whole="全县"))

# Neither place nor year.
NEITHER = REVIEW_AND_GOALS.format(body="区", reviewed="过去一年", planned="今年", whole="全区")

LEVEL = {"country": KGO.Country, "province": KGO.ProvinceLevelArea, "prefecture": KGO.PrefectureLevelArea,
         "county": KGO.CountyLevelArea}


def _write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def _graph(out: Path):
    return new_graph().parse(out / "graph.ttl", format="turtle")


def _document(g) -> URIRef:
    documents = list(g.subjects(DCTERMS.source, None))
    assert len(documents) == 1, documents
    return documents[0]


def _government(g) -> URIRef:
    places = list(g.objects(_document(g), KGO.district))
    assert len(places) == 1, places
    return places[0]


def _is_a(g, node: URIRef, cls: URIRef) -> bool:
    return any(cls in g.transitive_objects(t, RDFS.subClassOf) for t in g.objects(node, RDF.type))


def _built(tmp_path: Path, files: dict[str, str | bytes], **options):
    src = _write(tmp_path / "in", files)
    out = tmp_path / "out"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", FallbackOverridden)
        build([src], out, html=False, store=False, jobs=1, **options)
    return _graph(out), [str(w.message) for w in caught if issubclass(w.category, FallbackOverridden)]


# -- (a) a county outside Shanghai, read from its own text -------------------------------------------------

def test_a_county_report_outside_shanghai_reads_its_government_and_targets(tmp_path: Path) -> None:
    g, warned = _built(tmp_path, {"jiashan_2025.txt": COUNTY})
    place = _government(g)
    assert (str(g.value(place, RDFS.label)), str(g.value(place, KGO.divisionCode))) == ("嘉善县", "330421")
    assert _is_a(g, place, KGO.County) and _is_a(g, place, LEVEL["county"])
    assert located_in_chain(g, place) == ["嘉善县", "嘉兴市", "浙江省", COUNTRY]
    assert g.value(_document(g), KGO.year) == Literal("2025", datatype=g.value(_document(g), KGO.year).datatype)
    found = {(str(g.value(o, KGO.period)), str(g.value(g.value(o, KGO.metric), RDFS.label)),
              Decimal(str(g.value(o, KGO.value)))) for o in g.subjects(KGO.status, None)}
    assert {("2025", "地区生产总值", Decimal(6)), ("2024", "地区生产总值", Decimal("952.3"))} <= found, found
    assert not warned


# Reports of other provinces' governments, in a real report's layout (the text of their figures is made up).
OTHER_PROVINCES = [
    (_report("2024年陇西县人民政府工作报告", "2024年1月12日在陇西县第十八届人民代表大会第四次会议上",
             "陇西县人民政府县长  李明华", "县", "全县") + "我们将加快建设陇西经济开发区。\n",
     "陇西县", KGO.County, "county", ["陇西县", "定西市", "甘肃省", COUNTRY], [("陇西经济开发区", "陇西县")]),
    (_report("延边朝鲜族自治州人民政府工作报告", "2024年1月8日在延边朝鲜族自治州第十六届人民代表大会第三次会议上",
             "州长  洪庆", "州", "全州") + "延吉市、珲春市、敦化市经济稳中有进。\n",
     "延边朝鲜族自治州", KGO.AutonomousPrefecture, "prefecture", ["延边朝鲜族自治州", "吉林省", COUNTRY], []),
    (_report("义乌市人民政府工作报告", "2024年2月20日在义乌市第十七届人民代表大会第四次会议上",
             "义乌市人民政府市长  王健", "市", "全市") + "义乌综合保税区进出口额增长30%。\n",
     "义乌市", KGO.CountyCity, "county", ["义乌市", "金华市", "浙江省", COUNTRY], [("义乌综合保税区", "义乌市")]),
]


@pytest.mark.parametrize("text, name, cls, level, chain, zones", OTHER_PROVINCES, ids=["county", "autonomous", "city"])
def test_reports_of_other_provinces_read_their_government(text, name, cls, level, chain, zones, tmp_path) -> None:
    g, warned = _built(tmp_path, {"report.txt": text})
    place = _government(g)
    assert str(g.value(place, RDFS.label)) == name and _is_a(g, place, cls) and _is_a(g, place, LEVEL[level])
    assert located_in_chain(g, place) == chain and str(g.value(_document(g), KGO.year)) == "2024" and not warned
    found = [(str(g.value(z, RDFS.label)), str(g.value(g.value(z, KGO.locatedIn), RDFS.label)))
             for z in g.subjects(RDF.type, KGO.DevelopmentZone)]
    assert sorted(found) == zones


@pytest.mark.parametrize("given, code", [("延边州", "222400"), ("吉林省延边朝鲜族自治州", "222400"), ("义乌", "330782"),
                                         ("浙江省金华市义乌市", "330782"), ("甘肃定西陇西", "621122")])
def test_a_report_that_states_nothing_takes_the_government_given(given: str, code: str, tmp_path: Path) -> None:
    g, warned = _built(tmp_path, {"report.txt": NEITHER}, government=given, year=2024)
    assert str(g.value(_government(g), KGO.divisionCode)) == code and not warned
    assert located_in_chain(g, _government(g))[-1] == COUNTRY and str(g.value(_document(g), KGO.year)) == "2024"


def test_what_the_text_states_wins_over_the_options_with_a_warning(tmp_path: Path) -> None:
    g, warned = _built(tmp_path, {"jiashan_2025.txt": COUNTY}, government="浙江省杭州市云栖区", year=2020)
    assert located_in_chain(g, _government(g)) == ["嘉善县", "嘉兴市", "浙江省", COUNTRY]
    assert str(g.value(_document(g), KGO.year)) == "2025"
    assert len(warned) == 2 and all("jiashan_2025.txt" in w for w in warned)


# -- (b) a place the gazetteer lacks, given by name -----------------------------------------------------

def test_a_homonym_the_text_does_not_tell_apart_is_named_with_its_candidates(tmp_path: Path) -> None:
    text = _report("鼓楼区人民政府工作报告", "2024年1月10日在鼓楼区第十七届人民代表大会第三次会议上", "区长  王明", "区", "全区")
    with pytest.raises(NoGovernment, match=r"\(鼓楼区\) is 4 divisions .*南京市鼓楼区.*e\.g\. 南京市鼓楼区"):
        _built(tmp_path, {"gulou_2024.txt": text})
    g, _ = _built(tmp_path / "given", {"gulou_2024.txt": text}, government="福州市鼓楼区")
    assert located_in_chain(g, _government(g)) == ["鼓楼区", "福州市", "福建省", COUNTRY]


def test_a_place_the_gazetteer_lacks_stops_the_build_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(NoGovernment, match="yunqi_2025.txt: cannot tell which district") as raised:
        _built(tmp_path, {"yunqi_2025.txt": NEW_DISTRICT})
    assert not isinstance(raised.value, NoYear) and not (tmp_path / "out").exists()
    assert "knows the government it names (云栖区)" in raised.value.fix


@pytest.mark.parametrize("given, chain, cls", [
    ("浙江省杭州市云栖区", ["云栖区", "杭州市", "浙江省", COUNTRY], KGO.District),
    ("杭州市云栖区", ["云栖区", "杭州市", "浙江省", COUNTRY], KGO.District),
    ("云栖区", ["云栖区"], KGO.District),
])
def test_a_place_the_gazetteer_lacks_built_with_government(given, chain, cls, tmp_path: Path) -> None:
    g, warned = _built(tmp_path, {"yunqi_2025.txt": NEW_DISTRICT}, government=given)
    guessed, _ = _built(tmp_path / "guessed", {"yunqi_2025.txt": GUESSED}, government=given)
    # the name given beats a guess
    assert located_in_chain(guessed, _government(guessed)) == located_in_chain(g, _government(g))
    place = _government(g)
    assert str(g.value(place, RDFS.label)) == "云栖区" and g.value(place, KGO.divisionCode) is None
    assert _is_a(g, place, cls) and _is_a(g, place, LEVEL["county"])
    assert located_in_chain(g, place) == chain and not warned
    if len(chain) > 1:
        parent = g.value(place, KGO.locatedIn)
        assert str(g.value(parent, KGO.divisionCode)) == "330100"


# -- (c) a text with no year ----------------------------------------------------------------------------

def test_a_text_with_no_year_is_built_with_year(tmp_path: Path) -> None:
    with pytest.raises(NoYear, match="cannot tell which year") as raised:
        _built(tmp_path / "a", {"jiashan.txt": NO_YEAR})
    assert not isinstance(raised.value, NoGovernment)
    g, _ = _built(tmp_path / "b", {"jiashan.txt": NO_YEAR}, year=2024)
    assert str(g.value(_document(g), KGO.year)) == "2024"
    assert str(g.value(_government(g), KGO.divisionCode)) == "330421"


def test_a_text_with_neither_needs_both(tmp_path: Path) -> None:
    with pytest.raises(NoGovernmentNorYear):
        _built(tmp_path / "a", {"r.txt": NEITHER})
    with pytest.raises(NoGovernment):
        _built(tmp_path / "b", {"r.txt": NEITHER}, year=2024)
    g, _ = _built(tmp_path / "c", {"r.txt": NEITHER}, government="浙江省嘉兴市嘉善县", year=2024)
    assert located_in_chain(g, _government(g)) == ["嘉善县", "嘉兴市", "浙江省", COUNTRY]


# -- (d) every unreadable input at once --------------------------------------------------------------------

BAD = {"a_empty.txt": b"", "b_image.txt": b"\x89PNG\r\n\x1a\n" + bytes(64), "c_no_place.txt": NEW_DISTRICT,
       "d_no_year.txt": NO_YEAR, "e_neither.txt": NEITHER, "f_undecodable.txt": b"\x81\x30" * 200}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_folder_build_names_every_unreadable_file_in_one_error(jobs: int, tmp_path: Path) -> None:
    src = _write(tmp_path / "in", {**BAD, "good.txt": COUNTY, "g_large.txt": COUNTY * 40})
    out = tmp_path / "out"
    with pytest.raises(BadInputs) as raised:
        build([src], out, html=False, store=False, jobs=jobs, max_bytes=20_000)     # refused before reading
    assert [e.where for e in raised.value.errors] == [*sorted(BAD), "g_large.txt"]
    assert [type(e).__name__ for e in raised.value.errors] == [
        "EmptyInput", "UnreadableInput", "NoGovernment", "NoYear", "NoGovernmentNorYear", "AmbiguousEncoding",
        "InputTooLarge"]
    assert not out.exists()


def test_the_cli_lists_every_file_with_its_fix_and_no_traceback(tmp_path: Path) -> None:
    src = _write(tmp_path / "in", {**BAD, "good.txt": COUNTY})
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--no-html", "--no-store", "-j", "1"])
    assert result.exit_code == 1 and "Traceback" not in result.output and result.exception.__class__ is SystemExit
    lines = result.output.splitlines()
    assert lines[0].startswith("Error: [E107] 6 files cannot be read")
    assert [line.split(":")[0].split()[-1] for line in lines[1:]] == sorted(BAD)
    assert "--government NAME" in lines[3] and "--year YEAR" in lines[4] and "--government NAME and --year" in lines[5]
    assert not out.exists()


def test_a_failed_build_still_tells_the_files_it_skipped(tmp_path: Path) -> None:
    src = _write(tmp_path / "in", {"notes.csv": "a,b\n", "neither.txt": NEITHER})
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out"), "--no-html", "--no-store"])
    assert result.exit_code == 1 and "[E201] neither.txt" in result.output
    assert f"warning: skipped {src / 'notes.csv'}: not a text, PDF or Word file" in result.output


# -- (e) a user's lexicon -----------------------------------------------------------------------------------

LEXICON = ('[[areas.functional_area]]\nname = "云栖数字港"\ndistrict = "徐汇区"\naliases = ["数字港"]\n\n'
           '[[metrics.metric]]\nname = "数字经济核心产业增加值"\naliases = ["数字核心产业增加值"]\n')
XUHUI = ("2025年徐汇区政府工作报告\n——2025年1月7日在上海市徐汇区第十七届人民代表大会第五次会议上\n"
         "徐汇区区长  钟晓咏\n"
         + REVIEW_AND_GOALS.format(body="徐汇区", reviewed="2024年", planned="2025年", whole="全区")
         + "加快云栖数字港建设，数字港新增企业120家。数字核心产业增加值增长8%。\n")


def _labels(g, cls: URIRef) -> set[str]:
    return {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, cls)}


@pytest.mark.parametrize("where", ["option", "beside"])
def test_a_user_lexicon_adds_a_functional_area_and_a_metric(where: str, tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {"xuhui_2025.txt": XUHUI}
    options = {}
    if where == "beside":
        files["govkg.toml"] = LEXICON
    else:
        (tmp_path / "my.toml").write_text(LEXICON, encoding="utf-8")
        options["lexicons"] = [tmp_path / "my.toml"]
    g, _ = _built(tmp_path, files, **options)
    area = g.value(None, RDFS.label, Literal("云栖数字港", lang="zh"))
    assert area is not None and _is_a(g, area, KGO.FunctionalArea)
    assert str(g.value(g.value(area, KGO.locatedIn), RDFS.label)) == "徐汇区"
    assert "数字经济核心产业增加值" in _labels(g, KGO.Metric)


@pytest.mark.parametrize("content, says", [
    ('[[metrics.metric]]\nnme = "x"\n', "unknown key 'metric.nme'"),
    ('[[areas.functional_area]]\nname = "x"\ndistrict = "no-such-district"\naliases = []\n', "no-such-district"),
    ("[places]\nx = 1\n", "unknown lexicon file 'places'"),
    ("metrics = 1\n", "'metrics' is not a table"),
    ("[[metrics.metric]\n", "is not valid TOML"),
    (None, "cannot be read"),                                          # no such file
    ('[[areas.district]]\nname = "x"\nmunicipality = "上海市"\n', "missing key 'district[0].short'"),  # its own row
])
def test_a_bad_user_lexicon_is_a_named_error(content: str | None, says: str, tmp_path: Path) -> None:
    if content is not None:
        (tmp_path / "bad.toml").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.toml") as raised:
        _built(tmp_path, {"xuhui_2025.txt": XUHUI}, lexicons=[tmp_path / "bad.toml"])
    assert raised.value.code == "E501" and says in raised.value.message and raised.value.fix
    assert not (tmp_path / "out").exists()


def test_a_govkg_toml_is_no_input_and_no_warning(tmp_path: Path) -> None:
    src = _write(tmp_path / "in", {"xuhui_2025.txt": XUHUI, "govkg.toml": LEXICON})
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out"), "--no-html", "--no-store"])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output and "documents       1" in result.output


def test_a_govkg_toml_also_given_by_option_is_read_once(tmp_path: Path) -> None:
    src = _write(tmp_path / "in", {"govkg.toml": LEXICON})
    once = with_user([src / "govkg.toml"])
    assert with_user([src / "govkg.toml", tmp_path / "in" / ".." / "in" / "govkg.toml"]).areas == once.areas


# -- (f) the options enter the cache key ----------------------------------------------------------------------

@pytest.mark.filterwarnings("ignore::kg.errors.FallbackOverridden")   # xuhui.txt states its own government
def test_the_cache_does_not_reuse_a_document_built_with_other_options(tmp_path: Path) -> None:
    src = _write(tmp_path / "in", {"yunqi.txt": NEW_DISTRICT, "xuhui.txt": XUHUI})
    (tmp_path / "my.toml").write_text(LEXICON, encoding="utf-8")
    out = tmp_path / "out"

    def run(**options) -> tuple[list[str], set[str], int]:
        result = build([src], out, html=False, store=False, jobs=1, **options)
        g = _graph(out)
        yunqi = next(d for d in g.subjects(DCTERMS.source, None) if str(g.value(d, DCTERMS.source)) == "yunqi.txt")
        return located_in_chain(g, g.value(yunqi, KGO.district)), _labels(g, KGO.FunctionalArea), result.extracted

    first = run(government="浙江省杭州市云栖区")
    assert first[0] == ["云栖区", "杭州市", "浙江省", COUNTRY] and "云栖数字港" not in first[1] and first[2] == 2
    assert run(government="四川省成都市云栖区")[0] == ["云栖区", "成都市", "四川省", COUNTRY]
    with_lexicon = run(government="四川省成都市云栖区", lexicons=[tmp_path / "my.toml"])
    assert "云栖数字港" in with_lexicon[1] and with_lexicon[2] == 2
    again = run(government="四川省成都市云栖区", lexicons=[tmp_path / "my.toml"])
    assert again[:2] == with_lexicon[:2] and again[2] == 0            # the same options: all from the cache
    with pytest.raises(NoGovernment):
        run()
    assert run(government="浙江省杭州市云栖区")[:2] == first[:2]


# -- the name given ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("杭州市西湖区", ("西湖区", "330106", "county", "district", None)),
    ("杭州西湖区", ("西湖区", "330106", "county", "district", None)),
    ("浙江省嘉兴市嘉善县", ("嘉善县", "330421", "county", "county", None)),
    ("舟山市普陀区", ("普陀区", "330903", "county", "district", None)),
    ("普陀区", ("普陀区", None, None, None, None)),                       # the lexicon's, as a text's would be
    ("上海市徐汇区", ("徐汇区", None, None, None, None)),
    ("国务院", (COUNTRY, "100000", "country", "country", None)),
    ("浙江省杭州市云栖区", ("云栖区", None, "county", "district", "330100")),
    ("杭州市普陀区", ("普陀区", None, "county", "district", "330100")),   # not Shanghai's nor Zhoushan's
    ("浙江省云栖市", ("云栖市", None, "prefecture", "prefecture_city", "330000")),
    ("浙江省云栖县", ("云栖县", None, "county", "county", "330000")),
    ("上海市云栖区", ("云栖区", None, "county", "district", "310000")),
    ("云栖旗", ("云栖旗", None, "county", "banner", None)),
    ("义乌", ("义乌市", "330782", "county", "county_city", None)),          # a county's short name, whole
    ("甘肃定西陇西", ("陇西县", "621122", "county", "county", None)),
    ("延边州", ("延边朝鲜族自治州", "222400", "prefecture", "autonomous_prefecture", None)),
])
def test_a_name_given_names_one_government(name: str, expected: tuple) -> None:
    g = fallback(name).government
    assert (g.name, g.code, g.level, g.kind, g.parent) == expected


@pytest.mark.parametrize("name, says", [
    ("西湖区", "names 2 divisions"),
    ("云栖市", "fits several levels"),
    ("云栖", "ends in no suffix"),
    ("陇西线", r"the gazetteer has 定西市陇西县\)"),                        # a typo: what it may have meant
    ("江苏义乌", r"义乌 is no division below 江苏省 .*\(the gazetteer has 金华市义乌市\)"),
    ("嘉善县云栖镇", "county-level"),
    (" ", "is no name"),
])
def test_an_unusable_name_is_a_named_error(name: str, says: str) -> None:
    with pytest.raises(BadFallback, match=says) as raised:
        fallback(name)
    assert raised.value.code == "E202"


def test_an_unusable_option_stops_the_cli_before_any_work(tmp_path: Path) -> None:
    src = _write(tmp_path / "in", {"r.txt": NEITHER})
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out"), "--government", "西湖区"])
    assert result.exit_code == 1 and "[E202]" in result.output and "杭州市西湖区" in result.output
    assert not (tmp_path / "out").exists()
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out"), "--year", "24"])
    assert result.exit_code == 2 and "--year" in result.output


def test_the_readme_example_lexicon_is_a_valid_user_lexicon(tmp_path: Path) -> None:
    from tests.conftest import readme_example_lexicon

    lex = readme_example_lexicon(tmp_path)
    added = {a.name for a in lex.areas} | {m.name for m in lex.metrics} | {i.name for i in lex.industries}
    shipped = {a.name for a in load().areas} | {m.name for m in load().metrics} | {i.name for i in load().industries}
    assert len(added - shipped) >= 3


def test_kg_extract_also_names_every_unreadable_file_and_takes_the_options(tmp_path: Path) -> None:
    import kg

    src = _write(tmp_path / "in", {**BAD, "good.txt": COUNTY})
    with pytest.raises(BadInputs) as raised:
        kg.extract([src])
    assert [e.where for e in raised.value.errors] == sorted(BAD)
    (extraction,) = kg.extract([src / "c_no_place.txt"], government="浙江省杭州市云栖区")
    meta = extraction.document.metadata
    assert (meta.district, meta.division_code, meta.division_kind, meta.division_parent) == (
        "云栖区", None, "district", "330100")
