"""Rows as text: CSV that Excel opens, JSON with numbers as numbers, and tables that fit the terminal.

The three forms share one list of column names and one reading of values. A Decimal is printed as the
number it is (the graph writes 70 as "70.0", its canonical xsd:decimal form; people read 70), in JSON as a
JSON number; a year is an integer; a date is ISO text. Only the table shortens anything: the widest
columns are cut with an ellipsis until the table fits the width, and CSV and JSON keep every sentence whole.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

BOM = "\ufeff"
MIN_WIDTH = 6          # no column is cut narrower than this


def number_text(value: Decimal) -> str:
    """A Decimal as people write it: 70.0 -> '70', 2.50 -> '2.5', 8.155E+3 -> '8155'."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def cell(value: Any) -> str:
    """The text of one value in a table or CSV ('' for a missing one)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return number_text(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def json_value(value: Any) -> Any:
    """A value as JSON holds it: Decimal as an integer or a float (a JSON number), dates as ISO text."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def to_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A JSON array of objects keyed by ``columns``."""
    return json.dumps([{c: json_value(v) for c, v in zip(columns, row)} for row in rows], ensure_ascii=False, indent=1)


def to_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]], *, bom: bool = True) -> str:
    """CSV with a header row. With ``bom`` it starts with U+FEFF: without it, Excel reads UTF-8 as the
    local code page and shows Chinese as mojibake; pandas, Python's "utf-8-sig", LibreOffice and
    spreadsheets on the web all read the mark and drop it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell(v) for v in row] for row in rows)
    return (BOM if bom else "") + buffer.getvalue()


def width(text: str) -> int:
    """Columns a text takes on a terminal: two for each wide (CJK) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` terminal columns, ending in '…' when cut."""
    if width(text) <= limit:
        return text
    out, used = [], 0
    for c in text:
        w = width(c)
        if used + w > limit - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def fitted_widths(natural: list[int], total: int) -> list[int]:
    """Column widths within ``total`` (two spaces between columns): the widest columns are narrowed to one
    common cap, the largest that fits, never below MIN_WIDTH (a table too wide even then overflows)."""
    room = total - 2 * (len(natural) - 1)
    if sum(natural) <= room:
        return natural
    cap = max(natural)
    while cap > MIN_WIDTH and sum(min(w, cap) for w in natural) > room:
        cap -= 1
    return [min(w, cap) for w in natural]


def natural_widths(columns: Sequence[str], cells: Sequence[Sequence[str]]) -> list[int]:
    """The width each column needs to show its header and every cell whole."""
    return [max([width(c)] + [width(r[i]) for r in cells]) for i, c in enumerate(columns)]


def is_cut(columns: Sequence[str], rows: Sequence[Sequence[Any]], total: int) -> bool:
    """Whether :func:`table` must shorten some cell to fit ``total`` columns."""
    natural = natural_widths(columns, [[cell(v) for v in row] for row in rows])
    return fitted_widths(natural, total) != natural


def table(columns: Sequence[str], rows: Sequence[Sequence[Any]], total: int | None = None) -> str:
    """An aligned table of ``rows``, fitted to ``total`` columns when given."""
    cells = [[cell(v) for v in row] for row in rows]
    natural = natural_widths(columns, cells)
    widths = fitted_widths(natural, total) if total else natural

    def line(values: Sequence[str]) -> str:
        parts = [clip(v, w) for v, w in zip(values, widths)]
        return "  ".join(p + " " * (w - width(p)) for p, w in zip(parts, widths)).rstrip()

    return "\n".join([line(list(columns)), "  ".join("-" * w for w in widths), *map(line, cells)])
