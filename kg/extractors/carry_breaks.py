"""Where an action written before one figure stops reaching the figures after it (issue 17, judged row of
tests/data/label_judge_3030.tsv: 开行中欧班列2286列…，中哈物流合作基地实现…互联贯通，…柬埔寨西哈努克港经济特区入园企业达190家
is no 开行…入园企业, jiangsu_2025)."""
from __future__ import annotations

import re

from kg.extractors.metric_labels import tagged
from kg.extractors.wording import strip_words, words
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.postag import VERB_FLAGS

__all__ = ["carry_broken"]

_HAN = re.compile("[\u4e00-\u9fff]")
_CLAUSE = 4                 # a clause without a figure this long says something of its own
_ITEM = "\u3001"
_NOUN_FLAGS = ("n", "vn")    # the first item's object after its verb


def carry_broken(text: str, floor: int, start: int, at: int, lex: Lexicon) -> bool:
    """Whether the action of the figure ending at ``floor`` stops before the clause opening at ``start`` whose
    figure is at ``at``: a clause without a figure stands between (…，中哈物流合作基地实现远洋干线互联贯通，…: the list
    of the action's objects ended), or the clause names its own subject and links it to the figure (入园企业达190家:
    a level of that subject, not another object of the action), or the clause is a list whose first item opens
    with a verb of its own (:func:`_own_list_verb`)."""
    between = [c for c in CLAUSE_BREAK.split(text[floor:start]) if not re.search(r"[0-9]", c)]
    if any(len(_HAN.findall(c)) >= _CLAUSE for c in between):
        return True
    wording = strip_words(text[start:at].strip(), words(lex, "noise"), trailing=False)
    links = longest_first(lex.hedges.measure.level_verbs)
    link = next((v for v in links if wording.endswith(v)), "")
    return bool(link) and len(_HAN.findall(wording[: len(wording) - len(link)])) >= 2 or _own_list_verb(wording, lex)


def _own_list_verb(wording: str, lex: Lexicon) -> bool:
    """Whether ``wording`` is a list whose first item opens with a verb of two characters or more before its object
    (治理沙漠化、石漠化土地1196万公顷 after 完成造林2953万公顷: national_2013): the verb acts on the list, the action
    before does not."""
    items = wording.split(_ITEM)
    found = tagged(items[0], lex) if len(items) > 1 and all(items) else ()
    return len(found) > 1 and found[0][1] == "v" and len(found[0][0]) >= 2 and found[1][1].startswith(_NOUN_FLAGS)


def opens_new_item(counted_noun: str, after: str, lex: Lexicon) -> bool:
    """Whether the words after a count open a list item of their own, glued on without a mark: a verb right after the
    count's measure word, then a figure of its own (国家级农业产业化龙头企业122家培育农民合作社20.3万家, henan_2025:
    the 122 are 龙头企业, and 培育农民合作社 counts the 20.3万). The count then names nothing after it."""
    found = tagged(counted_noun, lex) if counted_noun else ()
    return bool(found) and found[0][1] in VERB_FLAGS and re.match(
        r"\d", after.lstrip()[len(counted_noun):] if after.lstrip().startswith(counted_noun) else "") is not None


