"""kg.read.pdf: PDF text layers read in order, page furniture dropped, offsets mapped to pages."""
from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from conftest import CORPUS
from kg.errors import NoTextLayer, UnreadableInput
from kg.read.documents import read_text
from kg.read.pdf import INDENT, Line, drop_furniture, mark_indents, read_pdf
from kg.read.source import SourceText

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BEIJING = CORPUS / "pdf" / "beijing_2024.pdf"
GENERATED = ["single_column", "two_columns", "running_header"]


def find(source: SourceText, needle: str) -> int:
    """Where needle starts in the text, ignoring the line breaks the page put inside it (-1 if absent)."""
    pattern = r"\n?".join(map(re.escape, needle))
    m = re.search(pattern, source.text)
    return m.start() if m else -1


@pytest.fixture(scope="module")
def beijing() -> SourceText:
    if not BEIJING.exists():
        pytest.skip("../shared/corpus/pdf is absent")
    return read_pdf(BEIJING.read_bytes(), BEIJING.name)


@pytest.fixture(scope="module")
def excerpt_sentences() -> list[str]:
    text = (FIXTURES / "report_excerpt.txt").read_text(encoding="utf-8")
    return [s.text for s in read_text(text, "shanghai_city_2024.txt", "excerpt").sentences]


def generated(name: str) -> SourceText:
    return read_pdf((FIXTURES / f"{name}.pdf").read_bytes(), f"{name}.pdf")


# -- Beijing's 2024 report: a WPS-made PDF, hard-wrapped lines, page breaks mid-sentence ----------

def test_beijing_pages_and_provenance(beijing):
    assert beijing.pages == 13 and beijing.page_starts[0] == 0
    assert beijing.format == "pdf" and beijing.library.startswith("pypdfium2 ") and not beijing.ocr
    for page in range(1, 14):
        assert beijing.page_of(beijing.page_starts[page - 1]) == page
        assert beijing.page_text(page).strip()


@pytest.mark.parametrize("needle, page", [
    ("全市地区生产总值增长5.2%、约4.4万亿元", 1),
    ("一般公共预算收入增长8.2%、突破6000亿元", 1),
    ("城镇调查失业率4.4%", 1),
    ("地区生产总值增长5%左右", 5),                   # the 2024 targets
    ("一般公共预算收入增长5%", 5),
    ("城镇调查失业率控制在5%以内", 5),
])
def test_beijing_headline_figures_on_their_pages(beijing, needle, page):
    at = find(beijing, needle)
    assert at >= 0, needle
    assert beijing.page_of(at) == page


def test_beijing_loses_no_character_and_adds_no_space_beside_chinese(beijing):
    # PDFium makes up a space where WPS left room between a Chinese and a Latin font ("增长 5.2%").
    assert not re.search(r"[\u4e00-\u9fff] +[0-9]|[0-9%] +[\u4e00-\u9fff]", beijing.text)
    compact = beijing.text.replace("\n", "")
    assert "2023年是全面贯彻落实党的二十大精神的开局之年" in compact
    assert len(re.sub(r"\s", "", beijing.text)) == 16960     # every character of the text layer


def test_beijing_sentences_cross_line_and_page_breaks(beijing):
    from kg.read.documents import clean_paragraph, noise_mask, paragraphs, split_lines
    from kg.lexicon import load

    lines, lex = split_lines(beijing.text), load()
    joined = ["".join(piece for piece, _ in clean_paragraph(beijing.text, para)[0])
              for para in paragraphs(lines, noise_mask(lines, lex), lex)]
    assert any("全市地区生产总值增长5.2%、约4.4万亿元" in p for p in joined)
    # the sentence broken by the page 3 / page 4 break comes out whole
    crossing = [p for p in joined if "完成全国首例地方政府专项债券提前偿还试点" in p]
    assert crossing and "有序处置重点企业风险" in crossing[0]
    # a heading nearly as wide as the column is not joined to the indented paragraph after it
    heading = "（五）统筹扩大内需和深化供给侧结构性改革，巩固和增强经济回升向好态势"
    assert heading.replace("（", "(").replace("）", ")").replace("，", ",") in joined


def test_beijing_sentences_run_on_over_every_page_break_in_mid_sentence(beijing):
    """Of the 12 page breaks, those in mid-sentence (the page ends without 。！？ and the next does not start a
    paragraph, indented) fall inside one sentence; the others (after a sentence or a heading) inside none."""
    doc = read_text(beijing.text, BEIJING.name, "beijing")
    mid = 0
    for start in beijing.page_starts[1:]:
        ended = re.search(r"[。！？]\s*$", beijing.text[:start]) or beijing.text.startswith(INDENT, start)
        spanning = [s for s in doc.sentences if s.start < start <= s.end - 1]
        assert bool(spanning) != bool(ended), beijing.text[start - 20:start + 20]
        mid += not ended
    assert mid >= 4


def test_beijing_observations_are_those_of_its_paragraphs_unwrapped(beijing, tmp_path):
    """The page's hard wraps (地区生产总\n值增长, one a line of 40 characters) change no observation: the PDF gives
    the observations of its own text with every line break inside a paragraph removed (a paragraph a line)."""
    from kg.pipeline.run import extract
    from tests.test_read_formats import facts

    flat = tmp_path / "beijing_2024.txt"
    flat.write_text(re.sub(f"\n(?!{INDENT})", "", beijing.text), encoding="utf-8")
    assert flat.read_text(encoding="utf-8").count("\n") < beijing.text.count("\n") / 3
    pdf, text = (facts(extract([path])[0]) for path in (BEIJING, flat))
    assert len(pdf) > 100 and pdf == text


def test_beijing_paragraph_starts_are_indented(beijing):
    """Beijing's paragraphs start 2 ems in (headings further): the text read marks those lines, and only
    those: the line before a marked one ends a paragraph (a sentence's end, or a one-line heading), and
    a short line ending a sentence is followed by a marked one."""
    lines = beijing.text.split("\n")
    starts = {i for i, line in enumerate(lines) if line.startswith(INDENT)}
    assert len(starts) > 80
    for i in sorted(starts - {0}):
        assert lines[i - 1].endswith(("。", "：", "！")) or i - 1 in starts, lines[i - 1]
    short_ends = [i for i, line in enumerate(lines[:-1]) if line.endswith("。") and len(line) < 30]
    assert len(short_ends) > 40 and all(i + 1 in starts for i in short_ends)


def test_lines_set_in_from_a_shared_left_edge_start_paragraphs():
    def line(text: str, left: float) -> Line:
        return Line(text, 0.0, left, em=10.0)

    body = [line("首行缩进两字。", 120), line("顶格续行，", 100), line("顶格续行，", 100.4), line("顶格续行。", 100),
            line("又一段。", 121),
            line("居中标题", 250), line("右栏顶格", 300), line("右栏续行", 300), line("右栏续行", 300.5),
            line("右栏缩进", 320), line("小缩进", 104)]
    marked = mark_indents([body])[0]
    assert [ln.indented for ln in marked] == [True, False, False, False, True, False, False, False, False, True, False]
    assert mark_indents([[Line("OCR", 0.0)] * 4]) == [[Line("OCR", 0.0)] * 4]      # no widths: nothing marked


# -- PDFs printed by Chromium from a corpus excerpt ----------------------------------------------

@pytest.mark.parametrize("name", GENERATED)
def test_generated_pdf_reads_as_its_source_text(name, excerpt_sentences):
    source = generated(name)
    assert source.pages == 2
    sentences = [s.text for s in read_text(source.text, "shanghai_city_2024.pdf", name).sentences]
    # In two columns the delivery line wraps at less than 0.8 of the column's width; its first line is
    # indented and the next is not, so it is one paragraph (kg.read.pdf.mark_indents).
    assert sentences == excerpt_sentences


@pytest.mark.parametrize("name", GENERATED)
def test_generated_pdf_pages(name):
    source = generated(name)
    first = find(source, "各位代表")
    assert source.page_of(first) == 1
    last = find(source, "累计达到832座")
    assert source.page_of(last) == 2
    assert source.text.replace("\n", "").endswith("累计达到832座。")


def test_running_header_and_page_numbers_are_dropped():
    source = generated("running_header")
    assert "上海市政府工作报告" not in source.text
    assert not re.search(r"^\W*\d+\W*$", source.text, re.M)
    assert source.text == generated("single_column").text


def test_table_rows_are_lines_with_cells_apart():
    lines = generated("table").text.split("\n")
    assert "指标 2024年目标" in lines
    assert "城镇调查失业率 5%以内" in lines
    assert "居民消费价格涨幅 3%左右" in lines


# -- furniture rules on synthetic pages -------------------------------------------------------------

def page(*texts: str) -> list[Line]:
    return [Line(t, 800.0 - 20 * i) for i, t in enumerate(texts)]


@pytest.mark.parametrize("number", ["— 3 —", "- 3 -", "3", "第3页", "第 3 页 共 9 页", "3/9", "Page 3 of 9"])
def test_page_numbers_are_dropped(number):
    body = [f"正文第{i}行，内容各不相同。" for i in range(6)]
    assert drop_furniture([page(*body, number)]) == [body]
    assert drop_furniture([page(number, *body)]) == [body]


def test_a_number_inside_the_page_stays():
    body = ["正文第一行，", "2023", "正文第三行，", "正文第四行，", "正文第五行，", "正文第六行。"]
    assert drop_furniture([page(*body)]) == [body]


def test_running_headers_repeat_on_most_pages_only():
    body = [[f"{w}页正文，各不相同。" for w in words] for words in ("甲乙丙丁", "戊己庚辛", "壬癸子丑", "寅卯辰巳")]
    pages = [page("某市政府工作报告", *lines, f"— {i} —") for i, lines in enumerate(body, 1)]
    assert drop_furniture(pages) == body
    single = drop_furniture([page("某市政府工作报告", "正文。")])
    assert single == [["某市政府工作报告", "正文。"]]


# -- no text layer ------------------------------------------------------------------------------------

def test_image_only_pdf_is_a_named_error(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(NoTextLayer) as err:
        read_pdf((FIXTURES / "image_only.pdf").read_bytes(), "scan.pdf")
    assert err.value.code == "E106" and isinstance(err.value, UnreadableInput)
    assert "scan.pdf" in err.value.message and "tesseract-ocr-chi-sim" in err.value.message


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract is not installed")
def test_image_only_pdf_is_read_by_tesseract():
    source = read_pdf((FIXTURES / "image_only.pdf").read_bytes(), "scan.pdf")
    assert source.ocr and "tesseract" in source.library
    compact = source.text.replace("\n", "")
    assert "全市经济社会发展" in compact and "4.72万亿元" in compact


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract is not installed")
def test_ocr_that_fails_or_finds_nothing_is_the_same_named_error(monkeypatch):
    import pypdfium2 as pdfium

    import kg.read.pdf as pdf

    monkeypatch.setattr(pdf, "OCR_LANGUAGE", "no_such_language")       # as with tesseract-ocr-chi-sim missing
    with pytest.raises(NoTextLayer, match=r"scan\.pdf: .*tesseract failed") as err:
        read_pdf((FIXTURES / "image_only.pdf").read_bytes(), "scan.pdf")
    assert err.value.code == "E106" and "--list-langs" in err.value.message
    monkeypatch.undo()
    blank = pdfium.PdfDocument.new()
    blank.new_page(595, 842)
    data = io.BytesIO()
    blank.save(data)
    with pytest.raises(NoTextLayer, match="blank.pdf: .*tesseract found no text"):
        read_pdf(data.getvalue(), "blank.pdf")


def test_not_a_pdf():
    with pytest.raises(UnreadableInput):
        read_pdf(b"%PDF-1.7 but nothing else", "broken.pdf")


def test_offsets_outside_the_text():
    source = SourceText("ab\ncd", (0, 3), "pdf", "x")
    assert [source.page_of(i) for i in range(6)] == [1, 1, 1, 2, 2, 2]
    assert source.page_text(1) == "ab" and source.page_text(2) == "cd"
    with pytest.raises(IndexError):
        source.page_of(6)
