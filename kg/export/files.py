"""The four tables as an Excel workbook (openpyxl) and as an SQLite database that datasette opens with facets.

Both are deterministic: the workbook's bytes depend only on the graph (openpyxl stamps the time of saving
into docProps/core.xml and into every zip entry; both are set to a fixed moment), and the database holds the
same schema and rows in the same order. Each is written to a temporary file and renamed into place.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sqlite3
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from kg.errors import MissingExtra, OutputError
from kg.export.tables import Table
from kg.export.text import json_value

FIXED_TIME = (2000, 1, 1, 0, 0, 0)     # what the workbook says it was made and saved at
FACETS = {
    "promises": ["government", "year", "verdict", "metric"],
    "observations": ["government", "year", "metric", "status"],
    "documents": ["government", "kind", "year"],
    "entities": ["kind", "located_in"],
}
"""The facets datasette shows above each table (the columns a journalist narrows by)."""


def _replace(path: Path, data: bytes | None = None, write=None) -> None:
    """Write ``path`` through a temporary file renamed into place, so a failed export leaves nothing half-written."""
    path = Path(path)
    temporary = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        if write is not None:
            write(temporary)
        else:
            temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputError(str(path), f"cannot write the export: {exc.strerror or exc}") from None


# -- Excel --------------------------------------------------------------------------------------------

def workbook_bytes(tables: list[Table]) -> bytes:
    """An .xlsx workbook, one sheet per table: a bold header row, frozen, with filters; numbers as numbers."""
    try:
        from openpyxl import Workbook
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Font
    except ImportError:
        raise MissingExtra("openpyxl", "writing an Excel workbook needs openpyxl",
                           "pip install 'govkg[export]'") from None

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table.name)
        sheet.append(list(table.columns))
        for row in table.rows:
            sheet.append([_excel_value(v, ILLEGAL_CHARACTERS_RE) for v in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for i, column in enumerate(sheet.iter_cols(max_row=min(sheet.max_row, 200)), start=1):
            longest = max(len(str(c.value)) if c.value is not None else 0 for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(60, max(8, longest + 2))
    book.properties.creator = "govkg"
    book.properties.created = dt.datetime(*FIXED_TIME)
    buffer = io.BytesIO()
    book.save(buffer)
    return _fixed_times(buffer.getvalue())


def _excel_value(value: Any, illegal: re.Pattern) -> Any:
    """Decimals as numbers, text without the control characters XML cannot hold (evidence quotes sources verbatim)."""
    if isinstance(value, Decimal):
        return json_value(value)
    if isinstance(value, str):
        return illegal.sub("", value)
    return value


def _fixed_times(data: bytes) -> bytes:
    """The zip again, every entry dated FIXED_TIME and the core properties' modified time set to it."""
    stamp = dt.datetime(*FIXED_TIME).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), content)
            target.writestr(zipfile.ZipInfo(info.filename, FIXED_TIME), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def write_xlsx(tables: list[Table], path: Path) -> Path:
    """Write the workbook to ``path``."""
    _replace(path, workbook_bytes(tables))
    return Path(path)


# -- SQLite and datasette -----------------------------------------------------------------------------

def _sql_type(values: list[Any]) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "INTEGER"
    if present and all(isinstance(v, Decimal | int | float) for v in present):
        return "NUMERIC"
    return "TEXT"


def _sql_value(value: Any) -> Any:
    return json_value(value) if isinstance(value, Decimal | dt.date) else value


def schema(table: Table) -> str:
    """The CREATE TABLE statement for a table: typed columns, ``id`` the primary key where there is one."""
    columns = []
    for i, name in enumerate(table.columns):
        kind = _sql_type([r[i] for r in table.rows])
        columns.append(f'"{name}" {kind}' + (" PRIMARY KEY" if name == "id" else ""))
    return f'CREATE TABLE "{table.name}" ({", ".join(columns)})'


def write_sqlite(tables: list[Table], path: Path) -> tuple[Path, Path]:
    """Write the tables to an SQLite database at ``path`` and datasette's metadata beside it
    (``<stem>.metadata.json``: facets per table). Returns both paths."""
    def fill(target: Path) -> None:
        with sqlite3.connect(target) as db:
            for table in tables:
                db.execute(schema(table))
                marks = ", ".join("?" * len(table.columns))
                db.executemany(f'INSERT INTO "{table.name}" VALUES ({marks})',
                               [tuple(_sql_value(v) for v in row) for row in table.rows])
                for column in FACETS.get(table.name, ()):
                    db.execute(f'CREATE INDEX "{table.name}_{column}" ON "{table.name}" ("{column}")')
        db.close()

    path = Path(path)
    _replace(path, write=fill)
    metadata = path.with_name(f"{path.stem}.metadata.json")
    _replace(metadata, (json.dumps(datasette_metadata(path.stem, tables), ensure_ascii=False, indent=1) + "\n").encode())
    return path, metadata


def datasette_metadata(database: str, tables: list[Table]) -> dict:
    """datasette's metadata for the database: a title, the source, and the facets of each table."""
    return {
        "title": "govkg: what Chinese government work reports promised and reported",
        "source": "govkg (kg export --sqlite)",
        "databases": {database: {"tables": {
            t.name: {"facets": [c for c in FACETS.get(t.name, []) if c in t.columns],
                     **({"label_column": "name"} if "name" in t.columns else {})}
            for t in tables}}},
    }
