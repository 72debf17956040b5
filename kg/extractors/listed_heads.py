"""A head written once after a list of counts of kinds is every item's (issue 17, judge 9302: 建设1500万亩小麦、2000万亩
玉米高产示范区 in henan_2025 counts wheat demonstration zones, 建设小麦高产示范区, no wheat and no 新增). The items'
kinds are parallel: each one word of the same length (小麦, 玉米), counted in the same unit, and the head after the
last kind a noun of its own (高产示范区); lists of whole things (17所中小学、13所幼儿园, 40宗堤防、20宗大中型水闸) share no
head. Read by kg.extractors.indicators.attribute."""
from __future__ import annotations

from kg.extractors.indicator_names import named
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.scheme_names import squash
from kg.extractors.wording import post_noun
from kg.lang.zh.quantities import find_quantities
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.extractors.list_marks import LIST_MARK

__all__ = ["head_after_list"]

_REACH = 6              # the longest kind read between a figure and the list mark (小麦)
_HEAD_CHARS = 2         # the shortest head shared (示范区)


def head_after_list(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The wording of a count whose kind, right after the number, is followed by a list mark and a count of a parallel
    kind closed by a head: the wording's own words and the head (建设小麦 -> 建设小麦高产示范区); the last item takes the
    verb opening the list as the first did (玉米高产示范区 -> 建设玉米高产示范区); None otherwise."""
    if before is not None:
        last = _last_item(o, before, sentence, lex)
        if last:
            return last
    after = sentence[o.quantity.end:]
    if LIST_MARK not in after[:_REACH + 1]:
        return None                     # the cheap test first
    kind = post_noun(after, lex)
    own = squash(o.metric_surface)
    if len(kind) < 2 or not after.startswith(kind + LIST_MARK) or not own.endswith(kind):
        return None
    rest = after[len(kind) + 1:]
    nxt = next(iter(find_quantities(rest, lex)), None)
    if nxt is None or nxt.start != 0 or nxt.unit != o.quantity.unit:
        return None
    head = _shared_head(kind, post_noun(rest[nxt.end:], lex), lex)
    return named(own + head, lex) if head else None


def _shared_head(kind: str, last: str, lex: Lexicon) -> str:
    """The head closing ``last`` after a kind parallel to ``kind`` (one noun word each, of one length), else ""."""
    words = tagged(last, lex)
    if len(words) < 2 or len(words[0][0]) != len(kind) or len(tagged(kind, lex)) != 1:
        return ""
    head = last[len(kind):]
    kinds_are_nouns = tagged(kind, lex)[0][1].startswith("n") and words[0][1].startswith("n")
    return head if kinds_are_nouns and len(head) >= _HEAD_CHARS and words[-1][1] == "n" else ""


def _last_item(o: Observation, before: Observation, sentence: str, lex: Lexicon) -> str:
    """The verb opening the list before the head shared by the figure before (建设 of 建设小麦高产示范区) and the last
    item's own wording (玉米高产示范区), when only that figure's kind and the list mark stand between; else ""."""
    between = sentence[before.quantity.end:o.quantity.start]
    if not between.endswith(LIST_MARK) or len(between) > _REACH + 1:
        return ""                       # the cheap test first
    kind, own, whole = between[:-1], squash(o.metric_surface), squash(before.metric_surface)
    head = _shared_head(kind, own, lex)
    verb = whole[: len(whole) - len(kind) - len(head)] if head and whole.endswith(kind + head) else ""
    return (named(verb + own, lex) or "") if verb and verb_pattern(lex).fullmatch(verb) else ""
