"""The kind of activity an economy opening its sentence names scopes the activities the sentence measures (issue 17,
the "lost qualifier (kind)" row 飞行规模 of the dev judge /work/label_judge_6011.tsv).

An industry of the lexicon named by a kind of activity and a head ([label] economy_heads: 低空经济, 夜间经济, 海洋经济)
opening a sentence is its topic; a later clause's wording that names an activity and its measure, with no thing of its
own (a verb first, a measure ending last: 飞行规模), measures that kind of activity: 低空经济产业链集聚更多关键企业，起降设施
增至3592个，飞行规模达2061万架次 -> 低空飞行规模 (guangdong_2026). A wording opening with a noun (软件和信息服务业营业收入
after 数字经济蓬勃发展) names its own thing and is left as it is.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lang.zh.wordset import longest_first
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["economy_kind"]

_ACTIVITY_TAGS = ("v",)     # 飞行: a verb naming the activity measured


def economy_kind(wording: str, o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """``wording`` with the kind of activity of the economy opening ``sentence`` before it (module docstring); None
    when no such economy opens the sentence or the wording is no bare activity's measure."""
    own = squash(wording)
    economies = _economies(lex)
    if not economies or not own.endswith(lex.indicators.label.measure_endings) \
            or not sentence.startswith(tuple(e for e, _ in economies)):
        return None             # the cheap tests: a measure, and a sentence opening with an economy
    opening = CLAUSE_BREAK.split(sentence, maxsplit=1)[0]
    if o.quantity.start <= len(opening):
        return None             # the economy's own clause names its subject
    kind = next(k for e, k in economies if sentence.startswith(e))
    words = tagged(own, lex)
    if kind in own or len(words) < 2 or words[0][1] not in _ACTIVITY_TAGS:
        return None
    return named(kind + own, lex)


@lru_cache(maxsize=8)
def _economies(lex: Lexicon) -> tuple[tuple[str, str], ...]:
    """Each industry name closing with an economy head (低空经济), longest first, with its kind (低空)."""
    heads = longest_first(lex.indicators.label.economy_heads)
    if not heads:
        return ()
    names = longest_first({n for i in lex.industries for n in (i.name, *i.aliases) if n.endswith(heads)})
    kinds = ((n, n[: -len(next(h for h in heads if n.endswith(h)))]) for n in names)
    return tuple((n, k) for n, k in kinds if k)
