"""The head noun, the thing or the owner a figure's wording lost, found beside it in its sentence (issue 17: a label is
an indicator's name; the blind judges' rows of tests/data/label_judge_6161.tsv that lost a head, an owner or a kind).

- A subject and its verb right before a figure take the noun counted after it as their head: 中央财政新增47亿元专项
  补助资金 -> 中央财政新增专项补助资金 (national_2004), not 新增中央财政 (:func:`head_after`).
- A list's items share the subject the first item names before the verb they share: 港澳居民在粤参加医保43万人次，参加
  养老、失业、工伤保险35.4万人次 -> 港澳居民参加养老失业工伤保险 (guangdong_2026); a locative (在粤) inside a subject only
  places the figure in the reporting government's land and stays out of the label (:func:`shared_subject`).
- A measure listed after an item of a thing, which the indicator scheme knows only with that thing, is the thing's:
  可再生能源发电量超1000亿度、装机占比突破50% -> 可再生能源装机占比 (henan_2025) (:func:`item_thing`).
- A list's quoted collective name after its last item names what the one figure measures: 新能源汽车、光伏产品、锂电池
  “新三样”出口增长69.4% -> 新三样出口 (sichuan_2026), unless 分别 gives each item its figure (:func:`collective_name`).

Read by kg.extractors.indicators.attribute (:func:`lost_head`).
"""
from __future__ import annotations

import re

from kg.extractors.indicator_names import known, named, squash
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.wording import post_noun
from kg.lang.zh.punctuation import ASIDE, CLAUSE_BREAK, ITEM_BREAK, QUOTE_MARKS
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["lost_head", "shared_subject", "without_locative"]

_NOUNS = ("n", "nz", "nt", "j", "l", "ns", "vn")
_SUBJECT_MIN = 2            # characters of a subject before its verb (港澳居民)
_HEAD_MAX = 10              # characters of a head noun after a figure (专项补助资金)
_UNIT_REST = 2              # characters of a unit the figure before leaves unread (度 of 亿度)
_DIGIT = re.compile("[0-9]")
_QUOTED = re.compile("\u201c([^\u201d]{2,8})\u201d")


def lost_head(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o`` with the head, thing or collective name its sentence shows (module docstring), else None."""
    return (collective_name(o, sentence, lex) or head_after(o, sentence, lex) or item_thing(o, before, sentence, lex)
            or without_locative(squash(o.metric_surface), lex))


def head_after(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A wording of a noun subject and the verb closing it right before the figure (中央财政新增) completed by the noun
    counted after the figure (专项补助资金); None when the wording opens with a verb, closes with no verb the label rules
    know, or no noun follows the figure in its clause."""
    own, head = squash(o.metric_surface), squash(sentence[:o.quantity.start])
    if "%" in o.quantity.unit or len(own) < 4 or not head.endswith(own):
        return None
    words = tagged(own, lex)
    verb = verb_pattern(lex).search(own)
    if verb is None or verb.end() != len(own) or verb.start() < _SUBJECT_MIN or words[0][1] not in _NOUNS:
        return None
    clause = CLAUSE_BREAK.split(ASIDE.sub("", sentence[o.quantity.end:]), maxsplit=1)[0]
    noun = post_noun(squash(clause), lex)
    if not 2 <= len(noun) <= _HEAD_MAX or _DIGIT.search(noun) or tagged(noun, lex)[-1][1] not in _NOUNS:
        return None
    return named(own + noun, lex)


def shared_subject(wording: str, o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The ``wording`` of ``o``, a list item opening with the verb the clause before opens its figure with after a subject of its own takes
    that subject: …参加医保43万人次，参加养老、失业、工伤保险35.4万人次 -> 港澳居民参加养老失业工伤保险; a wording
    holding a locative (在粤) without it. None when the clause before states no figure or its words before the verb
    are no subject."""
    own = squash(wording)
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    if without_locative(own, lex, whole=False) is not None:
        return without_locative(own, lex)
    if len(clauses) < 2 or not clauses[-1].startswith(own[:2]):
        return None
    opening = tagged(own, lex)[0][0]
    previous = clauses[-2]
    at = previous.find(opening)
    if len(opening) < 2 or at < _SUBJECT_MIN or not _DIGIT.search(previous[at:]) \
            or verb_pattern(lex).fullmatch(opening) is None and tagged(opening, lex)[0][1] != "v":
        return None
    subject = without_locative(previous[:at], lex, whole=False) or previous[:at]
    if not all(p in _NOUNS for _, p in tagged(subject, lex)):
        return None
    return named(subject + own, lex)


def without_locative(own: str, lex: Lexicon, whole: bool = True) -> str | None:
    """``own`` without a locative (在 and a short place name, [label] locatives) after its subject: 港澳居民在粤参加医保 ->
    港澳居民参加医保; None when it holds none. ``whole``: the result must name an indicator."""
    rules = lex.indicators.label
    places = "|".join(map(re.escape, sorted(rules.locatives, key=len, reverse=True)))
    found = re.search(f"(?<=..){re.escape(rules.locative_opening)}(?:{places})", own) \
        if rules.locative_opening and places else None
    if found is None:
        return None
    rest = own[: found.start()] + own[found.end():]
    return named(rest, lex) if whole else rest


def item_thing(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """A measure listed right after the figure of a thing (可再生能源发电量) that the indicator scheme knows only with
    that thing (可再生能源装机占比); None otherwise."""
    own = squash(o.metric_surface)
    if before is None or before.sentence != o.sentence or known(own, lex) or len(own) < 2:
        return None
    parts = ITEM_BREAK.split(squash(sentence[before.quantity.end:o.quantity.start]))
    if len(parts) != 2 or len(parts[0]) > _UNIT_REST or not parts[1].startswith(own):
        return None                     # 超1000亿度、装机占比: at most a unit's rest between
    whole = squash(before.metric_surface)
    for k in range(2, len(whole)):
        if known(whole[:k] + own, lex):
            return whole[:k] + own
    return None


def collective_name(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The quoted collective name closing a list of items right before the one figure of its clause: 新能源汽车、光伏产品、
    锂电池“新三样”出口增长69.4% -> 新三样出口. None when the wording holds no such name, the name follows no list or
    分别 gives each item its figure."""
    clause = CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1]
    found = _QUOTED.search(clause)
    if found is None or lex.hedges.respectively.word in clause or "\u3001" not in clause[:found.start()]:
        return None
    name = found.group(1)
    own = QUOTE_MARKS.sub("", squash(o.metric_surface))
    at = own.find(name)
    if at <= 0 or not squash(clause[:found.start()]).endswith(own[:at]):
        return None
    return named(own[at:], lex)
