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


def _cue(text: str, heading: bool, lex: Lexicon, year: int, titled: bool = False) -> SectionKind | None:
    conf = lex.documents.sections
    window = text if heading else text[: conf.cue_window]
    words, kinds = _cue_words(conf)
    # every occurrence of a cue word, where a loop of window.find took each word's first: the earliest is the same
    hits = [(start, kinds[i]) for start, found in words.occurrences(window) for i in found]
    hits += [(0, kinds[i]) for i in words.empty]
    if _this_year_is(text, lex, year):     # 2024年是…: this year's plan begins
        hits.append((0, SectionKind.PLAN))
    m = conf.plan_year_heading.search(text) if heading else None     # 指标 | 2024年目标
    if m and int(m["year"]) == year:
        hits.append((m.start(), SectionKind.PLAN))
    if heading or titled:
        hits += [(start, SectionKind.GOALS) for start in _new_plan_names(text, conf, year)]
    hits = [(start, kind) for start, kind in hits if not (kind is SectionKind.PLAN and _within_result(window, start, conf))]
    return min(hits)[1] if hits else None


def _new_plan_names(text: str, conf: SectionCues, year: int) -> list[int]:
    """Where a heading names the five-year plan that begins in the report's year or later (二、“十三五”时期主要目标
    任务 in a report of 2016): its goals follow. A plan that began earlier (一、“十一五”时期…的回顾) is no cue."""
    found = []
    for m in conf.five_year_plan.finditer(text):
        try:
            number = int(parse_number(m["n"]))
        except NumberError:
            continue
        if conf.plan_first_year + conf.goals_span_years * number >= year:
            found.append(m.start())
    return found


def _within_result(window: str, start: int, conf: SectionCues) -> bool:
    """The plan cue at ``start`` is part of a phrase that reports a result (就业超过预期目标)."""
    for phrase in conf.achieved:
        at = window.find(phrase, max(0, start - len(phrase)))
        if -1 < at <= start < at + len(phrase):
            return True
    return False


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


def _titled(text: str, heading: bool) -> bool:
    """A heading, or an enumerated line short enough and unpunctuated enough to be one."""
    return heading or (len(text) <= 30 and not text.endswith(("\u3002", "\uff1b", "\uff01", ";")))


def _this_year_is(text: str, lex: Lexicon, year: int) -> bool:
    """2000年是世纪交替之年: the plan for the report's year begins, whatever section held before."""
    m = lex.documents.metadata.year_is.search(text)
    return bool(m) and int(m["year"]) == year


def _names_year(text: str, year: int) -> bool:
    return str(year) in text.replace(" ", "")


def assign_sections(texts: list[str], headings: list[bool], front: set[int], meta: Metadata,
                    lex: Lexicon, paragraphs: list[int] | None = None) -> list[SectionKind]:
    """A section per sentence. Reports open with the review; a section lasts until the next cue.

    A heading that announces a section but is followed at once by another cue (a layout that printed
    the tasks' heading above the review) is overruled by that cue. A review opened by an enumerated heading
    (一、过去五年政府工作的回顾) holds until the next heading of its style: a paragraph in it that opens with
    a plan cue is a plan for that paragraph only.
    """
    paragraphs = paragraphs if paragraphs is not None else list(range(len(texts)))
    current = SectionKind.REVIEW if meta.kind is DocKind.WORK_REPORT else SectionKind.OTHER
    last_number: dict[int, int] = {}
    held: int | None = None             # the enumerator style of the heading that opened a held review
    aside: tuple[int, SectionKind] | None = None      # (paragraph, kind) of a plan paragraph inside it
    out: list[SectionKind] = []
    for i, text in enumerate(texts):
        if i in front:
            out.append(SectionKind.FRONT)
            continue
        if current is SectionKind.NOTES or _opens_notes(text, lex):
            current = SectionKind.NOTES
            out.append(current)
            continue
        enum = _enumerator(text, lex)
        cue = _cue(text, headings[i], lex, meta.year, titled=bool(enum) and _titled(text, headings[i]))
        if enum:
            style, n = enum
            if current is SectionKind.REVIEW and n <= last_number.get(style, 0) and cue is None:
                cue = SectionKind.PLAN
            last_number[style] = n
            if held is not None and style == held:
                held = None
        if held is not None and not headings[i] and not enum and not _this_year_is(text, lex, meta.year):
            if cue in (SectionKind.PLAN, SectionKind.GOALS):
                aside = (paragraphs[i], cue)
            elif cue is not None:
                aside = None
            out.append(aside[1] if aside and aside[0] == paragraphs[i] else current)
            continue
        aside = None
        if cue is not SectionKind.REVIEW and cue is not None:
            held = None
        elif cue is not None and held is None and enum and _titled(text, headings[i]) and not _names_year(text, meta.year):
            held = enum[0]
        if cue is not None:
            current = cue
        out.append(current)
    return out
