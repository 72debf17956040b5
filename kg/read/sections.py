"""Assign each sentence to a section: review of last year, this year's plan, or multi-year goals."""
from __future__ import annotations

from functools import cache

from kg.lang.zh.wordset import WordSet
from kg.lexicon import Lexicon
from kg.lexicon.sections import SectionCues
from kg.model import DocKind, Metadata, SectionKind
from kg.lang.zh.numerals import NumberError, parse_number


@cache
def _cue_words(conf: SectionCues) -> tuple[WordSet, tuple[SectionKind, ...]]:
    """The cue words of every section kind in one matcher, and the kind of each word."""
    listed = ((SectionKind.REVIEW, conf.review), (SectionKind.GOALS, conf.goals), (SectionKind.PLAN, conf.plan))
    return WordSet(w for _, words in listed for w in words), tuple(kind for kind, words in listed for _ in words)


def _cue(text: str, heading: bool, lex: Lexicon, year: int) -> SectionKind | None:
    conf = lex.documents.sections
    window = text if heading else text[: conf.cue_window]
    words, kinds = _cue_words(conf)
    # every occurrence of a cue word, where a loop of window.find took each word's first: the earliest is the same
    hits = [(start, kinds[i]) for start, found in words.occurrences(window) for i in found]
    hits += [(0, kinds[i]) for i in words.empty]
    m = lex.documents.metadata.year_is.search(text)     # 2024年是…: this year's plan begins
    if m and int(m["year"]) == year:
        hits.append((0, SectionKind.PLAN))
    m = conf.plan_year_heading.search(text) if heading else None     # 指标 | 2024年目标
    if m and int(m["year"]) == year:
        hits.append((m.start(), SectionKind.PLAN))
    return min(hits)[1] if hits else None


def _opens_notes(text: str, lex: Lexicon) -> bool:
    """A short line such as 名词解释 or 附件2 名词解释: the notes appended after the report begin."""
    conf = lex.documents.sections
    line = text.strip()
    return len(line) <= conf.cue_window and line.endswith(conf.notes)


def _enumerator(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """(style, number) of an enumerated heading such as 【三】 or （二）."""
    for style, pattern in enumerate(lex.documents.sections.enumerators):
        m = pattern.match(text)
        if m:
            try:
                return style, int(parse_number(m["n"]))
            except NumberError:
                return None
    return None


def assign_sections(texts: list[str], headings: list[bool], front: set[int], meta: Metadata,
                    lex: Lexicon) -> list[SectionKind]:
    """A section per sentence. Reports open with the review; a section lasts until the next cue.

    A heading that announces a section but is followed at once by another cue (a layout that printed
    the tasks' heading above the review) is overruled by that cue.
    """
    current = SectionKind.REVIEW if meta.kind is DocKind.WORK_REPORT else SectionKind.OTHER
    last_number: dict[int, int] = {}
    out: list[SectionKind] = []
    for i, text in enumerate(texts):
        if i in front:
            out.append(SectionKind.FRONT)
            continue
        if current is SectionKind.NOTES or _opens_notes(text, lex):
            current = SectionKind.NOTES
            out.append(current)
            continue
        cue = _cue(text, headings[i], lex, meta.year)
        enum = _enumerator(text, lex)
        if enum:
            style, n = enum
            if current is SectionKind.REVIEW and n <= last_number.get(style, 0) and cue is None:
                cue = SectionKind.PLAN
            last_number[style] = n
        if cue is not None:
            current = cue
        out.append(current)
    return out
