"""Counts of the things that passed a review (issue 17, family heads19; the "no" rows 港澳工程专业人才 of
/work/label_judge_6161.tsv and 企业机构 of /work/label_judge_3030.tsv).

Things counted whose clause goes on with a verb of passing (metrics.toml [label] ``passing_verbs``: 通过) and closes with
a review, an assessment or a registration (``passed_reviews``: 评价, 备案, 认证, 验收…) are the things that passed it, not
all such things: 首批207名港澳工程专业人才通过大湾区职称评价 (guangdong_2025) -> 通过大湾区职称评价的港澳工程专业人才;
6家企业机构通过国家网信办第一、二批次大模型备案 (xuhui_2024) -> 通过国家网信办大模型备案的企业机构, the rounds of the
review (``review_rounds``: 第一、二批次) dropped as the rounds of works are. Read by kg.extractors.acted_counts.
"""
from __future__ import annotations


from kg.extractors.metric_labels import label_problems
from kg.lexicon import Lexicon
from kg.extractors.list_marks import LIST_MARK
from kg.lang.zh.numerals import DIGIT

__all__ = ["passed_review"]

_REVIEW_CHARS = (2, 20)     # characters of the review after the verb of passing (大湾区职称评价)


def passed_review(own: str, clause: str, lex: Lexicon) -> str | None:
    """The review ``own``'s things passed, 的, and ``own``, when ``clause`` (the figure's clause after the number) says so
    (module docstring); None otherwise."""
    rules = lex.indicators.label
    verb = next((v for v in rules.passing_verbs if clause.startswith(own + v)), None) if own else None
    if verb is None or not clause.endswith(rules.passed_reviews):
        return None
    review = clause[len(own) + len(verb):]
    if rules.review_rounds is not None:
        review = rules.review_rounds.sub("", review)
    if not _REVIEW_CHARS[0] <= len(review) <= _REVIEW_CHARS[1] or DIGIT.search(review) or LIST_MARK in review:
        return None
    found = verb + review + lex.grammar.possessive + own
    return None if label_problems(found, lex) else found
