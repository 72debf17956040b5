"""Actions across the items of a list: the verbs listed before one noun all act on it (淘汰、停建、缓建煤电产能: issue 17,
the judged samples tests/data/label_judge_1129.tsv), the verbs opening a clause's first item act on its last item, and
an item's action passes to the next item, unless a list of figures closes the clause before."""
from __future__ import annotations

import itertools
import re

from kg.extractors.indicator_names import named
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.scheme_names import squash
from kg.extractors.stage.actions import joined_alternatives
from kg.extractors.stage.words import ITEM, VERB_FLAGS
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["carried_action", "clause_action", "item_verb", "list_closed", "listed_verbs"]

_FIGURE_ITEM = re.compile("[0-9\uff10-\uff19][^\u3001]*\u3001")
_JOINING = ("c",)         # 新建和改建
_NOUN_FLAGS = ("n", "j", "vn", "l", "i")


def list_closed(text: str, start: int) -> bool:
    """Whether the clause opening at ``start`` follows, past a clause break, a list of figures joined by 、: the
    verb opening that list acts on its items alone, so its action does not reach the figure after the break
    (新增国家现代农业产业园11个、优势特色产业集群9个，国家级农业产业化龙头企业119家: 119 is the stock, henan_2026)."""
    before = text[:start]
    if not before or not CLAUSE_BREAK.fullmatch(before[-1]):
        return False
    return _FIGURE_ITEM.search(CLAUSE_BREAK.split(before[:-1])[-1]) is not None


def carried_action(action: str, noun: str, lex: Lexicon) -> str:
    """The action a figure's wording passes to the next item of its list: its action with the verbs opening its noun,
    a run of verbs acting jointly (开工改造城镇老旧小区196个、城中村6万户 -> 开工改造城中村, not 开工城中村)."""
    run = verb_pattern(lex).match(noun)
    joint = noun[: run.end()] if run and len(noun) - run.end() >= 2 else ""
    return action + joint if joint and not joint.endswith(tuple(lex.indicators.label.connectives)) else action


def clause_action(items: list[str], lex: Lexicon) -> str:
    """The run of verbs opening the first of a clause's list items, which acts on the last item too when that has
    none (更新改造燃气、供排水等老化管道6000公里: 更新改造, not the verb of the clause before); "" for one item."""
    if len(items) < 2:
        return ""
    first = joined_alternatives(items[0], lex)      # 新(改)建燃气、供排水管网: 新改建
    run = verb_pattern(lex).match(first)
    return first[: run.end()] if run and run.end() >= 2 and len(first) > run.end() else ""


def item_verb(items: list[str], lex: Lexicon) -> str:
    """The verb a list's last item is alone, before the count of its own noun: that item's own action, which no verb
    of the items before reaches (建成42万张方舱床位、扩充44家定点医院 -> 扩充定点医院, not 建成定点医院:
    shanghai_city_2023); "" when the last item is no verb of its own or the list has one item."""
    last = items[-1].strip() if len(items) > 1 else ""
    words = tagged(last, lex) if last else []
    return last if len(words) == 1 and _is_verb(*words[0], lex) and words[0][1] in VERB_FLAGS else ""


def listed_verbs(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording with every verb of the list before it: a wording opened by a verb, right after a list mark whose
    items before it are verbs alone (the first item may open with other words: 要淘汰, 两年来新建), takes those verbs
    written together: 缓建煤电产能 -> 淘汰停建缓建煤电产能 (national_2017; 新建、改建、扩建农村寄宿制学校 counts the schools
    of the three kinds of works, national_2006). None when the wording opens with no verb, no list mark stands right
    before it, each item has a figure of its own (分别, 均: grammar.toml ``lists.each``), or the item before it holds
    more than verbs and words opening them (建成A、改造B, 园区建设、新建B: each item its own action)."""
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
    if at < 2 or clause[at - 1] != ITEM or each or not opening or not _is_verb(*opening[0], lex):
        return None
    run: list[str] = []
    for item in reversed(clause[: at - 1].split(ITEM)):
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
    return ((flag in VERB_FLAGS and len(word) >= 2) or verb_pattern(lex).fullmatch(word) is not None
            or word in lex.indicators.label.count_actions)
