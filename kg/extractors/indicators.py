"""Which indicator a wording names: the lexicon's indicator scheme (kg/lexicon/metrics.toml) read the way a
statistician reads a sentence.

- Longest match wins, and a qualifier makes another indicator: 单位地区生产总值二氧化碳排放 is not 地区生产总值,
  海洋生产总值 is no GDP, 占规模以上工业总产值比重 is a share (:func:`find`).
- Some names count only as the whole wording: 经济 before 增长 is GDP growth (``exact_aliases``).
- One indicator worded differently is one metric: leading modifiers (多渠道, 全年) and process verbs (实施, 推进)
  drop, and verbs of one class (新增/新建/筹措, 改造/提升/改建) are written alike (:func:`identity`).
- A metric label is an indicator's name, never a fragment: :func:`label_problems` names the rule a label breaks,
  and :func:`attribute` repairs a wording from its sentence (its subject, its stage, the noun counted after the
  number, a share's noun) or drops the observation whose indicator has no such name. The scheme's matching lives in
  kg.extractors.indicator_names, the label rules in kg.extractors.metric_labels.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.extractors.clause_context import named_by_stem, object_before, owner_before, subject_before
from kg.extractors.counted_for import given_to, recognised
from kg.extractors.counted_kinds import counted_kind_of
from kg.extractors.counted_kind_lists import listed_kinds
from kg.extractors.economy_kinds import economy_kind
from kg.extractors.counted_people import people_counted, per_head_standard, verb_object
from kg.extractors.example_classes import example_class
from kg.extractors.heads import lost_head, owned_wording
from kg.extractors.counted import (for_whom, indicator_after, listed_before, listed_beneficiaries, people_doing,
                                   people_placed, population_of, predicate_after, ranked_count, selected_as,
                                   stage_of_object, under_way)
from kg.extractors.indicator_names import find, identity, known, named, squash
from kg.extractors.money_labels import money_named
from kg.extractors.name_parts import plan_items
from kg.extractors.staged_lists import staged_whole
from kg.extractors.possessed_counts import joined_quotes, possessed_noun
from kg.extractors.listed_heads import head_after_list
from kg.extractors.glued_items import glued_item
from kg.extractors.list_labels import listed_whole, opening_verb, scope_share, shared_level, shared_relative
from kg.extractors.count_subjects import subject_of_count
from kg.extractors.acted_counts import acted_count
from kg.extractors.deal_sums import deal_sum
from kg.extractors.covered_kinds import covered_kind
from kg.extractors.coverers import counted_coverer
from kg.extractors.unit_quotas import per_unit_quota
from kg.extractors.label_repairs import (beneficiaries, caused_or_handed, counted_kind, counted_object, counted_total,
                                        covered_measure, list_verb, listed_measure, listed_total, named_doer,
                                        prefixed_verb, qualified_part, set_named, share_predicate, shared_verb, stem_owner,
                                        whole_start, without_link, without_preposition, works_before)
from kg.extractors.prices import priced_goods
from kg.extractors.item_attributes import counted_attribute
from kg.extractors.item_owners import item_owned
from kg.extractors.qualified_names import qualified_name
from kg.extractors.rates import contributed_share, verb_rate
from kg.extractors.stage.actions import action_before_count, examples_action
from kg.extractors.stage.actors import aiding_body, contrasted_actor
from kg.extractors.stage.labels import (built_so_far, kind_part, leading_stage, measured, stage_after, stage_before,
                                        staged, staged_part, with_stage)
from kg.extractors.stage.closings import led_action, listed_stage, outcome_stated
from kg.extractors.stage.selections import listed_recognised, people_acting, people_sent
from kg.extractors.stage.secured import secured
from kg.extractors.stage.works import works_order
from kg.extractors.metric_labels import (is_indicator_name, label_problems, only_verbs, share_cut, tagged,
                                        tagged_verbs, verb_pattern)
from kg.extractors.wording import passive_noun, strip_words, words
from kg.extractors.list_marks import LIST_MARK, joiners
from kg.lexicon import Lexicon
from kg.model import Document, Observation
from kg.lang.zh.punctuation import CLAUSE_BREAK, ITEM_BREAK
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.postag import VERB_FLAGS

__all__ = ["attribute", "find", "identity", "is_indicator_name", "known", "label_problems"]


def attribute(document: Document, observations: list[Observation], lex: Lexicon) -> list[Observation]:
    """Each observation under the metric its wording names (:func:`identity`). A wording that is no indicator's
    name is repaired where the sentence shows the name (a cut-short ending dropped: 新增口袋公园及 -> 新增口袋公园;
    verbs alone completed by the noun counted after the number: 新建或筹措1.2万套保障性租赁住房; the words after
    the number before), the repaired wording becoming the surface; else the observation is dropped."""
    out: list[Observation] = []
    own_names = _own_names(document, lex)
    for k, o in enumerate(observations):
        text = document.sentences[o.sentence].text
        before = next((p for p in reversed(out) if p.sentence == o.sentence), None)
        wording = (item_owned(o, text, lex)
                   or plan_items(o, text, lex) or example_class(o, text, lex) or head_after_list(o, before, text, lex)
                   or lost_head(o, before, text, lex) or glued_item(o, before, text, lex)
                   or qualified_name(o, text, own_names, lex) or counted_attribute(o, before, text, lex)
                   or priced_goods(o, text, lex) or verb_rate(o, text, lex) or contributed_share(o, text, lex)
                   or ranked_count(o, text, lex) or listed_beneficiaries(o, text, lex) or given_to(o, text, lex)
                   or counted_kind_of(o, before, document, lex)
                   or population_of(o, text, lex) or _completed(o, before, text, lex) or shared_relative(o, before, text, lex)
                   or shared_level(o, before, text, lex) or scope_share(o, text, lex)
                   or shared_verb(o, before, text, lex)
                   or listed_whole(o, before, text, lex) or opening_verb(o, text, lex) or money_named(o, before, text, lex)
                   or _became(o.metric_surface, text[o.quantity.end:], lex)
                   or whole_start(o, text, lex) or led_action(o, text, lex) or counted_object(o, text, lex) or named_doer(o, text, lex)
                   or people_doing(o, text, lex) or people_acting(o, text, lex) or people_sent(o, text, lex)
                   or people_placed(o, text, lex)
                   or under_way(o, text, lex)
                   or for_whom(o, text, lex)
                   or indicator_after(o, text, lex)
                   or share_predicate(o, text, lex) or set_named(o, text, lex) or prefixed_verb(o, text, lex)
                   or people_counted(o, text, lex) or verb_object(o, text, lex) or _kept_or_whole(o, text, lex))
        nxt = observations[k + 1] if k + 1 < len(observations) else None
        if wording is None and nxt is not None and nxt.sentence == o.sentence:
            wording = listed_before(squash(o.metric), text[o.quantity.end:], nxt, lex)
        if wording is None:
            wording = selected_as(squash(o.metric), text[o.quantity.end:], lex)
        if wording is not None:
            after = text[o.quantity.end:]
            wording = (list_verb(wording, after, lex) or counted_kind(wording, o, after, lex)
                       or beneficiaries(wording, after, lex) or wording)
            wording = economy_kind(wording, o, text, lex) or listed_kinds(wording, o, text, lex)
            wording = recognised(_total_of(wording, after, lex) or _quoted_state(wording, after, lex), after, lex)
            wording = listed_stage(listed_recognised(wording, after, lex), after, lex)
            wording = with_stage(_unplaced(wording, own_names, lex), after, lex)
            wording = secured(stage_before(wording, o.metric_surface, text[:o.quantity.start], lex), o, text, lex)
            wording = action_before_count(wording, text[:o.quantity.start], text[o.quantity.end:], lex)
            wording = examples_action(wording, text[:o.quantity.start], text[o.quantity.end:], lex,
                                      float(o.quantity.value))
            wording = outcome_stated(built_so_far(wording, text[:o.quantity.start], lex), text[:o.quantity.start], lex)
            wording = aiding_body(contrasted_actor(wording, text[:o.quantity.start], text[o.quantity.end:], lex),
                                  text[:o.quantity.start], lex)
            wording = subject_of_count(wording, o.quantity, text[o.quantity.end:], lex)
            wording = acted_count(wording, o.quantity, text[:o.quantity.start], text[o.quantity.end:], lex)
            wording = deal_sum(wording, o.quantity, lex)
            wording = per_unit_quota(wording, text[:o.quantity.start], lex)
            if before is not None:
                wording = staged_part(wording, before.metric, text[before.quantity.end:o.quantity.start], lex)
        if wording is None and before is not None:
            own = squash(o.metric)
            between = text[before.quantity.end:o.quantity.start]
            wording = (_share_of(own, before, lex) or _between(between, lex)
                       or qualified_part(own, before, between, lex) or counted_total(own, before, lex)
                       or listed_measure(own, before, between, lex) or listed_total(own, before, between, lex)
                       or stem_owner(own, before, lex)
                       or staged(leading_stage(own, lex), before.metric, lex))
        if wording is not None and before is not None and before.quantity.normalized_unit == o.quantity.normalized_unit:
            wording = kind_part(wording, before.metric, text[before.quantity.end:o.quantity.start], lex)
        if wording is not None:
            wording = owned_wording(per_head_standard(wording, o, text, lex), o, document, lex)
            wording = (covered_kind(wording, o.quantity.unit, text[o.quantity.end:], lex)
                       or covered_measure(wording, o.quantity.unit, lex) or wording)
            metric = works_order(identity(wording, lex), text, lex)
            surface = o.metric_surface if wording == o.metric else wording
            surface = measured(surface, metric, o.quantity.unit, lex)
            out.append(o if (metric, surface) == (o.metric, o.metric_surface)
                       else replace(o, metric=metric, metric_surface=surface))
    return out


def _completed(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """A measure worded without its subject takes the subject of the figure before it in the sentence, else the
    nouns opening the clause before: 规模以上工业企业达7.6万家、增加值增长3% -> 规模以上工业企业增加值; 服务业支撑作用
    更加明显，增加值跨上3万亿元台阶，对经济增长贡献率超60% -> 服务业增加值, 服务业对经济增长贡献率."""
    own, rules = squash(o.metric), lex.indicators.label
    if own not in rules.partial_nouns or lex.hedges.respectively.word in CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1]:
        return None                     # 营业总收入、利润总额分别增长: a list's item, named already
    clause = squash(ITEM_BREAK.split(sentence[:o.quantity.start])[-1])
    lead = strip_words(clause[: max(clause.rfind(own), 0)].removesuffix(lex.grammar.possessive), words(lex, "noise"))
    if len(lead) >= 2:                  # 消费对经济增长的贡献率上升3个百分点: its own subject, not the figure before's
        return named(lead + own, lex)
    subjects = []
    if before is not None:
        whole = squash(before.metric_surface)
        part = next((p for p in longest_first(rules.partial_nouns)
                     if whole.endswith(p) and len(whole) > len(p)), "")
        part = own if whole.endswith(own) else part        # 消费对经济增长贡献率…，达到51.2%: the same subject
        subjects.append(whole[: len(whole) - len(part)])
    subjects.append(_without_part(subject_before(sentence[:o.quantity.start], lex), rules.partial_nouns))
    return next((w for w in (named(s + own, lex) for s in subjects if s and not s.endswith(own)) if w), None)


def _without_part(subject: str, parts: tuple[str, ...]) -> str:
    """``subject`` without the measure closing it: 全国国有企业资产总额 -> 全国国有企业 (national_2008)."""
    return next((subject[: -len(p)] for p in longest_first(parts)
                 if subject.endswith(p) and len(subject) > len(p)), subject)


def _total_of(wording: str, after: str, lex: Lexicon) -> str | None:
    """A total whose thing is named after the number: 组建总规模1000亿元的省战略性新兴产业投资引导基金 ->
    省战略性新兴产业投资引导基金规模; None when the wording names no total so."""
    own, after = squash(wording), squash(after)
    total = next((t for t in longest_first(lex.hedges.words.totals) if own.endswith(t)), None)
    of = lex.grammar.possessive
    if total is None or not after.startswith(of):
        return None
    noun = _counted_noun(after[len(of):], lex)
    return named(noun + total, lex) if noun else None


def _became(wording: str, after: str, lex: Lexicon) -> str | None:
    """Counted things that become a named kind of themselves are counted by it: 3个社区创建成为全国示范性老年友好型
    社区 -> 全国示范性老年友好型社区."""
    own, after = squash(wording), squash(after)
    verb = _alternatives(lex.indicators.label.become_verbs).match(after, len(own)) \
        if own and after.startswith(own) else None
    if verb is None:
        return None
    tail = after[verb.end():]
    at = tail.find(own, 1)
    if not 1 <= at <= 16 or ITEM_BREAK.search(tail, 0, at):
        return None
    rank = _ranks(lex).match(tail[at + len(own):])          # 4家企业入选全国文化企业30强(和成长性文化企业30强): the rankings'
    return named(tail[:at + len(own)] + (rank.group() + own if rank else ""), lex)


def _quoted_state(wording: str, after: str, lex: Lexicon) -> str:
    """Counted things that reach a quoted state are counted by it, with the words scoping it before the quotation:
    300项政务事项实现“跨省通办” -> 跨省通办政务事项 (zhejiang_2026), 120个政务服务事项实现跨省市“一网通办” ->
    跨省市一网通办政务服务事项 (shanghai_city_2022)."""
    own, after = squash(wording), squash(after)
    verb = _alternatives(lex.indicators.label.state_verbs).match(after, len(own)) \
        if own and after.startswith(own) else None
    found = _QUOTED.match(after, verb.end()) if verb else None
    return (named(found.group(1) + found.group(2) + own, lex) or wording) if found else wording


_QUOTED = re.compile("([^\u201c\u201d0-9,;:\u3002!?\uff0c\uff1b\uff1a\u3001]{0,3})\u201c([^\u201d]{2,8})\u201d")
_NEVER = re.compile("(?!)")


@lru_cache(maxsize=8)
def _ranks(lex: Lexicon) -> re.Pattern[str]:
    """A ranking, or rankings joined: 30强, 30强和成长性文化企业30强 (grammar.toml ``names.ranking_marks``)."""
    mark = "(?:" + "|".join(map(re.escape, lex.grammar.names.ranking_marks)) + ")"
    rank = f"[0-9]+{mark}"
    return re.compile(f"{rank}(?:[{LIST_MARK}{joiners(lex)}][^,;:\u3002!?\uff0c\uff1b\uff1a\u3001]{{1,12}}?{rank})*")


@lru_cache(maxsize=32)
def _alternatives(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern matching any of ``words``, the longest first (a pattern that never matches for none)."""
    if not words:
        return _NEVER
    return re.compile("|".join(map(re.escape, longest_first(words))))


def _own_names(document: Document, lex: Lexicon) -> tuple[str, ...]:
    """The names of the government a document speaks for (上海市, 上海), longest first."""
    district = document.metadata.district
    names = {district, *(a for a in lex.areas if a.name == district for a in a.aliases)}
    return longest_first(filter(None, names))


def _unplaced(wording: str, own_names: tuple[str, ...], lex: Lexicon) -> str:
    """A wording without the name of the document's own government before it, which only places the figure
    (上海中欧班列全年开行100列 in Shanghai's report -> 中欧班列开行)."""
    own = squash(wording)
    name = next((n for n in own_names if own.startswith(n) and len(own) - len(n) >= 4), None)
    return (named(own[len(name):], lex) or wording) if name else wording


def _share_of(own: str, before: Observation, lex: Lexicon) -> str | None:
    """A share opening with 占 is a share of the indicator of the figure before, as that figure words it."""
    whole = squash(before.metric_surface)
    if not own.startswith(lex.indicators.label.share_openings):
        return None
    at = [whole.find(w, 2) for w in lex.indicators.label.share_openings if whole.find(w, 2) > 0]
    whole = whole[: min(at)] if at else whole          # the figure before is a share itself: its part
    share = whole if whole.endswith(own) else whole + own
    return named(share, lex) or named(share + lex.indicators.label.share_noun, lex)


def _between(text: str, lex: Lexicon) -> str | None:
    """The words between the number before and this one, when they name an indicator: 734个制造业重大项目完成投资
    2831亿元 -> 制造业重大项目完成投资; not words ending in a scope, whose noun follows the number (6处空间入选全市
    50处“家门口的好去处”)."""
    text = squash(text)
    scoped = text.endswith(tuple(w for w in lex.hedges.words.noise if len(w) > 1))
    return None if scoped or re.search(r"[,;:。!?，；：！？、]", text) else named(text, lex)


def _kept_or_whole(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The repaired wording when it names an indicator the lexicon knows, else a works verb's whole list
    (kg.extractors.staged_lists) when the sentence shows one."""
    repaired = _repaired(o, sentence, lex)
    if repaired is not None and known(squash(repaired), lex):
        return repaired
    return staged_whole(o, sentence, lex) or repaired


def _repaired(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of the indicator an observation names: its own, or one its sentence shows when its own is no
    indicator's name; None when neither is."""
    own = squash(o.metric)
    before, after = sentence[:o.quantity.start], sentence[o.quantity.end:]
    runs_on = predicate_after(own, after, lex, before) if own not in lex.indicators.label.bare else None
    if runs_on is not None:                 # 12家单位集中签约推进多平台成果转化: a predicate that runs on
        return runs_on
    if is_indicator_name(identity(own, lex), lex):
        return o.metric
    if _part_of_whole(own, before, lex):
        return _part_of_flow(own, before, lex) or own + lex.indicators.label.part_noun
    found = _named_in_clause(before, lex)
    if found is None and identity(own, lex) in lex.indicators.label.share_nouns:
        found = _share(before, identity(own, lex), lex)
    if found is None and share_cut(own, lex) and not any(n in own for n in lex.indicators.label.share_nouns):
        found = named(own + lex.indicators.label.share_noun, lex)
    cut = _strip_trailing(own, lex.indicators.label.cut_endings)
    if found is None and own.endswith(lex.indicators.label.connectives):
        found = _next_item(own, after, lex)
    found = (found or (named(cut, lex) if cut != own else None) or stage_after(identity(own, lex), after, lex)
             or predicate_after(own, after, lex, before) or stage_of_object(own, after, lex))
    found = found or without_preposition(own, lex) or without_link(own, lex) or caused_or_handed(own, after, lex)
    found = found or works_before(own, before, lex) or named_by_stem(own, before, lex)
    if found is None and _bare_verb(own, lex):
        found = named(subject_before(before, lex) + own, lex)
    if found is None and (only_verbs(own, lex) or tagged_verbs(own, lex)):
        found = (named(own + _counted_noun(after, lex), lex) if _counted_noun(after, lex) else None) or \
                (named(own + object_before(before, lex), lex) if object_before(before, lex) else None)
    counted = _strip_trailing(_counted_noun(after, lex), lex.indicators.label.cut_endings) \
        if "%" not in o.quantity.unit else ""      # 38.7%的贸易增量: a share; 耕地红线不动摇: 不动摇 cut
    verb = next((v for v in lex.indicators.label.rate_verbs if own.startswith(v)), None)
    covered = _counted_noun(after, lex).removeprefix(lex.grammar.possessive)     # 以上的大城市
    if found is None and verb and "%" in o.quantity.unit and covered:
        found = named(counted_coverer(before, lex) + covered + verb + lex.indicators.label.rate_noun,
                      lex) or named(covered + verb + lex.indicators.label.rate_noun, lex)
    found = found or (named(counted, lex) if counted else None)
    owner = owner_before(own, before, lex) if found is None and own in lex.indicators.label.bare else ""
    return named(owner + own, lex) if owner else found     # 浦东新区法规…18部，管理措施…22部


def _part_of_whole(own: str, before: str, lex: Lexicon) -> bool:
    """A generic noun opened by 其中 after a figure names that figure's part, and so does the growth listed after the
    part's figure: 突破1900万户，其中企业超830万户 (企业数量); 其中企业410.1万户、增长7.7% (企业数量)."""
    clauses = {squash(re.split(ends, before)[-1]) for ends in (r"[,;:。!?，；：！？、]", r"[,;:。!?，；：！？]")}
    return (own in lex.indicators.label.bare and re.search(r"\d", before) is not None
            and any(c.startswith(p + own) for c in clauses for p in lex.indicators.label.part_openings))


def _part_of_flow(own: str, before: str, lex: Lexicon) -> str | None:
    """The part of a flow is a flow: 新登记147万户、其中企业57.3万家 -> 新登记企业 (jiangsu_2026), where the figure
    before is worded by 新 and its verb alone or opens with an action; a stock or a change before (总量达2037.7万户，
    其中企业…; 增长6.3%，其中企业…) gives None."""
    clauses = re.split(r"[,;:。!?，；：！？、]", before)
    if len(clauses) < 2:
        return None
    wording = squash(re.split(r"[0-9０-９]", clauses[-2])[0])
    words = tagged(wording, lex)
    if len(words) > 1 and words[0][1] == "a" and len(words[0][0]) == 1 and all(p in VERB_FLAGS for _, p in words[1:]):
        return named(wording + own, lex)        # 新 and a verb: 新登记, 新设立
    action = next((a for a in longest_first(lex.hedges.words.actions) if wording.startswith(a)), None)
    return named(action + own, lex) if action else None


def _named_in_clause(before: str, lex: Lexicon) -> str | None:
    """The lexicon indicator the number's clause names just before it (全社会研发经费支出相当于全市生产总值的比例
    达到4.4%: the extractor's wording was cut at 的), when at most a linking verb stands between them."""
    clause = squash(re.split(r"[,;:。!?，；：！？]", before)[-1])
    found = find(clause, lex)
    if found is None:
        return None
    rest = _strip_trailing(clause[found[2]:], _linking_words(lex))
    return clause[found[1]:found[2]] if len(rest) <= 1 else None


@lru_cache(maxsize=8)
def _linking_words(lex: Lexicon) -> tuple[str, ...]:
    """Words between an indicator's name and its number: linking and change verbs, scope words, cut endings."""
    m = lex.hedges.measure
    words = {*m.level_verbs, *m.increase, *m.decrease, *lex.hedges.words.noise, *lex.indicators.label.cut_endings}
    return longest_first(words)


def _share(before: str, noun: str, lex: Lexicon) -> str | None:
    """A share named by its clause: 环保投入相当于全市生产总值的比例保持在 -> 环保投入相当于全市生产总值的比例."""
    clause = _strip_trailing(squash(re.split(r"[,;:。!?，；：！？]", before)[-1]), _linking_words(lex))
    return named(clause, lex) if clause.endswith(noun) else None


def _next_item(own: str, after: str, lex: Lexicon) -> str | None:
    """The next item of an A及B list takes the verb before A: 新增6座口袋公园及12座街心花园 -> 新增街心花园 for 12."""
    noun = _strip_trailing(_counted_noun(after, lex), lex.indicators.label.cut_endings)
    verb = verb_pattern(lex).match(own)
    if not noun or noun in own or verb is None:
        return None
    return named(verb.group() + noun, lex)


def _bare_verb(wording: str, lex: Lexicon) -> bool:
    """Whether ``wording`` is a verb alone that counts what the subject of the clause before does (入馆)."""
    return wording in lex.indicators.label.subject_verbs


def _strip_trailing(text: str, words: tuple[str, ...]) -> str:
    """``text`` without the ``words`` at its end, repeatedly (longest first when ``words`` is so sorted)."""
    while text and text.endswith(words):
        text = next(text[: -len(w)] for w in words if text.endswith(w))
    return text


_BREAK = re.compile(r"[,;:。!?、()—，；：！？（）]")


def _counted_noun(after: str, lex: Lexicon) -> str:
    """The noun counted right after a number: 1.2万套保障性租赁住房 -> 保障性租赁住房 (the unit is already read)."""
    clause = _BREAK.split(joined_quotes(after), maxsplit=1)[0]
    clause = passive_noun(re.split(r"[0-9]", re.sub(r"[“”\"\s]", "", clause), maxsplit=1)[0], lex)
    stops = [clause.find(w) for w in lex.hedges.words.post_stops if clause.find(w) > 0]
    end = min(stops, default=len(clause))
    return (possessed_noun(clause, end, lex) or clause[:end])[:16]
