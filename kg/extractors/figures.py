"""Which numbers of a sentence are figures, and the clauses and list items around them.

A number inside quotation marks, after 第 or 每, or running on into a name (三次产业, 3岁以下, 22条举措:
grammar.toml ``names``) is no figure; a figure's status comes from its section and the cues before it.
"""
from __future__ import annotations

import re
from functools import cache

from kg.extractors.common import inside
from kg.lang.zh.numerals import CN_LEADING, CN_NUMERAL
from kg.lexicon import Lexicon
from kg.model import Quantity, SectionKind, Sentence, Status

_CLAUSE_BREAK = re.compile(r"[,;:。!?()—]")
_ITEM_BREAK = "、"
_BAD_BEFORE = re.compile(r"[A-Za-z0-9.+×*/]")


@cache
def _runs_on(lex: Lexicon) -> re.Pattern[str]:
    words = "|".join(map(re.escape, lex.grammar.names.runs_on))
    return re.compile(rf"(?:[^\d{CN_NUMERAL},;。、]{{0,2}}、[\d{CN_NUMERAL}]+)*(?:{words})")


def part_of_name(q: Quantity, text: str, lex: Lexicon) -> bool:
    """三次产业, 3岁以下婴幼儿, 三次、四次全会: the number belongs to a name (grammar.toml ``names``)."""
    digits = re.match(rf"\D*?[\d{CN_NUMERAL}.]+", text[q.start:q.end])
    return bool(digits) and bool(_runs_on(lex).match(text, q.start + digits.end()))


@cache
def _set_then_change(lex: Lexicon) -> re.Pattern[str]:
    conf = lex.hedges.measure
    verbs = "|".join(map(re.escape, sorted((*conf.increase, *conf.decrease), key=len, reverse=True)))
    return re.compile(rf"[^,;:。!?、\d]{{2,20}}?(?:{verbs})[^,;:。!?、\d]{{0,2}}\d")


def sizes_a_set(q: Quantity, text: str, lex: Lexicon) -> bool:
    """17个重点传统制造业增加值增长8%: a count whose noun runs on into a change of another figure is the size
    of the set that figure measures, not a figure itself."""
    return q.normalized_unit == "unit:NUM" and bool(_set_then_change(lex).match(text, q.end))


def valid_figure(q: Quantity, text: str, quotes: list[tuple[int, int]], lex: Lexicon) -> bool:
    """True when the quantity at ``q`` states a figure: not quoted, listed, ordinal, a rate's base or a name."""
    words = lex.hedges.words
    if inside(q.start, quotes) or text[:q.start].endswith(words.listing) or part_of_name(q, text, lex):
        return False
    if sizes_a_set(q, text, lex):
        return False
    if q.start and (_BAD_BEFORE.match(text[q.start - 1]) or text[q.start - 1] in words.not_after):
        return False
    digits = text[q.start:q.end]
    if any(c in CN_LEADING for c in digits) and all(c in CN_NUMERAL for c in re.sub(r"[^\d" + CN_NUMERAL + "]", "", digits)) and not re.search(r"\d", digits):
        after = text[q.end:q.end + 1]
        if q.value < 2 or after in lex.grammar.numeral_followers or after in lex.grammar.names.opens_name:
            return False
    return True


def status_of(sentence: Sentence, text_before: str, lex: Lexicon) -> Status:
    """Planned in a plan, estimated after 预计, planned in a news text that speaks of plans, else achieved."""
    conf = lex.hedges.status
    if sentence.section in (SectionKind.PLAN, SectionKind.GOALS):
        return Status.PLANNED
    if any(w in text_before for w in conf.estimated):
        return Status.ESTIMATED
    if sentence.section is SectionKind.OTHER and any(w in sentence.text for w in conf.planned):
        return Status.PLANNED
    return Status.ACHIEVED


def clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause holding ``pos`` begins, never before ``floor``."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, floor, pos)]
    return max([floor, *breaks])


def list_items(segment: str, lex: Lexicon) -> list[str]:
    """List items of the text before a number; a 、 inside quotation marks separates nothing."""
    masked = re.sub(r"“[^”]*”", lambda m: m.group().replace(_ITEM_BREAK, "\0"), segment)
    for word in lex.hedges.words.item_breaks:
        masked = masked.replace(word, _ITEM_BREAK)
    return [item.replace("\0", _ITEM_BREAK) for item in masked.split(_ITEM_BREAK)]


def drop_thresholds(quantities: list[Quantity], text: str) -> list[Quantity]:
    """A round figure written without digits after a count in its clause is the threshold of what is counted:
    191家工业企业营业收入超百亿元 counts firms, the 百亿元 is no figure of its own."""
    out: list[Quantity] = []
    for q in quantities:
        written = text[q.start:q.end]
        digitless = not re.search(r"\d", written) and not any(c in CN_LEADING for c in written)
        counted = any(p.normalized_unit == "unit:NUM" and not _CLAUSE_BREAK.search(text, p.end, q.start)
                      for p in out)
        if not (digitless and counted):
            out.append(q)
    return out
