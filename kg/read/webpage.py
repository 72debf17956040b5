"""Who published a saved web page and when: the 来源 and 时间 labels of its furniture (kg.read.documents drops
the furniture lines themselves). A page's publication date is not the report's delivery date."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kg.lexicon import Lexicon


@dataclass(frozen=True)
class PageSource:
    """The publisher (a newspaper or site) and the publication date a saved page states, when it does."""

    publisher: str | None = None
    published: dt.date | None = None


def page_source(text: str, lex: Lexicon, front: int | None = None) -> PageSource:
    """The 来源 and 时间 of a saved page, looked for in its first ``front`` characters (the lexicon's
    government.front by default); a page without them gives an empty PageSource."""
    layout = lex.documents.layout
    head = text[: front if front is not None else lex.documents.government.front]
    lines = [ln.strip() for ln in head.splitlines()]
    return PageSource(_publisher(lines, layout.source), _published(lines, layout.published))


def _publisher(lines: list[str], pattern) -> str | None:
    if pattern is None:
        return None
    for i, line in enumerate(lines):
        m = pattern.search(line)
        if m:
            named = m.group("publisher") or next((ln for ln in lines[i + 1:] if ln), None)
            return named.strip() if named else None
    return None


def _published(lines: list[str], patterns) -> dt.date | None:
    for line in lines:
        for pattern in patterns:
            m = pattern.search(line)
            if m:
                try:
                    return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
                except ValueError:
                    continue
    return None
