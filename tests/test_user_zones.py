"""A user's development zones ([[zones.suffix]], [[zones.zone]], [[zones.stem]], [[zones.joint]] in a govkg.toml or
a --lexicon file) on a real report, Henan's of 2026: a suffix the shipped rules lack makes a zone of the place its
name holds, a named zone lies in the division the user gives, up to the country; a bad row is error E501 naming
the file and the row, with no traceback and nothing written.

郑州航空港区 is the short name of the 郑州航空港经济综合实验区 (approved by the State Council in 2013); the shipped
rules know neither its suffix nor its name."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import SKOS

from kg.cli import cli
from kg.errors import LexiconError
from kg.extractors.zones import match_zones
from kg.rdf.vocab import KGO
from tests.conftest import CORPUS, located_in_chain
from tests.test_government_options import COUNTRY, _built, _write

HENAN = CORPUS / "provinces" / "henan_2026.txt"
pytestmark = pytest.mark.skipif(not HENAN.is_file(), reason="../shared/corpus is absent")

SUFFIX = '[[zones.suffix]]\nwritten = "航空港区"\nfull = "航空港经济综合实验区"\n'
NAMED = ('[[zones.zone]]\nname = "郑州航空港经济综合实验区"\ndivision = "郑州市新郑市"\n'
         'aliases = ["郑州航空港区", "航空港区"]\n')


def _zones(g) -> dict[str, list[str]]:
    """Each development zone's located-in chain, by its label."""
    return {str(g.value(z, RDFS.label)): located_in_chain(g, z) for z in g.subjects(RDF.type, KGO.DevelopmentZone)}


def _henan(tmp_path: Path, lexicon: str | None):
    files = {"henan_2026.txt": HENAN.read_text(encoding="utf-8")}
    if lexicon is not None:
        files["govkg.toml"] = lexicon
    return _built(tmp_path, files)[0]


def test_without_a_user_lexicon_the_airport_zone_is_no_zone(tmp_path: Path) -> None:
    zones = _zones(_henan(tmp_path, None))
    assert "新郑综合保税区" in zones and not any("航空港" in name for name in zones)


def test_a_user_suffix_makes_a_zone_of_the_place_its_name_holds(tmp_path: Path) -> None:
    zones = _zones(_henan(tmp_path, SUFFIX))
    assert zones["郑州航空港经济综合实验区"] == ["郑州航空港经济综合实验区", "郑州市", "河南省", COUNTRY]


def test_a_user_named_zone_lies_where_the_user_says(tmp_path: Path) -> None:
    g = _henan(tmp_path, NAMED)
    zone = g.value(None, RDFS.label, Literal("郑州航空港经济综合实验区", lang="zh"))
    assert located_in_chain(g, zone) == ["郑州航空港经济综合实验区", "新郑市", "郑州市", "河南省", COUNTRY]
    assert Literal("郑州航空港区", lang="zh") in set(g.objects(zone, SKOS.altLabel))
    assert len(set(g.subjects(KGO.mentionOf, zone))) == 2      # 郑州航空港区 twice (the alias 航空港区 inside it is no other)


def test_a_user_joint_form_and_stem(tmp_path: Path) -> None:
    """A sentence written for this test, put in the real report's body."""
    lexicon = ('[[zones.joint]]\nwritten = "郑开"\ndivisions = ["郑州市", "开封市"]\n\n'
               '[[zones.suffix]]\nwritten = "同城化示范区"\n\n'
               '[[zones.stem]]\nname = "中原"\ndivision = "410000"\n\n[[zones.suffix]]\nwritten = "科技城"\n')
    text = HENAN.read_text(encoding="utf-8").replace("增强郑州航空港区开放功能。",
                                                     "增强郑州航空港区开放功能。推进郑开同城化示范区和中原科技城建设。", 1)
    zones = _zones(_built(tmp_path, {"henan_2026.txt": text, "govkg.toml": lexicon})[0])
    assert zones["郑开同城化示范区"] == ["郑开同城化示范区", "河南省", COUNTRY]      # the lowest division holding both
    assert zones["中原科技城"] == ["中原科技城", "河南省", COUNTRY]


BAD_ROWS = [
    ('[[zones.zone]]\nname = "甲区"\ndivision = "西湖区"\n', "zone", "names 2 divisions: 杭州市西湖区, 南昌市西湖区"),
    ('[[zones.stem]]\nname = "甲"\ndivision = "陇西线"\n', "stem", "is no division of the gazetteer"),
    ('[[zones.joint]]\nwritten = "甲乙"\ndivisions = []\n', "joint", "names no division"),
    ('[[zones.suffix]]\nwritten = ""\n', "suffix", "'written' is empty"),
]


@pytest.mark.parametrize("row, table, says", BAD_ROWS, ids=[b[1] for b in BAD_ROWS])
def test_a_bad_row_is_a_named_error_naming_file_and_row(row: str, table: str, says: str, tmp_path: Path) -> None:
    good = {"zone": NAMED, "stem": '[[zones.stem]]\nname = "乙"\n', "suffix": SUFFIX,
            "joint": '[[zones.joint]]\nwritten = "郑开"\ndivisions = ["410100", "410200"]\n'}[table]
    (tmp_path / "my.toml").write_text(good + "\n" + row, encoding="utf-8")
    with pytest.raises(LexiconError) as raised:
        _built(tmp_path, {"henan_2026.txt": HENAN.read_text(encoding="utf-8")}, lexicons=[tmp_path / "my.toml"])
    error = raised.value
    assert error.code == "E501" and says in error.message and error.fix
    assert error.where == f"{tmp_path / 'my.toml'}, [[zones.{table}]] row 2"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("row, says", [
    ('[[zones.zone]]\nname = "甲区"\nin = "郑州市"\n', "unknown key 'zone.in'"),
    ('[[zones.zone]]\ndivision = "郑州市"\n', "missing key 'zone[0].name'"),
    ('[[zones.zone]]\nname = "甲区"\ndivision = "西湖区"\n', "[[zones.zone]] row 1"),
])
def test_the_cli_reports_a_bad_zone_row_without_traceback_or_output(row: str, says: str, tmp_path: Path) -> None:
    src = _write(tmp_path / "in", {"henan_2026.txt": HENAN.read_text(encoding="utf-8"), "govkg.toml": row})
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--no-html", "--no-store", "-j", "1"])
    assert result.exit_code != 0 and "E501" in result.output and "govkg.toml" in result.output, result.output
    assert says in result.output and "Traceback" not in result.output and not out.exists()


def test_the_readme_example_reads_the_zones_it_says(tmp_path: Path) -> None:
    from tests.conftest import readme_example_lexicon

    lex = readme_example_lexicon(tmp_path)
    text = "增强郑州航空港区开放功能，建设中原科技城，推动金义综保区和郑开综合保税区发展。"
    assert [(name, host) for _, _, name, host in match_zones(text, lex, "410000")] == [
        ("郑州航空港经济综合实验区", "410100"), ("中原科技城", "410100"), ("金义综合保税区", "330700"),
        ("郑开综合保税区", "410000")]
