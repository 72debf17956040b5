"""What a share of coverage is a share of (issue 17, the "lost qualifier (kind)" row of the dev judge
/work/label_judge_6009.tsv):
a scheme that covers a share of a kind of unit named right after the share is that unit's coverage rate, the unit
named before the verb: 基本药物制度覆盖80%以上村卫生室 -> 基本药物制度村卫生室覆盖率 (national_2014). A one-character
unit (覆盖24%的县) or a share with no noun after it keeps the scheme's rate (kg.extractors.label_repairs
``covered_measure``)."""
from __future__ import annotations

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.postag import VERB_FLAGS
from kg.lang.zh.punctuation import CLAUSE_BREAK, QUOTE_MARKS
from kg.lexicon import Lexicon

__all__ = ["covered_kind"]


def covered_kind(wording: str, unit: str, after: str, lex: Lexicon) -> str | None:
    """The coverage rate of the units counted after a share (``after``: the sentence after the figure) that a
    wording closing with a verb of coverage ([label] rate_verbs) covers; None when no unit of two characters or more,
    closing with a noun and no verb in it, closes the clause."""
    rules = lex.indicators.label
    own = squash(wording)
    verb = next((v for v in rules.rate_verbs if own.endswith(v) and len(own) - len(v) >= 2), None)
    if "%" not in unit or verb is None:
        return None
    clause = CLAUSE_BREAK.split(QUOTE_MARKS.sub("", squash(after)), maxsplit=1)[0]
    clause = next((clause[len(h):] for h in rules.hedge_closings if clause.startswith(h)), clause)
    clause = clause.removeprefix(lex.grammar.possessive)
    words = tagged(clause, lex) if clause else ()
    if len(clause) < 2 or not words[-1][1].startswith("n") or any(p in VERB_FLAGS for _, p in words):
        return None
    return named(own[: -len(verb)] + clause + verb + rules.rate_noun, lex)
