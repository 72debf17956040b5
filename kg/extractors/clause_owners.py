"""Figures a sentence's topic owns (issue 17: qualifiers make another indicator; the owner is one). A work report
often states a figure of something it named before the figure, not of the reporting government: a region or a new
town opening the sentence or the figure's clause (成都平原经济区经济总量达到4万亿元、占全省比重达61.3% ->
成都平原经济区经济总量占全省比重; 五个新城建设全面推进，…，开工建设544个…重大项目), a development zone or a programme
its first clause names after its verb (制定实施自贸试验区临港新片区“五个重要”行动方案，…，517个重大项目签约落地 ->
临港新片区重大项目签约落地; 首创并持续打响政务服务“一网通办”品牌，…，累计办件量2.97亿件 -> 一网通办办件量).

The sentence's topic holds over its clauses up to the figure's unless one of them turns to the whole government
(grammar.toml ``owner_scopes``: 全市, 全省); a clause that opens with another owner owns its own figures only. A
semicolon starts a new sentence. The owner's name opens the label unless the label names an owner already (a zone's
or an owner's kind: 新设自贸试验区 counts zones, it is no zone's); a label holding the programme's last word is
worded with the programme's name there instead (开行班列 -> 开行中欧班列). A short label with a generic head takes the
programme a figure-less first clause acts on (:func:`generic_topic`). Words in metrics.toml [label] (owner_suffixes,
owner_openings, owner_programmes, owned_heads, owned_things, owned_levels). Read by kg.extractors.observations after
kg.extractors.owners.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.subject_owners import clause_doer, joined_programme, own_names
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Document, Mention, Observation
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.numerals import DIGIT

__all__ = ["generic_topic", "topic_owned", "topic_owner"]

_SEMICOLON = re.compile("[;\uff1b]")
_MARKS = re.compile("[\u300a\u300b\u201c\u201d\"\uff08\uff09()\u3010\u3011\\[\\]]")   # no part of a label
_QUOTES = "\u201c\u201d\"'"
_BODY_MAX = 8               # characters of a name before its owner suffix (成都平原, 成渝地区双城, 五个)
_GENERIC_MAX = 6            # characters of a label generic enough to need its sentence's topic (支持项目)
_THING_MAX = 14             # characters of the programme a first clause acts on (制造业设备更新贷款贴息政策)
_VERB_REACH = 4             # characters of the verb after a located subject (承担)
_LOCATED_NOUNS = ("n", "j")  # the doers' nouns after a province's short name (高校, 国家实验室)
_LEADING_FLAGS = ("v", "d", "ad", "vd", "ul")   # jieba flags of the verbs, adverbs and 了 before a clause's object
_NOT_IN_NAME = ("v", "p", "c", "u", "d", "r", "x")   # jieba flags of a word that is no part of an owner's name


def topic_owned(document: Document, observations: Sequence[Observation], zones: Sequence[Mention],
                lex: Lexicon) -> list[Observation]:
    """``observations`` with each figure its sentence's topic owns named as the owner's (module docstring)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in zones:
        by_sentence.setdefault(m.sentence, []).append(m)
    out = []
    names = own_names(document, lex)
    for o in observations:
        before = document.sentences[o.sentence].text[:o.quantity.start]
        owner = topic_owner(before, by_sentence.get(o.sentence, ()), lex)
        if owner:
            out.append(_owned(o, _MARKS.sub("", owner), lex))
            continue
        joined = joined_programme(o.metric, before, lex)
        if joined:
            out.append(replace(o, metric=joined, metric_surface=joined))
            continue
        topic = _MARKS.sub("", generic_topic(o.metric, before, lex)) or clause_doer(o.metric, before, names, lex)
        out.append(replace(o, metric=topic + o.metric, metric_surface=topic + o.metric_surface) if topic else o)
    return out


def generic_topic(label: str, before: str, lex: Lexicon) -> str:
    """The programme a sentence's figure-less first clause acts on ([label] owned_things: 政策, 改革), for a short label
    whose head is a generic noun ([label] owned_heads: 项目, 举措): 率先出台制造业设备更新贷款贴息政策，支持项目684个 ->
    制造业设备更新贷款贴息政策支持项目 (jiangsu_2025); "" when the first clause is the figure's or states a figure, a
    clause after it has a subject of its own, the programme is a list (财政、金融等支持政策) or the label opens with the
    level that owns it ([label] owned_levels: 省重点项目)."""
    rules = lex.indicators.label
    clauses = CLAUSE_BREAK.split(_SEMICOLON.split(before)[-1])
    stage = next((s for s in lex.indicators.normalise.flow_stages if label.startswith(s)), "")   # 培育标志性项目
    if len(clauses) < 2 or DIGIT.search(clauses[0]) or not label.endswith(rules.owned_heads) \
            or len(label) - len(stage) > _GENERIC_MAX or label[len(stage):].startswith(rules.owned_levels) \
            or any(_turns_to_all(c, lex) or _has_subject(_unhedged(c, lex), lex) for c in clauses[1:]):
        return ""
    words = list(tagged(clauses[0].strip(), lex))
    words = [w for w in words[:-1] if w[0] not in _hedges(lex)] + words[-1:]    # 产业(有序)转移, not …“三个一百”(计划)
    lead = next((k for k, (_, flag) in enumerate(words) if flag not in _LEADING_FLAGS), len(words))
    if lead:                            # 率先出台|制造业设备更新贷款贴息政策: the object of the opening verbs
        thing = "".join(w for w, _ in words[lead:])
    else:                               # 农业招商|力度加大: the subject before the first verb
        thing = "".join(w for w, _ in itertools.takewhile(lambda w: w[1] not in _LEADING_FLAGS, words))
        thing = thing if len(thing) < len("".join(w for w, _ in words)) else ""
    thing = next((thing[:-len(t)] for t in lex.hedges.words.goal_tails if thing.endswith(t)), thing)
    if not 3 <= len(thing) <= _THING_MAX or not thing.endswith(rules.owned_things) \
            or re.search(r"[^\w\u201c\u201d]", thing) or verb_pattern(lex).search(thing) or thing in label:
        return ""
    return thing


def _unhedged(clause: str, lex: Lexicon) -> str:
    """``clause`` without the hedge opening it (高质量建好15个主平台: 高质量 says how, it is no subject)."""
    text = clause.strip()
    return next((text[len(w):] for w in _hedges(lex) if text.startswith(w)), text)


@lru_cache(maxsize=8)
def _hedges(lex: Lexicon) -> tuple[str, ...]:
    """Hedges ([words] noise) that qualify no owner, longest first: the whole government (全省) stays a subject."""
    scopes = set(lex.grammar.owner_scopes)
    return longest_first(w for w in lex.hedges.words.noise if len(w) > 1 and w not in scopes)


def topic_owner(before: str, zones: Sequence[Mention], lex: Lexicon) -> str:
    """The owner of a figure whose sentence runs ``before`` it: the owner opening the figure's clause, else the
    sentence's topic unless a clause after it turns to the whole government; "" when there is none."""
    clauses = CLAUSE_BREAK.split(_SEMICOLON.split(before)[-1])
    opening = _opening(clauses[0], zones, lex)
    topic = opening or _object(clauses[0], zones, lex)
    own = _opening(clauses[-1], zones, lex)
    if own:
        return topic if topic.endswith(own) and own in lex.indicators.label.owner_suffixes else own
    if not topic or any(_turns_to_all(c, lex) for c in clauses[1:]):
        return ""
    if opening and DIGIT.search(clauses[0]) and any(_has_subject(c, lex) for c in clauses[1:]):
        return ""       # the owner is the subject of its own clause's figure, and another subject follows
    return topic


def _has_subject(clause: str, lex: Lexicon) -> bool:
    """Whether ``clause`` opens with a noun of its own (“组合港”新开行航线8条; 公众安全感指数达到90分), not with a
    verb, an adverb or a count."""
    text = clause.strip()
    if text.startswith(tuple(_QUOTES)):
        return True
    words = tagged(text[:8], lex)
    return bool(words) and words[0][1].startswith("n") and verb_pattern(lex).match(text) is None


def _turns_to_all(clause: str, lex: Lexicon) -> bool:
    """Whether ``clause`` opens with the whole government as its subject (全市规模以上工业总产值增长5%; 全年全省…), not
    a whole the figure is compared with (占全国比重)."""
    text = clause.strip()
    text = next((text[len(w):] for w in lex.hedges.words.noise_anywhere if text.startswith(w)), text)
    return text.startswith(tuple(lex.grammar.owner_scopes))


def _opening(clause: str, zones: Sequence[Mention], lex: Lexicon) -> str:
    """The owner whose name opens ``clause`` (after an owner opening such as 在): a zone, a programme, or a name
    closing with an owner suffix whose words before it are nouns or a count (成都平原经济区, 五个新城)."""
    rules = lex.indicators.label
    text = clause.strip().lstrip(_QUOTES)
    located = _located_opening(text, lex)
    if located:
        return located
    text = next((text[len(w):] for w in rules.owner_openings if text.startswith(w)), text)
    zone = next((z for z in zones if text.startswith(z.surface)), None)
    if zone is not None:
        return min(zone.name, zone.surface, key=len)
    for name in (_programme_opening(text, lex), _suffix_opening(text, lex)):
        if name:
            return name
    return ""


def _located_opening(text: str, lex: Lexicon) -> str:
    """The doers located in a province opening ``text`` as its subject, by their nouns: 在 ([label] locative_opening),
    the province's one-character short name (zones.toml [[zones.joint]]) and nouns, then a verb (在川高校承担了…，获
    国家科学技术奖励13项 -> 高校获国家科学技术奖励: the universities' awards, sichuan_2025); "" otherwise (在新的一年; 在粤执业…: a
    verb, no doers named; 在川两院院士70位: the figure counts them)."""
    opening = lex.indicators.label.locative_opening
    shorts = {j.written for j in lex.zones.joint if len(j.written) == 1}
    if not opening or not text.startswith(opening) or text[len(opening):len(opening) + 1] not in shorts:
        return ""
    words = tagged(text[len(opening):len(opening) + _BODY_MAX + _VERB_REACH], lex)
    nouns = list(itertools.takewhile(lambda w: w[1].startswith(_LOCATED_NOUNS), words[1:]))
    name = "".join(w for w, _ in nouns)
    after = words[1 + len(nouns)] if len(words) > 1 + len(nouns) else ("", "")
    if words[0][1] != "j" or not 2 <= len(name) <= _BODY_MAX or after[1] != "v":
        return ""
    return name                     # 在川 only places the doers: a label opens with no preposition


def _programme_opening(text: str, lex: Lexicon) -> str:
    """A programme opening ``text``, after nouns qualifying it (政务服务“一网通办”…)."""
    for programme in lex.indicators.label.owner_programmes:
        at = text.find(programme)
        if 0 <= at <= _BODY_MAX and _only_nouns(text[:at].strip(_QUOTES), lex) \
                and not _counted(text[at + len(programme):].lstrip(_QUOTES)):
            return programme
    return ""


def _suffix_opening(text: str, lex: Lexicon) -> str:
    match = _suffixed(lex).match(text)
    if match is None or not _only_nouns(match.group(1), lex) or _counted(text[match.end():]):
        return ""
    return match.group(0)


def _object(clause: str, zones: Sequence[Mention], lex: Lexicon) -> str:
    """The one zone or programme the sentence's first clause names after its verb (制定实施自贸试验区临港新片区
    “五个重要”行动方案; 全面拓展“一网通办”), "" unless exactly one."""
    found = {min(z.name, z.surface, key=len): clause.find(z.surface) for z in zones if z.surface in clause}
    found |= {p: clause.find(p) for p in lex.indicators.label.owner_programmes if p in clause}
    places = lex.indicators.label.place_prepositions
    named = {name for name, at in found.items()
             if _acted_on(clause[:at], lex) and not _counted(clause[at + len(name):].lstrip(_QUOTES))
             and not any(p in clause[at + len(name):] for p in places)}     # 推动X政策在浦东复制推广: not X's
    return named.pop() if len(named) == 1 else ""


def _acted_on(before: str, lex: Lexicon) -> bool:
    """Whether the words before a name end in the verb acting on it (全面拓展“一网通办”), by the lexicon's verbs or
    the tagger's."""
    words = tagged(before.strip(_QUOTES + " "), lex)
    return verb_pattern(lex).search(before) is not None or bool(words) and words[-1][1] == "v"


def _owned(o: Observation, owner: str, lex: Lexicon) -> Observation:
    """``o`` named as ``owner``'s, unless its label names an owner already; a programme's last word in the label
    gives way to the programme's name."""
    label = o.metric_surface
    if owner in o.metric or owner in label or any(w in o.metric for w in _owner_words(lex)) \
            or _joint_named(o.metric, lex):
        return o
    if owner in lex.indicators.label.owner_programmes and owner[-2:] in o.metric:
        return replace(o, metric=o.metric.replace(owner[-2:], owner, 1),
                       metric_surface=label.replace(owner[-2:], owner, 1) if owner[-2:] in label else owner + label)
    return replace(o, metric=owner + o.metric, metric_surface=owner + label)


def _joint_named(label: str, lex: Lexicon) -> bool:
    """Whether ``label`` opens with the short forms of two divisions, a joint owner of its own (川渝通办事项)."""
    forms = {j.written for j in lex.zones.joint if len(j.written) == 1}
    return len(label) > 2 and label[0] in forms and label[1] in forms


def _counted(after: str) -> bool:
    """Whether a number follows the name: the figure counts the owners, it is none of theirs."""
    return bool(re.match(r"\s*[0-9]", after))


def _only_nouns(words: str, lex: Lexicon) -> bool:
    return not words or (verb_pattern(lex).search(words) is None
                         and all(not flag.startswith(_NOT_IN_NAME) for _, flag in tagged(words, lex)))


@lru_cache(maxsize=8)
def _suffixed_cached(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, longest_first(suffixes)))
    return re.compile(rf"^([^\W_]{{0,{_BODY_MAX}}}?)(?:{alternatives})")


def _suffixed(lex: Lexicon) -> re.Pattern[str]:
    return _suffixed_cached(tuple(lex.indicators.label.owner_suffixes))


def _owner_words(lex: Lexicon) -> tuple[str, ...]:
    """Words by which a label names an owner of its own: the kinds of zone and owner, the programmes, the fairs."""
    rules = lex.indicators.label
    return (*(s.written for s in lex.zones.suffix), *rules.owner_suffixes, *rules.owner_programmes, *rules.events,
            *rules.event_suffixes)
