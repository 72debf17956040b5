"""The scope and the measure a list's items share besides its head (issue 17: a label keeps its kind; the blind judges'
rows of tests/data/label_judge_4411.tsv and 7720.tsv that lost 限上 or 增速).

- A statistical scope ([lists] scopes: 限上, 规上) opening the first item of a list whose first item takes the last
  item's head is every item's scope: the items are kinds of one thing in that scope. 限上新能源汽车、节能家电零售额分别
  增长21.2%、39.5% -> 限上节能家电零售额 (jiangsu_2026). A first item whole without the head keeps its scope to itself
  (规模以上工业总产值、全社会固定资产投资) (:func:`shared_scope`).
- A rate or a share ([lists] item_measures: 增速, 比重) closing the last item right after the head an item before it
  closes with measures that item too: 工业技改投资、制造业技改投资增速分别高于全国12.7个、12个百分点 -> 工业技改投资增速
  (heilongjiang_2026) (:func:`shared_measure`).

Read by kg.extractors.lists.list_names on the names its head sharing gives. Words in grammar.toml [lists].
"""
from __future__ import annotations

from kg.lexicon import Lexicon
from kg.lang.zh.wordset import longest_first

__all__ = ["shared_scope", "shared_measure"]


def shared_scope(items: list[str], names: list[str], lex: Lexicon) -> list[str]:
    """``names`` (the list's ``items`` with their shared head) with the scope opening the first item for the items
    after it that name none, when the first item took its head from the last; ``names`` otherwise."""
    scopes = longest_first(lex.grammar.lists.scopes)
    scope = next((s for s in scopes if items[0].startswith(s) and len(items[0]) > len(s)), "")
    if not scope or names[0] == items[0] or not names[0].startswith(items[0]):
        return names
    return [names[0], *(n if n.startswith(tuple(scopes)) else scope + n for n in names[1:])]


def shared_measure(names: list[str], lex: Lexicon) -> list[str]:
    """``names`` with the rate or share closing the last one for the items before it that close with the words the
    last has right before it (投资 of 制造业技改投资增速); ``names`` when the last closes with no such measure."""
    last = names[-1]
    measure = next((m for m in lex.grammar.lists.item_measures if last.endswith(m) and len(last) > len(m) + 1), "")
    if not measure:
        return names
    before = last[: -len(measure)]
    heads = [h for h in lex.grammar.lists.heads if before.endswith(h) and h not in lex.grammar.lists.item_measures]
    head = max(heads, key=len, default=before[-2:])
    return [n + measure if n.endswith(head) and not n.endswith(measure) else n for n in names[:-1]] + [last]
