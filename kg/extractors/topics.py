"""The topic a sentence, or the figure-less sentence before it, sets for a figure worded only by a head noun
or a total: 经营主体稳中培优。总量达1461.4万户 -> 经营主体; 服务业支撑作用更加明显，增加值跨上3万亿元台阶 ->
服务业增加值; 规模以上工业企业达7.6万家、增加值增长3% -> 规模以上工业增加值."""
from __future__ import annotations

import re

from kg.extractors.indicators import known
from kg.lexicon import Lexicon
from kg.model import Document, Sentence

_CLAUSE = re.compile(r"[,;:]")
_LONGEST = 12
_AFTER_GAP = 2          # characters a benchmark may run on by: 低于全国平均


def topic_texts(document: Document, sentence: Sentence, clause_start: int, previous_noun: str) -> list[str]:
    """Where a topic may stand, nearest first: the noun of the figure before, the sentence's opening clause
    (when it is not the figure's own and states no figure), the sentence before in the same paragraph (when it
    states no figure)."""
    out = [previous_noun] if previous_noun else []
    opening = _CLAUSE.split(sentence.text[:clause_start])[0]
    if clause_start and not re.search(r"\d", opening):
        out.append(opening)
    if sentence.index:
        before = document.sentences[sentence.index - 1]
        if before.paragraph == sentence.paragraph and not re.search(r"\d", before.text):
            out.append(_CLAUSE.split(before.text.rstrip("。!?"))[0])
    return out


def with_topic(head: str, clause: str, texts: list[str], lex: Lexicon) -> tuple[str, str | None] | None:
    """The wording (and scheme indicator, when known) of a figure whose own wording ``head`` is a head noun
    (grammar.toml ``lists.heads``: the opening of a topic text that makes it a scheme indicator) or empty in a
    clause naming a total (总量达: the topic text up to its predicate, hedges.toml ``topic_predicates``)."""
    words = lex.hedges.words
    total = not head and any(t in clause for t in words.totals)
    if head not in lex.grammar.lists.heads and not total:
        return None
    for text in texts:
        for end in range(min(len(text), _LONGEST), 1, -1):
            name = known(text[:end] + head, lex)
            if name:
                return text[:end] + head, name
        cut = min((text.find(p) for p in words.topic_predicates if text.find(p) >= 2), default=-1)
        if total and 2 <= cut <= 8:
            return text[:cut], known(text[:cut], lex)
    return None


def gap_name(own: str, before: str, changed: bool, lex: Lexicon) -> str | None:
    """高于全国 after 地区生产总值增长5.7%: the gap of the figure ``before`` (a change when ``changed``) to a
    benchmark, named 地区生产总值增速高于全国 (grammar.toml ``gap_verbs``, ``gap_wholes``, ``growth_noun``)."""
    g = lex.grammar
    gap = next((v + w for v in g.gap_verbs for w in g.gap_wholes if own.startswith(v + w)), None)
    if not before or gap is None or len(own) > len(gap) + _AFTER_GAP:
        return None
    growth = g.growth_noun if changed and not before.endswith(g.names.rates) else ""
    return before + growth + gap
