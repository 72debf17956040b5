"""Money put in for a purpose worded after the figure is named as the funds of that purpose (issue 17, the hand-judged
samples tests/data/label_sample_s5_before.tsv and /work/label_judge_4242.tsv: 支持职业教育发展 named the purpose, not
the money)."""
from __future__ import annotations

import re

from kg.extractors.indicator_names import squash
from kg.extractors.label_repairs import named
from kg.extractors.metric_labels import tagged
from kg.extractors.wording import strip_words, words
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["funded_purpose"]

_CLAUSE = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f]")
_QUOTED = re.compile("\u201c([^\u201d]{2,12})\u201d")


def funded_purpose(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The funds of what a support verb after a sum of money opens, when a funding verb ([label] funding_verbs) closes
    the clause before the sum: 中央财政将投入100亿元支持职业教育发展 -> 中央财政职业教育资金 (national_2006); a quoted
    programme names what it supports (…实施企业找技术、成果找市场“双向揭榜挂帅” -> 双向揭榜挂帅资金, sichuan_2026).
    The funder stays when one of [label] funders (财政) names it. None for other figures."""
    rules = lex.indicators.label
    if not o.quantity.unit.endswith(_MONEY) or not rules.funding_noun:
        return None
    clause = strip_words(squash(_CLAUSE.split(sentence[:o.quantity.start])[-1]), words(lex, "noise"), leading=False)
    verb = next((v for v in rules.funding_verbs if clause.endswith(v)), "")
    after = squash(sentence[o.quantity.end:]).removeprefix(rules.funding_noun)
    support = next((v for v in rules.support_verbs if after.startswith(v)), "")
    if not verb or not support:
        return None
    purpose = _CLAUSE.split(after[len(support):], maxsplit=1)[0]
    quoted = _QUOTED.search(purpose)
    purpose = quoted.group(1) if quoted else strip_words(purpose, rules.purpose_tails, leading=False)
    whose = _funder(clause[: -len(verb)], lex)
    return named(whose + purpose + rules.funding_noun, lex) if 2 <= len(purpose) <= _REACH else None


def _funder(before: str, lex: Lexicon) -> str:
    """The funder named before the funding verb, up to its [label] funders word and without the time words before it:
    今后五年中央财政将 -> 中央财政, 省级财政五年统筹 -> 省级财政; "" when none is named."""
    at = max((before.rfind(f) + len(f) for f in lex.indicators.label.funders if before.rfind(f) >= 0), default=-1)
    if at < 0:
        return ""
    parts = list(tagged(before[:at], lex))
    while len(parts) > 1 and (parts[0][1] in _TIME_WORDS or parts[0][0] in words(lex, "noise")):
        parts.pop(0)
    return "".join(w for w, _ in parts)


_TIME_WORDS = ("t", "m", "f", "r")


_MONEY = "\u5143"           # 元: a sum of money (亿元, 万元)
_REACH = 12
