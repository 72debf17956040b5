"""Figures that size an effect on a change (issue 17, the "lost qualifier (head)" row of the dev judge
/work/label_judge_6009.tsv):
a figure in percentage points right after a verb of effect ([label] effect_verbs: 影响, 拉动), what it bears on
and a change word of it (hedges.toml [measure]: 增幅, 增长) is how far the cause moves that change, a level named with the
change word kept, and with the cause when it is the list item before: 在大规模减税降费总额超过2022亿元、影响地方收入
增幅11个百分点的情况下 -> 减税降费影响地方收入增幅 (shanghai_city_2020), not a growth of 影响地方收入. A name the label
rules refuse (拉动经济增长 closes with a change verb) leaves the figure as it was."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extractors.metric_labels import label_problems
from kg.extractors.scheme_names import squash
from kg.extractors.wording import measure_words
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Document, Measure, Observation

__all__ = ["effects_named"]

_ITEM = "\u3001"
_THING = (2, 12)            # characters of what the effect bears on (地方收入)


def effects_named(document: Document, observations: Sequence[Observation], lex: Lexicon) -> list[Observation]:
    """``observations`` with each figure of an effect on a change named and measured as one (module docstring)."""
    verbs = lex.indicators.label.effect_verbs
    out: list[Observation] = []
    for o in observations:
        text = document.sentences[o.sentence].text
        found = _effect(o, text, out, lex) if verbs and any(v in text for v in verbs) else None
        out.append(replace(o, metric=found, metric_surface=found, measure=Measure.LEVEL) if found else o)
    return out


def _effect(o: Observation, text: str, before: Sequence[Observation], lex: Lexicon) -> str | None:
    """The name of the effect sized by ``o``, else None: the item before the figure holds a verb of effect, then a
    thing and a change word, and the figure is in percentage points."""
    if o.measure is Measure.LEVEL or o.quantity.unit not in lex.indicators.label.effect_units:
        return None
    clause = CLAUSE_BREAK.split(text[:o.quantity.start])[-1]
    item = squash(clause.split(_ITEM)[-1])
    verb = next((v for v in lex.indicators.label.effect_verbs if v in item), "")
    change = next((w for w in (*measure_words(lex, "increase"), *measure_words(lex, "decrease"))
                   if item.endswith(w)), "")
    thing = item[item.find(verb) + len(verb): len(item) - len(change)] if verb and change else ""
    if not _THING[0] <= len(thing) <= _THING[1]:
        return None
    cause = "" if item.find(verb) else _cause(o, text, clause, before)     # 政策影响…: its cause named
    found = cause + item
    return found if not label_problems(found, lex) else (item if not label_problems(item, lex) else None)


def _cause(o: Observation, text: str, clause: str, before: Sequence[Observation]) -> str:
    """The label of the figure of the item right before the effect's item in its clause, else ""."""
    start = o.quantity.start - len(clause.split(_ITEM)[-1])
    prior = [p for p in before if p.sentence == o.sentence and p.quantity.end < start]
    if not prior or text[prior[-1].quantity.end:start] != _ITEM:
        return ""
    return squash(prior[-1].metric)
