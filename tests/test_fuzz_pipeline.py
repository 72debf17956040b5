"""Property-based test of the WHOLE pipeline on generated report-like text (issue 16: no traceback for any input).

Each example writes one or two inputs — a text file (in one of several encodings), a saved HTML page, a Word
file assembled with zipfile, or a damaged copy of a PDF fixture — made of real header lines and sentences
(tests/data/fuzz_sentences.txt, sampled from ../shared) mixed with numbers in Arabic and Chinese numerals,
units, hedges, footnote marks and brackets, full-width punctuation, markup, control characters, emoji,
traditional characters, very long lines, empty lines and odd whitespace. It then builds them (reading,
metadata, extraction, linking, SHACL validation, Turtle/N-Triples/JSON-LD/TriG, the store, the page).

The outcome is always one of two: the build succeeds and every output parses (every IRI valid for Oxigraph and
by RFC 3987), or it fails with a named govkg error (a GovkgError subclass with a code) and leaves ``out`` as it
was. Through the CLI: no traceback in the output, a clear message and a non-zero exit on failure.

The runs are derandomized, so CI sees the same examples each time. ``GOVKG_FUZZ_EXAMPLES=2000`` runs more.
"""
from __future__ import annotations

import html
import io
import json
import os
import re
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.errors import ExtractorError, GovkgError, ShapeViolation, UnreadableInput
from kg.lexicon import load as load_lexicon
from kg.pipeline.run import build
from tests.conftest import previous_out

DATA = Path(__file__).resolve().parent / "data" / "fuzz_sentences.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = int(os.environ.get("GOVKG_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=EXAMPLES or 45, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CLI_FUZZ = settings(FUZZ, max_examples=max(EXAMPLES // 4, 12))
FORMATS = ("nt", "jsonld", "trig")
SCRIPT = '<script>alert("fuzz")</script>'      # markup a report might carry; the page must never run it


def _read_fixture() -> tuple[list[list[str]], list[str]]:
    """The fixture's header blocks (each a list of lines) and all its sentences."""
    headers: list[list[str]] = []
    sentences: list[str] = []
    current: list[str] | None = None
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if m := re.fullmatch(r"\[(header|sentences) (\S+)\]", line):
            current = [] if m.group(1) == "header" else sentences
            if m.group(1) == "header":
                headers.append(current)
        elif current is not None:
            current.append(line)
    return headers, sentences


HEADERS, SENTENCES = _read_fixture()
LEXICON = load_lexicon()

# -- pieces of report-like text ---------------------------------------------------------------------------

DIGITS = "零一二三四五六七八九"
UNITS = ["亿元", "万元", "元", "%", "％", "个百分点", "万平方米", "平方公里", "公顷", "亩", "万人次", "家", "个", "公里",
         "亿美元", "万吨", "万千瓦", "吨标准煤", "倍", "‰", "kg", "GW"]
HEDGES = ["左右", "以上", "以内", "约", "超", "近", "力争", "预计", "达到", "增长", "下降", "提高", "不低于", "突破", "同比"]
METRICS = ["地区生产总值", "一般公共预算收入", "社会消费品零售总额", "城镇调查失业率", "居民消费价格", "固定资产投资",
           "研发投入强度", "商品销售总额", "单位地区生产总值能耗", "外贸进出口总额", "税收超亿元楼宇"]
MARKS = ["［4］", "[12]", "【一】", "【】", "（一）", "(一)", "(2)", "①", "⑩", "〔2024〕", "〈注〉", "《报告》", "「」", "『』",
         "※", "*", "注：", "^3", "¹", "₂", "▲", "■", "●", "…", "——", "—", "～", "~", "·", "・"]
PUNCT = list("，。；：！？“”‘’、《》（）〔〕【】「」…—～·　＂＇＃＄＆＊＋－／＜＝＞＠＼＾＿｀｛｜｝") + ["，", "。"]
MARKUP = [SCRIPT, "<b>", "</b>", "&amp;", "&lt;", "&#37;", "&nbsp;", "&bogus;", "<br/>", "<p>", "</p>", "<!--", "-->",
          "<![CDATA[", "]]>", '"><img src=x onerror=alert(1)>', "<style>p{}</style>", "\\", "\\u0000", "${x}", "%s",
          "{{x}}", "<http://example.org/>", "_:b0", "@prefix", "\"\"\"", "'''", "#", "^^", "@en", "&#xD800;",
          "&#99999999999;", "&#0;", "&#xFFFE;", "&#x202E;", "</w:t></w:r></w:p>"]
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u200b", "\u200d", "\u2028",
            "\u2029", "\ufeff", "\ufffd", "\u202e", "\u061c", "\r", "\r\n", "\t", "\ud800", "\udfff", "\uffff"]
EMOJI = ["😀", "👨‍👩‍👧", "🇨🇳", "🏭", "📈", "❤️", "\U0001F9E7", "𠀀", "𪚥", "\U000E0041"]
TRADITIONAL = ["徐匯區", "經濟", "億元", "增長", "發展", "產業", "數字經濟", "區長", "會議", "億美元", "萬平方米", "預計",
               "開發區", "臺灣", "綜合保稅區"]
SPACES = [" ", "  ", "\u3000", "\u00a0", "\u2003", "\u2009", "\u202f", "\t", "\n", "\n\n", "\n \n", "\r\n"]
NAMES = ["徐汇区", "漕河泾开发区", "西岸滨江", "徐家汇", "人工智能", "集成电路", "生物医药", "新能源汽车", "清洁能源",
         "海南自由贸易港", "上海市", "广东省", "国务院", "低空经济", "模速空间", "高新技术产业开发区", "综合保税区",
         "经济技术开发区", "自由贸易试验区", "产业园", "大模型"]


def chinese_numeral(n: int) -> str:
    """An int in Chinese numerals as reports write it (12345 -> 一万二千三百四十五), or digit by digit."""
    if n < 10:
        return DIGITS[n]
    out = ""
    for value, unit in ((100_000_000, "亿"), (10_000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += (chinese_numeral(digit) if digit >= 10 else DIGITS[digit]) + unit
        elif out and n and not out.endswith("零"):
            out += "零"
    return out


arabic = st.one_of(
    st.integers(0, 10**13).map(str),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.decimals(0, 10**6, places=2, allow_nan=False, allow_infinity=False).map(lambda d: format(d, "f")),
    st.sampled_from(["0", "-3.5", "+2", "1 0 ．3", "１２．５", "5.5.5", "1e9", "0.000001", "99999999999999999999",
                     ".5", "3.", "1,2,3", "２０２４", "1/3", "3-5", "10余", "30多", "几十"]),
)
chinese = st.one_of(st.integers(0, 10**12).map(chinese_numeral),
                    st.text(alphabet="零〇一二两三四五六七八九十百千万亿点", min_size=1, max_size=8))
quantity = st.tuples(st.sampled_from(HEDGES + [""]), st.one_of(arabic, chinese), st.sampled_from(UNITS + [""]),
                     st.sampled_from(HEDGES + [""])).map("".join)
mark = st.sampled_from(MARKS + EMOJI[:3] + CONTROLS[:4]) | st.just("")
fact = st.tuples(st.sampled_from(METRICS + NAMES), mark, st.sampled_from(HEDGES), quantity, mark,
                 st.sampled_from(["。", "，", "；", "", "\n"])).map("".join)
marked_name = st.tuples(st.sampled_from(MARKS + [""]), st.sampled_from(NAMES + TRADITIONAL),
                        st.sampled_from(MARKS + EMOJI + CONTROLS + PUNCT[:10] + [""])).map("".join)
year_line = st.tuples(st.integers(1949, 2100), st.integers(0, 13), st.integers(0, 32)).map(
    lambda t: f"——{t[0]}年{t[1]}月{t[2]}日在上海市徐汇区第十七届人民代表大会第五次会议上")
odd_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


def _long_line(pair: tuple[str, int]) -> str:
    return pair[0] * pair[1]


fragment = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(SENTENCES),
    fact,
    quantity,
    marked_name,
    year_line,
    st.sampled_from(MARKS),
    st.sampled_from(PUNCT),
    st.sampled_from(MARKUP),
    st.sampled_from(CONTROLS),
    st.sampled_from(EMOJI),
    st.sampled_from(TRADITIONAL),
    st.sampled_from(SPACES),
    odd_text,
    st.tuples(st.sampled_from(SENTENCES + [SCRIPT, "增长5%", "徐汇区［4］"]), st.integers(20, 400)).map(_long_line),
)
BUILDABLE = [h for h in HEADERS if any("徐汇区第" in line for line in h)]    # a place and year govkg knows
header = st.one_of(st.sampled_from(BUILDABLE), st.sampled_from(BUILDABLE), st.sampled_from(HEADERS),
                   st.sampled_from(HEADERS).flatmap(
    lambda lines: st.lists(st.sampled_from(lines), max_size=len(lines))), st.just([]))
report = st.tuples(header, st.lists(st.tuples(fragment, st.sampled_from(["", "", "\n", "\n\n", "。", " ", "\u3000"])),
                                     max_size=25)).map(
    lambda t: "\n".join(t[0]) + "\n" + "".join(f + sep for f, sep in t[1]))


# -- files in the formats govkg reads ----------------------------------------------------------------------

def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(parts.items()):
            archive.writestr(name, data)
    return buffer.getvalue()


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def docx(text: str, raw: bool) -> bytes:
    """A Word file with one paragraph a line; ``raw`` puts the text in unescaped (often breaking the XML)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    lines = text.splitlines() if raw else [escape(_XML_BAD.sub("", line)) for line in text.splitlines()]
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in lines)
    return _zip({"[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
                 "word/document.xml": f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'.encode(
                     "utf-8", "surrogatepass")})


def saved_page(text: str, raw: bool) -> bytes:
    """A saved web page: furniture, a script and a style, the report's lines as paragraphs."""
    lines = text.splitlines() if raw else [html.escape(line) for line in text.splitlines()]
    body = "\n".join(f"<p>{line}</p>" for line in lines)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>政府工作报告</title>"
            f"<style>p{{margin:0}}</style><script>var n = '<p>999亿元</p>';</script></head><body>\n"
            f"<div class=\"nav\">首页 &gt; 政务公开</div>\n{body}\n<div>【打印】【关闭】</div></body></html>\n"
            ).encode("utf-8", "surrogatepass")


ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "gb18030", "utf-16", "big5"]
PDFS = sorted(FIXTURES.glob("*.pdf"))


def damage(data: st.DataObject, whole: bytes) -> bytes:
    """The bytes of a file, mostly whole, else cut short or with a few bytes overwritten."""
    how = data.draw(st.sampled_from(["whole", "whole", "whole", "whole", "cut", "flip"]), label="damage")
    if how == "cut" or not whole:
        return whole[:data.draw(st.integers(0, len(whole)))]
    if how == "flip":
        damaged = bytearray(whole)
        for _ in range(data.draw(st.integers(1, 8))):
            damaged[data.draw(st.integers(0, len(whole) - 1))] = data.draw(st.integers(0, 255))
        return bytes(damaged)
    return whole


# File names become document ids and IRIs: some odd ones, and some that clash (the same stem twice).
STEMS = ["report", "report", "徐汇区2024年政府工作报告［4］", "report (1)", "a&b<c>\"d\"", "😀报告", "%41%zz", "~tmp",
         "x" * 200, "政" * 80, "re port\tname", "a\nb", "①【一】", "Hello World", "-", "_", "徐匯區"]


def write_input(folder: Path, index: int, data: st.DataObject) -> Path:
    """One generated input file in ``folder``, in a format drawn from ``data``."""
    kind = data.draw(st.sampled_from(["txt", "txt", "txt", "html", "docx", "pdf"]), label="format")
    stem = data.draw(st.sampled_from(STEMS[:2] * 6 + STEMS), label="file name")
    apart = data.draw(st.sampled_from([str(index or ""), str(index or ""), str(index or ""), ""]), label="clash")
    path = folder / f"{stem}{apart}.{kind}"
    if path.exists():
        path = folder / f"{stem}{index}.{kind}"
    if kind == "pdf":
        path.write_bytes(damage(data, data.draw(st.sampled_from(PDFS)).read_bytes()))
        return path
    text = data.draw(report, label="text")
    raw = data.draw(st.sampled_from([False, False, False, True]), label="raw markup")
    if kind == "html":
        content = saved_page(text, raw)
    elif kind == "docx":
        content = docx(text, raw)
    else:
        encoding = data.draw(st.sampled_from(ENCODINGS), label="encoding")
        content = text.encode(encoding, "replace" if encoding != "utf-8" else "surrogatepass")
    path.write_bytes(damage(data, content))
    return path


def write_inputs(folder: Path, data: st.DataObject) -> list[Path]:
    folder.mkdir()
    return [write_input(folder, i, data) for i in range(data.draw(st.integers(1, 2), label="inputs"))]


# -- what every outcome must satisfy -----------------------------------------------------------------------

# RFC 3987 IRI: a scheme, then no space, control character, <>"{}|\^` and no malformed percent escape.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?:[^\x00-\x20<>\"{}|\\^`%\x7f-\x9f\ufffe\uffff]|%[0-9A-Fa-f]{2})+")
_RDF_FORMATS = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.trig": "trig", "graph.jsonld": "json-ld"}


def _snapshot(out: Path) -> dict[str, bytes]:
    """``out``'s files but the build cache."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(out).parts} if out.exists() else {}


def check_outputs(out: Path) -> None:
    """Every RDF file parses in rdflib, graph.ttl in Oxigraph too, every IRI is valid, the page is escaped."""
    graphs = {}
    for name, fmt in _RDF_FORMATS.items():
        graph = rdflib.Dataset() if fmt == "trig" else rdflib.Graph()
        graph.parse(out / name, format=fmt)
        graphs[name] = graph
    store = pyoxigraph.Store()
    for name, fmt in (("graph.ttl", pyoxigraph.RdfFormat.TURTLE), ("graph.nt", pyoxigraph.RdfFormat.N_TRIPLES),
                      ("graph.trig", pyoxigraph.RdfFormat.TRIG)):
        store.load(path=str(out / name), format=fmt)
    bad = {str(term) for triple in graphs["graph.nt"] for term in triple
           if isinstance(term, rdflib.URIRef) and not _IRI.fullmatch(str(term))}
    assert not bad, f"invalid IRIs: {sorted(bad)[:5]}"
    assert len(graphs["graph.nt"]) == len(graphs["graph.ttl"])
    json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert SCRIPT not in page and "<img src=x" not in page, "report text reached the page unescaped"
    assert not [p for p in out.iterdir() if p.suffix == ".tmp" or (p.name.startswith(".") and p.name != ".cache")]


# Named errors that say govkg has a bug (a graph breaking its own shapes, an extractor breaking its contract):
# no input may cause them.
BUGS = (ShapeViolation, ExtractorError)


def check_failure(exc: BaseException, out: Path, before: dict[str, bytes]) -> None:
    """A failure is a named govkg error with a code, not one that reports a bug, and ``out`` is as it was."""
    if not isinstance(exc, GovkgError) or type(exc) is GovkgError or not re.fullmatch(r"E\d{3}", exc.code):
        raise exc
    if isinstance(exc, BUGS):
        raise AssertionError(f"generated input hit a bug: {exc.message}") from exc
    assert exc.message.startswith(f"[{exc.code}] ")
    assert _snapshot(out) == before, "a failed build changed out/"


# What a user passes for texts that do not state their government or year: real, ambiguous, unknown or odd.
GOVERNMENTS = ["上海市徐汇区", "杭州市西湖区", "海南省", "西湖区", "不存在市", "徐汇区［4］", "", " ", "<b>", "杭州市虚构区",
               "浙江省杭州市<b>区", "海南省［4］县"]
YEARS = [2024, 1949, 2200]


def sometimes(data: st.DataObject, values: list, label: str):
    """One of ``values`` in about one example in four, else None (an option mostly not given)."""
    given_it = data.draw(st.booleans(), label=f"{label}?") and data.draw(st.booleans(), label=f"{label}??")
    return data.draw(st.sampled_from(values), label=label) if given_it else None


@FUZZ
@given(st.data())
def test_any_report_like_input_builds_or_fails_with_a_named_error(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory(prefix="govkg-fuzz-") as tmp:
        root = Path(tmp)
        inputs = write_inputs(root / "in", data)
        out = previous_out(root)
        before = _snapshot(out)
        options = {"government": sometimes(data, GOVERNMENTS, "government"),
                   "year": sometimes(data, [*YEARS, 0, 3000], "year")}       # the CLI refuses 0 and 3000 itself
        try:
            build(inputs, out, lexicon=LEXICON, formats=FORMATS, jobs=1, **options)
        except Exception as exc:       # noqa: BLE001 — the property: only named govkg errors
            event(f"error {type(exc).__name__}")
            check_failure(exc, out, before)
        else:
            event("built")
            check_outputs(out)


@CLI_FUZZ
@given(st.data())
def test_the_cli_never_prints_a_traceback(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory(prefix="govkg-fuzz-") as tmp:
        root = Path(tmp)
        inputs = write_inputs(root / "in", data)
        out = previous_out(root)
        before = _snapshot(out)
        given_government, given_year = sometimes(data, GOVERNMENTS, "government"), sometimes(data, YEARS, "year")
        args = ["build", *map(str, inputs), "--out", str(out), "-j", "1", *(f"--format={f}" for f in FORMATS),
                *(["--government", given_government] if given_government is not None else []),
                *(["--year", str(given_year)] if given_year is not None else [])]
        result = CliRunner().invoke(cli, args)
        output = result.output            # stdout and stderr as a terminal shows them
        assert "Traceback" not in output
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        if result.exit_code == 0:
            check_outputs(out)
        else:
            assert result.exit_code == 1 and re.search(r"\[E\d{3}\] ", output), output
            assert not any(f"[{bug.code}]" in output for bug in BUGS), output
            assert _snapshot(out) == before, "a failed build changed out/"


# -- the smallest inputs the fuzzing found that crashed a build, each now a named error or read -------------

def test_a_pdf_whose_page_tree_counts_a_missing_page_is_a_named_error(tmp_path: Path) -> None:
    # image_only.pdf with one byte changed (/Count 1 -> /Count 2): PDFium opens it, then fails to load page 2.
    path = tmp_path / "r.pdf"
    path.write_bytes((FIXTURES / "image_only.pdf").read_bytes().replace(b"/Count 1", b"/Count 2", 1))
    with pytest.raises(UnreadableInput) as err:
        build([path], tmp_path / "out", lexicon=LEXICON, jobs=1)
    assert err.value.code == "E102" and "r.pdf" in err.value.message and "page" in err.value.reason


def _patched_docx(offset_of: str, at: int, value: bytes) -> bytes:
    """A deflated .docx with ``value`` written ``at`` bytes into the local header ("local") or central directory
    entry ("central") of word/document.xml, or into the end record ("end")."""
    body = docx("政府工作报告\n" * 40, raw=False)
    damaged = bytearray(body)
    name = b"word/document.xml"
    start = {"local": body.find(name) - 30, "central": body.rfind(name) - 46,
             "end": body.rfind(b"PK\x05\x06")}[offset_of]
    damaged[start + at:start + at + len(value)] = value
    return bytes(damaged)


# The damages zipfile reports with other exceptions than BadZipFile (found as cut or overwritten DOCX bytes).
DAMAGED_DOCX = {
    "deflate stream overwritten (zlib.error)": ("local", 30 + len("word/document.xml"), b"\xff" * 8),
    "unknown compression method (NotImplementedError)": ("central", 10, (99).to_bytes(2, "little")),
    "unknown zip version (NotImplementedError on open)": ("central", 6, (99).to_bytes(2, "little")),
    "directory offset past the end (ValueError: negative seek)": ("end", 16, (10**6).to_bytes(4, "little")),
}


@pytest.mark.parametrize("damage_at", DAMAGED_DOCX.values(), ids=DAMAGED_DOCX.keys())
def test_a_damaged_docx_is_a_named_error(tmp_path: Path, damage_at: tuple[str, int, bytes]) -> None:
    path = tmp_path / "r.docx"
    path.write_bytes(_patched_docx(*damage_at))
    with pytest.raises(UnreadableInput) as err:
        build([path], tmp_path / "out", lexicon=LEXICON, jobs=1)
    assert err.value.code == "E102" and "r.docx" in err.value.message


# Characters str.splitlines() breaks at which Turtle leaves unescaped inside a literal (and govkg keeps in text).
LINE_BREAKS_IN_LITERALS = ["\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("char", LINE_BREAKS_IN_LITERALS, ids=lambda c: f"U+{ord(c):04X}")
def test_trig_keeps_a_literal_holding_a_line_separator_whole(tmp_path: Path, char: str) -> None:
    # A sentence quoted as evidence held U+2029: TriG split rdflib's Turtle with splitlines() and wrote a
    # newline inside a "..." literal, which no parser reads.
    path = tmp_path / "r.txt"
    path.write_text(HEADERS[0][1] + f"\n过去一年，商品销售总额完成8155亿元{char}，同比增长2.2%。\n", encoding="utf-8")
    build([path], tmp_path / "out", lexicon=LEXICON, formats=("trig",), jobs=1, store=False, html=False)
    turtle = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    trig = rdflib.Dataset().parse(tmp_path / "out" / "graph.trig", format="trig")
    assert any(char in str(o) for o in turtle.objects())
    assert {(s, p, o) for s, p, o, _ in trig.quads()} == set(turtle)
