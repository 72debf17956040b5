"""The payer a clause opens with, and its verb of putting money in, reach every sum the clause lists after them
(issue 17, round 18: judge 8104 counted 恢复重建资金 wrong). A statistician names each sum by its payer and its funds:

- 中央财政安排384亿元救灾款和740亿元恢复重建资金 -> 中央财政救灾款, 中央财政恢复重建资金 (national_2009): the sums
  listed after the first, each with its funds after it, are put in by the same payer;
- 中央财政今年再安排1300亿元灾后重建资金 -> 中央财政灾后重建资金 (national_2009), the payer's name written as
  kg.extractors.money_labels names the funds it puts in for a purpose (中央财政职业教育资金).

The payer is a name closing with metrics.toml [label] funders (财政), the verb one of [label] funding_verbs (安排, 投入),
adverbs and time words between them left out. Read by kg.extractors.money_labels (:func:`paid_sum`, a sum worded by the
payer's verb alone) and kg.extractors.defined_things (:func:`paid_funds`, funds worded alone).
"""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import label_problems, tagged, verb_pattern
from kg.extractors.wording import post_noun, words
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.extractors.list_marks import LIST_MARK

__all__ = ["funder", "paid_funds", "paid_sum"]

_MONEY = "\u5143"           # 元: a sum of money (亿元, 万元)
_FIGURE = re.compile("[0-9][0-9.]*")
_TIME_WORDS = ("t", "m", "f", "r")
_LISTED = 16                # characters of a listed sum's unit and funds with their joiner (亿元救灾款和)


def funder(before: str, lex: Lexicon) -> str:
    """The funder named before the funding verb, up to its [label] funders word and without the time words before it:
    今后五年中央财政将 -> 中央财政, 省级财政五年统筹 -> 省级财政; "" when none is named."""
    at = max((before.rfind(f) + len(f) for f in lex.indicators.label.funders if before.rfind(f) >= 0), default=-1)
    if at < 0:
        return ""
    parts = list(tagged(before[:at], lex))
    while len(parts) > 1 and (parts[0][1] in _TIME_WORDS or parts[0][0] in words(lex, "noise")):
        parts.pop(0)
    return "".join(w for w, _ in parts)


def _payer(o: Observation, text: str, lex: Lexicon) -> tuple[str, str]:
    """(payer, the clause's words from its first figure to this one) when the clause of ``o``'s figure opens with a
    payer and a funding verb right before its first figure and lists only sums with their funds up to ``o``; ("", "")
    otherwise."""
    rules = lex.indicators.label
    if not o.quantity.unit.endswith(_MONEY) or not any(f in text for f in rules.funders):
        return "", ""                   # the cheap test first: most sums are no payer's
    clause = squash(CLAUSE_BREAK.split(text[:o.quantity.start])[-1])
    if not any(f in clause for f in rules.funders):
        return "", ""
    first = _FIGURE.search(clause)
    head, listed = (clause[: first.start()], clause[first.start():]) if first else (clause, "")
    verb = next((v for v in rules.funding_verbs if head.endswith(v)), "")
    payer = funder(head[: -len(verb)], lex) if verb else ""
    items = _FIGURE.split(listed)
    if not payer or items[0] or not all(_listed_funds(i, lex) for i in items[1:]):
        return "", ""
    return payer, listed


def _listed_funds(item: str, lex: Lexicon) -> bool:
    """Whether ``item``, the words after a listed figure up to the next, are its unit of money and its funds with a
    joiner closing them (亿元救灾款和), no verb among them."""
    joiner = next((j for j in (*lex.grammar.lists.joiners, LIST_MARK) if item.endswith(j)), "")
    return bool(joiner) and _MONEY in item and len(item) <= _LISTED \
        and not verb_pattern(lex).search(item[: -len(joiner)])


def paid_sum(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A sum worded by its payer's verb alone (中央财政安排384亿元救灾款和…) named by the payer and the funds after it;
    None otherwise."""
    own = squash(o.metric_surface)
    if not own.endswith(tuple(lex.indicators.label.funding_verbs)):
        return None
    payer, listed = _payer(o, sentence, lex)
    noun = post_noun(sentence[o.quantity.end:], lex) if payer and not listed else ""
    opening = tagged(noun, lex)[:1] if len(noun) >= 2 and own.startswith(payer) else ()
    if not opening or opening[0][1].startswith("v"):
        return None                     # 安排32.5亿元帮助解决…: what the money does, not the funds
    return named(payer + noun, lex)


def paid_funds(o: Observation, text: str, lex: Lexicon) -> tuple[str, str] | None:
    """(metric, surface) of a sum worded by the funds right after it, named with the payer its clause opens with;
    None when it is no such sum or its label names a payer already."""
    metric = squash(o.metric)
    if not o.quantity.unit.endswith(_MONEY) or any(f in metric for f in lex.indicators.label.funders) \
            or not squash(text[o.quantity.end:]).startswith(squash(o.metric_surface) or "\n"):
        return None
    payer, _ = _payer(o, text, lex)
    found = payer + metric if payer else ""
    return (found, found) if found and not label_problems(found, lex) else None
