"""The action that selects what a figure counts, kept in its label (issue 17, the blind judge 6161's rows "lost
qualifier (stage)" that are no plain 新增/建成): a statistician names the things approved, the people who did
something, not the things or the people alone.

- A recognition after a list of counts is every count's: 1个1类创新药、2个医疗器械创新产品获批上市 -> 获批上市1类创新药
  (xuhui 2024) (:func:`listed_recognised`; one count before its recognition is kg.extractors.counted_for.recognised).
- People counted before what they do are counted by it, though what they do alone names an activity:
  2200多万人完成全程接种 -> 全程接种人口 (shanghai_city_2022) (:func:`people_acting`).
"""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import QUOTE_MARKS
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["listed_recognised", "people_acting"]

_CLAUSE = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f()\uff08\uff09]")
_ITEM = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f()\uff08\uff09\u3001]")
# 、, 和, 及 and a count, then its noun (at most 16 characters): the items of a list of counts after the first.
_LISTED = re.compile("(?:[\u3001\u548c\u53ca][0-9][0-9.]*[^0-9\u3001\u548c\u53ca]{2,16})+")
_PREDICATE_CHARS = 14       # as kg.extractors.counted_for: the longest recognition read so


def listed_recognised(wording: str, after: str, lex: Lexicon) -> str:
    """``wording`` with the recognition ([label] recognition_verbs) that closes the list of counts it opens: the list's
    counts were all recognised so, to the end of the clause (1个1类创新药、2个医疗器械创新产品获批上市 -> 获批上市1类创新药);
    else ``wording``."""
    own, after = squash(wording), QUOTE_MARKS.sub("", squash(after))
    if not own or not after.startswith(own):
        return wording
    verbs = tuple(sorted(lex.indicators.label.recognition_verbs, key=len, reverse=True))
    clause = _CLAUSE.split(after, maxsplit=1)[0]
    starts = sorted(k for k in range(len(own), len(clause)) if clause.startswith(verbs, k))
    at = next((k for k in starts if _LISTED.fullmatch(clause, len(own), k)), None)
    if at is None:
        return wording
    tail = _ITEM.split(clause[at:], maxsplit=1)[0]
    verb = next(v for v in verbs if tail.startswith(v))
    if not 2 <= len(tail) - len(verb) <= _PREDICATE_CHARS or re.search("[0-9]", tail):
        return wording
    return named(tail + own, lex) or wording


_VERB_FLAGS = ("v", "vn")


def people_acting(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """People counted right before what they do, closing its clause, are counted by it with [label] people_noun when
    the wording closes with a verb (an activity, not a group of people): 2200多万人完成全程接种 -> 全程接种人口, the
    process verb (完成) dropped as the scheme drops it. None for any other figure (a noun closing the wording, people
    of no such unit: kg.extractors.counted.people_doing words the rest)."""
    own, rules = squash(o.metric_surface), lex.indicators.label
    after = squash(sentence[o.quantity.end:])
    if not rules.people_noun or not o.quantity.unit.endswith(tuple(rules.people_units)) or not after.startswith(own):
        return None
    rest = after[len(own):]
    words = tagged(own, lex)
    if not words or words[-1][1] not in _VERB_FLAGS or (rest and not _CLAUSE.match(rest)):
        return None
    return named(own + rules.people_noun, lex)
