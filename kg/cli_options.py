"""What the `kg` commands share: turning library errors into messages with the option that fixes them, the
``--graph`` and ``--format`` options, and printing rows as a table, CSV or JSON."""
from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click


def _library_errors(fn):
    """Turn govkg's named errors into a clear message, with the option to change where one applies, and a
    non-zero exit."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from kg.errors import GovkgError

        try:
            return fn(*args, **kwargs)
        except GovkgError as exc:
            raise click.ClickException(_with_hints(exc)) from None
    return wrapper


def _with_hints(exc: Exception) -> str:
    """The error's message, each error of a BadInputs on its own line, with the option that fixes it."""
    from kg.errors import BadInputs

    def hinted(e) -> str:
        hint = _option_hint(e)
        return e.message + (f" ({hint})" if hint else "")

    if isinstance(exc, BadInputs):
        lines = "\n".join(f"  {hinted(e)}" for e in exc.errors)
        return f"[{exc.code}] {exc.where} cannot be read — fix or remove each:\n{lines}"
    return hinted(exc)


def _option_hint(exc: Exception) -> str:
    """The command-line option that fixes a library error, which names none (it carries the data)."""
    from kg.errors import InputTooLarge, NoGovernment, NoSuchNode, NoYear, OutputError, StoreUnwritable

    if isinstance(exc, (NoGovernment, NoYear)):
        wanted = [(option, what) for option, what, cls in (
            ("--government NAME", "the government's full name, its province or city first", NoGovernment),
            ("--year YEAR", "the year it plans for", NoYear)) if isinstance(exc, cls)]
        return f"pass {' and '.join(o for o, _ in wanted)} to `kg build`: {' and '.join(w for _, w in wanted)}"
    if isinstance(exc, InputTooLarge):
        return f"pass --max-bytes {exc.size} or more to `kg build`"
    if isinstance(exc, StoreUnwritable):
        return "or build with --no-store"
    if isinstance(exc, OutputError):
        return "--out chooses the output"
    if isinstance(exc, NoSuchNode):
        return "--focus takes a name, other name or id from the graph"
    return ""


def graph_option(help: str = "The built graph (Turtle).", urls: bool = False) -> Callable:
    """``--graph``: the graph a command reads (default out/graph.ttl); with ``urls``, a SPARQL endpoint URL too."""
    kind = str if urls else click.Path(path_type=Path)
    default = "out/graph.ttl" if urls else Path("out/graph.ttl")
    return click.option("--graph", "graph_path", default=default, show_default=True, type=kind, help=help)


def output_format(fn: Callable) -> Callable:
    """``--format table|csv|json`` for a command that prints rows with :func:`write_rows`."""
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                        show_default=True, help="A table fitted to the terminal (long text cut with …); CSV in "
                        "UTF-8 with a BOM, so Excel reads Chinese; or JSON objects. CSV and JSON keep every "
                        "column and every sentence whole.")(fn)


def write_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str, *, noun: str = "rows",
               shown: Sequence[str] | None = None) -> None:
    """Print ``rows`` as JSON objects, CSV with a header, or a table fitted to the terminal ending in their count.

    ``shown`` names the columns the table shows (a narrower view of the same rows, under the same names).
    """
    import shutil

    from kg.export.text import is_cut, table, to_csv, to_json

    if fmt == "json":
        click.echo(to_json(columns, rows))
    elif fmt == "csv":
        click.echo(to_csv(columns, rows), nl=False)
    else:
        keep = [columns.index(c) for c in shown] if shown else list(range(len(columns)))
        names, cells = [columns[i] for i in keep], [[r[i] for i in keep] for r in rows]
        total = shutil.get_terminal_size((120, 24)).columns
        click.echo(table(names, cells, total))
        whole = "; --format csv or json gives every column and whole texts" \
            if len(keep) < len(columns) or is_cut(names, cells, total) else ""
        click.echo(f"({len(rows)} {noun}{whole})")
