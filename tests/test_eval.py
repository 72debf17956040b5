"""Extraction quality against the gold annotations, measured by `kg eval`.

The thresholds are the extraction-quality issue's acceptance, observations raised to what the seeds reach since
(issue 16: the seeds no worse than before): on the seeds, observations P ≥ 0.98 / R ≥ 0.95, functional-area mentions resolved right ≥ 0.98, located-in P ≥ 0.9 / R ≥ 0.8,
industries R ≥ 0.9; on the municipal gold, observations P ≥ 0.9 / R ≥ 0.75. Projects, which the
issue sets no threshold for, are held at what the extractors reach.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import cli
from kg.evaluate import evaluate, load_gold, metric_agrees, overlap, read_tsv
from tests.conftest import CORPUS, ROOT

GOLD = ROOT / "tests" / "gold"
MUNICIPAL = CORPUS / "shanghai_city_2024.txt"

SEED_FLOORS = {                      # (precision, recall)
    "observations": (0.98, 0.95),     # 0.997 / 0.963 at 05bc912; 0.950 / 0.936 at 64e0d09
    "areas": (0.98, 0.98),
    "projects": (0.80, 0.78),
    "located_in": (0.90, 0.80),
    "industries": (0.0, 0.90),
}


@pytest.fixture(scope="module")
def seeds_eval(seeds_build, lexicon):
    graph = Graph().parse(seeds_build[1] / "graph.ttl")
    stems = [p.stem for p in (ROOT / "seeds").glob("*.txt")]
    return evaluate(GOLD, graph, lexicon, stems)


def test_gold_covers_every_seed():
    stems = {g.stem for g in load_gold(GOLD)}
    assert {p.stem for p in (ROOT / "seeds").glob("*.txt")} <= stems
    for gold in load_gold(GOLD):
        if gold.stem.startswith("xuhui"):
            assert len(gold.observations) >= 40 and gold.areas and gold.projects and gold.industries, gold.stem


def test_gold_quotes_occur_in_their_texts():
    from kg.evaluate import squash

    for gold in load_gold(GOLD):
        path = ROOT / "seeds" / f"{gold.stem}.txt"
        path = path if path.exists() else CORPUS / f"{gold.stem}.txt"
        if not path.exists():
            continue
        text = squash(path.read_text(encoding="utf-8"))
        for row in gold.observations + gold.areas:
            assert squash(row["quote"]) in text, (gold.stem, row["quote"])


@pytest.mark.parametrize("cls", sorted(SEED_FLOORS))
def test_seed_scores_hold(seeds_eval, cls):
    precision, recall = SEED_FLOORS[cls]
    s = seeds_eval.overall[cls]
    assert (s.precision, s.recall) >= (precision, 0) and s.recall >= recall, (cls, s.precision, s.recall)


def test_municipal_report_generalises(tmp_path, lexicon):
    if not MUNICIPAL.exists():
        pytest.skip("shared/corpus is not beside this checkout")
    from kg.pipeline.run import build

    build([MUNICIPAL], tmp_path, html=False)
    result = evaluate(GOLD, Graph().parse(tmp_path / "graph.ttl"), lexicon, ["shanghai_city_2024"])
    s = result.overall["observations"]
    assert s.precision >= 0.90 and s.recall >= 0.75, (s.precision, s.recall)


def test_every_municipal_report_and_the_seeds_build_together(tmp_path):
    """Every text of shared/corpus builds, alone and with the seeds: a functional area reached only through
    a relation (a project located in it) still lies in its district."""
    reports = sorted(CORPUS.glob("*.txt"))
    if not reports:
        pytest.skip("shared/corpus is not beside this checkout")
    from kg.pipeline.run import build

    result = build([*reports, ROOT / "seeds"], tmp_path, html=False, store=False)
    assert result.documents == len(reports) + 5


def test_cli_prints_tables_and_json(seeds_build):
    graph = str(seeds_build[1] / "graph.ttl")
    table = CliRunner().invoke(cli, ["eval", str(GOLD), graph, "--no-errors", "--document", "xuhui_2024_work_report_summary"])
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].split() == ["class", "precision", "recall", "F1", "tp", "fp", "fn"]
    data = json.loads(CliRunner().invoke(cli, ["eval", str(GOLD), graph, "--json"]).output)
    assert set(data["overall"]) == {"observations", "areas", "projects", "located_in", "industries"}
    assert data["missing_documents"] == ["shanghai_city_2024"]


def test_metric_names_agree_by_alias_containment_or_overlap(lexicon):
    assert metric_agrees("社零", ["社会消费品零售总额"], lexicon)
    assert metric_agrees("新增公共充电桩", ["公共充电桩"], lexicon)
    assert metric_agrees("“美丽街区”覆盖全区主次干道", ["覆盖主次干道"], lexicon)
    assert not metric_agrees("商品销售总额", ["新增绿地"], lexicon)
    assert overlap("ab", "ab") == 1.0 and overlap("ab", "cd") == 0.0


def test_tsv_reader_skips_comments(tmp_path):
    (tmp_path / "x.tsv").write_text("# note\nquote\tmetric\n# another\na\tb\n", encoding="utf-8")
    assert read_tsv(tmp_path / "x.tsv") == [{"quote": "a", "metric": "b"}]
