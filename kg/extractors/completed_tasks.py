"""A task completed is the amount of its works, not a change (issue 17, judge 9401: 今年再完成林分优化提升200万亩、森林抚育
提升200万亩任务 (guangdong_2025) counts the forest area whose stands are to be upgraded, a level of 200万亩; the label
林分优化 with an increase lost the verb that closes the task's name). In a clause whose works an outcome verb opens
(metrics.toml [normalise] ``outcome_verbs``: 完成), an upgrade verb right before an amount (hedges.toml [measure]
``actions_before_counts``: 提升, 提高, 扩大) closes the name of the works done, as it does before a count (提升11个生活
盒子); a rate (增长5%) or a level reached (提升到) stays what kg.extractors.phrases reads. Read by
kg.extractors.observations.
"""
from __future__ import annotations

from kg.extractors.periods import RATE_UNITS
from kg.extractors.phrases import Phrase
from kg.lang.zh.numerals import DIGIT
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Measure, Quantity

__all__ = ["completed_works"]

_NAME_CHARS = 2         # the shortest name of the works before the verb (抚育)


def completed_works(phrase: Phrase, measure: Measure, text: str, q: Quantity,
                    lex: Lexicon) -> tuple[Phrase, Measure] | None:
    """The works named with their upgrade verb and the figure as a level, when an outcome verb opens the figure's
    clause (module docstring); None otherwise."""
    upgrades = lex.hedges.measure.actions_before_counts
    lead = "".join(text[:q.start].split())
    if measure is not Measure.INCREASE or q.normalized_unit in RATE_UNITS or not lead.endswith(tuple(upgrades)):
        return None                     # cheap precondition: an increase of an amount right after an upgrade verb
    clause = CLAUSE_BREAK.split(lead)[-1]
    outcome = next((v for v in lex.indicators.normalise.outcome_verbs if v in clause), "")
    verb = next(v for v in upgrades if lead.endswith(v))
    opening = clause[: clause.find(outcome)] if outcome else ""
    if not outcome or DIGIT.search(opening) or len(phrase.noun) < _NAME_CHARS or phrase.suffix:
        return None                     # no outcome verb, or one after an earlier figure of the clause
    return Phrase(phrase.action, phrase.noun + verb).with_noun(phrase.noun + verb, False, lex), Measure.LEVEL
