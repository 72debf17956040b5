"""Read a PDF's text layer with pypdfium2 (PDFium), or its page images through tesseract when it has none.

pypdfium2 was chosen by measurement (benchmarks/pdf_libraries.py): on Beijing's 2024 report and
on Chromium-printed reports it loses no character, keeps two CSS columns in reading order
(pdfminer.six 20260107 and pdfplumber 0.11.10 interleave them: 370 and 456 characters out of
place), and reads 13 pages in 0.05-0.1 s, 15-40 times faster than pdfminer.six, pdfplumber or
pypdf 7.1.1; PDFium and its binding are BSD-3/Apache-2.0 and the wheels bundle PDFium.

The text keeps the line breaks of the page (the text reader repairs hard-wrapped lines later), marks
each paragraph's first line, set in from the margin on the page, with two ideographic spaces as a
report's text file does (so a heading is not joined to the paragraph under it), and loses the page
furniture: running headers and footers (lines repeated at the top or bottom of
most pages) and page numbers (kg/lexicon/pdf.toml). A space PDFium *generates* beside a Chinese
character, where WPS or Word left room between a Chinese and a Latin font (a word, then ``5.2%``),
is not in the file and is dropped when the gap is under half an em; a wider gap (between table
cells) stays a space. Spaces the file holds as characters always stay.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import metadata, resources

from kg.errors import NoTextLayer, UnreadableInput
from kg.read.source import SourceText

EDGE_TOLERANCE = 1.5      # points: lines whose left edges differ by less start at the same edge
EDGE_LINES_MIN = 3        # lines that must start at a left position for it to be an edge (a margin)
INDENT_EMS = (1.0, 4.5)   # a line set in by this many ems from its edge starts a paragraph
INDENT = "\u3000\u3000"   # written before a paragraph's first line, as report texts indent it
EDGE_LINES = 2            # how many lines at the top and at the bottom of a page may be furniture
EM_GAP = 0.5             # a made-up space beside a Chinese character is dropped below this gap, in ems
REPEATED_SHARE = 0.5      # a top or bottom line on at least this share of the pages is a running header
OCR_DPI = 300
OCR_LANGUAGE = "chi_sim"
# One column of text of varying sizes: on scanned pages of Beijing's report the automatic layout (psm 3)
# read blocks out of order (1,863 characters differing on page 2, of 1,638); psm 4 gives 31.
OCR_LAYOUT = "4"
OCR_TIMEOUT = 300         # seconds a page may take in tesseract
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_CHAR = re.compile(f"[{_CJK}]")
# tesseract spaces Chinese characters apart, and a full-width mark from a Latin one before it (增长0.7% ，)
_OCR_GAP = re.compile(rf"(?<=[{_CJK}]) +(?=[{_CJK}])| +(?=[\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\uff09\u201d])"
                      rf"|(?<=[\uff08\u201c]) +")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
FIX_OCR = ("OCR it first (e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`), or install tesseract "
           "(`apt-get install tesseract-ocr tesseract-ocr-chi-sim`) for govkg to OCR it")


@dataclass(frozen=True)
class Line:
    """One line of a page as the library gives it, with the height of its top edge (PDF points)."""

    text: str
    top: float
    left: float = 0.0         # the left edge of its first character, PDF points
    em: float = 0.0           # the width of a Chinese character on its page (0 when unknown)
    indented: bool = False    # set by mark_indents: the line starts a paragraph


def read_pdf(data: bytes, name: str) -> SourceText:
    """The text of a PDF as govkg reads it: pages joined by ``\\n``, furniture dropped, page starts kept.

    A PDF with no text on any page is read through tesseract when it is installed (``ocr=True``);
    otherwise :class:`~kg.errors.NoTextLayer` names the file and how to OCR it.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableInput(name, f"not a readable PDF ({exc})",
                              "check that the file is a complete PDF, not encrypted") from None
    try:
        pages = [page_lines(page) for page in pdf]
        ocr = not any(line.text.strip() for lines in pages for line in lines)
        if ocr:
            pages = _ocr_pages(pdf, name)
    except pdfium.PdfiumError as exc:       # a page the page tree names is missing or damaged
        raise UnreadableInput(name, f"a page of the PDF cannot be read ({exc})",
                              "check that the file is a complete PDF, not damaged") from None
    finally:
        pdf.close()
    library = f"pypdfium2 {metadata.version('pypdfium2')}"
    if ocr:
        library += f"; {_tesseract_version()}"
    return _source(drop_furniture(mark_indents(pages)), library, ocr)


def page_lines(page) -> list[Line]:
    """A pypdfium2 page's lines in the library's order (content order: columns one after the other)."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        # Offsets of text are PDFium's char indices only when no character is outside the BMP.
        indexed = len(text) == textpage.count_chars()
        lines, chars, box, widths = [], [], None, []
        for i, char in enumerate(text):
            if char == "\n" and i and text[i - 1] == "\r":
                continue
            if char in "\r\n":
                lines.append(Line("".join(chars), box[3] if box else 0.0, box[0] if box else 0.0))
                chars, box = [], None
                continue
            if char == " " and indexed and _spurious_space(textpage, text, i):
                continue
            if box is None and indexed and not char.isspace():
                box = textpage.get_charbox(i)
                if _CJK_CHAR.match(char):       # a line's first Chinese character gives the page's em
                    widths.append(box[2] - box[0])
            chars.append(char)
        lines.append(Line("".join(chars), box[3] if box else 0.0, box[0] if box else 0.0))
    finally:
        textpage.close()
    em = sorted(widths)[len(widths) // 2] if widths else 0.0
    return [Line(_CONTROL.sub("", line.text), line.top, line.left, em) for line in lines]


def _spurious_space(textpage, text: str, i: int) -> bool:
    """Whether the space at i is one PDFium made up for a gap under half an em beside a Chinese
    character: Chinese has no word spaces, but a wider gap (between table cells) stays a space."""
    import pypdfium2.raw as raw

    if not 0 < i < len(text) - 1 or not (_CJK_CHAR.match(text[i - 1]) or _CJK_CHAR.match(text[i + 1])):
        return False
    if text[i + 1] in "\r\n" or raw.FPDFText_IsGenerated(textpage.raw, i) != 1:
        return False
    gap = textpage.get_charbox(i + 1)[0] - textpage.get_charbox(i - 1)[2]
    return gap < raw.FPDFText_GetFontSize(textpage.raw, i - 1) * EM_GAP


def mark_indents(pages: list[list[Line]]) -> list[list[Line]]:
    """Mark the lines that start a paragraph: those set in by 1 to 4.5 ems from a left edge, an edge being
    a left position where several lines of the document start (a margin, a second column's margin, or
    the indent itself). A centred line, further in, is not marked, nor is a line on a page whose
    character widths are unknown (OCR: tesseract's blank lines mark its paragraphs instead)."""
    edges = _left_edges([line for lines in pages for line in lines if line.text.strip() and line.em])
    low, high = INDENT_EMS
    return [[replace(line, indented=line.indented or bool(line.em) and any(low <= (line.left - e) / line.em <= high
                                                                           for e in edges))
             for line in lines] for lines in pages]


def _left_edges(lines: list[Line]) -> list[float]:
    """Left positions (to EDGE_TOLERANCE) at which at least EDGE_LINES_MIN lines start."""
    counts: dict[int, int] = {}
    for line in lines:
        counts[round(line.left)] = counts.get(round(line.left), 0) + 1
    near = {x: sum(n for y, n in counts.items() if abs(x - y) <= EDGE_TOLERANCE) for x in counts}
    return sorted(x for x, n in near.items() if n >= EDGE_LINES_MIN)


def drop_furniture(pages: list[list[Line]]) -> list[list[str]]:
    """Each page's line texts without running headers, footers and page numbers."""
    edges = [_edge_indices(lines) for lines in pages]
    counts: dict[str, int] = {}
    for lines, idx in zip(pages, edges):
        for key in {_key(lines[i].text) for i in idx if lines[i].text.strip()}:
            counts[key] = counts.get(key, 0) + 1
    repeated = {k for k, n in counts.items() if len(pages) >= 2 and n >= max(2, REPEATED_SHARE * len(pages))}
    numbers = _page_number_patterns()
    out = []
    for lines, idx in zip(pages, edges):
        outermost = set(idx[:1] + idx[-1:])
        drop = {i for i in idx if _key(lines[i].text) in repeated}
        drop |= {i for i in outermost if any(p.fullmatch(lines[i].text.strip()) for p in numbers)}
        out.append([INDENT * line.indented + line.text for i, line in enumerate(lines) if i not in drop])
    return out


def _edge_indices(lines: list[Line]) -> list[int]:
    """Indices of the non-blank lines nearest the top, then those nearest the bottom of the page.

    The outermost top line comes first and the outermost bottom line last.
    """
    filled = sorted((i for i, line in enumerate(lines) if line.text.strip()), key=lambda i: -lines[i].top)
    if len(filled) <= 2 * EDGE_LINES:
        return filled
    return filled[:EDGE_LINES] + filled[-EDGE_LINES:]


def _key(text: str) -> str:
    """A line's text with numbers and spaces blurred, so "page 3" and "page 4" count as one line."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


@cache
def _page_number_patterns() -> tuple[re.Pattern[str], ...]:
    with resources.files("kg.lexicon").joinpath("pdf.toml").open("rb") as fh:
        return tuple(re.compile(p, re.IGNORECASE) for p in tomllib.load(fh)["page_number"])


def _source(pages: list[list[str]], library: str, ocr: bool) -> SourceText:
    """Join the pages with "\\n", recording where each begins."""
    texts = ["\n".join(lines).strip("\n") for lines in pages]
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 1
    return SourceText("\n".join(texts), tuple(starts), "pdf", library, ocr)


def _ocr_pages(pdf, name: str) -> list[list[Line]]:
    """Each page rendered to a grey image and read by tesseract; NoTextLayer when it is absent."""
    if not shutil.which("tesseract"):
        reason = f"the PDF has no text layer (its {len(pdf)} page(s) are images, e.g. a scan)"
        raise NoTextLayer(name, reason, FIX_OCR)
    pages = []
    for page in pdf:
        bitmap = page.render(scale=OCR_DPI / 72, grayscale=True)
        text = _tesseract(_pgm(bitmap), name)
        lines = [_OCR_GAP.sub("", line) for line in text.split("\n")]
        # tesseract gives lines top down, and a blank line between the blocks (paragraphs) it finds
        pages.append([Line(t, -i, indented=i > 0 and not lines[i - 1].strip()) for i, t in enumerate(lines)])
    if not any(line.text.strip() for lines in pages for line in lines):
        raise NoTextLayer(name, "the PDF has no text layer and tesseract found no text on its pages", FIX_OCR)
    return pages


def _pgm(bitmap) -> bytes:
    """A binary PGM image of a grey pypdfium2 bitmap (tesseract reads PGM from stdin; no Pillow needed)."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    buffer = bytes(bitmap.buffer)
    rows = b"".join(buffer[r * stride:r * stride + width] for r in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + rows


def _tesseract(image: bytes, name: str) -> str:
    """The text tesseract reads on one page image."""
    command = ["tesseract", "stdin", "stdout", "-l", OCR_LANGUAGE, "--psm", OCR_LAYOUT]
    try:
        done = subprocess.run(command, input=image, capture_output=True, timeout=OCR_TIMEOUT, check=True)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        said = (getattr(exc, "stderr", b"") or b"").decode(errors="replace")[-200:]
        raise NoTextLayer(name, f"the PDF has no text layer and tesseract failed: {said}",
                          f"check that `tesseract --list-langs` lists {OCR_LANGUAGE}, or OCR the file first") from None
    return _CONTROL.sub("", done.stdout.decode("utf-8", errors="replace"))


@cache
def _tesseract_version() -> str:
    done = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, check=False)
    first = (done.stdout or done.stderr).splitlines()[:1]
    return first[0].strip() if first else "tesseract"
