"""A restrictive clause closing with 的 that opens the clause of a measure says which of the measured things the
figure is of (issue 17, round 18: judges 8103 and 8104 counted the labels that lost it wrong). A statistician keeps
such a scope in the indicator's name:

- where or within which range the things are: 政策范围内的医保基金支付水平提高到70% -> 政策范围内的医保基金支付水平
  (national_2011); 限额以上单位通过互联网实现的餐饮收入增长27.3% (sichuan_2025);
- what the things are made or approved by: 省内生产的国家集采中选品种抽检覆盖率达到100% (guangdong_2025),
  中央政府层面核准的企业投资项目减少90% (national_2018);
- who pays whom: 中央财政对地方的转移支付累计4.25万亿元 (national_2008), 其中中央和地方财政对参合农民的补助标准由40元
  提高到80元 (national_2008).

The clause's opening words up to 的 are the scope when they hold no figure, mark, time word, pronoun, adverb or verb
of purpose (今年的, 用于这方面的, 没有实现…的 are no scope), are no place alone (上海的, 全省的: the area whose
measure it is) and open with no verb or preposition (提高政策范围内的…: the
clause's action, not a scope), after a part's opening (其中) or a noise word. Read by
kg.extractors.defined_things after the owners.
"""
from __future__ import annotations

import re

from kg.extractors.metric_labels import label_problems, tagged
from kg.extractors.scheme_names import squash
from kg.extractors.wording import strip_words, words
from kg.lang.zh.postag import VERB_FLAGS
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["scoped"]

_SCOPE = (2, 14)            # characters of a scope before its 的 (省内生产, 限额以上单位通过互联网实现)
_NOT_IN_SCOPE = ("t", "r", "d", "m", "q", "c", "u", "x", "y", "e")   # time words, pronouns, adverbs, numerals, …
_PLACE = "ns"               # a place name: the area whose measure it is, no scope of the measured things
_FIGURE_OR_MARK = re.compile("[0-9\u3001\u201c\u201d\u300a\u300b\"()\uff08\uff09\u2014]")


def scoped(o: Observation, text: str, lex: Lexicon) -> tuple[str, str] | None:
    """(metric, surface) of a measure worded as its clause's subject after the scope opening that clause (module
    docstring); None when the words before the wording close with no 的, or are no scope."""
    of = lex.grammar.possessive
    if of not in text[:o.quantity.start]:
        return None                     # the cheap test first: most measures follow no 的
    surface = squash(o.metric_surface)
    clause = squash(CLAUSE_BREAK.split(text[:o.quantity.start])[-1])
    at = clause.find(of + surface) if surface else -1
    if at < 0:
        return None
    opening = (*lex.indicators.label.part_openings, *words(lex, "noise"))
    scope = strip_words(clause[:at], opening, trailing=False)
    if not _SCOPE[0] <= len(scope) <= _SCOPE[1] or _FIGURE_OR_MARK.search(scope) or scope in o.metric \
            or any(v in scope for v in lex.indicators.label.purpose_verbs) or of in scope:
        return None
    found = tagged(scope, lex)
    if scope in lex.grammar.owner_scopes or all(f == _PLACE for _, f in found) or _area(scope, lex):
        return None                     # 上海的地区生产总值: the area's own measure, the area stated elsewhere
    joiners = lex.grammar.lists.joiners                 # 中央和地方财政: a list of payers, no clause's conjunction
    if not found or found[0][1].startswith("p") or found[0][1] in VERB_FLAGS \
            or any(f.startswith(_NOT_IN_SCOPE) and w not in joiners for w, f in found):
        return None
    metric, wording = scope + of + o.metric, scope + of + o.metric_surface
    return None if label_problems(metric, lex) else (metric, wording)


def _area(scope: str, lex: Lexicon) -> bool:
    """Whether ``scope`` names an area of the lexicon (上海, 徐汇区) by its name or an alias."""
    return any(scope == a.name or scope in a.aliases for a in lex.areas)
