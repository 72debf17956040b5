"""The `kg` command, through click's CliRunner."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import cli
from tests.conftest import ROOT, SEEDS


def _snapshot(folder):
    """Every file under ``folder`` (the build cache and store included) by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()} \
        if folder.exists() else {}


def test_build_prints_a_summary(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path), "--no-html"])
    assert result.exit_code == 0, result.output
    lines = dict(line.split(None, 1) for line in result.output.splitlines() if line.strip())
    assert lines["documents"] == "5"
    assert lines["FunctionalArea"] == "5"
    assert "achieved" in lines["observations"] and "planned" in lines["observations"]
    assert int(lines["triples"]) > 10_000
    assert (tmp_path / "graph.ttl").exists()


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary"),
])
def test_bad_input_names_the_file_and_changes_nothing(tmp_path, seeds_copy, name, content, reason):
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(seeds_copy), "--out", str(out)]).exit_code == 0
    before = _snapshot(out)
    (seeds_copy / name).write_bytes(content)
    result = CliRunner().invoke(cli, ["build", str(seeds_copy), "--out", str(out)])
    assert result.exit_code != 0
    assert name in result.output and reason in result.output
    assert _snapshot(out) == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_missing_path_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and "no such file or folder" in result.output
    assert not (tmp_path / "out").exists()


def test_query_named_and_inline(seeds_build):
    graph = str(seeds_build[1] / "graph.ttl")
    runner = CliRunner()
    listed = runner.invoke(cli, ["query", "--list"])
    assert "metric_series" in listed.output
    named = runner.invoke(cli, ["query", "metric_series", "--graph", graph, "-p", "metric=地区生产总值", "--format", "json"])
    assert named.exit_code == 0, named.output
    rows = json.loads(named.output)
    assert {r["period"] for r in rows} >= {"2024", "2026"} or {str(r["period"]) for r in rows} >= {"2024", "2026"}
    inline = runner.invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?o a kgo:Observation }", "--graph", graph])
    assert inline.exit_code == 0 and "(1 rows)" in inline.output


def test_query_error_is_clear(seeds_build):
    result = CliRunner().invoke(cli, ["query", "no_such_query", "--graph", str(seeds_build[1] / "graph.ttl")])
    assert result.exit_code != 0 and "no such named query" in result.output


def test_help_is_fast_and_light():
    code = "import sys, kg.cli; heavy = [m for m in ('rdflib', 'jieba', 'networkx', 'pyvis') if m in sys.modules]; print(heavy)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# Commands whose README text is written but not yet merged into README.md (README.md is edited by one hand at a
# time): remove a name here when the README gains it.
README_PENDING: set[str] = set()


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.lstrip().startswith("#") and "make run" in readme.split("\n\n", 3)[1] + readme[:400]
    for name, command in cli.commands.items():
        assert command.help, name
        assert f"kg {name}" in readme or name in README_PENDING, name
    assert not {n for n in README_PENDING if f"kg {n}" in readme}, "the README has it now: drop it from README_PENDING"
