"""A user's functional area in a division of the gazetteer that the lexicon does not list ([[areas.functional_area]]
with district = 陇西县 in a govkg.toml): an entity located in its division up to the country, and the place of
the projects the report names in it; a division the gazetteer lacks or names twice is a named error (E501).

The report is written for this test in the layout of a real county report; its figures and projects are made up.
渭河生态廊道 is no development zone by its name (kg/lexicon/zones.toml): only the user's lexicon makes it an area."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDFS, Literal
from rdflib.namespace import SKOS

from kg.errors import LexiconError
from kg.rdf.vocab import KGO
from tests.conftest import located_in_chain
from tests.test_government_options import COUNTRY, _built, _is_a, _report

LONGXI = (_report("2024年陇西县人民政府工作报告", "2024年1月12日在陇西县第十八届人民代表大会第四次会议上",
                  "陇西县人民政府县长  李明华", "县", "全县")
          + "推进渭河生态廊道建设，建成渭河生态廊道湿地公园。渭河廊道完成造林1.2万亩。\n")


def _lexicon(district: str) -> str:
    return f'[[areas.functional_area]]\nname = "渭河生态廊道"\ndistrict = "{district}"\naliases = ["渭河廊道"]\n'


@pytest.mark.parametrize("district", ["陇西县", "定西市陇西县", "甘肃省定西市陇西县"])
def test_a_user_area_in_a_gazetteer_county_is_located_up_to_the_country(district: str, tmp_path: Path) -> None:
    g, warned = _built(tmp_path, {"longxi_2024.txt": LONGXI, "govkg.toml": _lexicon(district)})
    area = g.value(None, RDFS.label, Literal("渭河生态廊道", lang="zh"))
    assert area is not None and _is_a(g, area, KGO.FunctionalArea) and not warned
    assert Literal("渭河廊道", lang="zh") in set(g.objects(area, SKOS.altLabel))        # its alias
    assert located_in_chain(g, area) == ["渭河生态廊道", "陇西县", "定西市", "甘肃省", COUNTRY]
    county = g.value(area, KGO.locatedIn)
    assert str(g.value(county, KGO.divisionCode)) == "621122" and _is_a(g, county, KGO.County)
    projects = [str(g.value(p, RDFS.label)) for p in g.subjects(KGO.locatedIn, area) if _is_a(g, p, KGO.Project)]
    assert projects == ["渭河生态廊道湿地公园"]


def test_without_the_user_lexicon_the_area_is_no_entity(tmp_path: Path) -> None:
    g, _ = _built(tmp_path, {"longxi_2024.txt": LONGXI})
    assert g.value(None, RDFS.label, Literal("渭河生态廊道", lang="zh")) is None


@pytest.mark.parametrize("district, says", [
    ("陇西线", "is no division of the gazetteer"),                          # unknown
    ("西湖区", "names 2 divisions: 杭州市西湖区, 南昌市西湖区"),             # ambiguous without its parent
])
def test_an_unknown_or_ambiguous_division_is_a_named_error(district: str, says: str, tmp_path: Path) -> None:
    (tmp_path / "my.toml").write_text('[[areas.functional_area]]\nname = "甲"\ndistrict = "徐汇区"\naliases = []\n\n'
                                      + _lexicon(district), encoding="utf-8")
    with pytest.raises(LexiconError) as raised:
        _built(tmp_path, {"longxi_2024.txt": LONGXI}, lexicons=[tmp_path / "my.toml"])
    error = raised.value
    assert error.code == "E501" and says in error.message and error.fix
    assert error.where == f"{tmp_path / 'my.toml'}, [[areas.functional_area]] row 2"
    assert not (tmp_path / "out").exists()
