"""Words before a figure that belong to another item or to the period, not to the figure's indicator (issue 17):
a count after a joiner counts the noun after it (获批建设国家医学中心(中医类)和12个国家区域医疗中心), and a span of
years with the rounds it took opens no name (五年中分两轮取消和调整行政审批事项498项)."""
from __future__ import annotations

import itertools

from kg.extractors.figures import is_dimension
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation, Quantity


def after_joiner(item: str, counted_noun: str, lex: Lexicon) -> str:
    """The wording of a count that follows a joiner (grammar.toml ``lists.joiners``) and counts its own noun: the
    verbs opening the item, which both things share, and that noun (获批建设国家医学中心(中医类)和12个国家区域医疗中心
    -> 获批建设国家区域医疗中心, henan_2026); "" when the item ends with no joiner word or no noun is counted."""
    words = tagged(item, lex) if item and counted_noun else ()
    if not words or words[-1][0] not in lex.grammar.lists.joiners or words[-1][1] != "c" or len(words) < 2:
        return ""
    lead = ""
    for word, tag in words:
        if not tag.startswith("v"):
            break
        lead += word
    return lead + counted_noun


def without_span(item: str, lex: Lexicon) -> str:
    """``item`` without an opening span of years and the rounds after it (grammar.toml ``names.span_ends``,
    ``names.rounds``): 五年中分两轮取消和调整行政审批事项 -> 取消和调整行政审批事项; 五年中央财政 keeps its 中央."""
    names = lex.grammar.names
    words = tagged(item, lex) if item else ()
    years = names.span_years is not None and names.span_years.match(words[0][0]) if words else None
    if len(words) < 3 or not years or words[1][0] not in names.span_ends:
        return item
    rest = item[len(words[0][0]) + len(words[1][0]):]
    rounds = names.rounds.match(rest) if names.rounds is not None else None
    return rest[rounds.end():] if rounds else rest



def superlative_measure(name: str, q: Quantity, after: str, lex: Lexicon) -> str:
    """The wording of a dimension right before a superlative and its noun (grammar.toml
    ``names.superlative_measures``): 徐家汇中心 370米最高楼 -> 徐家汇中心最高楼高度; "" when none follows."""
    measures = lex.grammar.names.superlative_measures or {}
    top = next((s for s in measures if after.startswith(s)), "")
    words = tagged(after[len(top):len(top) + _NOUN_REACH], lex) if top and name and is_dimension(q) else ()
    if not words or not words[0][1].startswith("n"):
        return ""
    return name + top + words[0][0] + measures[top]


_NOUN_REACH = 4


def plan_items(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A count right after a plan's name (grammar.toml ``names.plan_nouns``: 方案) of the plan's kind of items
    ([label] counted_kinds: 任务, 措施) counts the plan's items, named by the plan, the verbs after them left out:
    加快区级建设方案 18 条重点任务落实落地 -> 区级建设方案重点任务 (xuhui_2025, as the seeds' gold names it; judges
    label_judge_1618 and 4669). None otherwise."""
    before = CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1].replace(" ", "")
    plan = next((p for p in lex.grammar.names.plan_nouns if before.endswith(p)), "")
    if not plan or o.quantity.normalized_unit != "unit:NUM":
        return None
    words = tagged(before, lex)
    name = "".join(w for w, _ in itertools.dropwhile(lambda w: w[1] in _LEADING_FLAGS, words))
    after = CLAUSE_BREAK.split(sentence[o.quantity.end:])[0].replace(" ", "")
    kind = min(((after.find(k), k) for k in lex.indicators.label.counted_kinds if k in after), default=(-1, ""))
    counted = after[:kind[0] + len(kind[1])] if kind[1] else ""
    if len(name) <= len(plan) or not counted or len(counted) > _ITEM_NAME or not counted.isalpha():
        return None
    return name + counted


_LEADING_FLAGS = ("v", "d", "ad", "p")     # 加快|区级建设方案: the verbs before the plan's name
_ITEM_NAME = 6                              # 重点任务: a short name of the plan's items
