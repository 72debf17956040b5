"""Queries that cannot silently mislead: declared parameters, typed values, one-line prefix errors, tables
that fit the terminal."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.errors import BadQueryParameter, UnknownPrefix
from kg.export.text import width
from kg.sparql.params import Param, declared
from kg.sparql.run import named_queries, parameters, records


def _run(seeds_build, *args: str, columns: int = 100):
    graph = str(seeds_build[1] / "graph.ttl")
    return CliRunner(env={"COLUMNS": str(columns)}).invoke(cli, ["query", *args, "--graph", graph])


def test_declarations_are_read():
    text = "# What it answers.\n# param: metric (text, required) its name\n# param: year (year)\nSELECT ..."
    assert declared(text) == (Param("metric", "text", True, "its name"), Param("year", "year", False, ""))
    assert declared("# param: none\nSELECT ?x WHERE {}") == ()
    assert str(declared("# param: metric (text, required unless observation)")[0]) == \
        "metric (text, required unless observation)"
    assert declared("SELECT ?x WHERE {}") is None
    with pytest.raises(BadQueryParameter, match="TYPE"):
        declared("# param: year (date)\n")


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_declared_parameter_is_a_variable_of_its_query(name):
    text = named_queries()[name]
    for param in parameters(name):
        assert f"?{param.name}" in text, (name, param)


@pytest.mark.parametrize("params, reason", [
    ({}, "missing the parameter metric"),
    ({"metrc": "地区生产总值"}, "unknown parameter metrc"),
    ({"metric": "地区生产总值", "year": 2024}, "unknown parameter year"),
])
def test_a_missing_or_unknown_parameter_is_an_error_naming_the_parameters(seeds_store, params, reason):
    with pytest.raises(BadQueryParameter, match=reason) as caught:
        kg.query(seeds_store, "metric_series", **params)
    assert "its parameters: metric (text, required)" in caught.value.message
    assert caught.value.code == "E405"


@pytest.mark.parametrize("args, reason", [
    (["metric_series"], "missing the parameter metric"),
    (["metric_series", "-p", "metrc=地区生产总值"], "unknown parameter metrc"),
    (["projects_by_area", "-p", "area=西岸"], "unknown parameter area — its parameters: none"),
    (["targets_for_year", "-p", "year=twenty"], "year='twenty' is not a year"),
    (["provenance", "-p", "value=3000"], "missing the parameter metric (or observation)"),
])
def test_the_command_refuses_them_too(seeds_build, args, reason):
    result = _run(seeds_build, *args)
    assert result.exit_code == 1 and reason in result.output and "[E405]" in result.output, result.output


def test_plain_sparql_takes_only_its_own_variables(seeds_store):
    text = "SELECT ?o WHERE { ?o kgo:metric ?m ; kgo:period ?period }"
    with pytest.raises(BadQueryParameter, match=r"no variable \?perod"):
        kg.query(seeds_store, text, perod=2024)
    assert len(kg.query(seeds_store, text, m="https://w3id.org/govkg/id/metric/地区生产总值")) > 0


def test_values_are_bound_with_the_declared_type(seeds_store):
    """A year given as text, as a number or from the command line is the same xsd:gYear."""
    as_int = records(kg.query(seeds_store, "promises", year=2023))
    assert len(as_int) == 29
    assert records(kg.query(seeds_store, "promises", year="2023")) == as_int
    assert len(records(kg.query(seeds_store, "promises", year=None))) == len(records(kg.query(seeds_store, "promises")))
    assert records(kg.query(seeds_store, "targets_for_year", year="2025")) == \
        records(kg.query(seeds_store, "targets_for_year", year=2025))


def test_an_unknown_prefix_is_one_line(seeds_store, seeds_build):
    query = "SELECT ?x WHERE { ?x foo:bar ?y }"
    with pytest.raises(UnknownPrefix, match="unknown prefix foo:"):
        kg.query(seeds_store, query)
    result = _run(seeds_build, query)
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1, result.output
    assert "unknown prefix foo:" in result.output and "\\u{" not in result.output
    declared_here = _run(seeds_build, "PREFIX foo: <urn:foo:> SELECT ?x WHERE { ?x foo:bar ?y }")
    assert declared_here.exit_code == 0, declared_here.output


def test_other_syntax_errors_are_short(seeds_build):
    result = _run(seeds_build, "SELECT ?x WHERE { ?x ")
    assert result.exit_code == 1 and len(result.output) < 300 and "\\u{" not in result.output, result.output


@pytest.mark.parametrize("columns", [80, 120])
def test_tables_fit_the_terminal_and_csv_json_keep_sentences_whole(seeds_build, columns):
    graph = str(seeds_build[1] / "graph.ttl")
    runner = CliRunner(env={"COLUMNS": str(columns)})
    for command in (["query", "metric_series", "-p", "metric=地区生产总值"], ["promises", "--year", "2023"]):
        table = runner.invoke(cli, [*command, "--graph", graph])
        assert table.exit_code == 0, table.output
        assert max(width(line) for line in table.output.splitlines()) <= columns
        assert "…" in table.output
        rows = json.loads(runner.invoke(cli, [*command, "--graph", graph, "--format", "json"]).output)
        evidence = "evidence" if "evidence" in rows[0] else "target_evidence"
        assert not any(r[evidence].endswith("…") for r in rows)
        assert rows[0][evidence] in runner.invoke(cli, [*command, "--graph", graph, "--format", "csv"]).output
