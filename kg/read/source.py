"""What a binary reader (PDF, Word) hands to the text reader: the text as govkg reads it, and how.

``SourceText.text`` is what ``kg.read.documents.read_text`` takes and what every character offset of
the graph points into; ``page_of`` maps such an offset back to the page of the original file.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class SourceText:
    """A document's text as read from its file, with its page starts and how it was obtained.

    ``page_starts[i]`` is the offset in ``text`` where page ``i + 1`` begins (``(0,)`` for formats
    without pages); ``notes`` are footnotes and endnotes, kept out of ``text``; ``library`` is the
    reading library with its version (e.g. ``"pypdfium2 5.15.2"``); ``ocr`` is true when the text
    came from an OCR engine rather than the file's own text layer.
    """

    text: str
    page_starts: tuple[int, ...]
    format: str
    library: str
    ocr: bool = False
    notes: tuple[str, ...] = ()

    @property
    def pages(self) -> int:
        """How many pages the text came from."""
        return len(self.page_starts)

    def page_of(self, offset: int) -> int:
        """The 1-based page holding the character at ``offset`` of ``text``."""
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} is outside the text (0..{len(self.text)})")
        return bisect_right(self.page_starts, offset)

    def page_text(self, page: int) -> str:
        """The text of one 1-based page, without the newline that joins it to the next."""
        start = self.page_starts[page - 1]
        end = self.page_starts[page] - 1 if page < len(self.page_starts) else len(self.text)
        return self.text[start:end]
