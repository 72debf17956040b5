"""Counts of a class named by its examples before 等 (issue 17, the "lost qualifier (kind/head)" rows of
tests/data/label_judge_3141.tsv): the count counts the class after 等, and the examples and the verb opening the clause
say which of its members are counted.

- The class closes the wording before the number: 支持重点节能工程、循环经济等项目2983个 -> 支持重点节能工程循环经济等项目
  (national_2010), not the verb of the clause before (安排预算内资金项目) nor the bare 项目.
- The count stands right after 等 and the class noun opens the words after it, which go on to what the clause's verb does
  for the class: 制定并实施钢铁、煤炭、水泥等11个行业结构调整的政策措施 -> 制定并实施结构调整政策措施的行业 (national_2007),
  counting the industries, not 行业结构调整.
- The class is bare (metrics.toml [label] bare_classes: 系列活动) and its examples are quoted names: the first example
  names it, with 等: 开展“浙里来消费”“浙夜好生活”等系列活动2000余场 -> 浙里来消费等系列活动 (zhejiang_2025), not the bare
  系列活动.
"""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["example_head"]


def example_head(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of a count of a class named by examples before 等 (module docstring), else None."""
    etc = lex.grammar.etcetera
    clause = squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1])
    if etc not in clause or re.search(r"\d", clause):
        return None
    return (_class_before(squash(o.metric), clause, etc, lex) or _quoted_class(squash(o.metric), clause, etc, lex)
            or _class_after(o, sentence, clause, etc, lex))


def _quoted_class(own: str, clause: str, etc: str, lex: Lexicon) -> str | None:
    """“浙里来消费”“浙夜好生活”等系列活动 before the number, the wording the bare class: the first quoted example, 等 and
    the class."""
    kind = clause[clause.rfind(etc) + len(etc):]
    examples = clause[: clause.rfind(etc)]
    if own != kind or kind not in lex.indicators.label.bare_classes or not examples.endswith(_CLOSE):
        return None
    first = _QUOTED.search(examples)
    return named(first.group(1) + etc + kind, lex) if first else None


def _class_before(own: str, clause: str, etc: str, lex: Lexicon) -> str | None:
    """支持重点节能工程、循环经济等项目 before the number, the wording ending with the class (项目, 安排预算内资金项目)."""
    kind = clause[clause.rfind(etc) + len(etc):]
    if not (0 < len(kind) <= _CLASS and own.endswith(kind)) or _ITEM_BREAK not in clause:
        return None
    return named(clause.replace(_ITEM_BREAK, ""), lex)


def _class_after(o: Observation, sentence: str, clause: str, etc: str, lex: Lexicon) -> str | None:
    """制定并实施钢铁、煤炭、水泥等|11个|行业结构调整的政策措施: the verbs opening the clause, what follows the class,
    的 and the class."""
    if not clause.endswith(etc) or o.quantity.normalized_unit != "unit:NUM":
        return None
    after = squash(CLAUSE_BREAK.split(sentence[o.quantity.end:])[0])
    of = lex.grammar.possessive
    left, _, done = after.partition(of)
    words = tagged(left, lex) if done and _ITEM_BREAK not in after and not re.search(r"\d", after) else ()
    if not words or not words[0][1].startswith("n") or len(words[0][0]) > _CLASS:
        return None
    if any(tag.startswith("p") for _, tag in words):
        return None         # 等6部专门为浦东新区制定的法规: a relative clause of the thing after 的
    opening = tagged(clause, lex)
    count = 0
    for _, tag in opening:
        if not tag.startswith(("v", "c")) or (tag.startswith("c") and not count):
            break
        count += 1
    verbs = "".join(w for w, _ in opening[:count])
    if not count or not opening[count - 1][1].startswith("v") or any(t.startswith("v") for _, t in opening[count:]):
        return None         # 配合市人大出台…等: the verb governing the list is not the clause's first
    return named(verbs + left[len(words[0][0]):] + done + of + words[0][0], lex)


_ITEM_BREAK = "\u3001"
_CLOSE = "\u201d"
_QUOTED = re.compile("\u201c([^\u201c\u201d]{2,12})\u201d")
_CLASS = 4          # 项目, 行业: a class noun is short
