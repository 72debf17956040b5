"""kg.load / kg.query: the cookbook, DataFrame values, safe parameters, and a remote Oxigraph endpoint."""
from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyoxigraph as ox
import pytest

import kg
from kg.errors import QueryError
from kg.sparql.params import declared
from kg.sparql.run import named_queries, records
from kg.sparql.store import GraphStore, RemoteEndpoint, with_values

PARAMS = {
    "metric_series": {"metric": "地区生产总值"},
    "targets_for_year": {"year": 2025},
    "about_entity": {"name": "徐汇滨江"},
    "provenance": {"metric": "地区生产总值", "value": 3000},
}


def test_load_gives_an_oxigraph_store(seeds_store):
    assert isinstance(seeds_store, GraphStore)
    assert seeds_store.triples > 10_000
    assert seeds_store.prefixes["kgo"] == "https://w3id.org/govkg/ontology#"


def test_load_a_url_gives_an_endpoint():
    assert isinstance(kg.load("http://127.0.0.1:1/query"), RemoteEndpoint)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_cookbook_query_answers_on_the_seeds(seeds_store, name):
    text = named_queries()[name]
    assert text.startswith("#") and declared(text) is not None, "every cookbook query declares its parameters"
    frame = kg.query(seeds_store, name, **PARAMS.get(name, {}))
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) > 0, name


def test_the_cookbook_covers_the_questions():
    assert {"metric_series", "targets_for_year", "projects_by_area", "project_stages", "industries_by_year",
            "about_entity", "provenance"} <= set(named_queries())


def test_dataframe_values_are_python(seeds_store):
    frame = kg.query(seeds_store, "provenance", metric="地区生产总值", value="3000")
    row = frame.iloc[0]
    assert frame["period"].dtype == "int64" and row["period"] == 2024
    assert isinstance(row["number"], Decimal) and row["number"] == Decimal(3000)
    assert isinstance(row["date"], dt.date) and row["date"] == dt.date(2025, 1, 7)
    assert frame["charStart"].dtype == "int64" and type(records(frame)[0][columns_index(frame, "charStart")]) is int
    assert row["status"] == "https://w3id.org/govkg/ontology#Estimated" and row["status_label"] == "预计"
    assert row["document"] == "xuhui_2025_work_report_summary.txt"
    assert "预计全年地区生产总值突破 3000 亿元" in row["evidence"]


def test_iri_columns_get_a_label_column(seeds_store):
    frame = kg.query(seeds_store, "industries_by_year")
    columns = list(frame.columns)
    assert columns.index("industry_label") == columns.index("industry") + 1
    assert "人工智能" in set(frame["industry_label"])
    assert "year_label" not in columns and "mentions_label" not in columns


def test_missing_values_are_none_in_records(seeds_store):
    frame = kg.query(seeds_store, "industries_by_year")
    assert str(frame["previous"].dtype) == "Int64"
    assert any(r[columns_index(frame, "previous")] is None for r in records(frame))


def columns_index(frame: pd.DataFrame, name: str) -> int:
    return list(frame.columns).index(name)


@pytest.mark.parametrize("hostile", [
    '地区生产总值"@zh } ?o ?p ?q . FILTER(true) } #',
    "x' } UNION { ?s ?p ?o } #",
    "\"\"\" } \n DROP ALL",
    "地区生产总值\\",
])
def test_parameters_are_terms_not_text(seeds_store, hostile):
    assert kg.query(seeds_store, "metric_series", metric=hostile).empty
    assert kg.query(seeds_store, "about_entity", name=hostile).empty


def test_bound_values_are_serialised_terms():
    text = with_values('SELECT ?x WHERE { ?x ?p "a { WHERE" }', {"x": ox.Literal('"} DROP ALL', language="zh")})
    assert text == 'SELECT ?x WHERE { VALUES (?x) { ("\\"} DROP ALL"@zh) }  ?x ?p "a { WHERE" }'


@pytest.mark.parametrize("params, reason", [
    ({"bad name": "x"}, "plain identifier"),
    ({"observation": "http://example.org/a> } <b"}, "not a valid IRI"),
    ({"observation": "徐汇区"}, "is not an iri"),
    ({"metric": "x", "value": "many"}, "is not a decimal"),
    ({"observation": object()}, "cannot bind"),
])
def test_bad_parameters_are_refused(seeds_store, params, reason):
    with pytest.raises(QueryError, match=reason):
        kg.query(seeds_store, "provenance", **params)


def test_parameters_bind_iris_and_numbers(seeds_store):
    one = kg.query(seeds_store, "provenance", metric="地区生产总值", value=Decimal("3000"))
    again = kg.query(seeds_store, "provenance", observation=one["observation"][0])
    assert records(one) == records(again)
    assert list(kg.query(seeds_store, "targets_for_year", year="2025")["metric"]) == \
        list(kg.query(seeds_store, "targets_for_year", year=2025)["metric"])


def test_rdflib_graphs_still_answer(seeds_graph, seeds_store):
    assert records(kg.query(seeds_graph, "metric_series", **PARAMS["metric_series"])) == \
        records(kg.query(seeds_store, "metric_series", **PARAMS["metric_series"]))


def test_syntax_errors_are_query_errors(seeds_store):
    with pytest.raises(QueryError):
        kg.query(seeds_store, "SELECT ?x WHERE { ?x ")


def _oxigraph() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    assert found, "the oxigraph server comes with the test extra: pip install -e '.[test]'"
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(seeds_build, tmp_path_factory):
    """A real Oxigraph server on 127.0.0.1 holding the seeds graph; stopped after the module."""
    binary, location, port = _oxigraph(), tmp_path_factory.mktemp("oxigraph"), _free_port()
    subprocess.run([binary, "load", "--location", str(location), "--file", str(seeds_build[1] / "graph.ttl")],
                   check=True, capture_output=True, timeout=120)
    server = subprocess.Popen([binary, "serve-read-only", "--location", str(location),
                               "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait_for(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_for(url: str, server: subprocess.Popen) -> None:
    probe = url + "?query=ASK%7B%7D"
    for _ in range(100):
        if server.poll() is not None:
            raise RuntimeError(f"oxigraph exited: {server.stderr.read().decode()}")
        try:
            with urllib.request.urlopen(probe, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"oxigraph did not answer at {url}")


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_remote_endpoint_gives_the_same_frames(endpoint, seeds_store, name):
    remote = kg.query(kg.load(endpoint), name, **PARAMS.get(name, {}))
    local = kg.query(seeds_store, name, **PARAMS.get(name, {}))
    assert list(remote.columns) == list(local.columns)
    assert sorted(map(repr, records(remote))) == sorted(map(repr, records(local)))
    assert len(remote) > 0


def test_remote_ask_and_errors(endpoint):
    assert kg.query(kg.load(endpoint), "ASK { ?o a kgo:Observation }")["result"][0] is True
    with pytest.raises(QueryError, match="HTTP 400"):
        kg.query(kg.load(endpoint), "SELECT ?x WHERE { ?x ")
    with pytest.raises(QueryError, match="cannot reach"):
        kg.query(kg.load(f"http://127.0.0.1:{_free_port()}/query"), "ASK {}")
