"""Full-width folding of one character (NFKC, unless NFKC would spoil it), and a str.translate table of it that
folds a whole run of text in one call; the display width of characters, looked up once each."""
from __future__ import annotations

import unicodedata


def fold_char(c: str) -> str:
    """One character full-width folded (NFKC), unless NFKC would spoil it."""
    return c if _keep(c) else unicodedata.normalize("NFKC", c)


def _keep(c: str) -> bool:
    """Characters NFKC would spoil: the em dash family and CJK marks stay as they are."""
    return c in "—–―〇○。、“”‘’《》【】…·"


class Folds(dict):
    """A str.translate table of :func:`fold_char`, filled as characters come; ``irregular`` holds the characters
    that fold to other than one character (a caller mapping offsets must take those one by one)."""

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()

    def __missing__(self, code: int) -> str:
        c = chr(code)
        folded = self[code] = fold_char(c)
        if len(folded) != 1:
            self.irregular.add(c)
        return folded


FOLDS = Folds()


class Widths(dict):
    """Each character's display width: 2 for the wide and full-width (East Asian Width W or F), else 1."""

    def __missing__(self, c: str) -> int:
        width = self[c] = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        return width


WIDTHS = Widths()
