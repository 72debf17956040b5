"""The thing a measure is of, named before it in its sentence and not repeated (issue 17; dev judges
/work/label_judge_6006.tsv and 6007.tsv: 提价幅度, 新投产里程, 受益居民, 治理排危).

A measure worded without a thing ([label] bare_measures closing a wording whose words before are no nouns: 提价幅度,
新投产里程, 受益居民) opening its clause measures what the clause before names:

- the object of that clause's last verb when the clause states no figure: 三次较大幅度提高粮食最低收购价，提价幅度超过20%
  -> 粮食最低收购价提价幅度 (national_2009); a clause with no verb between (完成率全市第一: a remark on the same thing) is
  passed over: 加快不成套旧住房改造,完成率全市第一,受益居民2100余户 -> 不成套旧住房改造受益居民 (xuhui 2024 news);
- the thing of the figure before when that clause states one, its label's nouns without the last (its own measure):
  铁路投资要保持在8000亿元以上，新投产里程8000公里以上 -> 铁路新投产里程 (national_2015), else the things it counts
  after its figure, with the verb before the figure: 区域型TTO平台累计转化51个项目,涉及金额超5亿元 -> 转化项目涉及金额
  (xuhui 2023 summary)
  (:func:`bare_measure_thing`).

A list item worded by a verb alone (治理排危: no noun of two characters) after an item whose label is a thing and what is
done to it is done to the same thing: 实施地质灾害避险搬迁5万余户、治理排危4968处 -> 地质灾害治理排危 (sichuan_2026)
(:func:`verb_item_thing`).

A measure of taxes ([label] tax_measures: 税率) naming no tax is of the one tax its sentence names before it ([label]
tax_names): 深化增值税改革，将…交通运输业、建筑业等行业现行10%的税率降至9% -> 交通运输业建筑业等行业增值税税率 (national_2019)
(:func:`taxed_measure`). Read by kg.extractors.measured_things.lost_thing.
"""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK, ITEM_BREAK
from kg.lang.zh.postag import NOUN_FLAGS, VERB_FLAGS
from kg.lexicon import Lexicon
from kg.lang.zh.wordset import longest_first
from kg.model import Observation

__all__ = ["bare_measure_thing", "taxed_measure", "verb_item_thing"]

_NOUN_TAGS = NOUN_FLAGS     # 粮食|最低|收购价, 铁路
_THING_TAGS = (*_NOUN_TAGS, "vn", "b")
_VERB_TAGS = ("v", "l")     # a verb, and an idiom that acts (大幅度提高)
_DIGIT = re.compile("[0-9]")
_THING_MIN, _THING_MAX = 2, 12     # characters of a thing carried to a measure (铁路, 不成套旧住房改造)
_UNIT_REST = 2              # characters of a unit the figure before leaves unread (户 of 万余户)
_ITEM = "\u3001"            # the mark between the items of a list
_WORD_MIN = 2               # characters of a noun that is a thing of its own (学校), not a verb's part (排危)


def bare_measure_thing(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o``, a measure naming no thing that opens its clause, with the thing the clause before names
    (module docstring); None when the wording is no such measure or no clause before names a thing."""
    own = squash(o.metric_surface)
    measure = next((m for m in longest_first(lex.indicators.label.bare_measures) if own.endswith(m)), "")
    if not measure:
        return None                     # the cheap test first: a bare measure closes the wording
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    lead = own[: len(own) - len(measure)]
    lead = next((lead[len(a):] for a in lex.indicators.label.average_words if lead.startswith(a)), lead)
    if len(clauses) < 2 or not clauses[-1].startswith(own) or any(p in _NOUN_TAGS for _, p in tagged(lead, lex)):
        return None                     # 提价|幅度, 日均|车流量: no thing before the measure, opening its clause
    for clause in reversed(clauses[-3:-1]):
        words = tagged(clause, lex)
        thing = (_figure_thing(before, clause, lex) or _counted(words) if _DIGIT.search(clause) else "") or \
            _object(words) or _opened(clause, lex)
        if not thing and _other_kind(words, o.quantity.unit):
            continue                    # 车程最短缩至30分钟: a figure of another kind, passed over
        if thing or _DIGIT.search(clause) or any(p in _VERB_TAGS for _, p in words):
            return named(thing + own, lex) if thing else None
    return None


def _other_kind(words: tuple[tuple[str, str], ...], unit: str) -> bool:
    """Whether the figure closing a clause (a number and its measure word) is of a kind other than ``unit``: 30|分钟
    before 辆次."""
    return len(words) >= 2 and words[-2][1] == "m" and words[-1][1] == "q" and words[-1][0] not in unit


def _opened(clause: str, lex: Lexicon) -> str:
    """The thing a clause says opens (a project stage, projects.toml [stages]: 通车, and what it goes on to, 运营, at
    the clause's end), the name after a class of works ([label] works_classes: 国家重大工程) when one
    stands before it; "" when none."""
    at, stage = max(((clause.rfind(s), s) for s in lex.projects.stages), default=(-1, ""))
    if at < _THING_MIN or len(clause) - at - len(stage) > _UNIT_REST:
        return ""
    thing = clause[:at]
    cut = max((thing.rfind(n) + len(n) for n in lex.indicators.label.works_classes if n in thing), default=0)
    thing = thing[cut:] if len(thing) - cut >= _THING_MIN else thing
    return thing if _THING_MIN <= len(thing) <= _THING_MAX else ""


def _object(words: tuple[tuple[str, str], ...]) -> str:
    """The nouns closing a clause right after its verb, adjectives inside them (提高|粮食|最低|收购价), else ""."""
    verbs = [k for k, (_, p) in enumerate(words) if p == "v"] or [
        k for k, (_, p) in enumerate(words[:-1]) if p == "l"]       # 大幅度提高: an idiom the verb when none is
    start = verbs[-1] + 1 if verbs else len(words)
    while start < len(words) and words[start][1] in ("a", "b"):
        start += 1
    thing = "".join(w for w, _ in words[start:])
    verb = bool(verbs) and all(p in (*_THING_TAGS, "a") for _, p in words[start:])
    return thing if verb and words[-1][1] in _NOUN_TAGS and _THING_MIN <= len(thing) <= _THING_MAX else ""


def _counted(words: tuple[tuple[str, str], ...]) -> str:
    """The nouns closing a clause right after its figure and measure word, with the verb right before the figure:
    累计转化51个项目 -> 转化项目; "" when no such count closes the clause."""
    end = len(words)
    while end > 0 and words[end - 1][1] in _THING_TAGS:
        end -= 1
    if not 2 <= end < len(words) or words[end - 1][1] != "q" or words[end - 2][1] != "m":
        return ""
    verb = words[end - 3][0] if end > 2 and words[end - 3][1] == "v" else ""
    thing = verb + "".join(w for w, _ in words[end:])
    return thing if _THING_MIN <= len(thing) <= _THING_MAX else ""


def _figure_thing(before: Observation | None, clause: str, lex: Lexicon) -> str:
    """The nouns of the label of the figure ``before`` states in ``clause`` without its last (the measure): 铁路|投资
    -> 铁路; "" when the label is no nouns alone."""
    if before is None or squash(before.metric_surface) not in clause:
        return ""
    words = tagged(squash(before.metric), lex)
    thing = "".join(w for w, _ in words[:-1])
    if len(words) < 2 or not all(p in _THING_TAGS for _, p in words) or not _THING_MIN <= len(thing) <= _THING_MAX:
        return ""
    return thing


def verb_item_thing(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o``, a list item of a verb alone, opened by the thing of the item before it (module
    docstring); None when the items are no such pair."""
    if before is None or before.sentence != o.sentence:
        return None
    between = squash(sentence[before.quantity.end:o.quantity.start])
    parts = between.split(_ITEM)
    if len(parts) != 2 or len(parts[0]) > _UNIT_REST or ITEM_BREAK.search(between.replace(_ITEM, "")):
        return None                     # 5万余户、治理排危: the item's figure, a list mark, then this one
    own = parts[1]
    words = tagged(own, lex) if own else ()
    if not words or words[0][1] not in VERB_FLAGS or any(
            p in _NOUN_TAGS and len(w) >= _WORD_MIN for w, p in words):
        return None                     # 治理|排|危: verbs, a noun of one character their part
    item = tagged(squash(before.metric), lex)
    nouns = 0
    while nouns < len(item) and item[nouns][1] in _NOUN_TAGS:
        nouns += 1
    thing = "".join(w for w, _ in item[:nouns])
    if not nouns or nouns == len(item) or not all(p in VERB_FLAGS for _, p in item[nouns:]) or len(thing) < _THING_MIN:
        return None                     # 地质灾害|避险|搬迁: a thing and what is done to it
    if thing not in CLAUSE_BREAK.split(squash(sentence[:before.quantity.start]))[-1]:
        return None                     # 开工300万平方米、完工…: the list names no thing itself
    return named(thing + own, lex)


def taxed_measure(wording: str | None, o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """``wording``, closed by a measure of taxes that names no tax, with the one tax the sentence names before the
    figure of ``o`` in front of that measure (module docstring); ``wording`` itself otherwise."""
    rules = lex.indicators.label
    measure = next((m for m in rules.tax_measures if wording and wording.endswith(m)), "")
    if not measure or any(t in wording for t in rules.tax_names):
        return wording
    text = squash(sentence[:o.quantity.start])
    taxes = {t for t in longest_first(rules.tax_names) if t in text and not any(t in u and t != u for u in rules.tax_names
                                                                                if u in text)}
    if len(taxes) != 1:
        return wording                  # 增值税: the one tax named, no longer tax's part (所得税 of 企业所得税)
    return named(wording[: len(wording) - len(measure)] + taxes.pop() + measure, lex) or wording
