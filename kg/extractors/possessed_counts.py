"""The noun a count counts after a qualifier closed by 的 (issue 17, judge 8101: 聘请200名副高级以上职称的医疗专家到县级
公立医院工作 (guangdong_2025) counts 副高级以上职称医疗专家, not 副高级以上职称).

After a number, a qualifier without a verb, holding a threshold (metrics.toml [label] graded_qualifiers: 以上) before
the kind it grades and closed by the possessive (grammar.toml ``possessive``: 的), grades the noun right after it, and
that noun is what the figure counts: the qualifier and the noun together name the things counted.
A verb opening the noun and describing the things (支持47家…中心卫生院聘任100名副高级以上职称的退休医生担任首席专家,
guangdong_2025: 退休医生) is part of it. A qualifier holding a verb (建成的, 达到…的) or no noun after 的 is left as the
count's noun alone, as before.
Quoted words listed by 、 right after a count and followed by a noun qualify that noun together: 前海实施14项全国“首创”、
“首批”金融政策 (guangdong_2025, judge 8101) counts 全国首创首批金融政策, not 全国首创 (:func:`joined_quotes`).

Read by kg.extractors.indicators (the noun counted right after a number).
"""
from __future__ import annotations

import re

from kg.extractors.metric_labels import tagged
from kg.lang.zh.postag import VERB_FLAGS
from kg.lexicon import Lexicon

__all__ = ["joined_quotes", "possessed_noun"]

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
    words = tagged(clause[end + len(mark):], lex)
    for k, (word, tag) in enumerate(words):
        if not noun and tag == "v" and k + 1 < len(words) and words[k + 1][1] in _NOUN_TAGS:
            noun += word                # 退休|医生: a verb before the noun that describes the things (退休医生)
            continue
        if tag not in _NOUN_TAGS:
            closed = tag not in VERB_FLAGS or tag == "v"     # 疫情|防控网: a verbal noun runs the noun on
            break
        noun += word
    return qualifier + noun if closed and _NOUN_SPAN[0] <= len(noun) <= _NOUN_SPAN[1] else None


_QUOTED_ITEMS = re.compile("(\u201d)\u3001(?=\u201c[^\u201d]{1,8}\u201d[^\\s,;:\u3002!?\u3001\uff0c\uff1b\uff1a\uff01\uff1f\u201c])")


def joined_quotes(after: str) -> str:
    """``after`` with the 、 between quoted words dropped where a noun follows the last of them (module docstring)."""
    return _QUOTED_ITEMS.sub("\\1", after) if "\u201d\u3001\u201c" in after else after
