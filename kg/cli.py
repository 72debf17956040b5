"""The `kg` command: a thin shell over the library. Heavy modules are imported inside commands.

Only this layer changes the process: the cycle collector's thresholds while a build runs, and
``kg serve`` replacing itself with the server (os.execv). The library, called from a notebook, does neither.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from kg.cli_options import _library_errors, graph_option, output_format, write_rows
from kg.model import YEARS

GC_THRESHOLDS = (100_000, 50, 100)      # gc.set_threshold while `kg build` runs (Python's default: 700, 10, 10)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cycle collector less often during a build (the processes the pool forks inherit this). A build
    keeps millions of objects to its end (cached parts, merged entities) and makes few reference cycles, but at
    Python's default thresholds the collector walks the live objects again and again: it took half the time
    of loading a large build's cache."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govkg")
def cli() -> None:
    """govkg: build an RDF knowledge graph from Chinese government work reports."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", default=Path("out"), show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl, graph.html, store/ and the cache (.cache/).")
@click.option("--no-html", is_flag=True, help="Write only the Turtle file.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=5_000_000, show_default=True,
              help="Refuse input files larger than this (a clear error instead of a very long build).")
@click.option("--format", "formats", multiple=True, type=click.Choice(["nt", "jsonld", "trig"]),
              help="Also write graph.nt, graph.jsonld or graph.trig (repeatable).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes that extract documents in parallel (default: the number of cores).")
@click.option("--store/--no-store", default=True, show_default=True,
              help="Keep the on-disk Oxigraph store OUT/store up to date (for kg serve and kg.load).")
@click.option("--government", metavar="NAME",
              help="The government of texts that do not state theirs: a division's name, its province or city "
                   "first when the name repeats, or a new one after the divisions above it. A text that states "
                   "its government keeps it (with a warning).")
@click.option("--year", type=click.IntRange(*YEARS), metavar="YEAR",
              help="The year planned for by texts that do not state it (a text that states it keeps it).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="A lexicon file of your own (TOML; repeatable), merged over govkg's after a govkg.toml found "
                   "beside the inputs: places, functional areas, industries, metrics, projects.")
@_library_errors
def build(paths: tuple[Path, ...], out: Path, no_html: bool, formats: tuple[str, ...], max_bytes: int,
          jobs: int | None, store: bool, government: str | None, year: int | None, lexicons: tuple[Path, ...]) -> None:
    """Build the graph from PATHS (files or folders; default: seeds/) into OUT."""
    import warnings

    from kg.errors import FallbackOverridden, InputSkipped
    from kg.pipeline.run import build as run_build

    skipped: list[warnings.WarningMessage] = []
    try:        # the warnings are told also when the build fails: a file skipped may be the one meant
        with warnings.catch_warnings(record=True) as skipped, _progress() as progress, _fewer_collections():
            warnings.simplefilter("always", InputSkipped)
            warnings.simplefilter("always", FallbackOverridden)
            result = run_build(list(paths) or None, out, html=not no_html, formats=tuple(dict.fromkeys(formats)),
                               max_bytes=max_bytes, jobs=jobs, store=store, progress=progress,
                               government=government, year=year, lexicons=lexicons)
    finally:
        for w in skipped:
            click.echo(f"warning: {w.message}", err=True)
    rows = [("documents", str(result.documents)), *((cls, str(n)) for cls, n in result.entities.items()),
            ("observations", ", ".join(f"{k} {v}" for k, v in result.observations.items())),
            ("triples", str(result.triples)), ("extracted", f"{result.extracted} (the rest from the cache)"),
            *(("merged", f"{name} = {', '.join(forms)}") for name, forms in result.merged),
            *(("wrote", str(p)) for p in result.outputs)]
    for key, value in rows:
        click.echo(f"{key:<16}{value}" if len(key) < 16 else f"{key} {value}")


class _progress:
    """Progress of a build on stderr: rich bars on a terminal; on long builds elsewhere, a line per stage."""

    STAGES = {"extract": "extracting", "resolve": "resolving entities", "validate": "validating",
              "write": "writing graph.ttl", "store": "updating store/"}

    def __enter__(self):
        if sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn, TimeRemainingColumn

            # No refresh thread: the build forks worker processes, and forking with a live thread is unsafe.
            self.bar = Progress("{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                TimeRemainingColumn(), transient=True, auto_refresh=False)
            self.bar.start()
        else:
            self.bar = None
        self.tasks: dict[str, int] = {}
        self.long = False
        return self.report

    def report(self, stage: str, done: int, total: int) -> None:
        if stage == "extract" and done == 0:
            self.long = total >= 100
        label = self.STAGES.get(stage, stage)
        if self.bar is not None:
            if stage not in self.tasks:
                self.tasks[stage] = self.bar.add_task(label, total=total or 1)
            self.bar.update(self.tasks[stage], completed=done if total else 1)
            self.bar.refresh()
        elif self.long and (done == 0 or (stage == "extract" and done % max(1, total // 10) == 0)):
            click.echo(f"{label} {done}/{total}" if stage == "extract" else f"{label}…", err=True)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


@cli.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="The Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph), "
                   "http://host:3030/ds/data (Fuseki).")
@click.option("--graph", "graph_iri", metavar="IRI", help="The named graph to replace (default: the default graph).")
@click.option("--from", "source", default=Path("out/graph.ttl"), show_default=True, type=click.Path(path_type=Path),
              help="The Turtle file to upload.")
@_library_errors
def push(endpoint: str, graph_iri: str | None, source: Path) -> None:
    """Upload the built graph to a SPARQL server, replacing the graph in one HTTP PUT."""
    from kg.sparql.serve import push as run_push

    sent = run_push(endpoint, source, graph_iri)
    click.echo(f"pushed {source} ({sent.bytes:,} bytes) to {sent.url}: HTTP {sent.status}")


@cli.command()
@click.option("--store", "location", default=Path("out/store"), show_default=True, type=click.Path(path_type=Path),
              help="The store `kg build` wrote.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--bind", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for all).")
@_library_errors
def serve(location: Path, port: int, bind: str) -> None:
    """Serve the built store over SPARQL with Oxigraph (read-only) until Ctrl-C."""
    import os

    from kg.sparql.serve import serve as run_serve, serve_command

    command = serve_command(location, bind, port)
    click.echo(f"SPARQL endpoint: http://{bind}:{port}/query (Ctrl-C stops it)", err=True)
    if hasattr(os, "execv"):
        # this process becomes the server, so signals reach it directly and no orphan is left behind
        sys.stdout.flush()
        sys.stderr.flush()
        os.execv(command[0], command)
    sys.exit(run_serve(location, bind, port))


@cli.command()
@click.argument("sparql", required=False)
@graph_option("The graph file to query, or a SPARQL endpoint URL.", urls=True)
@click.option("--param", "-p", multiple=True, metavar="KEY=VALUE", help="Bind ?KEY to VALUE (repeatable).")
@output_format
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and what they answer.")
@_library_errors
def query(sparql: str | None, graph_path: str, param: tuple[str, ...], fmt: str, list_queries: bool) -> None:
    """Run SPARQL (text, a .rq file or a named query) over the built graph."""
    import kg
    from kg.sparql.run import describe, named_queries, parameters, records

    if list_queries:
        for name, text in named_queries().items():
            takes = ", ".join(map(str, parameters(name) or ())) or "no parameters"
            click.echo(f"{name:<22}{describe(text)} [{takes}]")
        return
    if not sparql:
        raise click.UsageError("give a query (SPARQL text, a .rq file or a name from --list)")
    params = dict(_split_param(p) for p in param)
    frame = kg.query(kg.load(graph_path), sparql, **params)
    write_rows([str(c) for c in frame.columns], records(frame), fmt)


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("graph_path", required=False, default=Path("out/graph.ttl"), type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores, misses and false positives as JSON.")
@click.option("--errors/--no-errors", default=True, show_default=True, help="List misses and false positives.")
@click.option("--document", "documents", multiple=True, help="Score only these documents (file stems).")
@click.option("--strict/--lenient", default=True, show_default=True,
              help="Exhaustive gold: an observation counts only with the right indicator (strict), or when the "
                   "names share most characters (lenient).")
@click.option("--texts", "text_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folders holding the documents' texts (<stem>.txt), to place the exhaustive gold's spans.")
@_library_errors
def evaluate(gold: Path, graph_path: Path, as_json: bool, errors: bool, documents: tuple[str, ...], strict: bool,
             text_dirs: tuple[Path, ...]) -> None:
    """Score GRAPH (default out/graph.ttl) against the GOLD annotations folder (per-document gold in
    sub-folders; exhaustive gold, gold-format.md, in *.tsv files there or in exhaustive/)."""
    from kg.evaluate import evaluate as run_eval
    from kg.evaluate import format_errors, format_table
    from kg.gold import evaluate_files, format_gold
    from kg.gold_pairs import evaluate_pair_files, format_pairs
    from kg.lexicon import load
    from kg.rdf.read import read_turtle

    graph, lex = read_turtle(graph_path), load()
    result = run_eval(gold, graph, lex, documents or None)
    folders = [*text_dirs, graph_path.parent / "texts"]
    exhaustive = evaluate_files(gold, graph, lex, folders, strict)
    pairs = evaluate_pair_files(gold, graph, lex, folders)
    if as_json:
        data = result.as_dict()
        if exhaustive is not None:
            data["exhaustive"] = exhaustive.as_dict()
        if pairs is not None:
            data["pairs"] = pairs.as_dict()
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    click.echo(format_table(result))
    if exhaustive is not None:
        click.echo("\n" + format_gold(exhaustive, strict))
    if pairs is not None:
        click.echo("\n" + format_pairs(pairs, errors))
    if errors:
        click.echo("\n" + format_errors(result))


@cli.command()
@graph_option("The Turtle file to draw.")
@click.option("--out", "out", default=Path("out/graph.html"), show_default=True,
              type=click.Path(path_type=Path), help="The HTML file to write.")
@click.option("--focus", metavar="NAME", help="Draw only this entity (or document) and its neighbours.")
@_library_errors
def viz(graph_path: Path, out: Path, focus: str | None) -> None:
    """Write the interactive, offline HTML view of the graph."""
    from kg.viz.render import load_graph, write_html

    view = write_html(load_graph(graph_path), out, focus)
    click.echo(f"wrote {out} ({len(view.nodes)} nodes, {len(view.edges)} edges)")


@cli.command()
@graph_option()
@click.option("--year", type=int, help="Only targets for this year.")
@click.option("--government", help="Only the targets of this government: its full name, as the government column "
              "prints it, or its division code.")
@click.option("--verdict", "verdicts", multiple=True,
              type=click.Choice(["Met", "Missed", "Claimed", "NeedsReview", "NotReported", "Pending"]),
              help="Only targets with this verdict (repeatable).")
@click.option("--metric", "--indicator", "metric", help="Only targets whose indicator's name contains this.")
@click.option("--scorecard", is_flag=True, help="Only the scorecard: one line per government and year, its targets "
              "and each verdict counted.")
@output_format
@_library_errors
def promises(graph_path: Path, year: int | None, government: str | None, verdicts: tuple[str, ...],
             metric: str | None, scorecard: bool, fmt: str) -> None:
    """Targets, their outcomes in later reports, and verdicts (Met, Missed, Claimed, NeedsReview, NotReported,
    Pending), grouped by government and year under a scorecard line each."""
    from kg.link import promise_table as tracker
    from kg.rdf.read import read_turtle

    rows = tracker.select(tracker.promise_rows(read_turtle(graph_path), year), government, verdicts, metric)
    if scorecard:
        write_rows(tracker.SCORECARD_COLUMNS, tracker.scorecard(rows), fmt, noun="government-years")
        return
    columns = tracker.COLUMNS
    if fmt != "table":
        write_rows(columns, [tuple(r[c] for c in columns) for r in rows], fmt, noun="targets")
        return
    import shutil

    from kg.export.text import clip

    total = shutil.get_terminal_size((120, 24)).columns
    for line, group in tracker.by_government_year(rows):
        click.echo(clip(tracker.scorecard_line(line), total))
        write_rows(columns, [tuple(r[c] for c in columns) for r in group], fmt, noun="targets",
                   shown=tracker.TABLE_COLUMNS)
        click.echo()
    click.echo(f"({len(rows)} targets)")


@cli.command()
@graph_option("The built graph (a graph file, out/store, or a SPARQL endpoint URL).", urls=True)
@click.option("--xlsx", type=click.Path(path_type=Path), help="Write an Excel workbook here (e.g. out/govkg.xlsx).")
@click.option("--sqlite", type=click.Path(path_type=Path),
              help="Write an SQLite database here (e.g. out/govkg.db), and datasette's metadata beside it.")
@_library_errors
def export(graph_path: str, xlsx: Path | None, sqlite: Path | None) -> None:
    """Write the promises, observations, documents and entities as an Excel workbook or an SQLite database."""
    if not (xlsx or sqlite):
        raise click.UsageError("give --xlsx PATH, --sqlite PATH or both")
    import kg
    from kg.export.files import write_sqlite, write_xlsx
    from kg.export.tables import all_tables

    tables = all_tables(kg.load(graph_path))
    counts = ", ".join(f"{len(t.rows)} {t.name}" for t in tables)
    if xlsx:
        click.echo(f"wrote {write_xlsx(tables, xlsx)} ({counts})")
    if sqlite:
        database, metadata = write_sqlite(tables, sqlite)
        click.echo(f"wrote {database} ({counts})\nwrote {metadata}\nopen it with: datasette {database} -m {metadata}")


@cli.command()
@graph_option("The Turtle file to check.")
@click.option("--warnings", "show_warnings", is_flag=True, help="Also print warnings (known issues).")
@click.option("--engine", type=click.Choice(["auto", "fast", "pyshacl"]), default="auto", show_default=True,
              help="fast: govkg's SHACL Core subset; pyshacl: the reference; auto: fast when the shapes allow.")
@_library_errors
def validate(graph_path: Path, show_warnings: bool, engine: str) -> None:
    """Check a built graph against ontology/shapes.ttl; exit 1 when it has violations."""
    from kg.validate.core import validate_file

    report = validate_file(graph_path, engine)
    if report.violations or (show_warnings and report.warnings):
        click.echo(report.text(warnings=show_warnings))
    click.echo(f"{len(report.violations)} violations, {len(report.warnings)} warnings")
    if not report.conforms:
        sys.exit(1)


def _split_param(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise click.BadParameter(f"{text!r} is not KEY=VALUE", param_hint="--param")
    return key, value


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
