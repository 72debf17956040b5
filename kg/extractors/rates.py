"""Rates worded by a verb after a percentage: 保交房项目提前3个月实现100%交付 -> 保交房项目交付率 (heilongjiang_2026),
旧改地块100%签约 -> 旧改地块签约率 (xuhui 2025): the share of the subject that the verb holds for."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lexicon import Lexicon
from kg.model import Measure, Observation
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.postag import VERB_FLAGS

_CLAUSE = re.compile(r"[,;:。!?，；：！？、—]")
_VERB_AFTER = re.compile(r"\s*([\u4e00-\u9fff]{2})\s*(?:[,;:。!?，；：！？、]|$)")


def verb_rate(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The rate a percentage followed by a verb closing its clause states, named by the subject before the figure
    (up to the first of [label] rate_links, after a count opening it), the verb and [label] rate_noun; None when the
    figure is no level in per cent, no verb alone follows it, or the name is no indicator's."""
    if o.quantity.unit != "%" or o.measure is not Measure.LEVEL:
        return None
    verb = _VERB_AFTER.match(sentence, o.quantity.end)
    if verb is None or tagged(verb[1], lex)[0][1] not in VERB_FLAGS or len(tagged(verb[1], lex)) != 1:
        return None
    clause = _CLAUSE.split(sentence[:o.quantity.start])[-1]
    links = [clause.find(w) for w in lex.indicators.label.rate_links if w in clause]
    subject = squash(_counts(lex).split(clause[: min(links)] if links else clause)[-1])
    return named(subject + verb[1] + lex.indicators.label.rate_noun, lex) if len(subject) >= 2 else None


@lru_cache(maxsize=8)
def _counts(lex: Lexicon) -> re.Pattern[str]:
    """A number and a classifier of the lexicon's counts (11 个市考断面)."""
    classifiers = longest_first((u.written for u in lex.units if u.normalized == "unit:NUM"))
    return re.compile(r"[0-9.]+\s*(?:" + "|".join(map(re.escape, classifiers)) + ")")


def contributed_share(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A share of a whole's increase that the subject contributed, the verb and the whole's scope before the figure
    and 的 and the whole after it ([label] contribution_verbs, contribution_scopes, contribution_name): 贡献了全国38.7%
    的贸易增量 -> 对全国贸易增量贡献 (guangdong_2025). None for any other figure, or when the whole is a bare two-character
    increase (贡献了全国24.1%的增量: whose increase the sentence does not say)."""
    rules = lex.indicators.label
    before = squash(_CLAUSE.split(sentence[:o.quantity.start])[-1])
    scope = next((s for s in rules.contribution_scopes if before.endswith(s)), None)
    if o.quantity.unit != "%" or scope is None or not before[: -len(scope)].endswith(tuple(rules.contribution_verbs)):
        return None
    after = squash(_CLAUSE.split(sentence[o.quantity.end:], maxsplit=1)[0])
    noun = after.removeprefix(lex.grammar.possessive)
    if noun == after or len(noun) <= 2:
        return None
    return named(rules.contribution_name.format(scope=scope, noun=noun), lex)
