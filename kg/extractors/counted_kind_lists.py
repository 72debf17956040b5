"""One figure counts every kind of a list written after it (issue 17, the "truncated" row 县级图书馆建设 of the blind
judge /work/label_judge_8101.tsv).

A figure and its measure word followed by a 、 list of kinds none of which has a figure of its own counts them all:
支持533个县级图书馆、文化馆和4万个村广播电视设施建设 -> 县级图书馆和文化馆建设 for 533 (national_2005; the list ends
where a joiner opens the next figure's item), 实施100项省级重大科技专项、重点研发专项 -> 省级重大科技专项和重点研发专项.
Each item is nouns only (a verb opens a clause of its own: 13个创新药获批上市、居全国第一), with no figure and no 等
(examples); the words closing the last item that are no noun (建设) are the verb the list shares, left to the label.

Places listed before a wording in a clause opened by a preposition of place ([label] place_prepositions: 在) scope it
all, not its last place alone: 在农村地区、城乡接合部零售使用环节抽检超1500批次 -> 农村地区和城乡接合部零售使用环节…
(guangdong_2026, judge 8103); such a part of a whole named before 其中 acts on the whole's thing (药品, below).
Read by kg.extractors.indicators.attribute through :func:`listed_kinds`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.lang.zh.postag import NOUN_FLAGS
from kg.lang.zh.punctuation import CLAUSE_BREAK, QUOTE_MARKS
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.extractors.list_marks import LIST_MARK
from kg.lang.zh.numerals import DIGIT

__all__ = ["kinds_listed", "listed_kinds", "places_listed"]

_ITEM_CHARS = (2, 10)           # characters of a listed kind (文化馆, 重点研发专项)
_KIND_TAGS = (*NOUN_FLAGS, "vn", "b")     # 研发 (vn), 县级 (b) inside a noun phrase
_MODIFIER_TAGS = ("a", "v")     # 重大, 重点 (tagged v) qualify a kind, never close it
_PLACE_CHARS = (2, 8)           # characters of a listed place (农村地区)
_CLAUSE_CHARS = 40              # characters before a figure its clause may reach back
_BRACKETS = re.compile("[()\uff08\uff09\u300a\u300b]")


def kinds_listed(wording: str, after: str, lex: Lexicon) -> str | None:
    """``wording`` with the kinds listed after its counted noun joined to it (module docstring); None when the noun
    counted after the figure opens no such list."""
    if LIST_MARK not in after[:_ITEM_CHARS[1] * 2 + 2]:
        return None             # the cheap test: no list mark right after the figure
    clause = CLAUSE_BREAK.split(QUOTE_MARKS.sub("", squash(after)), maxsplit=1)[0]
    if _BRACKETS.search(clause) or lex.grammar.etcetera in clause:
        return None             # 29个省（自治区、直辖市）: an aside; 等: examples
    items = clause.split(LIST_MARK)
    first, own = items[0], squash(wording)
    if len(items) < 2 or not _ITEM_CHARS[0] <= len(first) <= _ITEM_CHARS[1] or first not in own \
            or any(i in own for i in items[1:]) or not _nouns(first, lex):
        return None
    rest = [_kind(i, lex) for i in items[1:-1]] + [_last_kind(items[-1], lex)]
    if not all(rest):
        return None
    joined = first + "".join(lex.grammar.lists.joiners[0] + r for r in rest)
    at = own.find(first)
    return named(own[:at] + joined + own[at + len(first):], lex)


def listed_kinds(wording: str, o: Observation, sentence: str, lex: Lexicon) -> str:
    """``wording`` with the kinds listed after its figure (:func:`kinds_listed`) or the places listed before it
    (:func:`places_listed`) joined to it; ``wording`` itself when neither list stands there."""
    return (kinds_listed(wording, sentence[o.quantity.end:], lex)
            or places_listed(wording, sentence[:o.quantity.start], lex) or wording)


def places_listed(wording: str, before: str, lex: Lexicon) -> str | None:
    """``wording`` after the places listed before it in a clause opened by a preposition of place: 在农村地区、城乡接合部
    零售使用环节抽检超1500批次 -> 农村地区和城乡接合部零售使用环节药品抽检 (guangdong_2026; the wording opens the last
    item, the places before it scope it too; :func:`_whole_object`). None when the clause opens no such list before the
    wording."""
    if LIST_MARK not in before[-_CLAUSE_CHARS:]:
        return None             # the cheap test: no list mark in the clause
    clause = CLAUSE_BREAK.split(squash(before))[-1]
    own = squash(wording)
    opening = next((p for p in lex.indicators.label.place_prepositions if clause.startswith(p)), "")
    items = clause[len(opening):].split(LIST_MARK)
    if not opening or len(items) < 2 or not own or not items[-1].startswith(own) or lex.grammar.etcetera in clause:
        return None
    places = items[:-1]
    if any(p in own or not _PLACE_CHARS[0] <= len(p) <= _PLACE_CHARS[1] or DIGIT.search(p)
           or not all(t in NOUN_FLAGS for _, t in tagged(p, lex)) for p in places):
        return None
    joiner = lex.grammar.lists.joiners[0]
    return named(joiner.join(places) + joiner + _whole_object(own, squash(before), lex), lex)


def _whole_object(own: str, before: str, lex: Lexicon) -> str:
    """``own``, a part the places scope of a whole named before 其中 ([label] part_openings), with the thing the whole's
    activity acts on when the part does the same activity on none: 开展药品监督抽检超1.5万批次，其中…，在农村地区、…零售
    使用环节抽检 -> 零售使用环节药品抽检 (the whole's first nouns, before its activity, the part's last word)."""
    at = max((before.rfind(p) for p in lex.indicators.label.part_openings), default=-1)
    wholes = [c for c in CLAUSE_BREAK.split(before[:max(at, 0)]) if c]
    if at < 0 or not wholes:
        return own
    whole = tagged(DIGIT.split(wholes[-1], maxsplit=1)[0], lex)
    head = tagged(own, lex)[-1][0]
    first = next((k for k, (_, t) in enumerate(whole) if t in NOUN_FLAGS), len(whole))
    last = first
    while last < len(whole) and whole[last][1] in NOUN_FLAGS:
        last += 1
    thing = "".join(w for w, _ in whole[first:last])
    if not thing or thing in own or all(w != head for w, _ in whole[last:]) or len(own) == len(head):
        return own
    return own[: -len(head)] + thing + head


def _kind(item: str, lex: Lexicon) -> str:
    """A listed kind when ``item`` is one (nouns only, no figure), else ""."""
    ok = _ITEM_CHARS[0] <= len(item) <= _ITEM_CHARS[1] and not DIGIT.search(item) and _nouns(item, lex)
    return item if ok else ""


def _last_kind(item: str, lex: Lexicon) -> str:
    """The last item's kind: up to a joiner opening the next figure's item (和4万个…), without the verb the list
    shares after it (文化馆建设 -> 文化馆); "" when the item is no kind."""
    for j in lex.grammar.lists.joiners:
        at = item.find(j)
        if at > 0 and DIGIT.match(item, at + len(j)):
            return _kind(item[:at], lex)
    if DIGIT.search(item):
        return ""
    words = tagged(item, lex)
    last = max((k for k, (_, p) in enumerate(words) if p in NOUN_FLAGS), default=-1)
    shared = "".join(w for w, _ in words[last + 1:])
    if shared and shared not in _list_verbs(lex):
        return ""               # 文化馆建设: a verb of the lexicon the list shares closes it; anything else is no kind
    return _kind("".join(w for w, _ in words[:last + 1]), lex)


@lru_cache(maxsize=8)
def _list_verbs(lex: Lexicon) -> frozenset[str]:
    """The verbs a list of counted things may share at its close: the verbs of a class and the stages."""
    norm = lex.indicators.normalise
    return frozenset({*(v for cls in norm.verb_class for v in cls.verbs), *lex.indicators.label.stage_verbs})


def _nouns(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is a noun phrase: nouns and their qualifiers, a noun last, no verb of the lexicon first and no
    verb of one character (获批上市, 新建学校, 创历史新高 are clauses)."""
    words = tagged(text, lex)
    return (bool(words) and words[-1][1] in NOUN_FLAGS and verb_pattern(lex).match(text) is None
            and all(p in _KIND_TAGS or (p in _MODIFIER_TAGS and len(w) > 1) for w, p in words))
