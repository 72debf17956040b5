"""Money a body secured from a higher government, named by the verb of securing (issue 17, judge 9301:
争取中央预算内投资资金233亿元 in zhejiang_2025 counts the funds the province secured, not 新增 funds carried from the
clause before). The verbs are metrics.toml [label] ``securing_verbs`` (争取, 争取到); elsewhere 争取 is a hedge of
intent (争取更好结果), which no sum's funds follow. Counts of other things won (争取…国家改革试点7项) keep their wording.
Read by kg.extractors.indicators.attribute."""
from __future__ import annotations

from kg.extractors.indicator_names import named
from kg.extractors.scheme_names import squash
from kg.extractors.wording import strip_words
from kg.lang.zh.punctuation import CLAUSE_BREAK, QUOTE_MARKS
from kg.lang.zh.wordset import longest_first
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["secured"]

_MONEY = "cur:"          # the normalised units of money (cur:CNY)
_LEAD_CHARS = 2         # one adverb before the verb (全年, 积极, 全力), no subject of another clause


def secured(wording: str, o: Observation, sentence: str, lex: Lexicon) -> str:
    """``wording`` of a sum of money named by the verb of securing that opens the figure's clause right before its
    funds (争取 + 中央预算内投资资金 + 233亿元 -> 争取中央预算内投资资金), any action the wording carried from elsewhere
    dropped; else ``wording`` (no money, no such verb, other words before it, or funds the wording does not close
    with)."""
    verbs = lex.indicators.label.securing_verbs
    before = sentence[:o.quantity.start]
    if not verbs or not o.quantity.normalized_unit.startswith(_MONEY) or not any(v in before for v in verbs):
        return wording                  # the cheap test first
    clause = QUOTE_MARKS.sub("", squash(CLAUSE_BREAK.split(before)[-1]))
    verb = next((v for v in longest_first(verbs) if v in clause), "")
    at = clause.find(verb)
    things = strip_words(clause[at + len(verb):], lex.indicators.label.hedge_openings, leading=False)
    own = QUOTE_MARKS.sub("", squash(wording))
    if at > _LEAD_CHARS or len(things) < 2 or not own.endswith(things) or own == verb + things:
        return wording
    return named(verb + things, lex) or wording
