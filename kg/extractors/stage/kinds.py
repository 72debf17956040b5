"""Kinds listed under one verb share the qualifiers written once before the first (issue 17, judge 9402:
新建国家现代农业产业园2个、产业集群1个 (sichuan_2026) counts national modern-agriculture clusters, not any new cluster).
The second item opens with the word that opens the first item's head (产业 of 产业园 and 产业集群) and closes with a
head of its own and nothing more (集群): both are kinds of that word's units, so the words before it in the first item
(国家现代农业) qualify both. An item that repeats the first's whole head (专精特新企业、企业技术中心: 企业 closes the first),
brings modifiers of its own (社区市民健身中心31个、市民健身步道80条: 健身步道 after 市民, no 社区 step path), follows
qualifiers that are a list themselves (机构及社区养老服务设施1.8万个、养老床位53.4万张: whether each owner listed holds the
next item too the sentence does not say) or names another thing keeps its wording. Read by
:func:`kg.extractors.stage.labels.staged_part`.
"""
from __future__ import annotations

from kg.extractors.indicator_names import named, squash
from kg.extractors.list_marks import LIST_MARK, item_ends
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.lang.zh.numerals import DIGIT
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon

__all__ = ["shared_qualifiers"]

_WORD = 2           # the shortest shared word (产业)


def shared_qualifiers(wording: str, whole: str, between: str, lex: Lexicon) -> str:
    """``wording`` of a list item with the qualifiers of the item before it (module docstring: 新建产业集群 after
    新增国家现代农业产业园 -> 新建国家现代农业产业集群); else ``wording``."""
    item, whole, own = squash(between), squash(whole), squash(wording)
    if not item.startswith(LIST_MARK) or item[1:1 + _WORD] not in whole:
        return wording                  # cheap precondition: an item of a list whose opening the item before holds
    item = item[1:]
    if DIGIT.search(item) or CLAUSE_BREAK.search(item) or not own.endswith(item) or len(item) <= _WORD:
        return wording
    verb = own[: -len(item)]
    run = verb_pattern(lex).match(whole)
    if verb and (verb_pattern(lex).fullmatch(verb) is None):
        return wording                  # the item's wording carries more than a verb
    rest = whole[run.end():] if run else whole
    word = tagged(item, lex)[0][0]
    at = rest.find(word)
    if len(word) < _WORD or at <= 0 or len(rest) == at + len(word) or rest[at + len(word):] == item[len(word):] \
            or len(item) - len(word) > _WORD:
        return wording                  # no shared word inside the first item's head, the same head, or own modifiers
    if any(end in rest[:at] for end in item_ends(lex)):
        return wording                  # qualifiers that list owners (机构及社区) are read with their own item
    return named(verb + rest[:at] + item, lex) or wording
