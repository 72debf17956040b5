"""kg.gold: the exhaustive gold format read and scored, strictly and leniently, inside its spans only."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.errors import UnreadableInput
from kg.gold import evaluate_gold, genre, locate, read_gold

ROOT = Path(__file__).resolve().parent.parent
DOC = "xuhui_2024_work_report_summary"
ROWS = [
    ["meta", DOC, "2024", "2024-01-10", "徐汇区", "county", "钟晓咏"],
    ["span", DOC, "预计规模以上服务业营业收入", "工业总产值 890 亿元。"],
    ["fact", DOC, "estimated", "2023", "规模以上服务业营业收入", "-", "increase", "10", "-", "%", "atleast",
     "服务业营业收入同比增长 10%以上"],
    ["fact", DOC, "estimated", "2023", "商品销售总额", "-", "level", "8155", "-", "亿元", "exactly",
     "商品销售总额完成 8155"],
    ["fact", DOC, "estimated", "2023", "商品销售总额", "-", "increase", "2.2", "-", "%", "exactly", "同比增长 2.2%"],
    ["fact", DOC, "estimated", "2023", "社零总额", "社会消费品零售总额", "level", "1210", "-", "亿元", "exactly",
     "社会消费品零售总额完成 1210 亿元"],
    ["fact", DOC, "estimated", "2023", "消费品零售额", "-", "increase", "14.5", "-", "%", "exactly",
     "同比增长 14.5%"],
    ["fact", DOC, "estimated", "2023", "规模以上工业总产值", "-", "level", "890", "-", "亿元", "exactly",
     "工业总产值 890 亿元"],
]


@pytest.fixture
def gold_file(tmp_path) -> Path:
    path = tmp_path / "xuhui.tsv"
    path.write_text("# a test gold\n" + "\n".join("\t".join(r) for r in ROWS) + "\n", encoding="utf-8")
    return path


def test_read_gold(gold_file) -> None:
    gold = read_gold(gold_file)
    assert [m.government for m in gold.meta] == ["徐汇区"] and len(gold.spans) == 1 and len(gold.facts) == 6
    assert gold.facts[3].aliases == ("社会消费品零售总额",) and gold.facts[1].value == Decimal("8155")
    assert gold.facts[0].end_year == 2023


def test_a_short_row_names_file_and_line(tmp_path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("meta\tx\t2024\n", encoding="utf-8")
    with pytest.raises(UnreadableInput, match="bad.tsv:1"):
        read_gold(path)


def test_locate_ignores_whitespace() -> None:
    text = "前文。预计规模\n\n以上服务业。后文"
    start, end = locate(text, read_gold_span("预计规模以上", "服务业。"))
    assert text[start:end] == "预计规模\n\n以上服务业。"


def read_gold_span(first: str, last: str):
    from kg.gold import Span

    return Span("d", first, last)


def test_strict_needs_the_indicator_lenient_does_not(gold_file, seeds_graph, lexicon) -> None:
    texts = {DOC: (ROOT / "seeds" / f"{DOC}.txt").read_text(encoding="utf-8")}
    strict = evaluate_gold([gold_file], seeds_graph, lexicon, texts, strict=True)
    lenient = evaluate_gold([gold_file], seeds_graph, lexicon, texts, strict=False)
    s, l = strict.documents[DOC], lenient.documents[DOC]
    # 消费品零售额 is no alias of 社会消费品零售总额: strict counts that figure as missed (and the graph's as
    # a false positive); its characters overlap enough for the lenient rule. The alias 社会消费品零售总额 rescues 1210.
    assert (s.tp, s.fn, s.fp) == (5, 1, 1), (s.misses, s.false_positives)
    assert (l.tp, l.fn, l.fp) == (6, 0, 0), (l.misses, l.false_positives)
    assert list(strict.genres) == ["district"] and not strict.unplaced_spans and not strict.missing_documents


def test_observations_outside_spans_are_not_scored(gold_file, seeds_graph, lexicon) -> None:
    texts = {DOC: (ROOT / "seeds" / f"{DOC}.txt").read_text(encoding="utf-8")}
    result = evaluate_gold([gold_file], seeds_graph, lexicon, texts)
    assert result.documents[DOC].tp + result.documents[DOC].fp <= 7


def test_genre_tells_municipal_reports_apart() -> None:
    from kg.gold import Meta

    assert genre(Meta("d", 2024, None, "上海市", "province", None), frozenset({"上海市"})) == "municipal"
    assert genre(Meta("d", 2024, None, "浙江省", "province", None), frozenset({"上海市"})) == "provincial"
    assert genre(Meta("d", 2024, None, "中华人民共和国", "country", None), frozenset()) == "State Council"


EXHAUSTIVE = ROOT / "tests" / "gold" / "exhaustive"
SHARED = ROOT.parent / "shared"
TEXT_DIRS = [ROOT / "seeds", SHARED / "corpus", SHARED / "corpus" / "provinces", SHARED / "corpus" / "national"]


@pytest.mark.skipif(not (SHARED / "goldlint.py").exists(), reason="needs ../shared (goldlint.py and the corpus)")
@pytest.mark.parametrize("path", sorted(EXHAUSTIVE.glob("*.tsv")), ids=lambda p: p.stem)
def test_exhaustive_gold_passes_goldlint(path: Path) -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, str(SHARED / "goldlint.py"), str(path), *map(str, TEXT_DIRS)],
                         capture_output=True, text=True)
    assert out.returncode == 0 and "0 problems" in out.stdout, out.stdout + out.stderr
    gold = read_gold(path)
    assert gold.meta and gold.spans and len(gold.facts) >= 40


def test_kg_eval_scores_exhaustive_gold_per_genre(gold_file, seeds_build) -> None:
    import json

    from click.testing import CliRunner

    from kg.cli import cli

    graph = seeds_build[1] / "graph.ttl"
    args = ["eval", str(gold_file.parent), str(graph), "--texts", str(ROOT / "seeds"), "--json"]
    strict = json.loads(CliRunner().invoke(cli, args, catch_exceptions=False).output)["exhaustive"]
    lenient = json.loads(CliRunner().invoke(cli, [*args, "--lenient"], catch_exceptions=False).output)["exhaustive"]
    assert (strict["genres"]["district"]["tp"], strict["genres"]["district"]["fn"]) == (5, 1)
    assert (lenient["genres"]["district"]["tp"], lenient["genres"]["district"]["fn"]) == (6, 0)
    table = CliRunner().invoke(cli, args[:-1] + ["--no-errors"]).output
    assert "exhaustive gold, observations (strict" in table and "district" in table


def test_kg_eval_finds_the_texts_beside_the_graph(gold_file, seeds_build) -> None:
    import json

    from click.testing import CliRunner

    from kg.cli import cli

    graph = seeds_build[1] / "graph.ttl"
    assert (graph.parent / "texts" / f"{DOC}.txt").is_file()
    out = CliRunner().invoke(cli, ["eval", str(gold_file.parent), str(graph), "--json"], catch_exceptions=False).output
    assert json.loads(out)["exhaustive"]["genres"]["district"]["tp"] == 5


@pytest.mark.parametrize("text, number", [
    ("增长5%左右", Decimal("5")), ("保持2300万", Decimal("2300")),
    # a value written in Chinese numerals (广东 2025: 办好十件民生实事 / 2026: 十件民生实事全面完成)
    ("十件", Decimal("10")), ("十件全面完成", Decimal("10")), ("12类45件", Decimal("12")),
    ("全面完成", None),
])
def test_a_gold_pairs_value_is_its_first_number(text, number):
    from kg.gold_pairs import _number
    assert _number(text) == number


def test_a_gold_pairs_indicator_in_quotation_marks_has_its_facts_aliases(lexicon):
    """Zhejiang 2025: the pair's “千项万亿”重大项目 is the fact's 千项万亿重大项目, whose alias 重大项目 the graph's
    target (安排重大项目) agrees with."""
    from kg.gold import Pair
    from kg.gold_pairs import TrackedPair, _same_target
    pair = Pair("zhejiang_2025", "2025", "\u201c千项万亿\u201d重大项目", "1000个以上", "zhejiang_2026", "1596个", "met", "")
    tracked = TrackedPair(frozenset({"zhejiang_2025"}), "zhejiang_2025", 0, 1, 2025, "安排重大项目", Decimal("1000"),
                          "zhejiang_2026", Decimal("1596"), "NeedsReview")
    assert _same_target(pair, tracked, lexicon, {"千项万亿重大项目": ("重大项目",)})
