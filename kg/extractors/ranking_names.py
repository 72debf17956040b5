"""Counts that name rankings (issue 17, family heads19; the "no" row 研发投入 500家 of the blind judge
/work/label_judge_9302.tsv).

A ranking is named by its size and a mark (grammar.toml [names] ``ranking_marks``: 中国民营企业500强). A count that
closes an item of a list whose other items are so named names a ranking too, by the measure its firms are ranked on:
2024中国民营企业500强和民营企业制造业500强、服务业100强、研发投入500家、发明专利500家等五张榜单 (zhejiang_2025) lists
five rankings, and 研发投入500家 is no count of firms investing in research. Read by kg.extractors.figures.
"""
from __future__ import annotations

import re
from functools import cache

from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Quantity
from kg.extractors.list_marks import LIST_MARK, item_ends, joiners
from kg.lang.zh.numerals import DIGIT

__all__ = ["names_a_ranking"]



@cache
def _ranking(lex: Lexicon) -> re.Pattern[str] | None:
    """A ranking's name closing a list item: its size, its mark, then the item's end (、, a joiner, 等)."""
    names = lex.grammar.names
    if not names.ranking_marks:
        return None
    marks = "|".join(map(re.escape, names.ranking_marks))
    ends = "|".join(map(re.escape, (*item_ends(lex), lex.grammar.etcetera)))
    return re.compile(rf"\d+(?:{marks})(?:{ends})")


def names_a_ranking(q: Quantity, text: str, lex: Lexicon) -> bool:
    """Whether the count ``q`` closes an item of a list of rankings, so names one (module docstring); a count in an
    item holding a number of its own (民营企业500强30家) counts the firms ranked, a figure."""
    ranking = _ranking(lex)
    if ranking is None or q.normalized_unit != "unit:NUM" or not any(m in text for m in lex.grammar.names.ranking_marks):
        return False
    if not text.startswith((*item_ends(lex), lex.grammar.etcetera), q.end):
        return False
    start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, q.start)), default=0)
    stop = CLAUSE_BREAK.search(text, q.end)
    clause = text[start:stop.start() if stop else len(text)]
    item = re.split(f"[{LIST_MARK}{joiners(lex)}]", text[start:q.start])[-1]
    return not DIGIT.search(item) and ranking.search(clause) is not None
