"""A multiple of another quantity is no figure of the indicator named before it (issue 17, judged row of
tests/data/label_judge_3030.tsv): 五年全国公路建设投资12343亿元，…，是1950年到1997年全国公路建设投资总和的1.7倍 states a ratio
to an earlier total, not a value of 全国公路建设投资 (national_2003)."""
from __future__ import annotations

import re

from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Quantity

__all__ = ["multiple_of_base"]

_MULTIPLE = "kgo:Multiple"
_HAN = re.compile("[\u4e00-\u9fff]")


def multiple_of_base(q: Quantity, text: str, lex: Lexicon) -> bool:
    """Whether ``q`` is a multiple of a base its clause names before 的 (是1997年的2.3倍, 不低于当地最低生活保障标准的
    1.6倍): a ratio between two quantities, not a value of the indicator; a multiple after a change verb (增长2倍)
    has no such base."""
    if q.normalized_unit != _MULTIPLE:
        return False
    clause = CLAUSE_BREAK.split(text[:q.start])[-1]
    of = lex.grammar.possessive
    return clause.endswith(of) and len(_HAN.findall(clause[: -len(of)])) >= 2
