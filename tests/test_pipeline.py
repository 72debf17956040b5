"""The build's typed steps: kg.extract, the cache's JSON entries, graph.html drawn from memory, library errors
that name no command-line option, and the CLI's shared row output."""
from __future__ import annotations

import ast
import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEEDS

KG = Path(__file__).resolve().parent.parent / "kg"


def test_kg_extract_gives_each_file_its_extraction(seeds_extractions) -> None:
    import kg
    from kg.model import Document, Extraction

    assert "extract" in kg.__all__
    assert [x.document.source for x in seeds_extractions] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(isinstance(x, Extraction) and isinstance(x.document, Document) for x in seeds_extractions)
    one = kg.extract([str(min(SEEDS.glob("*.txt")))])
    assert len(one) == 1 and one[0].observations == seeds_extractions[0].observations
    from kg.pipeline.run import BuildResult

    assert not hasattr(BuildResult, "extractions")


def test_a_cache_entry_round_trips_through_json(lexicon) -> None:
    from kg.pipeline.codec import decode, encode
    from kg.pipeline.document import DocPart, extract_document

    path = min(SEEDS.glob("*.txt"))
    part, _, _, _ = extract_document(path, path.name, lexicon, 10**7)
    data = encode(part)
    back = decode(data, DocPart)
    assert back == part and back.entities == part.entities and encode(back) == data
    assert isinstance(back.observations[0].quantity.value, Decimal)


@pytest.mark.parametrize("data", [b"", b"null", b"[]", b"{}", b'[{"info": 1}]', b"\x80\x04K\x01.", b"[" * 100_000])
def test_what_is_not_a_cache_entry_is_refused(data: bytes) -> None:
    from kg.errors import BadCacheEntry
    from kg.pipeline.codec import decode
    from kg.pipeline.document import DocPart

    with pytest.raises(BadCacheEntry):
        decode(data, DocPart)


def test_a_cache_entry_with_a_field_of_the_wrong_type_is_refused(lexicon) -> None:
    import json

    from kg.errors import BadCacheEntry
    from kg.pipeline.codec import decode, encode
    from kg.pipeline.document import DocPart, extract_document

    path = min(SEEDS.glob("*.txt"))
    part, _, _, _ = extract_document(path, path.name, lexicon, 10**7)
    entry = json.loads(encode(part))
    observation = entry[2][0]
    for at, wrong in ((0, 7), (5, "2022"), (5, True), (8, 3), (9, "2022"), (2, ["6", "%"])):   # metric, period,
        # subject, period_start, quantity: each of the wrong type
        bad = [*entry[:2], [[*observation[:at], wrong, *observation[at + 1:]]], *entry[3:]]
        with pytest.raises(BadCacheEntry):
            decode(json.dumps(bad).encode("utf-8"), DocPart)
    entity = entry[1][0]
    for wrong in ([3], ["x", None], "x"):                 # alt_labels, a set of str: an item, or itself, not str
        bad = [entry[0], [[*entity[:2], wrong, *entity[3:]]], *entry[2:]]
        with pytest.raises(BadCacheEntry):
            decode(json.dumps(bad).encode("utf-8"), DocPart)
    assert decode(json.dumps(entry).encode("utf-8"), DocPart) == part


def test_graph_html_is_drawn_from_the_build_not_from_graph_ttl(tmp_path, monkeypatch) -> None:
    import kg.rdf.read
    from kg.pipeline.run import build
    from kg.viz.render import load_graph, render_html

    def no_reading_back(*args, **kwargs):
        raise AssertionError("the build read a file it wrote")

    for name in ("read_index", "read_turtle"):
        monkeypatch.setattr(kg.rdf.read, name, no_reading_back)
    build([SEEDS], tmp_path, store=False)
    monkeypatch.undo()
    page = (tmp_path / "graph.html").read_bytes()
    assert page == render_html(load_graph(tmp_path / "graph.ttl")).encode("utf-8")


def _raised_messages() -> list[tuple[str, int, str]]:
    """Every string literal inside a ``raise`` in the library (the CLI aside), with where it is."""
    found = []
    for path in sorted(KG.rglob("*.py")):
        if path.name == "cli.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and node.exc is not None:
                found += [(str(path.relative_to(KG)), node.lineno, c.value) for c in ast.walk(node.exc)
                          if isinstance(c, ast.Constant) and isinstance(c.value, str)]
    return found


def test_library_errors_are_named_and_name_no_command_line_option() -> None:
    import re

    bare = [(str(p.relative_to(KG)), n.lineno) for p in sorted(KG.rglob("*.py"))
            for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
            if isinstance(n, ast.Raise) and isinstance(n.exc, ast.Call)
            and getattr(n.exc.func, "id", "") == "GovkgError"]
    assert bare == []
    from kg.cli import cli

    ours = {opt for command in cli.commands.values() for param in command.params for opt in param.opts
            if opt.startswith("--")}
    assert {"--max-bytes", "--out", "--graph"} <= ours
    flags = [m for m in _raised_messages() for flag in re.findall(r"--[a-z][a-z-]*", m[2]) if flag in ours]
    assert flags == []


def test_no_process_wide_settings_in_the_library() -> None:
    offenders = [str(p.relative_to(KG)) for p in sorted(KG.rglob("*.py")) if p.name != "cli.py"
                 and any(word in p.read_text(encoding="utf-8") for word in ("os.execv", "gc.set_threshold"))]
    assert offenders == []


def test_the_cli_adds_the_option_to_a_library_error() -> None:
    from kg.cli_options import _option_hint
    from kg.errors import InputTooLarge, NoSuchNode, OutputError

    too_large = InputTooLarge("big.txt", 2_000, 1_000)
    assert (too_large.size, too_large.limit) == (2_000, 1_000) and "--" not in too_large.message
    assert "--max-bytes 2000" in _option_hint(too_large)
    assert "--out" in _option_hint(OutputError("out", "is a file, not a folder"))
    assert "--focus" in _option_hint(NoSuchNode("x", "no entity or document of that name in the graph"))


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_write_rows(fmt, capsys) -> None:
    from kg.cli_options import write_rows

    write_rows(["年份", "value"], [(2024, Decimal("1.5")), (2025, None)], fmt, noun="targets")
    out = capsys.readouterr().out
    expected = {
        "table": "年份  value\n----  -----\n2024  1.5\n2025\n(2 targets)\n",
        "csv": "\ufeff年份,value\n2024,1.5\n2025,\n",
        "json": json.dumps([{"年份": 2024, "value": 1.5}, {"年份": 2025, "value": None}], ensure_ascii=False,
                           indent=1) + "\n",
    }
    assert out == expected[fmt]


def test_graph_and_format_options_are_shared(seeds_build) -> None:
    from kg.cli import cli

    graph = str(seeds_build[1] / "graph.ttl")
    for command in (["promises"], ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]):
        result = CliRunner().invoke(cli, [*command, "--graph", graph, "--format", "csv"])
        assert result.exit_code == 0, result.output
        assert "\n" in result.output and "(" not in result.output.splitlines()[-1]
    for command in ("query", "promises", "viz", "validate"):
        help_text = CliRunner().invoke(cli, [command, "--help"]).output
        assert "--graph" in help_text
