"""A count that is a quota of each unit, not a total (issue 17, the "other" row of /work/label_judge_6010.tsv):
每个街镇选点建设1-2个“三旧”变“三新”示范区 (xuhui_2022) sets 1-2 zones for each street or town, so the label names the
quota as such, 每个街镇建设三旧变三新示范区, as the exhaustive gold names it (每个街镇建设“三旧”变“三新”示范区), and
never the bare 三旧变三新示范区 that reads as the district's total. The openings of a unit (grammar.toml
``names.per_unit``) are data.
"""
from __future__ import annotations

from kg.extractors.metric_labels import tagged
from kg.extractors.scheme_names import squash
from kg.lang.zh.postag import VERB_FLAGS
from kg.lang.zh.punctuation import BRACKETED_ITEM_BREAK
from kg.lang.zh.wordset import longest_first
from kg.lexicon import Lexicon

__all__ = ["per_unit_quota"]


def per_unit_quota(wording: str, before: str, lex: Lexicon) -> str:
    """``wording`` opened by the unit its count is per when the count's clause, before it, opens a unit (每个) with a
    noun and, after the noun, the verb right before the count: 每个街镇建设 + 三旧变三新示范区 (a unit of
    grammar.toml ``names.quota_units`` keeps only its verb, not the words between: 选点). A wording that
    already names a unit (平均每个工作日新注册企业) or a unit that is no noun stays as it is."""
    opens = lex.grammar.names.per_unit
    if not opens or not any(w in before for w in opens) or any(w in wording for w in opens):
        return wording              # cheap precondition: a unit's opening in the words before the count
    clause = BRACKETED_ITEM_BREAK.split(before)[-1]
    at, opener = max((clause.rfind(w), w) for w in opens)
    if at < 0:
        return wording
    stretch = squash(clause[at + len(opener):])
    words = tagged(stretch, lex)
    if len(words) < 2 or not words[0][1].startswith(_NOUN_FLAGS) or words[-1][1] not in VERB_FLAGS:
        return wording              # the quota's verb stands right before the count: 建设1-2个
    unit = next((u for u in longest_first(lex.grammar.names.quota_units) if stretch.startswith(u)), "")
    if unit and len(unit) + len(words[-1][0]) < len(stretch):     # 街镇(选点)建设: the unit and its verb
        return opener + unit + words[-1][0] + wording
    return opener + stretch + wording


# jieba's flags of a noun that names a unit: nouns, places, organisations, distinguishing words (县级).
_NOUN_FLAGS = ("n", "b")
