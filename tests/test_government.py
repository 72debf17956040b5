"""kg.read.government: every corpus text and seed gives the government, year, delivery date and speaker read
from it by hand (tests/data/governments.tsv); the cues one at a time on short texts."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from kg.lexicon.gazetteer import load_gazetteer
from kg.read.decode import decode
from kg.read.documents import read_document
from kg.read.government import GovernmentRule, YearRule, read_government
from tests.conftest import CORPUS, ROOT

TABLE = Path(__file__).parent / "data" / "governments.tsv"


def _rows() -> list[dict[str, str | None]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return [{k: (None if v == "-" else v) for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def _path(name: str) -> Path:
    return ROOT / name if name.startswith("seeds/") else CORPUS / name


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_the_table_covers_every_corpus_text_and_seed() -> None:
    listed = {r["file"] for r in _rows()}
    assert {f"seeds/{p.name}" for p in (ROOT / "seeds").iterdir()} <= listed
    if CORPUS.is_dir():
        assert {str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*.txt")} == listed - {
            r["file"] for r in _rows() if r["file"].startswith("seeds/")}


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["file"])
def test_government_read_by_hand(row, gaz) -> None:
    path = _path(row["file"])
    if not path.is_file():
        pytest.skip(f"{path} is absent (../shared is not checked out)")
    text = decode(path.read_bytes(), str(path))
    info = read_government(text, gaz)
    assert info is not None, row["file"]
    delivered = dt.date.fromisoformat(row["delivered"]) if row["delivered"] else None
    assert (info.year, info.year_rule, info.delivered, info.code, info.name, info.level, info.government_rule,
            info.speaker, info.speaker_title) == (
        int(row["year"]), YearRule(row["year_rule"]), delivered, row["code"], row["name"], row["level"],
        GovernmentRule(row["government_rule"]), row["speaker"], row["speaker_title"])
    folded = {text[s.start:s.end] for s in (info.government_at, info.year_at)}
    assert all(folded)
    if info.speaker:
        assert text[info.speaker_at.start:info.speaker_at.end].replace(" ", "").replace("\u3000", "") == info.speaker
    if info.delivered:
        assert text[info.delivered_at.start:info.delivered_at.end].endswith("\u65e5")


@pytest.mark.parametrize("text, expected", [
    # 甘肃's delivery line: Chinese numerals and no 第 before the session
    ("2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n甘肃省省长 任振鹤\n",
     ("620000", 2026, dt.date(2026, 1, 27), "任振鹤", "省长")),
    ("政府工作报告\n——2024年1月20日在新疆维吾尔自治区第十四届人民代表大会第二次会议上\n"
     "新疆维吾尔自治区主席 艾尔肯\n", ("650000", 2024, dt.date(2024, 1, 20), "艾尔肯", "自治区主席")),
    ("杭州市西湖区人民政府区长 张三\n各位代表：\n现在，我代表杭州市西湖区人民政府向大会报告工作。\n一、2023年工作回顾\n",
     ("330106", 2024, None, "张三", "区长")),
    ("各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2018年工作回顾\n",
     ("100000", 2019, None, None, None)),
    ("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n",
     ("100000", 2024, dt.date(2024, 3, 5), "李强", "总理")),
    ("——2024年1月10日在杭州市第十四届人民代表大会第四次会议上\n杭州市市长 姚高员\n",
     ("330100", 2024, dt.date(2024, 1, 10), "姚高员", "市长")),
    ("——2024年1月10日在安吉县第十八届人民代表大会第三次会议上\n安吉县人民政府县长 王五\n",
     ("330523", 2024, dt.date(2024, 1, 10), "王五", "县长")),
    # a homonym (朝阳区: Beijing's and Changchun's) told apart by the city before it
    ("——2024年1月5日在北京市朝阳区第十七届人民代表大会第四次会议上\n北京市朝阳区区长 李四\n",
     ("110105", 2024, dt.date(2024, 1, 5), "李四", "区长")),
    # a county's title with its year after its name; a homonym's city in the title (城关区: 兰州市's among several)
    ("甘谷县2024年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作。\n",
     ("620523", 2024, None, None, None)),
    ("兰州市城关区2024年政府工作报告\n——2024年1月10日在城关区第十八届人民代表大会第三次会议上\n区长 张明\n",
     ("620102", 2024, dt.date(2024, 1, 10), "张明", "区长")),
    # a name too common for running text (和县), written alone in the delivery line
    ("——2024年1月10日在和县第十八届人民代表大会第三次会议上\n县长 王明\n",
     ("340523", 2024, dt.date(2024, 1, 10), "王明", "县长")),
    # a prefecture (地区) and a league (盟) report as their 行政公署, and have no people's congress of their own
    ("2024年阿克苏地区行政公署工作报告\n专员  艾力\n各位代表：\n现在，我代表地区行政公署，向大会报告工作。\n",
     ("652900", 2024, None, "艾力", "专员")),
    ("锡林郭勒盟2024年行政公署工作报告\n各位代表：\n现在，我代表锡林郭勒盟行政公署，向大会报告工作。\n",
     ("152500", 2024, None, None, None)),
    # a saved page's furniture: 时间 is the day it was published, not delivered
    ("下载\n打印\n2026年浙江省政府工作报告\n来源：浙江日报\n时间：2026-01-22\n各位代表：\n",
     ("330000", 2026, None, None, None)),
])
def test_cues(text, expected, gaz) -> None:
    info = read_government(text, gaz)
    assert (info.code, info.year, info.delivered, info.speaker, info.speaker_title) == expected
    assert (info.name, info.level, info.kind) == (gaz.get(info.code).name, gaz.get(info.code).level,
                                                  gaz.get(info.code).kind)


@pytest.mark.parametrize("text", [
    "各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2023年工作回顾\n",    # which province?
    "我代表上海市人民政府，向大会报告工作。各位代表，让我们共同努力。",               # which year?
    "",
])
def test_none_when_the_text_does_not_say(text, gaz) -> None:
    assert read_government(text, gaz) is None


def test_a_homonym_alone_is_not_guessed(gaz) -> None:
    assert read_government("——2024年1月5日在朝阳区第十七届人民代表大会第四次会议上\n朝阳区区长 李四\n", gaz) is None


FRAGMENTS = ["——", "2026年", "二〇二六年", "1月", "十四日", "在", "浙江省", "朝阳区", "上海市徐汇区", "第十四届", "十四届",
             "全国", "人民代表大会", "第四次会议上", "省长", "区长", "总理", " ", "\n", "\u3000", "刘捷", "一、", "2018年",
             "工作回顾", "我代表", "国务院", "人民政府", "今年是新中国成立75周年", "年是", "２０２５", "。", "［4］", "(", "作"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=40))
def test_any_text_gives_a_government_or_none(parts) -> None:
    text = "".join(parts)
    info = read_government(text, load_gazetteer())
    if info is not None:
        assert 1900 < info.year < 2200 or info.year_rule is not YearRule.DELIVERY
        for span in (info.government_at, info.year_at, info.speaker_at, info.delivered_at):
            assert span is None or 0 <= span.start < span.end <= len(text)


def test_the_seeds_agree_with_the_metadata_the_build_reads(documents, gaz) -> None:
    for source, document in sorted(documents.items()):
        md = document.metadata
        info = read_government(decode((ROOT / "seeds" / source).read_bytes(), source), gaz)
        assert (info.year, info.delivered, info.name, info.speaker, info.speaker_title) == (
            md.year, md.date, md.district, md.speaker, md.speaker_title), source


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["file"])
def test_the_build_reads_the_metadata_read_by_hand(row, lexicon) -> None:
    """What a build records (kg.read.documents, the lexicon's cues first) agrees with the table, not only the
    gazetteer-side reader: the year planned, the delivery date, the government and the speaker."""
    path = _path(row["file"])
    if not path.is_file():
        pytest.skip(f"{path} is absent (../shared is not checked out)")
    md = read_document(path, lex=lexicon).metadata
    delivered = dt.date.fromisoformat(row["delivered"]) if row["delivered"] else None
    assert (md.year, md.date, md.speaker) == (int(row["year"]), delivered, row["speaker"]), row["file"]
    assert md.district == row["name"] and (md.division_code or row["code"]) == row["code"], row["file"]
