"""The action that selects what a figure counts, kept in its label (issue 17, the blind judge 6161's rows "lost
qualifier (stage)" that are no plain 新增/建成): a statistician names the things approved, the people who did
something, not the things or the people alone.

- A recognition after a list of counts is every count's: 1个1类创新药、2个医疗器械创新产品获批上市 -> 获批上市1类创新药
  (xuhui 2024) (:func:`listed_recognised`; one count before its recognition is kg.extractors.counted_for.recognised).
- People counted before what they do are counted by it, though what they do alone names an activity:
  2200多万人完成全程接种 -> 全程接种人口 (shanghai_city_2022) (:func:`people_acting`); so are people sent to a place
  to do something: 吸引超2万名高校毕业生等青年到粤东粤西粤北地区稳定就业 -> 粤东粤西粤北地区稳定就业高校毕业生
  (guangdong_2025) (:func:`people_sent`).
"""
from __future__ import annotations

import re
from functools import cache

from kg.extractors.indicator_names import named
from kg.extractors.list_marks import LIST_MARK, joiners
from kg.extractors.metric_labels import tagged
from kg.extractors.scheme_names import squash
from kg.extractors.stage.words import (CLASS_CHARS, DOING_CHARS, FIGURE, PEOPLE_CHARS, PREDICATE_CHARS, VERB_FLAGS,
                                       stage_verbs)
from kg.lang.zh.punctuation import BRACKETED_CLAUSE_BREAK, BRACKETED_ITEM_BREAK, QUOTE_MARKS
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.lang.zh.wordset import longest_first

__all__ = ["listed_recognised", "people_acting", "people_sent"]

# 、, 和, 及, the owner of a count (at most 12 characters: 深圳综合改革试点48项经验) and the count, then its noun (at most 16
# characters): the items of a list of counts after the first.
_PLACE_TAGS = ("ns", "j", "s", "nt")     # a place, its abbreviation, a place word, an institution (县级公立医院)
_PLACE_HEADS = ("n", "b")               # 地区 closing places, 县级 opening an institution


def listed_recognised(wording: str, after: str, lex: Lexicon) -> str:
    """``wording`` with the recognition ([label] recognition_verbs) that closes the list of counts it opens: the list's
    counts were all recognised so, to the end of the clause (1个1类创新药、2个医疗器械创新产品获批上市 -> 获批上市1类创新药;
    items owned each by its own words: 深圳中国特色社会主义先行示范区47项经验、深圳综合改革试点48项经验获全国推广 ->
    获全国推广深圳中国特色社会主义先行示范区经验, guangdong_2026; a scope the country adopts them in, written without
    its preposition: 广东自贸试验区43项改革创新成果在全国推广 -> 全国推广广东自贸试验区改革创新成果, guangdong_2026;
    a stage after its things, as the stage verbs are: 50家企业总部、62家研发中心签约落户新城 -> 企业总部签约落户新城);
    else ``wording``."""
    own, after = squash(wording), QUOTE_MARKS.sub("", squash(after))
    noun = next((own[k:] for k in range(len(own) - 1) if after.startswith(own[k:])), "")    # 先行示范区47项|经验
    if not noun:
        return wording
    verbs = longest_first(lex.indicators.label.recognition_verbs)
    clause = BRACKETED_CLAUSE_BREAK.split(after, maxsplit=1)[0]
    starts = sorted(k for k in range(len(noun), len(clause)) if clause.startswith(verbs, k))
    owned = noun != own and not own.startswith(verbs)      # 综合改革试点48项|经验获全国推广: the list's last item
    at = next((k for k in starts if _listed(lex).fullmatch(clause, len(noun), k) or (owned and k == len(noun))), None)
    if at is None:
        return wording
    tail = BRACKETED_ITEM_BREAK.split(clause[at:], maxsplit=1)[0]
    verb = next(v for v in verbs if tail.startswith(v))
    if not 2 <= len(tail) - len(verb) <= PREDICATE_CHARS or FIGURE.search(tail):
        return wording
    if tail[len(verb):] in own:
        return wording                  # 成果入选中国科学十大进展: the kind named already (kg.extractors.indicators._became)
    staged = tail.startswith(stage_verbs(lex))     # 企业总部签约落户新城: a stage, after its noun
    scope = tagged(tail, lex)[0]
    tail = tail[len(scope[0]):] if scope[1] == "p" else tail     # 在全国推广: the country adopts them (全国推广)
    return named(own + tail if staged else tail + own, lex) or wording


@cache
def _listed(lex: Lexicon) -> re.Pattern[str]:
    """Further items of a list of counts, each opened by 、 or a joiner: 、62家研发中心."""
    marks = LIST_MARK + joiners(lex)
    return re.compile(f"(?:[{marks}][^0-9{marks},;:]{{0,12}}[0-9][0-9.]*[^0-9{marks}]{{2,16}})+")


def people_acting(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """People counted right before what they do, closing its clause, are counted by it with [label] people_noun when
    the wording closes with a verb (an activity, not a group of people): 2200多万人完成全程接种 -> 全程接种人口, the
    process verb (完成) dropped as the scheme drops it. None for any other figure (a noun closing the wording, people
    of no such unit: kg.extractors.counted.people_doing words the rest)."""
    own, rules = squash(o.metric_surface), lex.indicators.label
    after = squash(sentence[o.quantity.end:])
    if (not rules.people_noun or not o.quantity.unit.endswith(tuple(rules.people_units)) or not after.startswith(own)
            or own in rules.bare):
        return None                     # 5700多万人受益: whose benefit? (the clause before names it)
    rest = after[len(own):]
    words = tagged(own, lex)
    if not words or words[-1][1] not in VERB_FLAGS or (rest and not BRACKETED_CLAUSE_BREAK.match(rest)):
        return None
    return named(own + rules.people_noun, lex)


def people_sent(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """People counted before a destination ([label] destinations) and a place are counted by the place and what they
    do there: 吸引超2万名高校毕业生等青年到粤东粤西粤北地区稳定就业 -> 粤东粤西粤北地区稳定就业高校毕业生. None when the
    count is of no people ([label] people_counters), the words after the people's noun are no destination, place
    and doing (at most six characters, no figure), or the whole names nothing."""
    rules = lex.indicators.label
    clause = BRACKETED_CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    if not rules.destinations or not o.quantity.unit.endswith(tuple(rules.people_counters)):
        return None
    at = min((clause.find(d) for d in rules.destinations if 2 <= clause.find(d) <= PEOPLE_CHARS), default=-1)
    own = clause[:at] if at > 0 else ""
    etc = own.find(lex.grammar.etcetera)
    own = own[:etc] if etc >= 2 and len(own) - etc - 1 <= CLASS_CHARS else own      # 高校毕业生等青年
    if len(own) < 2 or not tagged(own, lex)[-1][1].startswith("n"):
        return None
    rest = clause[at:]
    to = next((d for d in rules.destinations if rest.startswith(d)), "")
    words = tagged(rest[len(to):], lex) if to else ()
    k = 0
    while k < len(words) and (words[k][1] in _PLACE_TAGS or (k and words[k][1] in _PLACE_HEADS)):
        k += 1
    place = "".join(w for w, _ in words[:k])
    doing = "".join(w for w, _ in words[k:])
    if not place or not any(f in _PLACE_TAGS for _, f in words[:k]) or not 2 <= len(doing) <= DOING_CHARS \
            or FIGURE.search(doing) or not any(f in VERB_FLAGS for _, f in words[k:]):
        return None
    return named(place + doing + own, lex)
