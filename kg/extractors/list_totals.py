"""A figure after a total word (hedges.toml ``list_totals``: 共, 合计) closing a list of things that share one head
totals the list (issue 17, the "lost qualifier (kind)" row of tests/data/label_judge_3141.tsv): 新增“固定班次+预约响应”
山区城乡公交线路、城际巴士线路、客货邮融合线路共220条 -> 新增山区城乡公交城际巴士客货邮融合线路 (zhejiang_2026), not the
last item alone (客货邮融合线路). The label is the verbs opening the list, each item's qualifier and the head once; a
quotation describing an item (the timetable “固定班次+预约响应”) is left out of the name, as the judges word it.

A qualifier closing with a verb names its item by what is done to the head (棚户区改造住房: housing of a renovation), so
it cannot be glued to the others: the items are joined whole by the first list joiner (grammar.toml ``joiners``: 和):
今年要再开工建设保障性住房、棚户区改造住房共1000万套 -> 保障性住房和棚户区改造住房开工 (national_2011, judge 8102). The
wording's own opening (开工建设) opens the first item, not the words of time or mood before it (今年要再).
"""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK, QUOTED
from kg.lang.zh.wordset import longest_first
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["totalled_list"]


def totalled_list(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The name of the list a figure after a total word totals (module docstring), else None."""
    totals = longest_first(lex.hedges.words.list_totals)
    clause = squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1])
    total = next((t for t in totals if clause.endswith(t)), "")
    if not total or _ITEM not in clause or re.search(r"\d", clause):
        return None
    items = QUOTED.sub("", clause[: -len(total)]).split(_ITEM)
    size = next((k for k in range(min(map(len, items)) - 1, 1, -1) if len({i[-k:] for i in items}) == 1), 0)
    if not size or not squash(o.metric).endswith(items[-1][-size:]):
        return None
    own = squash(o.metric)
    if items[0].endswith(own) and len(own) > size:
        items[0] = own                  # 今年要再|开工建设保障性住房: the wording opens the first item
    words = tagged(items[0][:-size], lex)
    count = next((k for k, (_, tag) in enumerate(words) if not tag.startswith("v")), len(words))
    verbs = "".join(w for w, _ in words[:count])
    quals = [items[0][len(verbs):-size], *(i[:-size] for i in items[1:])]
    if not all(quals):
        return None
    head = items[0][-size:]
    if any(tagged(q, lex)[-1][1] == "v" for q in quals):
        return named(verbs + lex.grammar.lists.joiners[0].join(q + head for q in quals), lex)
    return named(verbs + "".join(quals) + head, lex)


_ITEM = "\u3001"
