"""Whole reports printed to PDF as reports are laid out, read back: the observations of the text they were printed
from, each on its page.

A seed and a provincial report of the corpus are printed by headless Chromium (tests/fixtures/make_pdfs.py) a
paragraph a <p> (the paragraphs the reader finds in the text; its layout noise, such as a saved page's 来源 line,
is not printed) in three layouts: one column, two columns, and one column under a running header with page
numbers. Each page's text is checked against PDFium's own text of that page.
"""
from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from kg.lexicon import load
from kg.pipeline.run import build, extract
from kg.read.documents import noise_mask, paragraphs, split_lines
from kg.read.pdf import read_pdf
from tests.conftest import CORPUS, SEEDS
from tests.test_read_formats import check_pages, facts

SOURCES = {"seed": SEEDS / "xuhui_2024_work_report_summary.txt",
           "province": CORPUS / "provinces" / "zhejiang_2025.txt"}
HEADERS = {"seed": "徐汇区政府工作报告", "province": "浙江省政府工作报告"}
LAYOUTS = ["single_column", "two_columns", "running_header"]


def printable(path: Path) -> list[str]:
    """The paragraphs of a text as the reader groups its lines, noise left out: what a report prints."""
    text, lex = path.read_text(encoding="utf-8"), load()
    lines = split_lines(text)
    return ["".join(line.text for line in para) for para in paragraphs(lines, noise_mask(lines, lex), lex)]


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """{layout: {source key: PDF}} for every source present; skipped without Chromium and the CJK font."""
    from tests.fixtures.make_pdfs import FONT, MARGIN_BOXES, page, print_pdf

    if not shutil.which("chromium") or not Path(FONT).exists():
        pytest.skip("chromium and fonts-wqy-microhei are needed to print a PDF")
    root = tmp_path_factory.mktemp("printed")
    out: dict[str, dict[str, Path]] = {}
    for layout in LAYOUTS:
        folder = root / layout
        folder.mkdir()
        out[layout] = {}
        for key, source in SOURCES.items():
            if not source.exists():
                continue
            options = {"two_columns": {"body_class": "cols"},
                       "running_header": {"margin_boxes": MARGIN_BOXES.format(header=HEADERS[key])}}.get(layout, {})
            pdf = folder / f"{source.stem}.pdf"
            print_pdf(page(printable(source), **options), pdf)
            out[layout][key] = pdf
    return out


@pytest.fixture(scope="module")
def sources() -> dict:
    return {key: extract([path])[0] for key, path in SOURCES.items() if path.exists()}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("key", sorted(SOURCES))
def test_a_printed_report_gives_the_observations_of_its_text(key, layout, printed, sources) -> None:
    """Same indicators, values, units, statuses, periods and measures; the same metadata, but for the publisher
    and publication date of a saved page, which are furniture and not printed."""
    if key not in printed[layout]:
        pytest.skip(f"{SOURCES[key]} is absent")
    x = extract([printed[layout][key]])[0]
    text = sources[key]
    assert x.document.source_text.pages > 5
    assert facts(x) and facts(x) == facts(text)
    unprinted = {"publisher": None, "published": None}
    assert x.document.metadata == dataclasses.replace(text.document.metadata, **unprinted)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_printed_observation_is_on_its_page(layout, printed, tmp_path) -> None:
    pdfs = printed[layout]
    build(list(pdfs.values()), tmp_path, html=False, store=False)
    pages = check_pages(tmp_path, {pdf.name: pdf for pdf in pdfs.values()})
    assert len(pages) > 5


@pytest.mark.parametrize("key", sorted(SOURCES))
def test_the_running_header_and_page_numbers_are_dropped(key, printed) -> None:
    """The header and the page numbers Chromium prints in the margins leave the text exactly as the plain print's."""
    if key not in printed["running_header"]:
        pytest.skip(f"{SOURCES[key]} is absent")
    with_header, plain = (read_pdf(printed[layout][key].read_bytes(), "x.pdf") for layout in ("running_header",
                                                                                             "single_column"))
    assert with_header.pages == plain.pages > 5
    assert with_header.text == plain.text
    assert not re.search(r"^[\s\u2014-]*\d+[\s\u2014-]*$", with_header.text, re.M)
    assert HEADERS[key] not in {line.strip() for line in with_header.text.splitlines()}


def test_two_columns_are_read_column_after_column(printed) -> None:
    """Each paragraph of the two-column print is one paragraph of the text, in the order of the text."""
    for key, pdf in printed["two_columns"].items():
        read = read_pdf(pdf.read_bytes(), pdf.name).text
        compact = re.sub(r"\s+", "", read)
        at, expected = 0, [re.sub(r"\s+", "", p) for p in printable(SOURCES[key])]
        for para in expected:
            found = compact.find(para, at)
            assert found >= at, (key, para[:30])
            at = found + len(para)
