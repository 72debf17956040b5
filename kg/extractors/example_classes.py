"""Figures of listed examples before 等 and their class: the class names each item's figure (issue 17, judged row of
tests/data/label_judge_3030.tsv): 淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能 -> 淘汰平板玻璃落后产能,
淘汰钢铁落后产能 (national_2014), not 平板玻璃 nor nothing."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.extractors.wording import words
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["example_class"]

_ITEM = "\u3001"


@lru_cache(maxsize=4)
def _rest(etc: str) -> re.Pattern[str]:
    """The other items (a noun, a figure and its unit) after a figure, then ``etc`` and the class closing the clause."""
    item = rf"{_ITEM}[\u4e00-\u9fff]{{1,8}}[\d.]+[\u4e00-\u9fff]{{1,4}}"
    return re.compile(rf"(?:{item})*{re.escape(etc)}([\u4e00-\u9fff]{{2,8}})(?=[,;\u3002\uff0c\uff1b]|$)")


def example_class(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The verb opening a list of examples with their figures, the figure's own item and the class after 等 closing the
    list; None when the figure closes no such list or an item is no bare noun."""
    found = _rest(lex.grammar.etcetera).match(squash(sentence[o.quantity.end:]))
    if not found:
        return None
    clause = squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1])
    pieces = clause.split(_ITEM)
    figured = re.compile(r"[\d.]+[\u4e00-\u9fff]{1,4}$")
    if re.search(r"\d", pieces[-1]) or not all(figured.search(p) for p in pieces[:-1]):
        return None
    verb = next((a for a in words(lex, "actions") if a in pieces[0]), "")
    own = pieces[-1][pieces[-1].find(verb) + len(verb):] if len(pieces) == 1 and verb else pieces[-1]
    nouns = tagged(own, lex) if len(own) >= 2 else ()
    if not nouns or any(p.startswith("v") for _, p in nouns):
        return None
    return named(verb + own + found.group(1), lex)
