"""A list's first item frames the later items that name a thing alone (issue 17, judge 8101: 平板玻璃 of 淘汰落后炼钢炼铁
产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱 (national_2016) is 淘汰落后平板玻璃产能).

When the first item of a 、 list of figures opens with an action ([hedges] actions: 淘汰) and its qualifiers (落后, an
adjective) and closes with a framed head ([lists] framed_heads: 产能), a later item naming a thing alone (水泥) measures
that head of that thing under the same action and qualifiers, whatever its unit (吨, 重量箱). An item with a head of its
own (炼钢产能3747万吨) or a verb of its own is left as it is. Read by kg.extractors.measured_things.lost_thing.
"""
from __future__ import annotations


from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK, ITEM_BREAK
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.numerals import DIGIT
from kg.lang.zh.postag import THING_FLAGS
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["framed_item"]

_QUALIFIER_TAGS = ("a", "ad", "an")       # 落后: an adjective qualifying the thing
_PERIOD_MAX = 4            # characters of a period before the action (近三年, 2024年)


def framed_item(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The action, qualifiers and head of the list's first item around the thing ``o``'s item names alone (module
    docstring); None when its sentence holds no framed head or the item is no thing alone."""
    heads = lex.grammar.lists.framed_heads
    clause = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1]
    if not any(h in clause for h in heads):
        return None                     # the cheap precondition: no framed head before the figure
    items = ITEM_BREAK.split(clause)
    first = DIGIT.split(items[0], 1)[0]
    head = next((h for h in longest_first(heads) if first.endswith(h)), "")
    own = DIGIT.split(items[-1], 1)[0]
    if len(items) < 2 or not head or not own or DIGIT.search(own) or not DIGIT.search(items[0]):
        return None
    own_words = tagged(own, lex)
    if any(h in own for h in heads) or any(tag not in THING_FLAGS for _, tag in own_words):
        return None                     # 炼钢产能: a head of its own; 新建水泥: a verb of its own
    action = _action(first, lex)
    if not action:
        return None
    first = first[first.index(action):]
    qualifiers = ""
    for word, tag in tagged(first[len(action):-len(head)], lex):
        if tag not in _QUALIFIER_TAGS:
            break
        qualifiers += word
    return named(action + qualifiers + own + head, lex)


def _action(first: str, lex: Lexicon) -> str:
    """The action the first item opens with after at most a period (近三年淘汰: 淘汰), the longest at that place; "" when
    none does."""
    found = [(first.find(a), -len(a), a) for a in lex.hedges.words.actions if 0 <= first.find(a) <= _PERIOD_MAX]
    return min(found)[2] if found else ""
