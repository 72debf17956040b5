"""A works verb before a list of kinds sharing one head acts on the whole list, and the one figure after the list
totals every kind (issue 17, judges 6010/6011: 新（改）建燃气、供排水管网4000公里 (sichuan_2026) counts the gas pipes
too, not 新建改建供排水管网 alone). The verb is set aside, the list named as a whole
(:func:`kg.extractors.list_labels.listed_whole`), and the verb put back before it: 新建改建燃气和供排水管网.

Read by kg.extractors.indicators.attribute only where its last repair names no indicator the lexicon knows (a
programme the lexicon names keeps its name: 改造排水、供水、供热、燃气管网 -> 管网改造).
"""
from __future__ import annotations

from dataclasses import replace

from kg.extractors.indicator_names import squash
from kg.extractors.list_labels import listed_whole
from kg.extractors.metric_labels import verb_pattern
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["staged_whole"]

_ITEM = "\u3001"
_HEAD = 2
_BRACKETS = str.maketrans("", "", "()\uff08\uff09")    # 新（改）建: the bracketed verb is an alternative, read whole


def staged_whole(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The works verb opening the clause before ``o`` and the name of the whole list of kinds after it (module
    docstring); None when the clause holds no list, opens with no verb, or the list names no whole."""
    clause_start = _clause_start(sentence, o.quantity.start)
    raw = sentence[clause_start:o.quantity.start]
    if _ITEM not in raw:
        return None
    text = squash(raw.translate(_BRACKETS))
    pattern = verb_pattern(lex)
    verb = pattern.match(text)
    rest = text[verb.end():] if verb else ""
    if not rest or rest.startswith(_ITEM) or pattern.match(rest):
        return None                 # no verb, or verbs listed (新建、改扩建机场: kg.extractors.stage.lists)
    last = rest.rsplit(_ITEM, 1)[-1]          # the item with the head: the extraction's own wording may be glued
    if lex.grammar.etcetera in last or not _same_head(last, squash(o.metric_surface)):
        return None                 # examples before 等, or things named before a count of their own (2条高速公路)
    shifted = clause_start + len(rest)
    moved = replace(o, metric=last, metric_surface=last,
                    quantity=replace(o.quantity, start=shifted, end=shifted + o.quantity.end - o.quantity.start))
    whole = listed_whole(moved, None, sentence[:clause_start] + rest + sentence[o.quantity.start:], lex)
    return verb.group() + whole if whole and whole != last else None


def _same_head(item: str, own: str) -> bool:
    """Whether the list's last item and the figure's own wording close with the same head (two characters: 管网)."""
    return len(item) >= _HEAD and item[-_HEAD:] == own[-_HEAD:]


def _clause_start(sentence: str, end: int) -> int:
    """Where the clause closing at ``end`` opens."""
    found = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, end)]
    return found[-1] if found else 0
