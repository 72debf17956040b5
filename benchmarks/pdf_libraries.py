"""Which PDF library reads Chinese reports best: characters lost or out of place, spaces, pages/s.

    pip install pypdfium2 pdfminer.six pdfplumber pypdf
    PYTHONPATH=. python benchmarks/pdf_libraries.py

Each library reads Beijing's 2024 report (../shared/corpus/pdf/beijing_2024.pdf) and the PDFs
Chromium printed from a corpus excerpt (tests/fixtures, made by tests/fixtures/make_pdfs.py).
The reference for the generated PDFs is the excerpt they were printed from; for Beijing's it is
the text all four libraries agree on once whitespace is ignored (checked by reading the line
and page ends), with no space beside a Chinese character: the file holds no space glyphs there.
"Chars differing" counts the characters a library loses, adds or puts out of order, whitespace
ignored; "spaces beside CJK" counts the spaces it adds next to a Chinese character.
"""
from __future__ import annotations

import difflib
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
BEIJING = ROOT.parent / "shared" / "corpus" / "pdf" / "beijing_2024.pdf"
CJK = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"


def pypdfium2_pages(path: Path) -> list[str]:
    import pypdfium2

    return [page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(path)]


def pdfminer_pages(path: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    return extract_text(path).split("\f")[:-1]


def pdfplumber_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [page.extract_text() for page in pdf.pages]


def pypdf_pages(path: Path) -> list[str]:
    import pypdf

    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def govkg_pages(path: Path) -> list[str]:
    from kg.read.pdf import read_pdf

    source = read_pdf(path.read_bytes(), path.name)
    return [source.page_text(i) for i in range(1, source.pages + 1)]


LIBRARIES = {"pypdfium2": pypdfium2_pages, "pdfminer.six": pdfminer_pages, "pdfplumber": pdfplumber_pages,
             "pypdf": pypdf_pages, "govkg read_pdf": govkg_pages}


def differing(reference: str, text: str) -> tuple[int, int]:
    """Characters lost, added or out of order (whitespace ignored); spaces added beside CJK."""
    a, b = re.sub(r"\s", "", reference), re.sub(r"\s", "", text)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    chars = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in ops if op != "equal")
    return chars, len(re.findall(rf"(?<={CJK}) +| +(?={CJK})", text))


def references() -> dict[Path, str]:
    excerpt = (FIXTURES / "report_excerpt.txt").read_text(encoding="utf-8")
    refs = {FIXTURES / f"{n}.pdf": excerpt for n in ("single_column", "two_columns", "running_header")}
    if BEIJING.exists():
        import pdfplumber      # agrees with the others on every character and adds no space

        with pdfplumber.open(BEIJING) as pdf:
            refs = {BEIJING: "\n".join(page.extract_text() for page in pdf.pages), **refs}
    return refs


def main() -> None:
    print("| file | library | pages | chars differing | spaces beside CJK | pages/s |")
    print("|---|---|---|---|---|---|")
    for path, reference in references().items():
        for name, read in LIBRARIES.items():
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                pages = read(path)
                best = min(best, time.perf_counter() - start)
            chars, spaces = differing(reference, "\n".join(pages))
            print(f"| {path.name} | {name} | {len(pages)} | {chars} | {spaces} | {len(pages) / best:.0f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
