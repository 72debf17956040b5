"""Verbs listed before one noun all act on it: the figure after the noun counts what every verb of the list did, so
its label keeps them all (issue 17, the judged samples tests/data/label_judge_1129.tsv): 淘汰、停建、缓建煤电产能5000万千瓦
counts the three together (national_2017), 新建、改建、扩建农村寄宿制学校2400多所 the schools of the three kinds of
works (national_2006), where the wording had kept only the last verb."""
from __future__ import annotations

import itertools

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.lang.zh.punctuation import CLAUSE_BREAK

__all__ = ["listed_verbs"]

_ITEM = "\u3001"
_VERB_FLAGS = ("v", "vn")
_JOINING = ("c",)         # 新建和改建
_NOUN_FLAGS = ("n", "j", "vn", "l", "i")


def listed_verbs(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording with every verb of the list before it: a wording opened by a verb, right after a list mark whose
    items before it are verbs alone (the first item may open with other words: 要淘汰, 两年来新建), takes those verbs
    written together: 缓建煤电产能 -> 淘汰停建缓建煤电产能. None when the wording opens with no verb, no list mark
    stands right before it, each item has a figure of its own (分别,
    均: grammar.toml ``lists.each``), or the item before it holds more than verbs and words opening them (建成A、改造B, 园区建设、
    新建B: each item its own action)."""
    own = squash(o.metric_surface)
    clause = squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1])
    opening = tagged(own, lex)[:1]
    at = clause.rfind(own) if own else -1
    lead = "".join(w for w, _ in itertools.takewhile(lambda w: _is_verb(*w, lex), tagged(own, lex)))
    if at < 0 and lead and lead != own and clause.endswith(lead):      # 新建和加密建设、改造提升24个高速公路服务区
        at = len(clause) - len(lead)
    after = squash(sentence[o.quantity.end:])
    # 创建示范、评比表彰项目分别压减: each item's own figure
    each = any(w in clause[at + len(own):] or after.startswith(w) for w in lex.grammar.lists.each)
    if at < 2 or clause[at - 1] != _ITEM or each or not opening or not _is_verb(*opening[0], lex):
        return None
    run: list[str] = []
    for item in reversed(clause[: at - 1].split(_ITEM)):
        words = tagged(item, lex)
        verbs = list(itertools.takewhile(lambda w: _is_verb(*w, lex) or w[1] in _JOINING, reversed(words)))
        head = words[: len(words) - len(verbs)]
        if not verbs or any(f.startswith(_NOUN_FLAGS) for _, f in head):      # 园区建设、新建…: an object's
            break
        run.insert(0, "".join(w for w, _ in reversed(verbs)))
        if head:
            break
    return named("".join(run) + own, lex) if any(run) else None


def _is_verb(word: str, flag: str, lex: Lexicon) -> bool:
    """A verb of two characters or more as the tagger reads it, or one the lexicon knows (a count action too: 加密,
    read as a place in 新建和加密建设、改造提升高速公路服务区, guangdong_2025)."""
    return ((flag in _VERB_FLAGS and len(word) >= 2) or verb_pattern(lex).fullmatch(word) is not None
            or word in lex.indicators.label.count_actions)
