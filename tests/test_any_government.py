"""Every text of ../shared/corpus builds alone, its document linked (kgo:district) to the government it speaks
for: the lexicon's place when kg/lexicon/areas.toml knows it (Shanghai), else the gazetteer's division read by
kg.read.government, typed by level and located in its parents up to 中华人民共和国. Two provinces built together
keep each document's government apart and validate."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.pipeline.run import build
from kg.rdf.terms import new_graph
from kg.rdf.vocab import KGO
from tests.conftest import CORPUS
from tests.test_government import _rows

LEVEL_CLASS = {"country": KGO.Country, "province": KGO.ProvinceLevelArea, "prefecture": KGO.PrefectureLevelArea,
               "county": KGO.CountyLevelArea}
COUNTRY = "中华人民共和国"
# Files the hand table (tests/data/governments.tsv, text files only) does not list: code, name, level.
OTHERS = {"pdf/beijing_2024.pdf": ("110000", "北京市", "province")}


def _expected() -> dict[str, tuple[str, str, str]]:
    """Each corpus file -> the GB/T 2260 code, full name and level of its government, read by hand."""
    out = {r["file"]: (r["code"], r["name"], r["level"]) for r in _rows() if not r["file"].startswith("seeds/")}
    out |= {name[: -len(".txt")] + ".docx": v for name, v in out.items()}   # a Word original and its text
    return out | OTHERS


def _files() -> list[str]:
    if not CORPUS.is_dir():
        return []
    return sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.suffix in (".txt", ".docx", ".pdf"))


def _graph(out: Path):
    return new_graph().parse(out / "graph.ttl", format="turtle")


def _government(g, document: URIRef) -> URIRef:
    places = list(g.objects(document, KGO.district))
    assert len(places) == 1, places
    return places[0]


def _label(g, node: URIRef) -> str:
    return str(g.value(node, RDFS.label))


def _is_a(g, node: URIRef, cls: URIRef) -> bool:
    return any(cls in g.transitive_objects(t, RDFS.subClassOf) for t in g.objects(node, RDF.type))


def _chain(g, node: URIRef) -> list[str]:
    """The labels of ``node`` and every area it lies in, following kgo:locatedIn."""
    out = [_label(g, node)]
    while (node := g.value(node, KGO.locatedIn)) is not None:
        out.append(_label(g, node))
        assert len(out) < 6, out
    return out


@pytest.mark.parametrize("name", _files())
def test_every_corpus_text_builds_alone_with_its_government(name: str, tmp_path: Path) -> None:
    code, full, level = _expected()[name]
    build([CORPUS / name], tmp_path, html=False)
    g = _graph(tmp_path)
    documents = list(g.subjects(DCTERMS.source, None))
    assert len(documents) == 1
    place = _government(g, documents[0])
    assert _label(g, place) == full
    assert _is_a(g, place, LEVEL_CLASS[level]) and _is_a(g, place, KGO.AdministrativeArea)
    if g.value(place, KGO.divisionCode) is None:
        # A place of kg/lexicon/areas.toml (上海市): described as the lexicon describes it, the seeds' way.
        assert name.startswith("shanghai_city_") and full == "上海市"
        return
    assert str(g.value(place, KGO.divisionCode)) == code
    chain = _chain(g, place)
    assert chain[-1] == COUNTRY and (level == "country") == (len(chain) == 1)
    country = g.value(None, RDFS.label, Literal(COUNTRY, lang="zh"))
    assert str(g.value(country, KGO.divisionCode)) == "100000" and _is_a(g, country, KGO.Country)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_two_provinces_together_keep_each_government(tmp_path: Path) -> None:
    files = [CORPUS / "provinces" / "zhejiang_2025.txt", CORPUS / "provinces" / "sichuan_2026.txt"]
    build(files, tmp_path, html=False)          # validates the graph, raising on a violation
    g = _graph(tmp_path)
    found = {str(g.value(d, DCTERMS.source)): _chain(g, _government(g, d)) for d in g.subjects(DCTERMS.source, None)}
    assert {Path(k).name: v for k, v in found.items()} == {
        "zhejiang_2025.txt": ["浙江省", COUNTRY], "sichuan_2026.txt": ["四川省", COUNTRY]}
    governments = set(g.objects(None, KGO.district))       # the provinces the reports name are places too (台湾)
    assert {_label(g, p) for p in governments} == {"浙江省", "四川省"}
    provinces = set(g.subjects(RDF.type, KGO.Province))
    assert {g.value(p, KGO.locatedIn) for p in provinces} == {g.value(None, KGO.divisionCode, Literal("100000"))}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_a_state_council_report_speaks_for_the_country_not_a_district_it_names(tmp_path: Path) -> None:
    """national_2001 names 浦东新区; the lexicon's count of districts took it for the report's government."""
    build([CORPUS / "national" / "national_2001.txt"], tmp_path, html=False)
    g = _graph(tmp_path)
    document = next(g.subjects(DCTERMS.source, None))
    assert _chain(g, _government(g, document)) == [COUNTRY]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_the_whole_corpus_together_validates_and_keeps_each_government(tmp_path: Path) -> None:
    """Many documents make many pieces of shared validation (kg.validate.shared): a document's description
    lands in a piece without the area it names, which must be stubbed, not reported as no kgo:AdministrativeArea."""
    names = [n for n in _files() if not n.endswith(".docx")]    # a Word original has its text's document id
    build([CORPUS / n for n in names], tmp_path, html=False)        # validates the graph, raising on a violation
    g = _graph(tmp_path)
    expected = _expected()
    by_source = {str(g.value(d, DCTERMS.source)): _label(g, _government(g, d))
                 for d in g.subjects(DCTERMS.source, None)}
    assert len(by_source) == len(names)
    assert by_source == {Path(n).name: expected[n][1] for n in names}


def _report(place: str, government: str, office: str) -> str:
    """A short report in a real one's layout: title, delivery line, speaker, a year reviewed and one planned."""
    return (f"2025年{government}政府工作报告\n"
            f"——2025年1月15日在{place}第十八届人民代表大会第五次会议上\n"
            f"{government}{office} 张明\n各位代表：\n"
            f"现在，我代表{government}人民政府向大会作政府工作报告，请予审议。\n"
            "一、2024年工作回顾\n2024年，地区生产总值增长5.5%。\n"
            "二、2025年主要目标\n地区生产总值增长5%左右。\n")


@pytest.mark.parametrize("place, government, office, cls, chain, code", [
    ("新疆维吾尔自治区", "新疆维吾尔自治区", "自治区主席", KGO.AutonomousRegion, ["新疆维吾尔自治区", COUNTRY], "650000"),
    ("浙江省杭州市", "杭州市", "市长", KGO.PrefectureCity, ["杭州市", "浙江省", COUNTRY], "330100"),
    ("浙江省湖州市安吉县", "安吉县", "县长", KGO.County, ["安吉县", "湖州市", "浙江省", COUNTRY], "330523"),
    ("浙江省义乌市", "义乌市", "市长", KGO.CountyCity, ["义乌市", "金华市", "浙江省", COUNTRY], "330782"),
    # A homonym of a Shanghai district of the lexicon: read as 舟山's, keyed by its code.
    ("浙江省舟山市普陀区", "舟山市普陀区", "区长", KGO.District, ["普陀区", "舟山市", "浙江省", COUNTRY], "330903"),
])
def test_each_level_is_typed_and_located_up_to_the_country(place, government, office, cls, chain, code,
                                                             tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(_report(place, government, office), encoding="utf-8")
    build([source], tmp_path / "out", html=False)
    g = _graph(tmp_path / "out")
    node = _government(g, next(g.subjects(DCTERMS.source, None)))
    assert (cls in set(g.objects(node, RDF.type)), _chain(g, node), str(g.value(node, KGO.divisionCode))) == (
        True, chain, code)
    assert str(node).endswith("/" + code)             # the IRI is the code's, not the name's
