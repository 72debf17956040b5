"""Counts of holders whose measure a change verb moves (issue 17, family counts18; judges /work/label_judge_6161.tsv
and 8103.tsv): 降低900多万个体工商户税负 (national_2012) counts the 900多万 individual businesses whose tax burden was
lowered; a count of holders (个, 户) measures no change of a burden. After a count opened by a change verb (hedges.toml
[measure] ``increase``, ``decrease``), a noun closing with a measure holders have (metrics.toml [label]
``held_measures``: 税负, 负担, 成本) names the holders and what the verb did to them: the figure is a level, named
降低税负的个体工商户. Read by kg.extractors.observations.
"""
from __future__ import annotations

from kg.extractors.metric_labels import tagged
from kg.extractors.phrases import Phrase
from kg.extractors.wording import measure_words
from kg.lexicon import Lexicon
from kg.model import Measure

__all__ = ["held_change"]

_HOLDER_CHARS = 2       # the shortest name of the holders (企业)


def held_change(phrase: Phrase, measure: Measure, lead: str, unit: str, counted_noun: str,
                lex: Lexicon) -> tuple[Phrase, Measure] | None:
    """The holders counted after a change verb and the change done to their measure, as a level (module docstring);
    None when the figure is no such count. A classifier closing ``unit`` that the tagger reads as one word with the
    holders' first characters opens their name (900多万个|体工商户: 个体工商户)."""
    held = lex.indicators.label.held_measures
    if measure is Measure.LEVEL or phrase.noun or phrase.canonical or not counted_noun.endswith(tuple(held)):
        return None                     # cheap precondition: a change with no noun before, a held measure after
    measured = next(m for m in held if counted_noun.endswith(m))
    holders = counted_noun[: -len(measured)]
    lead = "".join(lead.split())
    verb = next((v for v in measure_words(lex, measure.value) if lead.endswith(v)), "")
    if len(holders) < _HOLDER_CHARS or not verb:
        return None
    glued = unit[-1:] + holders
    holders = glued if unit and len(tagged(glued, lex)[0][0]) > 1 else holders
    name = verb + measured + lex.grammar.possessive + holders
    return Phrase("", name).with_noun(name, False, lex), Measure.LEVEL
