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
    provinces = set(g.subjects(RDF.type, KGO.Province))
    assert {_label(g, p) for p in provinces} == {"浙江省", "四川省"}
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
