"""Kinds of counted things that the sentence around a figure names (issue 17; read by kg.extractors.counted_kinds):
the whole a part opened by 其中 belongs to (高速公路特色服务区, 各类棚户区新开工), the pilot a pilot's places are of
(企业优化资本结构试点城市), the sector a figure-less opening clause names (农产品精深加工规上企业利润)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.indicator_names import find, known, named, squash
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.wording import post_noun
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.lang.zh.wordset import longest_first

__all__ = ["NOUN_TAGS", "part_of_kind", "pilot_places", "sector_topic"]

NOUN_TAGS = ("n", "nz", "vn", "j", "l", "ns", "nt")
_PART_TAGS = (*NOUN_TAGS, "b", "m", "a", "r")       # 各类棚户区, 特色服务区: a kind opens so, no verb
_TOPIC_REACH = 3            # the figure's clause is at most the third of its sentence
_SECTOR_CHARS = (3, 10)


def _unverbed(prefix: str, lex: Lexicon) -> str:
    """``prefix`` without the run of verbs opening it (新建和加密建设改造提升高速公路 -> 高速公路)."""
    while True:
        opening = verb_pattern(lex).match(prefix)
        end = opening.end() if opening else 0
        words = tagged(prefix, lex)
        if not end and words and (words[0][1] in ("v", "c") or words[0][0] in lex.indicators.label.count_actions):
            end = len(words[0][0])
        if not end or end >= len(prefix):
            return prefix
        prefix = prefix[end:]


def part_of_kind(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """A kind of things opened by 其中 ([label] part_openings) after the figure of the whole, in its unit, is named
    with what the whole's name adds: its qualifier before the head they share (改造提升24个高速公路服务区，其中…打造
    14个特色服务区 -> 高速公路特色服务区, guangdong_2026) or its stage (保障性安居工程…新开工700万套以上，其中各类棚户区
    470万套 -> 各类棚户区新开工, national_2014). None for a bare noun or a qualifier alone (其中企业, 其中农村: read
    elsewhere) or a whole of another unit."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    clause = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1]
    if (before is None or before.sentence != o.sentence or before.quantity.unit != o.quantity.unit
            or not clause.startswith(tuple(rules.part_openings)) or own in rules.bare
            or own in lex.grammar.lists.qualifiers or len(own) < 2):
        return None
    noun = post_noun(sentence[o.quantity.end:], lex) or (own if clause.endswith(own) else "")
    tags = tagged(noun, lex) if noun else ()
    if not tags or tags[0][1] not in _PART_TAGS or tags[-1][1] not in NOUN_TAGS:
        return None                     # 其中实现县道四级公路提升三级公路: a clause, no kind
    whole = squash(before.metric_surface)
    shared = next((noun[k:] for k in range(1, len(noun) - 1) if noun[k:] in whole), "")      # 服务区 of 特色服务区
    at = whole.find(shared) if shared else -1
    if at > 0:
        prefix = whole[:at]
        prefix = _unverbed(prefix, lex)
        nominal = all(p in NOUN_TAGS for _, p in tagged(prefix, lex)) if prefix else False
        return named(prefix + noun, lex) if nominal and len(prefix) >= 2 and prefix not in noun else None
    stage = next((v for v in longest_first(rules.stage_verbs) if whole.endswith(v)), "")
    return named(noun + stage, lex) if stage and noun == own and clause.endswith(own) else None




def pilot_places(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The places of a pilot (试点城市, hedges ``programme_heads``) are the pilot's the clauses before name: 国家先后在
    58个城市进行了企业优化资本结构的试点…，今年试点城市扩大到110个 -> 企业优化资本结构试点城市 (national_1997). None
    when the wording is no pilot's places or no programme is named before."""
    own = squash(o.metric_surface)
    head = next((h for h in lex.hedges.words.programme_heads if own.startswith(h) and 1 <= len(own) - len(h) <= 2), "")
    text = squash(sentence)
    at = text.find(own)
    if not head or at <= 0:
        return None
    programme = ""
    for clause in reversed(CLAUSE_BREAK.split(text[:at])[:-1]):
        where = clause.rfind(head)
        if where > 0:
            parts = list(tagged(clause[:where].removesuffix(lex.grammar.possessive), lex))
            while parts and (parts[-1][1] in NOUN_TAGS or parts[-1][1] == "v" and not _clause_verb(parts[-1][0], lex)):
                programme = parts.pop()[0] + programme
            break
    while programme and tagged(programme, lex)[0][1] == "v":       # 推进…: the verb before the programme
        programme = programme[len(tagged(programme, lex)[0][0]):]
    if len(programme) < 4:
        return None
    return named(programme + own, lex)


def _clause_verb(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a verb that opens a clause's predicate (进行, 开展, 推进), not one inside a name (优化)."""
    return (word in lex.hedges.words.actions or word in lex.indicators.normalise.process_verbs
            or word in lex.indicators.label.light_verbs or verb_pattern(lex).fullmatch(word) is not None)


def sector_topic(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A figure worded by a generic subject ([label] topic_subjects: 规上企业, 实到资金) after a figure-less opening
    clause that names a sector and how it fares ([label] topic_closing) is of that sector: 农产品精深加工取得重要进展，
    新入规企业221家，规上企业利润增长9% -> 农产品精深加工新入规企业, 农产品精深加工规上企业利润 (heilongjiang_2025);
    农业招商力度加大，实到资金首次突破200亿元 -> 农业招商实到资金 (shanghai_city_2024). None otherwise."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    closing = rules.topic_closing.search(clauses[0]) if rules.topic_closing is not None and len(clauses) > 1 else None
    subject = _TOPIC_SUBJECT(rules.topic_subjects).match(own) if rules.topic_subjects else None
    if closing is None or subject is None or len(clauses) > _TOPIC_REACH or known(own, lex) or find(own, lex):
        return None
    sector = list(tagged(clauses[0][: closing.start()], lex))
    while sector and sector[0][1][:1] in ("v", "d"):
        sector.pop(0)                   # 持续推进长护险…: the verb before the sector
    name = "".join(w for w, _ in sector)
    if not _SECTOR_CHARS[0] <= len(name) <= _SECTOR_CHARS[1] or re.search("[0-9\u3001]", name):
        return None
    verb = verb_pattern(lex).match(own)
    at = verb.end() if verb else 0          # 新增参保人数 -> 新增长护险参保人数: the action stays first, as 2026 words it
    return named(own[:at] + name + own[at:], lex)


@lru_cache(maxsize=8)

def _TOPIC_SUBJECT(subjects: tuple[str, ...]) -> re.Pattern[str]:
    """A wording of a generic subject with at most a short qualifier before it and a measure after it."""
    return re.compile("^.{0,3}(?:" + "|".join(map(re.escape, subjects)) + ")[\u4e00-\u9fff]{0,4}$")
