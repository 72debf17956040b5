"""The body that acts on a count, kept in its label when the sentence sets another body doing the same beside it (issue
17, the dev judge 6009's row "lost qualifier (owner)"): 国务院已取消1195个行政审批事项，各级地方政府也取消了一批行政审批事项
counts the items the State Council cancelled, not all items cancelled (national_2003) (:func:`contrasted_actor`).
A body helping the things its count counts is named with them, the help no 新增 of new things (judges 6010/6011):
今后三年内中央财政再支持5000所中心乡镇卫生院… -> 中央财政支持中心乡镇卫生院建设 (:func:`aiding_body`)."""
from __future__ import annotations

import re
from functools import cache

from kg.extractors.indicator_names import named
from kg.extractors.list_marks import LIST_MARK, joiners
from kg.extractors.metric_labels import tagged
from kg.extractors.scheme_names import squash
from kg.extractors.stage.words import VERB_FLAGS, stage_opening
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon

__all__ = ["aiding_body", "contrasted_actor"]

_BODY_FLAGS = ("nt",)           # an organisation (国务院): who acts, as the tagger reads it
_BETWEEN_FLAGS = ("d",)         # 已: adverbs between the body and its verb
_HELPER_FLAGS = ("nt", "ns")    # 中央财政, 广州: organisations and places that help, as the tagger reads them
_ITEM_MARKS = ("x",)            # 、 between helping places (广州、深圳)


def contrasted_actor(wording: str, before: str, after: str, lex: Lexicon) -> str:
    """``wording`` with the body (an organisation) opening the clause of its count and the verb right before the count,
    when a later clause of the sentence has a contrast mark (metrics.toml ``contrast_marks``: 也) before the same verb:
    the figure is that body's. Else ``wording``."""
    marks = lex.indicators.label.contrast_marks
    if not marks or not any(m in after for m in marks):
        return wording
    words = tagged(squash(CLAUSE_BREAK.split(before)[-1]), lex)
    if len(words) < 2 or not words[0][1].startswith(_BODY_FLAGS) or words[-1][1] not in VERB_FLAGS:
        return wording
    if not all(f.startswith(_BETWEEN_FLAGS) for _, f in words[1:-1]):
        return wording
    body, verb, own = words[0][0], words[-1][0], squash(wording)
    if len(verb) < 2 or body in own or not _restated(verb, after, marks):
        return wording
    noun = own.removeprefix(verb).removesuffix(verb)     # 行政审批事项取消 and 审批事项 alike: the verb before the count
    return named(body + verb + noun, lex) or wording


def _restated(verb: str, after: str, marks: tuple[str, ...]) -> bool:
    """Whether a later clause has a contrast mark and ``verb`` after it."""
    for clause in CLAUSE_BREAK.split(after)[1:]:
        at = next((clause.find(m) for m in marks if m in clause), -1)
        if at >= 0 and verb in clause[at:]:
            return True
    return False


def aiding_body(wording: str, before: str, lex: Lexicon) -> str:
    """``wording`` named with the body that helps the counted things (metrics.toml ``aid_verbs``: 中央财政再支持5000所…,
    广州、深圳援助梅州建设4个小镇): the body (organisations, places) and the aid verb close the count's clause before
    it, maybe with adverbs between, and only the earlier items of a list of counts (5000所中心乡镇卫生院、2000所…和) or
    places the aid goes to and the verb opening ``wording`` after the verb. Else ``wording``."""
    verbs = lex.indicators.label.aid_verbs
    clause = CLAUSE_BREAK.split(before)[-1]
    verb = next((v for v in verbs if v in clause), "")
    if not verb:
        return wording
    at = clause.rfind(verb)
    words = tagged(squash(clause[:at]), lex)
    body, own = _helper(words) or _funds(words, lex), squash(wording)
    rest = _earlier_items(lex).sub("", squash(clause[at + len(verb):]))
    places = _aided_places(rest, own, lex)
    if not body or body in own or places is None:
        return wording
    own = _own_stage(rest, own, lex) if rest and not places else own
    return named(body + verb + places + own, lex) or wording


def _funds(words: tuple[tuple[str, str], ...], lex: Lexicon) -> str:
    """The funds of a payer closing ``words``, the funding verb between them left out (中央财政安排专项资金 ->
    中央财政专项资金, 国家安排专项资金 -> 国家专项资金: metrics.toml ``funding_verbs``, ``funding_noun``); the payer an
    organisation or place, a level of government (``owned_levels``: 国家) or a name closing with ``funders`` (财政)."""
    rules = lex.indicators.label
    if len(words) < 3 or not rules.funding_noun or not words[-1][0].endswith(rules.funding_noun):
        return ""
    if words[-2][0] not in rules.funding_verbs:
        return ""
    payer = _helper(words[:-2])
    if not payer and (words[-3][0] in rules.owned_levels or words[-3][0].endswith(tuple(rules.funders))):
        payer = words[-3][0]
    return payer + words[-1][0] if payer else ""


def _own_stage(rest: str, own: str, lex: Lexicon) -> str:
    """``own`` opened by the one verb between the aid verb and the count (支持…、建设7000多所寄宿制学校: 建设), in place of
    a stage verb the label was given (新增); else ``own``."""
    if own.startswith(rest):
        return own
    stage = stage_opening(own, lex) or ""
    return rest + own[len(stage):]


@cache
def _earlier_items(lex: Lexicon) -> re.Pattern[str]:
    """The earlier items of a list of counts up to the last mark before the count: 5000所中心乡镇卫生院、, 533个县级图书馆、
    文化馆和 (、 and the joiners)."""
    marks = LIST_MARK + joiners(lex)
    return re.compile(f"[0-9][^\uff0c]*[{marks}]")


def _helper(words: tuple[tuple[str, str], ...]) -> str:
    """The organisations or places (a 、 list of them) closing ``words``, adverbs after them left out; "" if none."""
    k = len(words)
    while k and words[k - 1][1].startswith(_BETWEEN_FLAGS):
        k -= 1
    start = k
    while start and (words[start - 1][1].startswith(_HELPER_FLAGS)
                     or (words[start - 1][1] in _ITEM_MARKS and start > 1 and start < k)):
        start -= 1
    return "".join(w for w, f in words[start:k] if f not in _ITEM_MARKS)


def _aided_places(rest: str, own: str, lex: Lexicon) -> str | None:
    """The places between the aid verb and the count (梅州 of 援助梅州建设), whose verb after them opens ``own``; ""
    when nothing is between; None when anything else is."""
    if not rest:
        return ""
    words = tagged(rest, lex)
    if len(words) == 1 and words[0][1] in VERB_FLAGS:
        return ""
    if len(words) < 2 or words[-1][1] not in VERB_FLAGS or not own.startswith(words[-1][0]):
        return None
    if not all(f.startswith(_HELPER_FLAGS) for _, f in words[:-1]):
        return None
    return "".join(w for w, _ in words[:-1])
