"""Sums of money signed in deals (issue 17, family heads19; the "no" row 签约项目 of the blind judge
/work/label_judge_9302.tsv).

A sum of money whose wording closes with a verb of a deal (metrics.toml [label] ``deal_verbs``: 签约) is the amount the
deals were signed for, not the things signed: 务实办好西博会、项目签约3543亿元 (sichuan_2026) measures 项目签约金额
(``deal_sum`` closing the wording), where the wording alone reads as the count of signed projects (签约项目).
Read by kg.extractors.indicators.attribute.
"""
from __future__ import annotations

from kg.extractors.indicator_names import squash
from kg.extractors.metric_labels import label_problems
from kg.lexicon import Lexicon
from kg.model import Quantity

__all__ = ["deal_sum"]

_MONEY = "cur:"


def deal_sum(wording: str, q: Quantity, lex: Lexicon) -> str:
    """``wording`` closed by the name of a deal's amount when ``q`` is money and the wording closes with a verb of a
    deal (module docstring); else unchanged."""
    rules = lex.indicators.label
    own = squash(wording)
    if not rules.deal_sum or not q.normalized_unit.startswith(_MONEY) or not own.endswith(rules.deal_verbs):
        return wording
    found = own + rules.deal_sum
    return found if not label_problems(found, lex) else wording
