"""The doer opening a figure's clause owns the generic things it counts (issue 17: the owner is a qualifier a label
keeps; judge 9402: 帮扶项目). A statistician names the programme or the government that carries the things out:

- a clause opening with nouns and then the verb acting on a count of a generic head (metrics.toml [label] owned_heads:
  项目, 资金) counts that doer's things: 年度南北合作实施192个帮扶项目 -> 南北合作帮扶项目 (jiangsu_2025), the time word
  opening the clause ([label] owner_times: 年度) left out;
- a 、 list item opening with the verb shares the doer of the clause's first item: 浙江省投入财政帮扶资金33.9亿元、实施
  帮扶项目781个 -> 浙江省帮扶项目 (sichuan_2026).

The doer is nouns only (a place, a programme: 南北|合作), none of the whole government (grammar.toml owner_scopes: 全省)
and none of the document's own government (the report speaks for it).

People counted before the verb of joining a programme ([label] programme_joins: 参保) that names none joined the
insurance ([label] programme_heads: 保险, 医保) the clause before names: 基本医疗保险覆盖范围继续扩大，13亿城乡居民参保 ->
基本医疗保险参保城乡居民 (national_2012; judge 9401) (:func:`joined_programme`). Read by
kg.extractors.clause_owners.topic_owned.
"""
from __future__ import annotations

from kg.extractors.indicator_names import named
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lang.zh.wordset import longest_first
from kg.lexicon import Lexicon
from kg.model import Document
from kg.extractors.list_marks import LIST_MARK

__all__ = ["clause_doer", "joined_programme", "own_names"]

_DOER = (2, 10)             # characters of a doer's name (浙江省, 南北合作)
_GENERIC_MAX = 6            # characters of a label generic enough to need its doer (帮扶项目)
_DOER_FLAGS = ("n", "j", "vn")  # the doer's words: 南北(ns)|合作(vn), 浙江省(ns)
_VERB = "v"
_PROGRAMME_FLAGS = ("n", "j", "vn", "a", "b")     # 基本(a)|医疗(n)|保险(n)


def clause_doer(label: str, before: str, own_names: tuple[str, ...], lex: Lexicon) -> str:
    """The doer opening the clause of a figure ``before`` which its short ``label`` with a generic head counts, or
    opening the first item of that clause when the figure's item opens with a verb; "" otherwise (module docstring)."""
    rules = lex.indicators.label
    if len(label) > _GENERIC_MAX or not label.endswith(rules.owned_heads) or label.startswith(rules.owned_levels):
        return ""                       # the cheap test first: most labels name more than a generic head
    items = CLAUSE_BREAK.split(before)[-1].split(LIST_MARK)
    doer, verb = _opening_doer(items[-1], lex)
    if not doer and verb and len(items) > 1:
        doer = _opening_doer(items[0], lex)[0]
    if not _DOER[0] <= len(doer) <= _DOER[1] or doer in label or doer in own_names \
            or doer.startswith(tuple(lex.grammar.owner_scopes)):
        return ""
    return doer


def _opening_doer(item: str, lex: Lexicon) -> tuple[str, bool]:
    """The nouns opening ``item`` before its first verb (its doer, "" when none or a word of another kind stands
    between), and whether a verb follows them."""
    text = item.strip()
    text = next((text[len(w):] for w in longest_first(lex.indicators.label.owner_times) if text.startswith(w)), text)
    doer = ""
    for word, flag in tagged(text, lex):
        if flag.startswith(_VERB) and flag != "vn":
            return doer, True
        if not flag.startswith(_DOER_FLAGS):
            return "", False
        doer += word
    return "", False


def own_names(document: Document, lex: Lexicon) -> tuple[str, ...]:
    """The names of the government a document speaks for (浙江省, 浙江)."""
    district = document.metadata.district
    return tuple(filter(None, {district, *(a for a in lex.areas if a.name == district for a in a.aliases)}))


def joined_programme(label: str, before: str, lex: Lexicon) -> str:
    """The label of people joining the programme the clause before names, when ``label`` is the people and the verb
    of joining alone (城乡居民参保 -> 基本医疗保险参保城乡居民); "" otherwise."""
    rules = lex.indicators.label
    join = next((j for j in rules.programme_joins if label.endswith(j)), "")
    people = label[: len(label) - len(join)]
    if not join or len(people) < 2 or any(h in label for h in rules.programme_heads):
        return ""                       # the cheap test first: a label closing with 参保 is rare
    clauses = CLAUSE_BREAK.split(before)
    programme = _programme(clauses[-2], lex) if len(clauses) > 1 else ""
    return (named(programme + join + people, lex) or "") if programme else ""


def _programme(clause: str, lex: Lexicon) -> str:
    """The insurance ``clause`` opens with, its qualifiers before its head (基本|医疗|保险), "" when none."""
    name = ""
    for word, flag in tagged(clause.strip(), lex):
        if not flag.startswith(_PROGRAMME_FLAGS):
            break
        name += word
        if name.endswith(tuple(lex.indicators.label.programme_heads)):
            return name
    return ""
