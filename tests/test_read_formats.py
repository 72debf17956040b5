"""PDF and Word files in a build: read through kg.read.pdf and kg.read.docx, the same observations as the texts
they were made from, each PDF fact's page, out/texts/<id>.txt for every document, and a scan's clear error."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDFS, Literal
from rdflib.namespace import DCTERMS

from kg.cli import cli
from kg.lexicon.load import Source, from_sources, shipped
from kg.model import Extraction, strip_line_breaks
from kg.pipeline.run import build, extract
from kg.rdf.terms import new_graph
from kg.rdf.vocab import KGO
from kg.read.documents import document_id
from tests.conftest import CORPUS, SEEDS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXCERPT = FIXTURES / "report_excerpt.txt"          # the text tests/fixtures/make_pdfs.py printed
GENERATED = ["single_column", "two_columns", "running_header"]
PROVINCES = {"guangdong": "广东省", "heilongjiang": "黑龙江省", "henan": "河南省", "jiangsu": "江苏省",
             "sichuan": "四川省", "zhejiang": "浙江省"}
BEIJING = CORPUS / "pdf" / "beijing_2024.pdf"
SEED = SEEDS / "xuhui_2024_work_report_summary.txt"


def facts(x: Extraction) -> list[tuple]:
    """What an observation states: indicator, value, unit, status, period and measure."""
    return sorted((o.metric, o.quantity.value, o.quantity.unit, o.status.value, o.period, o.measure.value)
                  for o in x.observations)


def with_area(name: str, short: str):
    """The shipped lexicon and one more top-level area: the provinces and Beijing are not in it yet."""
    extra = {"areas": {"municipality": [{"name": name, "aliases": [short, "全省", "全市"]}]}}
    return from_sources([*shipped(), Source("test", extra)])


def evidence_of(graph) -> list[tuple]:
    """(node, document source, charStart, charEnd, evidence, page or None) of everything that quotes a sentence."""
    source = {d: str(s) for d, s in graph.subject_objects(DCTERMS.source)}
    out = []
    for node, quote in graph.subject_objects(KGO.evidence):
        page = graph.value(node, KGO.page)
        out.append((node, source[graph.value(node, KGO.reportedIn)], int(graph.value(node, KGO.charStart)),
                    int(graph.value(node, KGO.charEnd)), str(quote), None if page is None else int(page)))
    return sorted(out)


@pytest.fixture(scope="module")
def excerpt() -> Extraction:
    return extract([EXCERPT])[0]


@pytest.fixture(scope="module")
def generated_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    build([FIXTURES / f"{name}.pdf" for name in GENERATED], out, html=False, store=False)
    return out


# -- PDF ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", GENERATED)
def test_a_generated_pdf_gives_the_observations_of_its_text(name: str, excerpt: Extraction) -> None:
    x = extract([FIXTURES / f"{name}.pdf"])[0]
    assert facts(x) and facts(x) == facts(excerpt)
    assert x.document.metadata == excerpt.document.metadata
    read = x.document.source_text
    assert read.format == "pdf" and read.library.startswith("pypdfium2 ") and not read.ocr
    assert x.document.text == read.text and read.pages == 2


def test_a_targets_table_is_read_as_planned(tmp_path: Path) -> None:
    """tests/fixtures/table.pdf prints table.txt (make_pdfs.py): the front matter, then a table whose header
    row is 指标 | 2024年目标. Its rows are this year's targets, planned for 2024, as in the text, and each
    observation's page is the page PDFium shows its row on."""
    x, text = (extract([FIXTURES / name])[0] for name in ("table.pdf", "table.txt"))
    assert facts(x) and facts(x) == facts(text)
    assert {(o.status.value, o.period) for o in x.observations} == {("planned", 2024)}
    assert sorted(o.metric for o in x.observations) == ["地区生产总值", "城镇调查失业率", "居民消费价格"]
    build([FIXTURES / "table.pdf"], tmp_path, html=False, store=False)
    assert check_pages(tmp_path, {"table.pdf": FIXTURES / "table.pdf"}) == {1}


def test_each_pdf_fact_records_the_page_its_evidence_begins_on(generated_build: Path) -> None:
    pages = check_pages(generated_build, {f"{name}.pdf": FIXTURES / f"{name}.pdf" for name in GENERATED})
    assert pages == {1, 2}


@pytest.fixture(scope="module")
def printed_seed(tmp_path_factory) -> Path:
    """A Xuhui seed printed by headless Chromium as reports are: a paragraph a source line, a running header and
    page numbers (tests/fixtures/make_pdfs.py); 22 pages."""
    from tests.fixtures.make_pdfs import FONT, MARGIN_BOXES, page, print_pdf

    if not shutil.which("chromium") or not Path(FONT).exists():
        pytest.skip("chromium and fonts-wqy-microhei are needed to print a PDF")
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    pdf = tmp_path_factory.mktemp("pdf") / f"{SEED.stem}.pdf"
    print_pdf(page(lines, margin_boxes=MARGIN_BOXES.format(header="徐汇区政府工作报告")), pdf)
    return pdf


def test_a_printed_seed_gives_the_observations_of_the_seed(printed_seed: Path, seeds_extractions, tmp_path) -> None:
    seed = next(x for x in seeds_extractions if x.document.source == SEED.name)
    x = extract([printed_seed])[0]
    assert x.document.source_text.pages > 10
    assert facts(x) and facts(x) == facts(seed) and x.document.metadata == seed.document.metadata
    build([printed_seed], tmp_path, html=False, store=False)
    assert len(check_pages(tmp_path, {printed_seed.name: printed_seed})) > 10


def check_pages(out: Path, pdfs: dict[str, Path]) -> set[int]:
    """Check each quote's page against the page's own text as PDFium gives it: the quote's first line (a page
    break is a line break) is on that page. Every observation has a page. Returns the pages quoted."""
    import pypdfium2 as pdfium

    graph = new_graph().parse(out / "graph.ttl", format="turtle")
    raw = {}
    for source, path in pdfs.items():
        pdf = pdfium.PdfDocument(path)
        raw[source] = [re.sub(r"\s+", "", page.get_textpage().get_text_range()) for page in pdf]
        pdf.close()
    pages = set()
    for node, source, start, _, _, page in evidence_of(graph):
        text = (out / "texts" / f"{document_id(Path(source))}.txt").read_bytes().decode("utf-8")
        end = text.find("\n", start)
        first_line = text[start:end if end >= 0 else len(text)]
        assert re.sub(r"\s+", "", first_line) in raw[source][page - 1], (node, page)
        pages.add(page)
    observations = set(graph.subjects(KGO.measure, None))
    assert observations and all(graph.value(o, KGO.page) is not None for o in observations)
    return pages


def test_how_a_document_was_read_is_in_the_graph(generated_build: Path, seeds_graph) -> None:
    graph = new_graph().parse(generated_build / "graph.ttl", format="turtle")
    for doc in graph.subjects(DCTERMS.source, None):
        assert graph.value(doc, KGO.textFormat) == Literal("pdf")
        assert str(graph.value(doc, KGO.extractedWith)).startswith("pypdfium2 ")
        assert graph.value(doc, KGO.ocr) == Literal(False)
    for doc in seeds_graph.subjects(DCTERMS.source, None):
        assert seeds_graph.value(doc, KGO.textFormat) == Literal("text")
        assert (doc, KGO.extractedWith, None) not in seeds_graph and (doc, KGO.ocr, None) not in seeds_graph
    assert (None, KGO.page, None) not in seeds_graph


@pytest.mark.skipif(not BEIJING.exists(), reason="../shared/corpus/pdf is absent")
def test_beijing_headline_figures_with_their_pages(tmp_path: Path) -> None:
    """Beijing is not in the shipped lexicon yet, so the test adds it; the government and years come from the
    body of the text, and no title, date or speaker is invented."""
    build([BEIJING], tmp_path, lexicon=with_area("北京市", "北京"), html=False, store=False)
    graph = new_graph().parse(tmp_path / "graph.ttl", format="turtle")
    doc = next(graph.subjects(DCTERMS.source, None))
    assert str(graph.value(doc, KGO.year)) == "2024" and str(graph.value(doc, KGO.reviewedYear)) == "2023"
    assert not any((doc, p, None) in graph for p in (DCTERMS.title, DCTERMS.date, KGO.speaker, KGO.session))
    found = {(str(graph.value(graph.value(o, KGO.metric), RDFS.label)), str(graph.value(o, KGO.value)),
              str(graph.value(o, KGO.unit)), str(graph.value(o, KGO.period)), int(graph.value(o, KGO.page)))
             for o in graph.subjects(KGO.measure, None)}
    assert {("地区生产总值", "5.2", "%", "2023", 1), ("地区生产总值", "4.4", "万亿元", "2023", 1),
            ("一般公共预算收入", "8.2", "%", "2023", 1), ("城镇调查失业率", "4.4", "%", "2023", 1),
            ("地区生产总值", "5.0", "%", "2024", 5), ("一般公共预算收入", "5.0", "%", "2024", 5),
            ("城镇调查失业率", "5.0", "%", "2024", 5)} <= found


def test_a_scanned_pdf_is_a_named_error_and_nothing_is_written(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)        # as if tesseract were not installed
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    shutil.copy(min(SEEDS.glob("*.txt")), folder)
    shutil.copy(FIXTURES / "image_only.pdf", folder / "scan.pdf")
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(out), "--jobs", "1", "--no-html"])
    assert result.exit_code != 0
    assert "[E106]" in result.output and "scan.pdf" in result.output and "OCR it" in result.output, result.output
    assert not (out / "graph.ttl").exists() and not (out / "texts").exists()


# -- Word -----------------------------------------------------------------------------------------------------

@pytest.mark.skipif(not (CORPUS / "provinces").exists(), reason="../shared/corpus/provinces is absent")
@pytest.mark.parametrize("stem", sorted(PROVINCES))
def test_a_provincial_docx_gives_the_observations_of_its_text(stem: str) -> None:
    """The provinces are not in the shipped lexicon yet, so the test adds each one."""
    lex = with_area(PROVINCES[stem], PROVINCES[stem][:-1])
    docx, text = (extract([CORPUS / "provinces" / f"{stem}_2025{suffix}"], lex)[0] for suffix in (".docx", ".txt"))
    assert facts(docx) and facts(docx) == facts(text)
    assert docx.document.metadata == text.document.metadata
    assert docx.document.source_text.format == "docx"


# -- out/texts: every document's text as read ------------------------------------------------------------------

def test_every_offset_points_into_the_text_written_beside_the_graph(seeds_build, seeds_graph) -> None:
    """For every quote of the seeds: the evidence is the text's slice with its line breaks (and the spaces
    around them) removed; and a UTF-8 text file is written back byte for byte."""
    out = seeds_build[1]
    sources = sorted(SEEDS.glob("*.txt"))
    assert sorted(p.name for p in (out / "texts").iterdir()) == sorted(f"{document_id(p)}.txt" for p in sources)
    for path in sources:
        assert (out / "texts" / f"{document_id(path)}.txt").read_bytes() == path.read_bytes()
    texts = {p.name: (out / "texts" / f"{document_id(p)}.txt").read_bytes().decode("utf-8") for p in sources}
    quotes = evidence_of(seeds_graph)
    assert len(quotes) > 1000
    for node, source, start, end, evidence, _ in quotes:
        assert strip_line_breaks(texts[source][start:end]) == evidence, node


def test_the_texts_of_documents_no_longer_built_are_removed(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    shutil.copy(first, folder)
    shutil.copy(FIXTURES / "single_column.pdf", folder)
    build([folder], out, html=False, store=False)
    assert sorted(p.name for p in (out / "texts").iterdir()) == sorted([f"{document_id(first)}.txt", "single_column.txt"])
    (folder / "single_column.pdf").unlink()
    shutil.copy(second, folder)
    build([folder], out, html=False, store=False)
    assert sorted(p.name for p in (out / "texts").iterdir()) == sorted(
        [f"{document_id(first)}.txt", f"{document_id(second)}.txt"])


def test_an_ocr_read_pdf_says_so_in_the_graph(seeds_extractions, lexicon) -> None:
    """How a text was obtained, as graph.py mints it for a PDF read through tesseract (no engine needed here)."""
    import copy

    from kg.rdf.graph import add_extraction
    from kg.read.source import SourceText

    x = copy.copy(seeds_extractions[0])
    x.document = copy.copy(x.document)
    half = len(x.document.text) // 2
    x.document.source_text = SourceText(x.document.text, (0, half), "pdf", "pypdfium2 5; tesseract 5.3.0", ocr=True)
    graph = new_graph()
    add_extraction(graph, x, lexicon)
    doc = next(graph.subjects(DCTERMS.source, None))
    assert graph.value(doc, KGO.ocr) == Literal(True) and graph.value(doc, KGO.textFormat) == Literal("pdf")
    assert str(graph.value(doc, KGO.extractedWith)) == "pypdfium2 5; tesseract 5.3.0"
    quotes = [(int(graph.value(n, KGO.charStart)), int(graph.value(n, KGO.page))) for n in graph.subjects(KGO.evidence)]
    assert {page for _, page in quotes} == {1, 2}
    assert all((start < half) == (page == 1) for start, page in quotes)
