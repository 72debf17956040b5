"""Small helpers shared by the extractors."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Document, Provenance, SectionKind, Sentence

CJK = re.compile(r"[\u4e00-\u9fff]")


def body(document: Document) -> Iterator[Sentence]:
    """Sentences that carry content (front matter excluded)."""
    return (s for s in document.sentences if s.section is not SectionKind.FRONT)


def span(document: Document, sentence: Sentence, start: int, end: int) -> Provenance:
    """Provenance of ``sentence.text[start:end]`` in the source."""
    a, b = document.source_span(sentence.clean_start + start, sentence.clean_start + end)
    return Provenance(document.id, a, b)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Spans inside “…” or 《…》: names and slogans, whose numbers are not quantities."""
    return [(m.start(), m.end()) for m in re.finditer(r"“[^”]{0,30}”|《[^》]{0,40}》", text)]


def inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def find_all(text: str, needle: str):
    start = text.find(needle)
    while start >= 0:
        yield start
        start = text.find(needle, start + 1)
