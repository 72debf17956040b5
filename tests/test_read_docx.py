"""kg.read.docx: Word paragraphs in order, tables as rows, footnotes apart."""
from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal

import pytest

from conftest import CORPUS
from kg.errors import UnreadableInput
from kg.read.docx import read_docx

PROVINCES = sorted((CORPUS / "provinces").glob("*_2025.docx")) if CORPUS.exists() else []
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')


def docx(body: str, footnotes: str = "") -> bytes:
    """A minimal .docx holding the body XML (and a footnotes part when given)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", f"<w:document {NS}><w:body>{body}</w:body></w:document>")
        if footnotes:
            z.writestr("word/footnotes.xml", f"<w:footnotes {NS}>{footnotes}</w:footnotes>")
    return out.getvalue()


def p(*runs: str) -> str:
    return "<w:p>" + "".join(f"<w:r><w:t>{r}</w:t></w:r>" for r in runs) + "</w:p>"


def tc(text: str, span: int = 1) -> str:
    props = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    return f"<w:tc>{props}{p(text)}</w:tc>"


def normalise(text: str) -> list[str]:
    return [re.sub(r"\s+", "", line) for line in text.splitlines() if line.strip()]


@pytest.mark.skipif(not PROVINCES, reason="../shared/corpus/provinces is absent")
@pytest.mark.parametrize("path", PROVINCES, ids=lambda p: p.stem)
def test_province_docx_equals_its_text(path):
    source = read_docx(path.read_bytes(), path.name)
    expected = path.with_suffix(".txt").read_text(encoding="utf-8")
    assert normalise(source.text) == normalise(expected)
    assert source.format == "docx" and source.page_starts == (0,) and not source.ocr and source.notes == ()


def test_paragraphs_runs_and_breaks_in_order():
    body = (p("一、", "总体要求") + '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>'
            + p("结束。"))
    assert read_docx(docx(body), "a.docx").text == "一、总体要求\n甲\t乙\n丙\n结束。"


def test_tables_are_rows_of_tab_joined_cells():
    table = ("<w:tbl><w:tr>" + tc("指标") + tc("2025年目标") + "</w:tr>"
             "<w:tr>" + tc("地区生产总值增长") + tc("5%左右") + "</w:tr>"
             "<w:tr>" + tc("说明：合并单元格只读一次", span=2) + "</w:tr></w:tbl>")
    text = read_docx(docx(p("附表") + table + p("正文。")), "t.docx").text
    assert text.split("\n") == ["附表", "指标\t2025年目标", "地区生产总值增长\t5%左右", "说明：合并单元格只读一次", "正文。"]


def test_footnotes_are_kept_apart():
    body = ('<w:p><w:r><w:t>增长5%</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
            '<w:r><w:t>左右。</w:t></w:r></w:p>')
    notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:t>按可比价格计算。</w:t></w:r></w:p></w:footnote>')
    source = read_docx(docx(body, notes), "n.docx")
    assert source.text == "增长5%左右。"
    assert source.notes == ("按可比价格计算。",)


def test_hyperlinks_insertions_and_controls_read_deletions_and_fallbacks_not():
    body = ('<w:p><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>'
            '<w:ins><w:r><w:t>新增</w:t></w:r></w:ins><w:del><w:r><w:delText>删去</w:delText></w:r></w:del>'
            '<w:r><mc:AlternateContent><mc:Choice/><mc:Fallback><w:t>重复</w:t></mc:Fallback>'
            '</mc:AlternateContent></w:r></w:p>'
            '<w:sdt><w:sdtContent>' + p("控件内文字") + '</w:sdtContent></w:sdt>')
    assert read_docx(docx(body), "c.docx").text == "链接新增\n控件内文字"


def test_not_a_docx():
    with pytest.raises(UnreadableInput, match="x.docx"):
        read_docx(b"PK\x03\x04 not really", "x.docx")
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("content.xml", "<a/>")
    with pytest.raises(UnreadableInput, match="word/document.xml"):
        read_docx(empty.getvalue(), "odt.docx")


def test_a_part_that_unpacks_too_large_is_refused(monkeypatch):
    import kg.read.docx as docx

    monkeypatch.setattr(docx, "MAX_PART_BYTES", 1000)
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>" + b" " * 2000)
    with pytest.raises(UnreadableInput, match=r"bomb\.docx: word/document\.xml unpacks to 2,013 bytes"):
        read_docx(data.getvalue(), "bomb.docx")


def test_a_targets_table_in_word_is_read_as_planned(tmp_path):
    """A Word annex of targets (指标 | 2025年目标): a row a line, its values planned for 2025, as the same table in
    a text file (cells tab-separated) gives."""
    from kg.pipeline.run import extract

    front = ["政府工作报告", "——2025年1月15日在上海市第十六届人民代表大会第三次会议上", "各位代表：",
             "一、2024年工作回顾", "全市生产总值增长5%。", "附表"]
    rows = [("指标", "2025年目标"), ("生产总值增长", "5%左右"), ("城镇调查失业率", "5.5%以内")]
    table = "<w:tbl>" + "".join("<w:tr>" + "".join(tc(c) for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"
    word, text = tmp_path / "shanghai_2025.docx", tmp_path / "shanghai_2025.txt"
    word.write_bytes(docx("".join(p(line) for line in front) + table))
    text.write_text("\n".join(front + ["\t".join(row) for row in rows]) + "\n", encoding="utf-8")
    read = {path.suffix: extract([path])[0] for path in (word, text)}
    states = {path: sorted((o.metric, o.quantity.value, o.status.value, o.period) for o in x.observations)
              for path, x in read.items()}
    assert states[".docx"] == states[".txt"] == [
        ("地区生产总值", 5, "achieved", 2024),             # the review's sentence
        ("地区生产总值", 5, "planned", 2025), ("城镇调查失业率", Decimal("5.5"), "planned", 2025)]
