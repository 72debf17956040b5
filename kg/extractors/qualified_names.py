"""Qualifiers before a lexicon name that make another indicator (issue 17: the longest indicator wins and its
qualifiers stay). The scheme matches the name it knows inside a longer wording; the nouns written right before that
name narrow it or name whose figure it is, and a statistician keeps them: 规上装备工业增加值增长8.4% is the value added
of equipment manufacturing above designated size, no 工业增加值 (heilongjiang_2026); 高速铁路运营里程达1.6万公里 is no
铁路营业里程 (national_2015); 南沙港集装箱吞吐量突破2000万标箱 is one port's (guangdong_2025). Nouns naming the whole
(全省, 国家: metrics.toml [qualifiers] scope and wholes), the reporting government's own name, times, counts and verbs
are no qualifier. Read by kg.extractors.indicators.attribute."""
from __future__ import annotations

import itertools
import re

from kg.extractors.indicator_names import known, named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import ASIDE, CLAUSE_BREAK, ITEM_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.postag import VERB_FLAGS

__all__ = ["qualified_name"]

_NOUNS = ("n", "j")             # nouns (n, nz, ns, nt) and abbreviations (港)
_MOST = 8                       # characters of the qualifiers before a name (宁波舟山港, 内河航运)
_FEWEST = 2
_JOINED = ("a", "f", "m", "q", "b", "t")    # a word before the nouns that qualifies them (重大, 以上, 全): no qualifier
_ITEM = "\u3001"

_ASCII_PARENS = str.maketrans("\uff08\uff09", "()")     # 细颗粒物（PM2.5）: as the wording writes it


def qualified_name(o: Observation, sentence: str, own_names: tuple[str, ...], lex: Lexicon) -> str | None:
    """The wording of a figure whose lexicon name has qualifying nouns right before it in the figure's clause, the
    nouns kept before the name as written (module docstring); None when the figure names no lexicon indicator as a
    whole, its clause does not write the name, or the words before it are no such nouns."""
    surface = squash(o.metric_surface)
    if known(o.metric, lex) != o.metric or len(surface) < _FEWEST:
        return None
    clause = squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1]).translate(_ASCII_PARENS)
    at = clause.rfind(surface)
    lead = ITEM_BREAK.split(clause[:at])[-1] if at > 0 else ""
    qualifier = _qualifier(lead, surface, own_names, lex)
    if qualifier == lead and clause[:at - len(lead)].endswith(_ITEM):
        return None                             # 燃气、排水、供水管网改造: the list's items share the name
    return named(qualifier + ASIDE.sub("", surface), lex) if qualifier else None    # an aside (PM2.5) is no part


def _qualifier(lead: str, surface: str, own_names: tuple[str, ...], lex: Lexicon) -> str:
    """The nouns closing ``lead`` that qualify ``surface`` after it, "" when there are none."""
    q = lex.indicators.qualifiers
    ends = list(itertools.accumulate(len(w) for w, _ in tagged(lead + surface, lex)))
    if len(lead) not in ends and not lead.endswith(q.kinds):     # 进|出口总额: the name opens inside a word
        return ""
    kept, rest = "", list(tagged(lead, lex))
    if len(rest) > 1 and rest[-1][0] in q.annual:
        rest.pop()                              # 郑州机场|年|货邮吞吐量: the year's, no qualifier
    while rest:
        text = "".join(w for w, _ in rest)
        kind = next((k for k in longest_first(q.kinds) if text.endswith(k)), "")
        if kind:
            kept, rest = kind + kept, _without(rest, len(kind))
        elif rest[-1][1].startswith(_NOUNS) and not _whole(rest[-1][0], own_names, lex):
            kept = rest.pop()[0] + kept
        else:
            break
    links = (*lex.grammar.lists.joiners, lex.grammar.possessive)      # a list or an owner before the name, read elsewhere
    if rest and (rest[-1][1].startswith(_JOINED) or rest[-1][0][-1] in links or _object(rest)):
        return ""                               # 全|社会, 城镇和|农村: the qualifier is part of a longer phrase
    if not _FEWEST <= len(kept) <= _MOST or _whole(kept, own_names, lex) or re.search(r"[0-9]", kept):
        return ""
    return kept


def _object(words: list[tuple[str, str]]) -> bool:
    """Whether the nouns after ``words`` are the object of a verb that itself follows a verb, a modifier of the name
    (建设|增发|国债高标准农田: the farmland the bonds fund), not its kind."""
    return len(words) > 1 and words[-1][1] in VERB_FLAGS and words[-2][1] in VERB_FLAGS


def _without(words: list[tuple[str, str]], size: int) -> list[tuple[str, str]]:
    """``words`` without their last ``size`` characters (a kind the tagger cut in two: 规|上); none when the kind
    opens inside a word, whose rest is no qualifier."""
    while words and size > 0:
        size -= len(words.pop()[0])
    return words if size == 0 else []


def _whole(word: str, own_names: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether ``word`` names the whole a figure is of, the reporting government or a manner that names no other
    indicator (metrics.toml [normalise] modifiers: 多渠道筹措人才公寓 = 筹措人才公寓): no qualifier."""
    q, noise = lex.indicators.qualifiers, lex.hedges.words.noise
    wholes = (*q.scope, *q.wholes, *lex.grammar.owner_scopes, *noise, *lex.indicators.normalise.modifiers, *own_names)
    return word in wholes or word.startswith(tuple(own_names)) and bool(own_names)
