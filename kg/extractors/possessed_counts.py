"""The noun a count counts after a qualifier closed by 的 (issue 17, judge 8101: 聘请200名副高级以上职称的医疗专家到县级
公立医院工作 (guangdong_2025) counts 副高级以上职称医疗专家, not 副高级以上职称).

After a number, a qualifier without a verb, holding a threshold (metrics.toml [label] graded_qualifiers: 以上) before
the kind it grades and closed by the possessive (grammar.toml ``possessive``: 的), grades the noun right after it, and
that noun is what the figure counts: the qualifier and the noun together name the things counted.
A qualifier holding a verb (建成的, 达到…的) or no noun after 的 is left as the count's noun alone, as before.
A count before two nouns listed by 、 counts both when the second names no figure of its own: 支持533个县级图书馆、
文化馆和4万个村广播电视设施建设 (national_2005, judge 8101) counts 县级图书馆和文化馆 (:func:`listed_noun`); the list
closes at a joiner before the next figure (和4万个) or at the clause's end.

Read by kg.extractors.indicators (the noun counted right after a number).
"""
from __future__ import annotations

import re

from kg.extractors.metric_labels import tagged
from kg.lang.zh.postag import VERB_FLAGS
from kg.lexicon import Lexicon

__all__ = ["listed_noun", "possessed_noun"]

_NOUN_TAGS = ("n", "nz", "nt", "j", "l")        # 医疗|专家: nouns and set phrases
_NOUN_SPAN = (2, 6)                              # characters of the noun after 的 (专家, 医疗专家)


def possessed_noun(clause: str, end: int, lex: Lexicon) -> str | None:
    """The qualifier ``clause[:end]`` and the noun after the possessive at ``end`` (module docstring); None when no
    possessive stands at ``end``, the qualifier holds a verb or no short noun follows."""
    mark = lex.grammar.possessive
    if end <= 0 or not clause.startswith(mark, end):
        return None
    qualifier = clause[:end]
    grades = lex.indicators.label.graded_qualifiers
    if not any(0 < qualifier.find(g) < len(qualifier) - len(g) for g in grades):
        return None                     # no threshold inside the qualifier (副高级以上|职称): no grade of the things
    if any(tag in VERB_FLAGS for _, tag in tagged(qualifier, lex)):
        return None                     # 建成的项目: a defining clause, read elsewhere
    noun, closed = "", True
    for word, tag in tagged(clause[end + len(mark):], lex):
        if tag not in _NOUN_TAGS:
            closed = tag not in VERB_FLAGS or tag == "v"     # 疫情|防控网: a verbal noun runs the noun on
            break
        noun += word
    return qualifier + noun if closed and _NOUN_SPAN[0] <= len(noun) <= _NOUN_SPAN[1] else None


_CLAUSE = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f()\uff08\uff09]")
_ITEM = "\u3001"
_DIGIT = re.compile("[0-9]")


def listed_noun(after: str, noun: str, lex: Lexicon) -> str | None:
    """``noun`` and the one noun listed after it by 、 before a joiner and the next figure or the clause's end, joined by
    the first list joiner (module docstring); None when no such pair follows the count."""
    if not noun or not after.startswith(noun + _ITEM):
        return None                     # the cheap precondition: the counted noun closed by 、
    rest = _CLAUSE.split(after[len(noun) + 1:], maxsplit=1)[0]
    joiners = lex.grammar.lists.joiners
    figure = _DIGIT.search(rest)
    if figure is not None:
        joined = next((j for j in joiners if rest[: figure.start()].endswith(j)), "")
        if not joined:
            return None                 # 、水泥2.3亿吨: the next item's own figure
        rest = rest[: figure.start() - len(joined)]
    words = tagged(rest, lex) if _ITEM not in rest and not any(j in rest for j in joiners) else ()
    if not _NOUN_SPAN[0] <= len(rest) <= _NOUN_SPAN[1] or not words or any(t not in _NOUN_TAGS for _, t in words):
        return None
    return noun + joiners[0] + rest
