"""Percentages named by their part and their whole (issue 17; the blind judges' rows of tests/data/label_judge_*.tsv
whose share lost its whole, its part or what it is a share of), and the clause helpers of kg.extractors.counted_kinds.

- 国家财政收入的60%以上来自国有企业 -> 国家财政收入来自国有企业比例 (national_1997); 国有企业下岗职工达2700多万人，
  90%以上进入再就业服务中心 -> 国有企业下岗职工进入再就业服务中心比例 (national_2003): :func:`share_doing`.
- 城镇居民基本医疗保险试点要扩大到全国50%以上的城市 -> 城镇居民基本医疗保险试点覆盖率 (national_2008):
  :func:`extended_share`.
- 削减中央政府层面设立的涉企收费项目60%以上 -> 削减涉企收费项目比例 (national_2018): :func:`cut_share`.
- 新增电力装机2000万千瓦以上，其中绿色能源占比60%以上 -> 新增电力装机中绿色能源占比 (zhejiang_2025, as the gold
  names it): :func:`part_share`.
- 村集体经济经营性收入50万元以上的行政村占比达68% -> 村集体经济经营性收入50万元以上行政村占比 (zhejiang_2026):
  :func:`threshold_share`.
"""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Measure, Observation
from kg.lang.zh.wordset import longest_first

__all__ = ["after_clause", "before_clause", "counts_people", "cut_share", "extended_share", "part_share", "share_doing",
           "share_of_clause", "threshold_share"]

_MAGNITUDE = "unit:UNITLESS"
_NOUN_CHARS = 16

def after_clause(o: Observation, sentence: str) -> str:
    """The figure's clause after it, without spaces and quotation marks."""
    return re.sub("[\u201c\u201d\"]", "", CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0])


def before_clause(o: Observation, sentence: str) -> str:
    return CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1]


def counts_people(o: Observation, lex: Lexicon) -> bool:
    """Whether the figure counts people or households (a people counter, a household unit or a bare 万)."""
    rules = lex.indicators.label
    return (o.quantity.unit.endswith((*rules.people_counters, *rules.household_units))
            or o.quantity.normalized_unit == _MAGNITUDE)


def share_doing(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """A percentage of a whole, the share of it that a predicate after the figure qualifies: 国家财政收入的60%以上来自
    国有企业 -> 国家财政收入来自国有企业比例 (the whole before 的), 下岗职工达2700多万人，90%以上进入再就业服务中心 ->
    …下岗职工进入再就业服务中心比例 (the whole the figure before counts). None for other figures."""
    if o.quantity.unit != "%" or o.measure is not Measure.LEVEL:
        return None
    rules, of = lex.indicators.label, lex.grammar.possessive
    predicate = after_clause(o, sentence)
    predicate = next((predicate[len(h):] for h in rules.hedge_closings if predicate.startswith(h)), predicate)
    words = tagged(predicate, lex) if predicate else ()
    if not words or words[0][1] != "v" or len(predicate) > _NOUN_CHARS or re.search("[0-9\u3001]", predicate):
        return None
    head = before_clause(o, sentence)
    if head.endswith(of) and len(head) > len(of) + 1:
        whole = head[: -len(of)]
    elif not head and before is not None and before.sentence == o.sentence and counts_people(before, lex):
        whole = squash(before.metric_surface)
    else:
        return None
    return named(whole + predicate + rules.share_nouns[0], lex)


def extended_share(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A programme extended to a share of the country's places (hedges ``share_scope``), its wording cut by a modal
    verb: 城镇居民基本医疗保险试点要扩大到全国50%以上的城市 -> 城镇居民基本医疗保险试点覆盖率. None otherwise."""
    scope = lex.hedges.words.share_scope
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    if o.quantity.unit != "%" or scope is None or not rules.rate_verbs or not own.endswith(tuple(rules.bad_endings)):
        return None
    head = before_clause(o, sentence)
    found = scope.search(head)
    stem = head[: found.start()] if found else ""
    cut = next((e for e in rules.bad_endings if stem.endswith(e)), "")
    if not found or not cut or stem != own or len(stem) - len(cut) < 4:
        return None
    return named(stem[: -len(cut)] + rules.rate_verbs[0] + rules.rate_noun, lex)


def cut_share(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A percentage right after the things a verb of decrease opening its clause cuts is the share of them cut:
    削减中央政府层面设立的涉企收费项目60%以上 -> 削减涉企收费项目比例, 压减政府性基金项目30% -> 压减政府性基金项目比例
    (national_2018). None when the wording names a share already or no such verb opens the clause."""
    if o.quantity.unit != "%" or o.measure is not Measure.LEVEL:
        return None
    rules = lex.indicators.label
    own, head = squash(o.metric_surface), before_clause(o, sentence)
    verbs = longest_first(lex.hedges.measure.decrease)
    verb = next((v for v in verbs if head.startswith(v) or own.startswith(v)), "")
    if (not verb or not head.endswith(own) or any(n in own for n in rules.share_nouns)
            or re.search("[0-9\u3001]", head)):
        return None
    return named((own if own.startswith(verb) else verb + own) + rules.share_nouns[0], lex)


def part_share(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """A share opened by 其中 ([label] part_openings) right after a figure of another unit is a share of that figure's
    whole: 新增电力装机2000万千瓦以上，其中绿色能源占比60%以上 -> 新增电力装机中绿色能源占比. None when the share names
    its whole already (占) or no such figure stands before it."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    clause = before_clause(o, sentence)
    if (o.quantity.unit != "%" or before is None or before.sentence != o.sentence or "%" in before.quantity.unit
            or not own.endswith(tuple(rules.share_nouns))
            or any(w in own[:-2] for w in rules.share_openings)             # 占比 closes it; 占 inside names a whole
            or not clause.startswith(tuple(rules.part_openings))):
        return None
    between = squash(sentence[before.quantity.end:o.quantity.start])
    if re.search("[0-9]", between) or len(CLAUSE_BREAK.split(between)) != 2:
        return None                     # the whole's figure is the one right before, one clause back
    whole = squash(before.metric_surface)
    return named(whole + rules.part_mark + own, lex) if rules.part_mark and whole not in own else None


def threshold_share(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A share of things that a threshold of a measure of theirs (N万元以上的) picks out keeps the threshold and the
    measure: 村集体经济经营性收入50万元以上的行政村占比达68% -> 村集体经济经营性收入50万元以上行政村占比. None when no
    such threshold stands right before the share's wording."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    clause = before_clause(o, sentence)
    at = clause.rfind(own) if own else -1
    if o.quantity.unit != "%" or at < 4 or not own.endswith(tuple(rules.share_nouns)):
        return None
    found = _THRESHOLD.search(clause[:at])
    if found is None or len(found.group(1)) < 4:
        return None
    return named(found.group(1) + found.group(2) + own, lex)


_THRESHOLD = re.compile("([^0-9]+?)([0-9.]+[\u4e07\u4ebf]*\u5143\u4ee5\u4e0a)\u7684?$")     # …收入50万元以上的


def share_of_clause(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A share worded by its noun alone after the part and whole its clause names before 的 (A占B的) keeps them:
    农村低保标准占城镇低保标准的最低比例从77%提高到80%以上 -> 农村低保标准占城镇低保标准最低比例 (guangdong_2026). None
    otherwise."""
    rules, of = lex.indicators.label, lex.grammar.possessive
    own = squash(o.metric_surface)
    clause = before_clause(o, sentence)
    at = clause.rfind(own) if own else -1
    head = clause[:at] if at > 0 else ""
    if (o.quantity.unit != "%" or not own.endswith(tuple(rules.share_nouns)) or not head.endswith(of)
            or any(w in own[:-2] for w in rules.share_openings)):
        return None
    whole = head[: -len(of)]
    opening = next((w for w in rules.share_openings if whole.find(w) >= 2), "")
    if not opening or re.search("[0-9]", whole) or whole.endswith(opening):
        return None
    return named(whole + own, lex)
