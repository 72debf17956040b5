"""The thing a listed measure is of, named by the item before it (issue 17: a label keeps its head; the dev judge's rows
of /work/label_judge_1618.tsv that lost the thing: 出让收益).

A figure listed right after the figure of an item whose wording holds the word its own wording opens with measures the
same thing: the nouns the item names before that word (its subject) open its label.

- 矿业权出让111宗、出让收益超过133.6亿元 -> 矿业权出让收益 (sichuan_2025);
- 1299个重大项目完成投资1.4万亿元、投资完成率129.6% -> 重大项目投资完成率 (zhejiang_2025), the subject's verb (完成)
  staying with its own figure;
- 职工医保个人账户家庭共济改革惠及616.2万名近亲属、共济金额69.1亿元 -> 职工医保个人账户家庭共济金额 (zhejiang_2026).

A measure worded without its thing that closes one indicator of the scheme alone, whose thing its sentence names before
it, is that indicator: 高等教育在学人数2500万人，毛入学率提高到22% -> 高等教育毛入学率 (national_2007) (:func:`known_thing`).

A figure counting by a generic noun alone the things a figure of the same unit before it in its sentence names in full
counts that kind: 4个国家重大科技基础设施开工建设，5个设施建成投用 -> 国家重大科技基础设施建成投用 (shanghai_city_2023)
(:func:`carried_kind`); so does a clause before that opens with the kind and counts the same noun: 重大水利工程已开工的57个
项目要加快建设，今年再开工27个项目 -> 开工重大水利工程项目 (national_2015) (:func:`kind_before`).

A count worded by the owner its clause names before the figure counts the things named right after the figure, and what
they do when that closes the clause: 广东自贸试验区43项改革创新成果在全国推广 -> 广东自贸试验区改革创新成果在全国推广
(guangdong_2026); 苏州河中心城区42公里岸线的公共空间基本贯通开放 -> 苏州河中心城区岸线 (shanghai_city_2021). Only a name
alone that opens the clause so, with no verb, is an owner: 聘请200名…医疗专家 and 首批10个…试点 are completed elsewhere
(:func:`owned_count`).

A sum a total of investment ([label] counted_totals) words right before it, of the thing named after it and 的, is that
thing's: 总投资200亿元的大湾区“菜篮子”交易中心揭牌 -> 大湾区菜篮子交易中心总投资 (guangdong_2025), 总投资为164亿元的突发
公共卫生事件医疗救治体系建设进展顺利 -> 突发公共卫生事件医疗救治体系总投资 (national_2006) (:func:`invested_in`).

A thing listed alone after an item's measure of the same unit has that measure: 力争整车产量200万辆、新能源汽车140万辆 ->
新能源汽车产量 (henan_2025); the measures are the list heads of grammar.toml [lists] (:func:`listed_measure`).

A measure changed to a figure in a clause a marker of its object opens ([label] disposal_markers: 将) is the owner's the
marker names before its current figure: 将制造业等行业现行16%的税率降至13% -> 制造业等行业税率 (national_2019)
(:func:`disposed_measure`).

A count inside a modifier closed by 的, after a verb of coverage ([label] coverage_verbs: 覆盖), counts what the noun
the modifier qualifies covers: 织密织牢覆盖全市1.3万个住宅小区、2.5万个村组的疫情防控网 -> 疫情防控网覆盖住宅小区
(shanghai_city_2021) (:func:`covering_noun`).

Not so when the item's words before the shared word are no subject (非金融类对外直接投资和对外工程承包营业额: a kind, not
an owner), the shared word opens the item (新增…、新增…: a list's verb) or what the measure adds after it is more than a
short noun (a thing of its own). Read by kg.extractors.heads.lost_head (:func:`lost_thing`); the indicator scheme is metrics.toml.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from kg.extractors.audiences import served_audience
from kg.extractors.carried_things import bare_measure_thing, taxed_measure, verb_item_thing
from kg.extractors.example_heads import example_head
from kg.extractors.framed_items import framed_item
from kg.extractors.graded_kinds import graded_kind
from kg.extractors.list_totals import totalled_list
from kg.extractors.indicator_names import known, named, squash
from kg.extractors.metric_labels import label_problems, tagged, verb_pattern
from kg.extractors.paid_purposes import paid_purpose
from kg.extractors.share_wholes import share_of_whole
from kg.extractors.stage.words import stage_closing
from kg.extractors.wording import post_noun
from kg.lang.zh.punctuation import CLAUSE_BREAK, ITEM_BREAK, QUOTE_MARKS
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.postag import NOUN_FLAGS, VERB_FLAGS
from kg.lang.zh.numerals import DIGIT

__all__ = ["carried_kind", "covering_noun", "disposed_measure", "invested_in", "kind_before", "known_thing",
           "listed_measure", "lost_thing", "measured_thing", "owned_count"]

_SUBJECT_TAGS = NOUN_FLAGS     # 上海|口岸, 职工|医保
_HEAD_TAGS = (*_SUBJECT_TAGS, "vn")
_UNIT_REST = 2              # characters of a unit the figure before leaves unread (度 of 亿度)
_WORD_MIN = 2               # characters of the shared word (出让, 投资)
_NOUN_MAX = 10              # characters of the noun a count is of (改革创新成果)
_PREDICATE_MAX = 6          # characters of what the counted things do (在全国推广)
_SCOPE_MAX = 2              # characters of a scope between a verb of coverage and its count (全市)
_MONEY = "cur:"
_MEASURE_MAX = 4            # characters the measure adds after the shared word (收益, 完成率, 综合收入)


def lost_thing(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o`` with the thing, whole or measure its sentence gives it (module docstring; the shares of a
    whole: kg.extractors.share_wholes; grades, scopes and problems: kg.extractors.graded_kinds; a payer's purpose:
    kg.extractors.paid_purposes; a class named by examples before 等: kg.extractors.example_heads; a list totalled by
    共: kg.extractors.list_totals; a service and its audience: kg.extractors.audiences), else None."""
    return (framed_item(o, sentence, lex) or example_head(o, sentence, lex) or totalled_list(o, sentence, lex) or served_audience(o, sentence, lex)
            or measured_thing(o, before, sentence, lex)
            or share_of_whole(o, sentence, lex) or known_thing(o, sentence, lex)
            or carried_kind(o, before, sentence, lex) or kind_before(o, sentence, lex) or owned_count(o, sentence, lex)
            or invested_in(o, sentence, lex) or listed_measure(o, before, sentence, lex)
            or taxed_measure(disposed_measure(o, sentence, lex), o, sentence, lex) or covering_noun(o, sentence, lex) or graded_kind(o, sentence, lex)
            or paid_purpose(o, sentence, lex) or bare_measure_thing(o, before, sentence, lex)
            or verb_item_thing(o, before, sentence, lex))


def measured_thing(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o`` opened by the subject of the item listed before it when its first word is a word of that
    item after its subject (module docstring); None otherwise."""
    own = squash(o.metric_surface)
    if before is None or before.sentence != o.sentence or len(own) < _WORD_MIN + 1:
        return None
    parts = ITEM_BREAK.split(squash(sentence[before.quantity.end:o.quantity.start]))
    item = squash(before.metric_surface)
    if len(parts) == 2 and parts[1].endswith(own) and len(tagged(parts[1], lex)[0][0]) > len(parts[1]) - len(own) > 0:
        own = parts[1]                  # 共|济金额: a wording cut inside the word opening it (共济) made whole
    if len(parts) != 2 or len(parts[0]) > _UNIT_REST and not item.endswith(parts[0]) or not parts[1].startswith(own):
        return None                     # 111宗、出让收益, 616.2万名近亲属、共济金额: the item's figure, then this one
    word = tagged(own, lex)[0][0]
    at = _word_at(item, word, lex)
    if len(word) < _WORD_MIN or at < _WORD_MIN or not 0 < len(own) - len(word) <= _MEASURE_MAX:
        return None
    subject = _subject(item[:at], lex)
    return named(subject + own, lex) if subject and subject not in own else None


def known_thing(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The one indicator of the scheme whose name closes with the wording of ``o`` (no indicator's name itself, opening
    the figure's clause) after a thing a clause before in its sentence names; None when none or more than one so
    closes."""
    own = squash(o.metric_surface)
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    if len(own) < _WORD_MIN + 1 or known(own, lex) or len(clauses) < 2 or not clauses[-1].startswith(own):
        return None                     # 毛入学率提高到: the measure opens its clause
    head = "".join(clauses[:-1])
    found = {canonical for name, canonical in _aliases_by_last(lex).get(own[-1], ())
             if name.endswith(own) and len(name) - len(own) >= _WORD_MIN and name[: -len(own)] in head
             and _subject(name[: -len(own)], lex) == name[: -len(own)]}      # 高等教育: a thing, no stage (新增)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=8)
def _aliases_by_last(lex: Lexicon) -> dict[str, list[tuple[str, str]]]:
    """The scheme's (alias, name) pairs by the alias's last character, for finding the aliases a wording closes."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, canonical in lex.metric_aliases().items():
        out.setdefault(name[-1:], []).append((name, canonical))
    return out


def carried_kind(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o`` with the full name of the things the figure before, of the same unit, counts in place of
    the generic noun it opens with and counts right after its figure; None otherwise."""
    own = squash(o.metric_surface)
    if before is None or before.sentence != o.sentence or before.quantity.unit != o.quantity.unit or not own:
        return None
    noun = tagged(own, lex)[0][0]
    item = squash(before.metric_surface)
    item = item[: len(item) - len(stage_closing(item, lex) or "")]      # 国家重大科技基础设施开工: the things
    after = squash(sentence[o.quantity.end:])
    if len(noun) < _WORD_MIN or not after.startswith(noun) or not item.endswith(noun) or len(item) <= len(noun) + 1:
        return None                     # 5个设施建成投用: the generic noun counted after the figure
    kind = item[: -len(noun)]
    if not all(p in _SUBJECT_TAGS or p in ("b", "a") for _, p in tagged(kind, lex)):
        return None                     # 国家|重大|科技|基础: the kind's qualifiers, no verb
    clause = CLAUSE_BREAK.split(after, maxsplit=1)[0]
    done = tagged(clause[len(noun):], lex) if len(clause) > len(noun) else ()
    if own == noun and (not done or not all(p == "v" for _, p in done) or len(clause) - len(noun) > _MEASURE_MAX):
        return None                     # 设施|建成|投用: what the things did, kept with them
    return named(kind + (clause if own == noun else own), lex)


def kind_before(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o``, holding the generic noun ([label] bare: 项目) its figure counts right after it, with the
    kind a clause before opens with in front of that noun, when that clause counts the same noun in the same unit; None
    otherwise."""
    own = squash(o.metric_surface)
    after = squash(sentence[o.quantity.end:])
    noun = tagged(after, lex)[0][0] if after else ""
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    if (noun not in lex.indicators.label.bare or noun not in own or len(clauses) < 2 or not o.quantity.unit
            or not re.search(f"[0-9.]+{re.escape(o.quantity.unit)}{re.escape(noun)}", clauses[-2])):
        return None                     # 57个项目…，27个项目: the same noun counted in the clause before
    words = tagged(clauses[-2], lex)
    kind = "".join(w for w, _ in itertools.takewhile(lambda t: t[1] in (*_SUBJECT_TAGS, "a", "b"), words))
    if len(kind) < _WORD_MIN + 2 or kind.endswith(noun) or kind in own:
        return None                     # 重大|水利工程: the kind opening that clause
    return named(own.replace(noun, kind + noun, 1), lex)


def owned_count(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o``, a name alone making its clause before the figure, with the things the figure counts right
    after it and what they do to the clause's end when that is short (module docstring); None when no noun follows
    the figure, the clause goes on with another figure or the wording names the noun already."""
    own = squash(o.metric_surface)
    clause = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1]
    after = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    if (clause != own or label_problems(own, lex) or verb_pattern(lex).search(own)
            or any(p == "v" for _, p in tagged(own, lex)) or "%" in o.quantity.unit
            or o.quantity.normalized_unit.startswith(_MONEY) or DIGIT.search(after) or "\u3001" in after
            or after.startswith(tuple(lex.indicators.label.hedge_closings))):
        return None                     # 广东自贸试验区|43项: a name alone opening the clause, no verb
    noun = post_noun(after, lex)
    rest = after[len(noun):] if after.startswith(noun) else ""
    if not _WORD_MIN <= len(noun) <= _NOUN_MAX or noun[:_WORD_MIN] in own or not after.startswith(noun):
        return None
    phrase = own + noun
    return (named(phrase + rest, lex) if rest and len(rest) <= _PREDICATE_MAX else None) or named(phrase, lex)


def invested_in(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The thing named after the sum of money of ``o`` and 的 with the total of investment worded right before the
    figure; None when no such total closes the words before the figure or no 的 and noun follow it."""
    totals = longest_first(lex.indicators.label.counted_totals)
    head = squash(sentence[:o.quantity.start])
    total = next((t for t in totals if head.endswith(t) or head[:-1].endswith(t)), "")     # 总投资约: a hedge
    after = QUOTE_MARKS.sub("", squash(sentence[o.quantity.end:]))
    after = next((after[len(h):] for h in lex.indicators.label.hedge_closings if after.startswith(h)), after)
    of = lex.grammar.possessive
    if not total or not o.quantity.normalized_unit.startswith(_MONEY) or not after.startswith(of):
        return None
    words = list(tagged(post_noun(CLAUSE_BREAK.split(after[len(of):], maxsplit=1)[0], lex), lex))
    while words and words[-1][1] not in _SUBJECT_TAGS:
        words.pop()                     # 医疗救治体系|建设进展顺利, 交易中心|揭牌: what the thing does
    noun = "".join(w for w, _ in words)
    return named(noun + total, lex) if _WORD_MIN <= len(noun) <= _NOUN_MAX + 6 else None


def listed_measure(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o``, a thing alone (no verb, no measure) listed right after an item of the same unit that
    closes with a measure ([lists] heads: 产量), with that measure; None otherwise and for percentages."""
    own = squash(o.metric_surface)
    if (before is None or before.sentence != o.sentence or before.quantity.unit != o.quantity.unit
            or "%" in o.quantity.unit or len(own) < _WORD_MIN):
        return None
    parts = ITEM_BREAK.split(squash(sentence[before.quantity.end:o.quantity.start]))
    heads = longest_first(lex.grammar.lists.heads)
    item = squash(before.metric_surface)
    head = next((h for h in heads if item.endswith(h) and len(item) > len(h) + 1), "")
    if (len(parts) != 2 or parts[0] or parts[1] != own or not head or any(h in own for h in heads)
            or known(own, lex) or any(p == "v" for _, p in tagged(own, lex)) or verb_pattern(lex).search(own)):
        return None                     # 200万辆、新能源汽车: the item's figure and unit, then this thing alone
    return named(own + head, lex)


def disposed_measure(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The nouns opening the wording of ``o``, of the owner a clause opened by a marker of its object names before its
    current figure and 的 (module docstring); None when the clause is no such object, figure and measure."""
    rules = lex.indicators.label
    clause = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1]
    marker = next((m for m in rules.disposal_markers if clause.startswith(m)), "")
    figure = DIGIT.search(clause)
    of = clause.rfind(lex.grammar.possessive)
    if not marker or figure is None or of < figure.start():
        return None                     # 将|制造业等行业现行|16%|的|税率降至
    owner = clause[len(marker):figure.start()]
    owner = next((owner[: -len(w)] for w in rules.current_words if owner.endswith(w)), owner).replace("\u3001", "")
    words = tagged(squash(o.metric_surface), lex)
    nouns = "".join(w for w, _ in itertools.takewhile(lambda t: t[1] in _SUBJECT_TAGS, words))
    if len(owner) < _WORD_MIN or len(nouns) < _WORD_MIN or not clause[of + 1:].startswith(nouns) or nouns in owner:
        return None
    return named(owner + nouns, lex)


def covering_noun(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """What the noun a modifier of ``o``'s figure qualifies covers, opened by that noun and the verb of coverage before
    the figure (module docstring); None when no such verb stands right before the figure or no 的 and noun close its
    clause."""
    clause = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1]
    after = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    verb = max(((clause.rfind(v), v) for v in lex.indicators.label.coverage_verbs), default=(-1, ""))
    of = after.rfind(lex.grammar.possessive)
    if verb[0] < 0 or len(clause) - verb[0] - len(verb[1]) > _SCOPE_MAX or of < 0:
        return None                     # 覆盖|全市|1.3万个
    head = after[of + len(lex.grammar.possessive):]
    noun = post_noun(after[:of], lex)
    if not _WORD_MIN <= len(head) <= _NOUN_MAX or DIGIT.search(head) or not _WORD_MIN <= len(noun) <= _NOUN_MAX \
            or not all(p in _HEAD_TAGS for _, p in tagged(head, lex)):      # 疫情|防控|网: nouns and verbal nouns
        return None
    return named(head + verb[1] + noun, lex)


def _word_at(item: str, word: str, lex: Lexicon) -> int:
    """Where ``word`` stands in ``item`` as a word of its own (建成 is no word of 城市|建成区), else -1."""
    at = 0
    for w, _ in tagged(item, lex):
        if w == word:
            return at
        at += len(w)
    return -1


def _subject(prefix: str, lex: Lexicon) -> str:
    """The nouns opening ``prefix`` when only nouns, or nouns and then verbs alone, make it (重大项目|完成); else ""."""
    words = tagged(prefix, lex)
    nouns = 0
    while nouns < len(words) and words[nouns][1] in _SUBJECT_TAGS:
        nouns += 1
    if not nouns or not all(p in VERB_FLAGS for _, p in words[nouns:]):
        return ""
    return "".join(w for w, _ in words[:nouns])
