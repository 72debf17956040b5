"""Owners that list items and the clause after share (issue 17: the owner is one of the qualifiers a label keeps;
judges 3141 and 2718). A statistician reads an owner written once for all the measures it owns:

- the owner of the first item of a list of an owner's measures owns the items after it that name a measure alone:
  省管企业净资产增长8.9%、研发投入增长34.4% -> 省管企业研发投入 (henan_2025);
- the owner of the clause before carries to a clause that opens with such a measure and names no owner of its own:
  全省地方国企资产总额增长116.2%、达到23.2万亿元，营业总收入、利润总额五年分别增长97.3%、27.7% -> 地方国企营业总收入,
  地方国企利润总额 (sichuan_2026);
- a figure whose clause names nothing of its own (only a linking or change verb and a hedge) continues the measure of
  the figure before, its owner kept: 成都国际航空枢纽年旅客吞吐量增长16.6%，突破8700万人次 -> 成都国际航空枢纽旅客吞吐量
  for both (sichuan_2025), not the lexicon's 机场旅客吞吐量 for the second.

An owner's measure is one of metrics.toml [label] entity_measures (营业总收入, 净资产, 研发投入: what an enterprise or a
zone reports of itself). Read by kg.extractors.observations after the other owners.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extractors.metric_labels import tagged
from kg.extractors.scheme_names import squash
from kg.extractors.wording import strip_words
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lang.zh.wordset import longest_first
from kg.lexicon import Lexicon
from kg.model import Document, Observation

__all__ = ["quoted_item_end", "shared_owners"]

_ITEM = "\u3001"
_OWNER = (2, 8)             # characters of an owner's name (省管企业, 规上工业企业)
_NOUNS = ("n", "j")         # the word closing an owner's name (企业, 国企)
_NOT_IN_NAME = ("v", "p", "c", "u", "d", "r", "m", "q", "x")   # flags of a word that is no part of an owner's name
_VERBAL_NOUN = "vn"         # 省|管|企业: a verbal noun inside a name is part of it
_QUOTED = re.compile("^\u201c([^\u201d]{1,8})\u201d")


def shared_owners(document: Document, observations: Sequence[Observation], lex: Lexicon) -> list[Observation]:
    """``observations`` with each figure worded by an owner's measure alone named as the owner of the figure before
    it in its list or in the clause before (module docstring)."""
    measures = frozenset(lex.indicators.label.entity_measures)
    out: list[Observation] = []
    for o in observations:
        before = out[-1] if out and out[-1].sentence == o.sentence else None
        text = document.sentences[o.sentence].text
        owner = _owner(before, o, text, lex) if before is not None and squash(o.metric) in measures else ""
        if owner:
            out.append(replace(o, metric=owner + o.metric, metric_surface=owner + o.metric_surface))
        elif before is not None and _continued(before, o, text, lex):
            out.append(replace(o, metric=before.metric, metric_surface=before.metric_surface))
        else:
            out.append(o)
    return out


def _continued(before: Observation, o: Observation, text: str, lex: Lexicon) -> bool:
    """Whether ``o`` continues the measure of ``before`` in the clause right after it, ``before``'s label being ``o``'s
    wording with its owner's nouns before it, and ``o``'s clause naming nothing before its figure."""
    own, whole = squash(o.metric_surface), squash(before.metric)
    if not own or len(whole) <= len(own) or not whole.endswith(own) or o.metric == before.metric:
        return False                            # the cheap test first: most figures are no such continuation
    gap = squash(text[before.quantity.end:o.quantity.start])
    if len(CLAUSE_BREAK.findall(gap)) != 1 or CLAUSE_BREAK.split(gap)[0]:
        return False                            # the figure before closes its clause, and this one is the next's
    measure = lex.hedges.measure
    links = longest_first((*measure.level_verbs, *measure.increase, *measure.decrease,
                           *lex.hedges.comparator.before.all()))
    if strip_words(CLAUSE_BREAK.split(gap)[-1], links):
        return False
    owner = whole[: len(whole) - len(own)]
    words = tagged(owner, lex)
    return bool(words) and all(f.startswith(_NOUNS) for _, f in words) and not owner.startswith(
        tuple(lex.hedges.words.actions))


def _owner(before: Observation, o: Observation, text: str, lex: Lexicon) -> str:
    """The owner ``before``'s label names before an owner's measure, when ``o`` is listed right after it or opens
    the clause after it; "" otherwise."""
    gap = squash(text[before.quantity.end:o.quantity.start])
    breaks = CLAUSE_BREAK.findall(gap)
    own = squash(o.metric_surface)
    if len(breaks) > 1 or not own:
        return ""
    if breaks:                                  # the clause after opens with the measure, or lists it first
        opening = CLAUSE_BREAK.split(gap)[-1]
        if not opening.startswith(own) and opening.split(_ITEM)[0] not in lex.indicators.label.entity_measures:
            return ""
    elif not (gap == _ITEM or gap.startswith(_ITEM + own)):
        return ""
    return _owner_of(squash(before.metric), lex)


def _owner_of(label: str, lex: Lexicon) -> str:
    """The owner's name before the owner's measure closing ``label`` (省管企业 of 省管企业净资产), "" when ``label``
    closes with none or the words before it are no owner's name."""
    measure = next((m for m in longest_first(lex.indicators.label.entity_measures) if label.endswith(m)), "")
    owner = label[: len(label) - len(measure)] if measure else ""
    if not _OWNER[0] <= len(owner) <= _OWNER[1] or owner in lex.grammar.owner_scopes:
        return ""
    words = tagged(owner, lex)
    if not words or not words[-1][1].startswith(_NOUNS) \
            or any(f.startswith(_NOT_IN_NAME) and f != _VERBAL_NOUN for _, f in words):
        return ""
    return owner


def quoted_item_end(last: str, first: str) -> int | None:
    """Where the words a list's last item shares with the items before it open, when that item opens with a quoted
    name parallel to them: after the quotation (小微企业、“三农”贷款增速 -> 小微企业贷款增速, national_2015), and after the
    words closing the first item when the quotation qualifies them too (国有企业、“专精特新”企业营业收入); None when the
    last item opens with no quotation."""
    found = _QUOTED.match(last)
    if found is None or len(last) - found.end() < 2:
        return None
    rest = last[found.end():]
    shared = max((k for k in range(2, len(first)) if rest.startswith(first[-k:]) and len(rest) > k), default=0)
    return found.end() + shared
