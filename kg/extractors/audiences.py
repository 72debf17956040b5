"""Services counted for an audience: a clause opening with 为 (metrics.toml [label] ``audience_prepositions``) names who
is served, and a verb of providing (``audience_verbs``: 开展, 提供) the service counted (issue 17, the "lost qualifier
(kind)" row of tests/data/label_judge_3141.tsv). The label is the service with its audience, never the audience's last
item with the service (社会人员职业技能培训):

- one audience: 为农民工和新就业形态人员开展免费体检超7万人次 -> 农民工和新就业形态人员免费体检 (guangdong_2025);
- a list of audiences: the first one's head for them all: 为全省在岗养老护理员、养老机构新入职人员、有意愿从事养老护理
  工作的社会人员开展职业技能培训超5万人次 -> 养老护理员等职业技能培训 (guangdong_2026);
- a share between the audience and the verb is the share of the audience served (``audience_share``): 为持有居住证的
  农民工随迁子女100%提供义务教育公办学位 -> 持有居住证的农民工随迁子女义务教育公办学位比例 (zhejiang_2025).
"""
from __future__ import annotations

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["served_audience"]


def served_audience(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The label of a service counted for the audience its clause opens with (module docstring), else None."""
    rules = lex.indicators.label
    clause = squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1])
    opening = next((p for p in rules.audience_prepositions if clause.startswith(p)), "")
    if not opening:
        return None
    if "%" in o.quantity.unit:
        return _served_share(clause[len(opening):], sentence[o.quantity.end:], lex)
    clause = next((clause[: -len(h)] for h in rules.hedge_openings if clause.endswith(h)), clause)
    at, verb = max(((clause.rfind(v), v) for v in rules.audience_verbs), default=(-1, ""))
    audience, service = clause[len(opening):at], clause[at + len(verb):]
    if at <= len(opening) or len(service) < 2 or not _nominal(service, lex):
        return None
    items = audience.split(_ITEM)
    if len(items) == 1:
        return named(audience + service, lex)
    head = "".join(w for w, _ in _trailing_nouns(items[0], lex)[-_HEAD_WORDS:])
    return named(head + lex.grammar.etcetera + service, lex) if len(head) >= 2 else None


def _served_share(audience: str, after: str, lex: Lexicon) -> str | None:
    """The share of an audience served, its figure between the audience and the verb of providing: 为持有居住证的农民工随迁
    子女100%提供义务教育公办学位 -> 持有居住证的农民工随迁子女义务教育公办学位比例 (zhejiang_2025)."""
    rules = lex.indicators.label
    after = squash(CLAUSE_BREAK.split(after)[0])
    verb = next((v for v in rules.audience_verbs if after.startswith(v)), "")
    service = after[len(verb):]
    if not verb or len(service) < 2 or len(audience) < 2 or _ITEM in audience + service or not _nominal(service, lex):
        return None
    return named(audience + service + rules.audience_share, lex)


def _nominal(words: str, lex: Lexicon) -> bool:
    """Whether ``words`` may be a service's name: no adverb, preposition or particle among them (the tagger reads
    体检 and 服务 as verbs, so verbs are let be)."""
    return not any(tag.startswith(("d", "p", "u")) for _, tag in tagged(words, lex))


def _trailing_nouns(item: str, lex: Lexicon) -> list[tuple[str, str]]:
    """The nouns closing ``item``: 全省在岗养老护理员 -> 岗, 养老, 护理员."""
    words = list(tagged(item, lex))
    out: list[tuple[str, str]] = []
    while words and words[-1][1].startswith("n"):
        out.insert(0, words.pop())
    return out


_ITEM = "\u3001"
_HEAD_WORDS = 2         # 养老|护理员: the head and the noun before it
