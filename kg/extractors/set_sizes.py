"""Numbers that size or bound a set of things rather than state a figure (issue 17, the "number from a name" rows of
tests/data/label_judge_3141.tsv and label_judge_2718.tsv; the exhaustive gold's "sizes of named sets"):

- a count in Chinese numerals right after a closing quotation counts the quoted slogan's parts: “开工新建一批、竣工投产
  一批、谋划储备一批”三个一批 (heilongjiang_2025);
- a count whose noun runs on, through a verb, into another count drawn from the set sizes that set: 15个主平台新承接产业
  转移项目约700个 (guangdong_2025) counts the projects, the 15 platforms are a named set;
- a size after an at-least hedge, right before the noun of a class of units (grammar.toml ``names.threshold_classes``)
  closing its item, is the threshold of the class: 城区人口超50万县 (henan_2025), 营业收入超10亿元企业30家;
- a number right after a count in Chinese numerals and a generic classifier is part of the name of what is counted,
  a slogan's parts: 以解决三个1亿人问题为着力点 (national_2015), 两个200万亩”任务 (一个 is an article: 一个近13亿人口的
  国家 states the country's population, as the exhaustive gold keeps 13亿多人口的大国).
"""
from __future__ import annotations

import re
from functools import cache

from kg.extractors.metric_labels import tagged
from kg.lang.zh.numerals import CN_LEADING, CN_NUMERAL
from kg.lang.zh.postag import VERB_FLAGS
from kg.lang.zh.wordset import longest_first
from kg.lexicon import Lexicon
from kg.model import Quantity

__all__ = ["after_a_slogan", "bounds_a_hedged_class", "inside_a_counted_name", "sizes_a_working_set"]


def after_a_slogan(q: Quantity, text: str, lex: Lexicon) -> bool:
    """Whether a count (in Chinese numerals: the caller checks) stands right after a closing quotation mark
    (grammar.toml ``names.closes_name``), counting the parts of the slogan quoted: ”三个一批."""
    return q.start > 0 and text[q.start - 1] in lex.grammar.names.closes_name


def inside_a_counted_name(q: Quantity, text: str, lex: Lexicon) -> bool:
    """Whether the number stands right after a count of two or more in Chinese numerals and a generic classifier
    (三个1亿人问题): the count's things are named by the number, which states no figure of its own."""
    return q.start > 0 and text[q.start - 1] in lex.generic_classifiers and \
        _counted_name(lex).search(text, 0, q.start) is not None


@cache
def _counted_name(lex: Lexicon) -> re.Pattern[str]:
    units = "|".join(map(re.escape, longest_first(tuple(lex.generic_classifiers))))
    return re.compile(rf"(?<![\d{CN_NUMERAL}.])[{_SEVERAL}][{CN_NUMERAL}]*(?:{units})$")


_SEVERAL = CN_LEADING.replace("\u4e00", "")     # 一个 is an article, no count of a slogan's parts


def sizes_a_working_set(q: Quantity, text: str, lex: Lexicon) -> bool:
    """Whether a count in a generic classifier is followed, in its clause, by a noun, a verb, a noun and another such
    count closing its words: 15个主平台新承接产业转移项目约700个 sizes the set the second count is drawn from. A bare
    noun between (19所高校115个), a change of the count itself (1665家增加到2.2万家), a joiner (1410个县级和250个) or a
    second count before its noun (6处空间入选全市50处“家门口的好去处”: the set selected into) is none."""
    if q.unit not in lex.generic_classifiers:
        return False
    found = _second_count(lex).match(text, q.end)
    closed = found is not None and not re.match(r"[\u4e00-\u9fff“]", text[found.end():found.end() + 1])
    words = tagged(found.group(1), lex) if closed else ()
    nouns = [p for _, p in words if not p.startswith("d")]        # 项目约700个: the hedge aside
    if len(words) < 3 or words[0][1].startswith(_NO_NOUN_OPENS) or not nouns[-1].startswith("n"):
        return False        # 6处空间入选全市50处“家门口的好去处”: the second count opens its noun, a set selected into
    joined = any(w in lex.grammar.lists.joiners for w, _ in words)
    return not joined and any(p in VERB_FLAGS for _, p in words[1:])


@cache
def _second_count(lex: Lexicon) -> re.Pattern[str]:
    units = "|".join(map(re.escape, longest_first(tuple(lex.generic_classifiers))))
    scales = "|".join(map(re.escape, longest_first(lex.grammar.bare.multipliers)))
    return re.compile(rf"([^\d{CN_NUMERAL},;:。!?、()“”]{{3,{_BETWEEN}}}?)\d+(?:\.\d+)?(?:{scales})?(?:{units})")


_BETWEEN = 16
# jieba's flags of a word that opens no noun (a verb, adverb, preposition, conjunction, particle, numeral, pronoun).
_NO_NOUN_OPENS = ("v", "d", "p", "c", "u", "m", "r", "x")


def bounds_a_hedged_class(q: Quantity, text: str, lex: Lexicon) -> bool:
    """Whether a size (no count, no share) after an at-least hedge (hedges.toml [comparator.before] at_least) stands
    right before a class noun (grammar.toml ``names.threshold_classes``) that closes its item: 城区人口超50万县."""
    classes = lex.grammar.names.threshold_classes
    if not classes or q.unit in lex.generic_classifiers or "%" in q.unit:
        return False
    hedges = tuple(lex.hedges.comparator.before.at_least)
    if not (text[:q.start].endswith(hedges) or text[q.start:q.end].startswith(hedges)):
        return False
    after = text[q.end:q.end + _CLASS_REACH]
    noun = next((c for c in longest_first(classes) if after.startswith(c)), "")
    rest = after[len(noun):len(noun) + 1]
    return bool(noun) and not re.match(r"[\u4e00-\u9fff]", rest)


_CLASS_REACH = 6
