"""The order of a works verb and its noun in the text decides what a count counts: a clause closing its noun with the
works verb (…X建设) counts the works on the things, not new things: 加快…6个区域消费中心城市建设 (guangdong_2025) is
区域消费中心城市建设, no 新增区域消费中心城市 (issue 17, judge 4669; so 支持5000所中心乡镇卫生院…建设, national_2009), the
normal form kg.extractors.indicator_names gives X建设. A wording so ordered only by the reading (试点建设50个智能化康复
中心, whose verb comes first) counts new things: 新增智能化康复中心, the name of the verb's class."""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named
from kg.extractors.scheme_names import squash
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon

__all__ = ["works_order"]

_MARKS = re.compile("[\u201c\u201d\u2018\u2019\"']")


def works_order(metric: str, sentence: str, lex: Lexicon) -> str:
    """``metric``, or, when it closes its noun with a works verb (metrics.toml ``works_verbs``) that the sentence's
    clause stating the noun neither closes with nor states right after the noun, the noun named by the verb's class
    (新增X)."""
    rules = lex.indicators.normalise
    verb = next((w for w in rules.works_verbs if metric.endswith(w)), "")
    cls = next((c for c in rules.verb_class if verb and verb in c.verbs and not c.suffix), None)
    noun = metric[: len(metric) - len(verb)]
    if cls is None or len(noun) < 2:
        return metric
    text = _MARKS.sub("", squash(sentence))
    clause = next((c for c in CLAUSE_BREAK.split(text) if noun in c), "")
    if not clause or clause.endswith(verb) or noun + verb in clause:
        return metric
    return named(cls.name + noun, lex) or metric
