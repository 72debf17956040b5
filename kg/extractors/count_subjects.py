"""The noun a count counts when the words after it run, through a verb, into a second count (issue 17, the "glued"
rows of /work/label_judge_6010.tsv): 62个省级纵向支持组团实施重点项目1000多个 (guangdong_2026) counts 62 groups that
carry out more than 1000 projects; the first count's noun stops at the verb, its subject (省级纵向支持组团), and the
verb with its object belongs to the second count. A statistician reads "N units do M things" as two figures.

Counts whose second count is a bare number (sizes of a working set, set_sizes.py) never reach here: figures.py drops
them first. Only a wording that is the whole glued stretch is cut; a wording another rule already chose is kept.
"""
from __future__ import annotations

import re
from functools import cache

from kg.extractors.indicator_names import squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.numerals import CN_NUMERAL
from kg.lang.zh.postag import VERB_FLAGS
from kg.lang.zh.wordset import longest_first
from kg.lexicon import Lexicon
from kg.model import Quantity

__all__ = ["subject_of_count"]


def subject_of_count(wording: str, q: Quantity, after: str, lex: Lexicon) -> str:
    """The subject counted by ``q`` (a count in a generic classifier) when ``wording`` is the whole stretch from the
    count to a second count in its clause and that stretch is a noun, a verb and its object: 省级纵向支持组团实施重点
    项目 -> 省级纵向支持组团. The subject ends at the last noun before a verb (the tagger reads 转移 in 承接产业转移主平台
    as a verb too). Else ``wording`` unchanged."""
    if q.unit not in lex.generic_classifiers or not re.search(r"\d", after[:_REACH + 8]):
        return wording          # cheap precondition: a digit close after the count
    found = _next_count(lex).match(after)
    if found is None or squash(found.group(1)) != squash(wording):
        return wording
    words = tagged(found.group(1), lex)
    if any(w in lex.grammar.lists.joiners for w, _ in words):
        return wording          # 1410个县级和250个: a list of counts, not a subject doing something
    if not words[-1][1].startswith("n") or words[0][1].startswith(_NO_NOUN_OPENS):
        return wording          # 15个承接产业转移主平台落地项目2200个: a verb opens the stretch, no subject to cut
    ends = [k for k in range(1, len(words) - 1) if words[k - 1][1].startswith("n") and words[k][1] in VERB_FLAGS]
    subject = "".join(w for w, _ in words[:ends[-1]]) if ends else ""
    return subject if len(subject) >= _SHORTEST else wording    # the last noun before a verb: 承接产业转移主平台落地


@cache
def _next_count(lex: Lexicon) -> re.Pattern[str]:
    """The words from a count to the next count of things (hedged or not) in the same clause."""
    units = "|".join(map(re.escape, longest_first(tuple(lex.generic_classifiers))))
    scales = "|".join(map(re.escape, longest_first(lex.grammar.bare.multipliers)))
    rough = "|".join(map(re.escape, longest_first(tuple(lex.hedges.comparator.approximate))))
    return re.compile(rf"([^\d{CN_NUMERAL},;:。!?，；：！？、()（）“”]{{4,{_REACH}}}?)\d+(?:\.\d+)?(?:{scales})?"
                      rf"(?:{rough})?(?:{units})")


_REACH = 16
_SHORTEST = 2
# jieba's flags of a word that opens no noun (as set_sizes.py reads them).
_NO_NOUN_OPENS = ("v", "d", "p", "c", "u", "m", "r", "x")
