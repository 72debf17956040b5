"""Exports that open where people work: CSV for Excel, the same columns everywhere, numbers as numbers,
an .xlsx workbook and an SQLite database that datasette opens with facets."""
from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from decimal import Decimal

import pandas as pd
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.export.files import FACETS, workbook_bytes
from kg.export.tables import Table
from kg.export.text import cell, json_value
from kg.link.promises import COLUMNS, TABLE_COLUMNS


@pytest.fixture(scope="module")
def exported(seeds_build, tmp_path_factory):
    """`kg export --xlsx --sqlite` of the seeds, run twice into two folders."""
    folders = [tmp_path_factory.mktemp("export") for _ in range(2)]
    for folder in folders:
        result = CliRunner().invoke(cli, ["export", "--graph", str(seeds_build[1] / "graph.ttl"),
                                          "--xlsx", str(folder / "govkg.xlsx"), "--sqlite", str(folder / "govkg.db")])
        assert result.exit_code == 0, result.output
        assert "datasette" in result.output
    return folders


def _invoke(seeds_build, *args):
    result = CliRunner(env={"COLUMNS": "200"}).invoke(cli, [*args, "--graph", str(seeds_build[1] / "graph.ttl")])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("value, text, number", [
    (Decimal("70.0"), "70", 70), (Decimal("2.50"), "2.5", 2.5), (Decimal("8155"), "8155", 8155),
    (Decimal("1E+3"), "1000", 1000), (Decimal("0.0"), "0", 0), (2024, "2024", 2024), (None, "", None),
])
def test_numbers_read_as_written(value, text, number):
    assert cell(value) == text
    assert json_value(value) == number and type(json_value(value)) is type(number)


def test_csv_has_a_bom_so_excel_reads_chinese(seeds_build):
    out = _invoke(seeds_build, "promises", "--format", "csv")
    assert out.startswith("\ufeffgovernment,government_code,year,metric,")
    frame = pd.read_csv(io.StringIO(out.encode("utf-8").decode("utf-8-sig")))
    assert list(frame.columns) == list(COLUMNS) and "架空线入地" in set(frame["metric"])
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    values = {row[COLUMNS.index("value")] for row in rows[1:]}
    assert "70" in values and not any(v.endswith(".0") for v in values)


@pytest.mark.parametrize("command", [["promises"], ["query", "metric_series", "-p", "metric=地区生产总值"]])
def test_the_same_column_names_in_table_csv_and_json(seeds_build, command):
    header = next(csv.reader(io.StringIO(_invoke(seeds_build, *command, "--format", "csv").removeprefix("\ufeff"))))
    keys = list(json.loads(_invoke(seeds_build, *command, "--format", "json"))[0])
    lines = _invoke(seeds_build, *command).splitlines()
    shown = lines[1 if command == ["promises"] else 0].split()      # kg promises: a scorecard line over each group
    assert keys == header
    assert shown == [c for c in header if c in shown] and len(shown) >= 5
    if command == ["promises"]:
        assert shown == list(TABLE_COLUMNS)


def test_json_numbers_are_numbers(seeds_build):
    rows = json.loads(_invoke(seeds_build, "promises", "--format", "json"))
    assert all(isinstance(r["year"], int) and isinstance(r["value"], int | float) for r in rows)
    assert 70 in {r["value"] for r in rows if r["metric"] == "年税收超亿元楼宇"}
    series = json.loads(_invoke(seeds_build, "query", "metric_series", "-p", "metric=地区生产总值", "--format", "json"))
    assert 5.5 in {r["value"] for r in series} and all(isinstance(r["period"], int) for r in series)


def test_the_workbook_opens_with_numbers_and_is_the_same_bytes_each_time(exported, seeds_build):
    from openpyxl import load_workbook

    first, second = (folder / "govkg.xlsx" for folder in exported)
    assert first.read_bytes() == second.read_bytes()
    book = load_workbook(first)
    assert book.sheetnames == ["documents", "observations", "promises", "entities"]
    sheet = book["promises"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    from_command = json.loads(_invoke(seeds_build, "promises", "--format", "json"))
    assert len(rows) - 1 == len(from_command)
    assert [dict(zip(COLUMNS, r)) for r in rows[1:]] == from_command
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref


def test_the_workbook_drops_characters_xml_cannot_hold():
    from openpyxl import load_workbook

    data = workbook_bytes([Table("t", ("evidence", "value"), [("ring\x07 the bell", Decimal("5.0"))])])
    assert list(load_workbook(io.BytesIO(data))["t"].iter_rows(values_only=True)) == [("evidence", "value"), ("ring the bell", 5)]


def _dump(path):
    with sqlite3.connect(path) as db:
        schema = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        rows = {name: db.execute(f'SELECT * FROM "{name}"').fetchall() for kind, name, _ in schema if kind == "table"}
    db.close()
    return schema, rows


def test_the_database_is_the_same_each_time(exported):
    first, second = (_dump(folder / "govkg.db") for folder in exported)
    assert first == second
    schema, rows = first
    assert {name for kind, name, _ in schema if kind == "table"} == {"documents", "observations", "promises", "entities"}
    assert len(rows["documents"]) == 5 and len(rows["observations"]) > 300


def test_datasette_opens_the_database_with_facets(exported):
    from datasette.app import Datasette

    folder = exported[0]
    metadata = json.loads((folder / "govkg.metadata.json").read_text(encoding="utf-8"))
    assert metadata["databases"]["govkg"]["tables"]["promises"]["facets"] == FACETS["promises"]

    async def ask():
        datasette = Datasette(files=[str(folder / "govkg.db")], metadata=metadata)
        await datasette.invoke_startup()
        counted = await datasette.get_database("govkg").execute(
            "SELECT verdict, count(*) FROM promises WHERE year = 2023 GROUP BY verdict ORDER BY verdict")
        page = await datasette.client.get("/govkg/promises.json?verdict=NeedsReview&_shape=objects")
        return [tuple(r) for r in counted.rows], page.status_code, page.json()

    counted, status, page = asyncio.run(ask())
    # 2023: 美丽街区 and 架空线入地 for review (市政道路新改扩建工程 96条 is no longer paired with 道路新开工 31条)
    assert sum(n for _, n in counted) == 29 and ("NeedsReview", 2) in counted
    assert status == 200 and {r["verdict"] for r in page["rows"]} == {"NeedsReview"}
    assert "架空线入地" in {r["metric"] for r in page["rows"]}
    assert set(page["facet_results"]) == set(FACETS["promises"])
    years = {f["value"] for f in page["facet_results"]["year"]["results"]}
    assert years and all(isinstance(y, int) for y in years)


def test_export_needs_a_target(seeds_build):
    result = CliRunner().invoke(cli, ["export", "--graph", str(seeds_build[1] / "graph.ttl")])
    assert result.exit_code == 2 and "--xlsx" in result.output
