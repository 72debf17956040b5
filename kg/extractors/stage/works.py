"""A count whose sentence closes its noun with a works verb (…建设) counts the works on the things, not new things:
加快…6个区域消费中心城市建设 (guangdong_2025) is 区域消费中心城市建设, no 新增区域消费中心城市 (issue 17, judge 4669; so
支持5000所中心乡镇卫生院…建设, national_2009). The text's order decides, so a verb before the noun (建设50个智能化康复
中心) keeps the normal form 新增."""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named
from kg.extractors.scheme_names import squash
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon

__all__ = ["works_closing"]

_MARKS = re.compile("[\u201c\u201d\u2018\u2019\"']")


def works_closing(metric: str, sentence: str, lex: Lexicon) -> str:
    """``metric``, or its noun closed by the works verb (metrics.toml ``works_verbs``) when it is named by a class
    written before its noun (新增) and the sentence's clause stating the noun closes with that verb or states it right
    after the noun, with no verb of the class right before the noun anywhere in the sentence (新建X…X建设 stays)."""
    rules = lex.indicators.normalise
    cls = next((c for c in rules.verb_class if not c.suffix and metric.startswith(c.name)), None)
    noun = metric[len(cls.name):] if cls is not None else ""
    if len(noun) < 2:
        return metric
    text = _MARKS.sub("", squash(sentence))
    clause = next((c for c in CLAUSE_BREAK.split(text) if noun in c), "")
    verb = next((w for w in rules.works_verbs if clause.endswith(w) or noun + w in clause), None)
    if verb is None or any(v + noun in text for v in cls.verbs):
        return metric
    return named(noun + verb, lex) or metric
