"""Prices per measure (issue 17): 早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱 changes three prices, each named
by its goods and the price the sentence speaks of (粮食最低收购价 -> 早籼稻最低收购价). Read by
kg.extractors.indicators.attribute."""
from __future__ import annotations


from kg.extractors.indicator_names import squash
from kg.extractors.wording import strip_words
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.lang.zh.punctuation import CLAUSE_BREAK



def priced_goods(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The price a figure of money changes per measure, named by the goods before the measure and the head of the
    price the sentence names before the measure (grammar.toml ``price_heads``; ``price_noun`` when it names none):
    小麦、稻谷最低收购价平均每斤分别提高0.11元和0.13元 -> 小麦最低收购价. None when the clause prices nothing per
    measure; the subject alone when it names the price (工商业平均电价每千瓦时降低1分 -> 工商业平均电价)."""
    priced, heads = lex.priced_units, lex.grammar.price_heads
    if priced is None or not heads or not o.quantity.normalized_unit.startswith("cur:"):
        return None
    clause = CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1]
    measure = priced.before.search(clause)
    if measure is None:
        return None
    named = squash(o.metric)
    goods = strip_words(named.split(squash(measure.group()))[0], lex.hedges.words.trailing_adverbs, leading=False)
    if len(goods) < 2 or goods.endswith(heads):
        return goods if goods != named and len(goods) >= 2 else None
    at = o.quantity.start - len(clause) + measure.start()
    return goods + _price_head(sentence[:at], heads, lex.grammar.price_noun)


def _price_head(before: str, heads: tuple[str, ...], default: str) -> str:
    """The head of the last price ``before`` names (粮食最低收购价 -> 最低收购价), else ``default``."""
    found = [(before.rfind(h) + len(h), len(h), h) for h in heads if h in before and len(h) > 1]
    return max(found)[2] if found else default
