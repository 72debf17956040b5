"""Metric observations: a number, its unit and hedges, the indicator it measures, status and period."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extractors.areas import match_areas
from kg.extractors.carry_breaks import carry_broken, opens_new_item
from kg.extractors.multiples import multiple_of_base
from kg.extractors.common import body, quoted_ranges
from kg.extractors.cut_wordings import summed_pair
from kg.extractors.figures import (clause_start, drop_thresholds, groups_a_count, list_items, passed_milestones,
                                  share_hedge, status_of, valid_figure)
from kg.extractors.indicators import attribute, known
from kg.extractors.lists import listed_indicators, shared_head
from kg.extractors.held_measures import held_change
from kg.extractors.completed_tasks import completed_works
from kg.extractors.name_parts import after_joiner, superlative_measure, without_span
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.periods import RATE_UNITS, continued_totals, multi_year_paragraphs, period_of
from kg.extractors.phrases import Phrase, known_metric as _known_metric, phrase_before as _phrase, split_phrase as _split
from kg.extractors.wording import (context_noun, per_head_noun, post_noun,
                                  programme_before, strip_words, words)
from kg.extractors.counted_for import without_rate_populations
from kg.extractors.clause_owners import topic_owned
from kg.extractors.defined_things import defined_things
from kg.extractors.effects import effects_named
from kg.extractors.list_owners import shared_owners
from kg.extractors.owners import event_owned, zone_owned
from kg.extractors.registry import OBSERVATIONS, Inputs, extractor, mentions_of
from kg.lang.zh.wordset import longest_first
from kg.extractors.respectively import respectively
from kg.extractors.stage.labels import own_stage
from kg.extractors.stage.lists import carried_action, clause_action, item_verb, list_closed
from kg.extractors.topics import gap_name, topic_texts, with_topic
from kg.lexicon import Lexicon
from kg.model import (Comparator, Document, EntityKind, Measure, Observation, Provenance, Quantity,
                      SectionKind, Sentence, Status)
from kg.lang.zh.quantities import find_quantities


def sentence_observations(document: Document, sentence: Sentence, lex: Lexicon,
                          multi_year: frozenset[int] | None = None) -> list[Observation]:
    """Every observation one sentence states, one per fact; ``multi_year``: the paragraphs that look back over
    several years (kg.extractors.periods.multi_year_paragraphs, computed when not given)."""
    text = sentence.text
    quotes = quoted_ranges(text)
    quantities = drop_thresholds([q for q in find_quantities(text, lex)
                                  if valid_figure(q, text, quotes, lex) and not multiple_of_base(q, text, lex)], text)
    passed = passed_milestones(quantities, text, lex)
    for k in passed:                    # the milestone reached last: at least that much
        if k + 1 not in passed and quantities[k + 1].comparator is Comparator.EXACTLY:
            quantities[k + 1] = replace(quantities[k + 1], comparator=Comparator.AT_LEAST)
    out: list[Observation] = []
    previous: Phrase | None = None
    subject = ""                        # the sentence's topic, once a head noun has taken it
    floor, counted = 0, ("", -1)        # the noun of the last count and where it ends
    respective = respectively(text, quantities, lex)
    if multi_year is None:
        multi_year = multi_year_paragraphs(document, lex)
    when = _When(document, sentence, sentence.paragraph in multi_year)
    for i, q in enumerate(quantities):
        if i in respective:
            phrase, measure = respective[i]
            floor = q.end
            out.append(_observation(when, lex, phrase, measure, quantities, i))
            previous = phrase
            continue
        start = clause_start(text, q.start, floor)
        items = list_items(text[start:q.start], lex)
        items = _list_total(items, lex)     # 保障性住房、棚户区改造住房共1000万套: the total, named by its whole
        items[-1] = without_span(items[-1], lex)
        phrase, measure = _phrase(shared_head(items, lex) or summed_pair(items, lex) or items[-1], lex,
                                  q.normalized_unit == "unit:NUM")
        phrase, measure = _added(phrase, measure, text, q, lex) or (phrase, measure)
        per_head = per_head_noun(text, start, q.start, lex) if not phrase.canonical else ""
        phrase = Phrase("", per_head).with_noun(per_head, False, lex) if per_head else phrase
        counted_noun = post_noun(text[q.end:], lex) if q.normalized_unit == "unit:NUM" else ""
        counted_noun = "" if opens_new_item(counted_noun, text[q.end:], lex) else counted_noun
        phrase, measure = held_change(phrase, measure, text[start:q.start], q.unit, counted_noun, lex) or (phrase, measure)
        phrase, measure = completed_works(phrase, measure, text, q, lex) or (phrase, measure)    # 完成林分优化提升
        joined = items[-1].strip() in lex.indicators.label.connectives     # 新增6座口袋公园及12座街心花园
        if (counted_noun and not phrase.action and not phrase.canonical and (len(items) > 1 or joined)
                and not _owned_item(items, counted_noun, text, start, quantities[i - 1] if i else None, lex)):
            own = item_verb(items, lex)         # 建成…床位、扩充44家定点医院: the item's own verb
            phrase = Phrase("", counted_noun)      # 武康路—安福路、衡复音乐街区 2 个国家级旅游休闲街区
            phrase = phrase.with_action(own, lex) if own else phrase
            # 开工建设…复线、48座雨水调蓄池: the works stage opening the list is the things counted's too
            stage = "" if own else clause_action(items, lex)
            phrase = phrase.with_action(stage, lex) if stage in lex.hedges.words.stage_verbs else phrase
        joined = after_joiner(items[-1], counted_noun, lex) if not phrase.canonical else ""
        phrase = Phrase("", joined).with_noun(joined, False, lex) if joined else phrase
        bare = post_noun(text[q.end:], lex) if q.normalized_unit == "unit:UNITLESS" else ""   # 惠及3600多万农村学生
        phrase = _of_object(phrase, counted_noun or bare, lex)
        if start == counted[1] and len(items) == 1 and phrase.action and phrase.noun and not phrase.canonical:
            # 1299个重大项目完成投资1.4万亿元: the things counted are the subject of the flow
            phrase = Phrase("", counted[0]).with_noun(counted[0] + phrase.name, False, lex)
        phrase = _verb_run(phrase, text[q.end:], lex)
        top = superlative_measure(phrase.name, q, text[q.end:], lex) if not phrase.canonical else ""
        phrase = Phrase("", top).with_noun(top, False, lex) if top else phrase     # 徐家汇中心370米最高楼
        staged = _staged(phrase, previous, text, q, start, lex)
        if staged is not None:
            phrase = staged
        elif not phrase.noun and not phrase.canonical:
            phrase = _fill_noun(phrase, previous, measure, text, quantities, i, start, lex)
            phrase, measure = _leaving(phrase, measure, text[q.end:], lex)
            if not phrase.noun and not phrase.canonical and len(items) > 1:
                phrase = _listed_metric(items[-2], lex) or phrase     # 经济总量跨过两个万亿元大关、超过6万亿元
        elif (not phrase.action and previous and previous.action and measure is Measure.LEVEL and not phrase.canonical
              and not phrase.noun.endswith(lex.grammar.names.rates)
              and not phrase.noun.startswith(lex.indicators.label.share_openings)
              and not phrase.noun.endswith((*lex.hedges.words.totals, *lex.indicators.label.partial_nouns))
              and not phrase.noun.startswith(lex.hedges.words.total_openings)
              # 数字经济规模2.5万亿元, 天然气产量562亿立方米: a stock or a measure, not the action's flow
              and not _own_verb(phrase.noun, lex)                         # 盘活闲置农房2万宗: its own verb
              and not any(w in text[start:q.start] for w in lex.hedges.words.stock_after_flow)
              and not lex.hedges.periods.consecutive.search(text, start, q.start)    # 连续7年保持: a level held
              and not _restated(previous.action, text, q.end) and (not list_closed(text, start) or clause_action(items, lex))
              and not own_stage(phrase.noun, lex) and not carry_broken(text, floor, start, q.start, lex)):
            own = next((v for v in lex.hedges.words.object_verbs if v in text[start:q.start]), "")
            if own:                                 # 减少利息支出约130亿元、惠及310万户家庭: the item's own verb
                phrase = phrase.with_action(own, lex)
            elif not previous.suffix:
                action = clause_action(items, lex) or carried_action(previous.action, previous.noun, lex)
                phrase = phrase.with_action(action, lex)
            elif len(items) > 1 or items[-1].strip() in lex.indicators.label.connectives:
                # 汽车以旧换新超40万辆、家电超450万台: the list shares it, and so does an item after 和 (…县中医院和534所…)
                phrase = Phrase(previous.action, phrase.noun, True).with_noun(phrase.noun, True, lex)
        floor = q.end
        phrase = _with_context(phrase, previous, text, start, lex)
        if not phrase.canonical and not phrase.action:
            texts = topic_texts(document, sentence, start, previous.noun if previous else "")
            topic = with_topic(phrase.noun, text[start:q.start], texts, lex)
            if topic is None and subject and phrase.noun.startswith(lex.grammar.of_topic):
                topic = (subject + phrase.noun, None)       # 服务业…，对经济增长贡献率超60%
            elif topic is not None and phrase.noun and topic[0].endswith(phrase.noun):
                subject = topic[0][:-len(phrase.noun)]
            phrase = Phrase("", topic[0], False, topic[1]).with_noun(topic[0], False, lex) if topic else phrase
        phrase = _with_award(phrase, text[q.end:], lex)
        phrase = _share_headed(phrase, q, lex)
        if not _real_metric(phrase.name):
            continue
        if q.unit in lex.grammar.grouping_units and groups_a_count(q, text) and i + 1 < len(quantities):
            grouped = (post_noun(text[quantities[i + 1].end:], lex) or phrase.noun) + q.unit   # 10方面34项…项目
            phrase = Phrase("", grouped).with_noun(grouped, False, lex)
        gap = gap_name(phrase.name, out[-1].metric if out else "", bool(out) and out[-1].measure is not Measure.LEVEL,
                       lex)
        phrase = Phrase("", gap).with_noun(gap, False, lex) if gap else phrase
        goal = lex.grammar.goal_after is not None and lex.grammar.goal_after.match(text, q.end)
        if goal and previous is not None and not _phrase(text[start:q.start], lex)[0].noun:
            phrase = previous                       # 城镇新增就业超143万人、超额完成…的110万人年度任务
        previous = phrase
        if i in passed:
            continue
        hedge = share_hedge(text[start:q.start], lex)
        if hedge is not None and q.comparator is Comparator.EXACTLY:
            quantities[i] = replace(q, comparator=hedge)
        base = _observation(when, lex, phrase, measure, quantities, i)
        base = replace(base, status=Status.PLANNED) if goal else base
        out += [replace(base, metric=m, metric_surface=m) for m in _shared(items, measure, lex)]
        out.append(base)
        if counted_noun and counted_noun == phrase.noun:
            floor = q.end + text[q.end:].find(counted_noun) + len(counted_noun)
            counted = (counted_noun, floor)
    return continued_totals(out, text, lex) if when.multi_year else out


def _added(phrase: Phrase, measure: Measure, text: str, q: Quantity, lex: Lexicon) -> tuple[Phrase, Measure] | None:
    """A rise worded by a verb of a flow's class right before a count of what follows the figure adds those things:
    增加500万沼气用户 is the flow 新增沼气用户 (State Council 2009; verb classes of metrics.toml ``[normalise]``)."""
    if measure is not Measure.INCREASE or phrase.noun or phrase.canonical or "%" in q.unit:
        return None
    verb = next((v for cls in lex.indicators.normalise.verb_class if not cls.suffix
                 for v in longest_first(cls.verbs) if text.endswith(v, 0, q.start)), None)
    noun = post_noun(text[q.end:], lex)
    return (Phrase("", noun).with_noun(verb + noun, False, lex), Measure.LEVEL) if verb and len(noun) >= 2 else None


def _owned_item(items: list[str], noun: str, text: str, start: int, before: Quantity | None, lex: Lexicon) -> bool:
    """Whether the words before a count of ``noun`` are the same noun, counted by the figure right before, and after a
    list mark this count's owner (先行示范区47项|经验、综合改革试点|48项经验): no examples of the noun, an item of its own."""
    return (before is not None and len(items) == 2 and start == before.end and len(noun) >= 2
            and items[0] == noun == post_noun(text[start:], lex) and len(items[1]) >= 2)


def _list_total(items: list[str], lex: Lexicon) -> list[str]:
    """Two items totalled by a word of hedges.toml ``list_totals``, the second a kind of the thing the first names (its
    last two characters close both): the first alone names the total (开工建设保障性住房、棚户区改造住房共 -> 开工建设
    保障性住房); other items as they are."""
    if len(items) != 2 or not items[1].endswith(lex.hedges.words.list_totals) or re.search(r"\d", items[0]):
        return items
    second = strip_words(items[1], lex.hedges.words.list_totals, leading=False)
    return items[:1] if len(items[0]) >= 2 and second.endswith(items[0][-2:]) else items


def _leaving(phrase: Phrase, measure: Measure, after: str, lex: Lexicon) -> tuple[Phrase, Measure]:
    """People counted before a verb by which they leave the state their noun names decrease it (hedges.toml
    ``leave_verbs``): 完成1000万以上农村贫困人口脱贫任务 -> 农村贫困人口, a decrease."""
    if phrase.canonical or phrase.action or measure is not Measure.LEVEL:
        return phrase, measure
    at = min((phrase.noun.find(v) for v in lex.hedges.measure.leave_verbs if phrase.noun.find(v) >= 2), default=-1)
    if at < 0 or not after.startswith(phrase.noun[:at]):
        return phrase, measure
    return Phrase("", phrase.noun[:at]).with_noun(phrase.noun[:at], False, lex), Measure.DECREASE


def _of_object(phrase: Phrase, counted_noun: str, lex: Lexicon) -> Phrase:
    """A verb reaching the people or things counted names them: 育儿补贴惠及124万名婴幼儿."""
    if not counted_noun or phrase.canonical or not phrase.name.endswith(lex.hedges.words.object_verbs):
        return phrase
    return Phrase("", phrase.name).with_noun(phrase.name + counted_noun, False, lex)


@dataclass(frozen=True)
class _When:
    """What the period of a sentence's figures depends on beyond the figure: its document and paragraph."""

    document: Document
    sentence: Sentence
    multi_year: bool


def _observation(when: _When, lex: Lexicon, phrase: Phrase, measure: Measure, quantities: list[Quantity],
                 i: int) -> Observation:
    document, sentence, q = when.document, when.sentence, quantities[i]
    text = sentence.text
    status = status_of(sentence, text[:q.start], lex)
    clause = clause_start(text, q.start, 0)
    since = max(clause, quantities[i - 1].end if i and quantities[i - 1].end <= q.start else 0)
    period = period_of(document, sentence, status, lex, before=text[since:q.start], clause=text[clause:q.start],
                       multi=when.multi_year, measure=measure, metric=phrase.name, opening=text[:q.start],
                       rate=q.normalized_unit in RATE_UNITS)
    if period.base and status is Status.PLANNED:      # 由每人每年240元提高到280元: 240元 is reached already
        status = Status.ACHIEVED
    return Observation(
        metric=phrase.name, metric_surface=phrase.action + phrase.noun if not phrase.suffix else phrase.name,
        quantity=q, measure=measure, status=status, period=period.end,
        sentence=sentence.index, provenance=Provenance(document.id, sentence.start, sentence.end),
        period_start=period.start, aggregation=period.aggregation,
    )


def _share_headed(phrase: Phrase, q: Quantity, lex: Lexicon) -> Phrase:
    """A percentage worded X占Y names X占Y比重 (grammar.toml ``names.share_head``)."""
    names, name = lex.grammar.names, phrase.name
    if (phrase.canonical or not names.share_head or q.normalized_unit != "unit:PERCENT"
            or any(r in name for r in names.rates) or not any(w in name for w in lex.indicators.label.share_openings)):
        return phrase
    return Phrase("", name).with_noun(name + names.share_head, False, lex)


def _with_award(phrase: Phrase, after: str, lex: Lexicon) -> Phrase:
    """A count of winners names what was won: 区内单位共80项(人)获2022年度上海市科学技术奖."""
    words = lex.hedges.words
    if phrase.canonical or not phrase.noun or not after.startswith(words.award_verbs):
        return phrase
    won = re.split(r"[,;:。!?、]", after, maxsplit=1)[0]
    won = words.award_year.sub("", won)
    return phrase.with_noun(phrase.noun + won, phrase.suffix, lex)


def _with_context(phrase: Phrase, previous: Phrase | None, text: str, clause_start: int, lex: Lexicon) -> Phrase:
    """Complete a generic noun from its context: 推进田林路65弄等3个项目 after 推进不成套旧住房改造
    names 不成套旧住房改造项目; 总数达到1771家 after 持牌金融机构新增47家 is the stock of 持牌金融机构."""
    words = lex.hedges.words
    if not phrase.canonical and phrase.name in words.scope_nouns:
        programme = programme_before(text, clause_start, lex)        # 新型农村社会养老保险试点，试点范围扩大到23%的县
        head = next((h for h in words.programme_heads if programme.endswith(h) and phrase.name.startswith(h)), "")
        return Phrase("", programme + phrase.name[len(head):]).with_noun(programme + phrase.name[len(head):], False,
                                                                         lex) if programme else phrase
    if phrase.canonical or phrase.noun not in words.generic_nouns:
        return phrase
    if phrase.noun in words.totals and previous is not None and previous.noun:
        return Phrase("", previous.noun).with_noun(previous.noun, False, lex)
    context = context_noun(text, clause_start, lex)
    if context and not match_areas(context, lex):
        return phrase.with_noun(context + phrase.noun, phrase.suffix, lex)
    return phrase


def _own_verb(noun: str, lex: Lexicon) -> bool:
    """Whether a wording opens with a verb of its own (a lexicon verb, a chained or a clause verb of the label
    rules): an action carried onto it would chain two verbs (建设提升“四好农村路”600公里，盘活闲置农房2万宗: no
    新增盘活闲置农房)."""
    words = tagged(noun, lex) if noun else ()
    label = lex.indicators.label
    return len(words) > 1 and (words[0][0] in label.chained_verbs or words[0][0] in label.clause_verbs
                               or verb_pattern(lex).fullmatch(words[0][0]) is not None)


def _restated(action: str, text: str, end: int) -> bool:
    """Whether a later clause of the sentence opens with ``action`` again: the clauses between are not its
    (新增廉租房租金配租家庭210户，廉租租金补贴1817户，新增供应公租房4031套)."""
    return re.search("[,;\uff0c\uff1b]" + re.escape(action), text[end:]) is not None


def _fill_noun(phrase: Phrase, previous: Phrase | None, measure: Measure, text: str,
               quantities: list[Quantity], i: int, clause_start: int, lex: Lexicon) -> Phrase:
    """Find the noun a bare number or verb leaves out, nearest evidence first."""
    q = quantities[i]
    nxt = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
    post = post_noun(text[q.end:nxt], lex, nxt < len(text))
    if post:
        return phrase.with_noun(post, False, lex)
    j = i
    while j + 1 < len(quantities) and text[quantities[j].end:quantities[j + 1].start] in ("", "、"):
        j += 1
    tail = post_noun(text[quantities[j].end:], lex) if j > i else ""
    if tail:
        return phrase.with_noun(tail, False, lex)
    if previous is not None:
        since = text[quantities[i - 1].end:q.end] if i else ""
        if not phrase.action and previous.action and any(w in since for w in lex.hedges.words.stock_after_flow):
            return Phrase("", previous.noun).with_noun(previous.noun, False, lex)   # 新增X 105万户，达到920万户
        if not phrase.action:
            return _stage_measure(previous, quantities, i, lex) or previous
        noun = previous.noun
        if phrase.action in lex.hedges.words.stage_verbs:       # 完成…重大工程建设目标，全年开工235万平方米
            noun = strip_words(noun, (*lex.hedges.words.goal_tails, *lex.hedges.words.trailing_adverbs), leading=False)
        return phrase.with_noun(noun, previous.suffix, lex)
    context = context_noun(text, clause_start, lex)
    if phrase.action and context.endswith(lex.hedges.words.campaigns):
        return phrase       # 实施新一轮农村公路提升行动，新（改）建6000公里: a campaign is not what the verb builds
    return phrase.with_noun(context, True, lex) if context else phrase


def _stage_measure(previous: Phrase, quantities: list[Quantity], i: int, lex: Lexicon) -> Phrase | None:
    """A bare figure after the count of a stage, in another unit, measures the stage in that unit (grammar.toml
    ``unit_measures``): 完成9个地块征收，共7875证、40.51万平方米 -> 征收证数, 征收面积."""
    measures = lex.grammar.unit_measures or {}
    q, before = quantities[i], quantities[i - 1] if i else None
    measure = next((m for u, m in measures.items() if q.unit.endswith(u)), None)
    if measure is None or before is None or before.unit == q.unit:
        return None
    name = next((previous.name[: -len(m)] for m in measures.values() if previous.name.endswith(m)), previous.name)
    stage = next((s for s in longest_first(lex.indicators.label.stage_verbs) if name.endswith(s)), None)
    return Phrase("", stage + measure).with_noun(stage + measure, False, lex) if stage else None


def _listed_metric(item: str, lex: Lexicon) -> Phrase | None:
    """The indicator an earlier list item names, for a bare figure after it: a lexicon metric, else the
    subject before the item's first verb (经济总量跨过两个万亿元大关 -> 经济总量)."""
    known = _known_metric(item, lex)
    if known:
        return _split(item[known[1]:known[2]], lex, known[0])
    conf = lex.hedges.measure
    at = min((item.find(v) for v in (*conf.level_verbs, *conf.increase, *conf.decrease) if item.find(v) >= 2),
             default=-1)
    noun = strip_words(item[:at], words(lex, "noise"), trailing=False) if at > 0 else ""
    return Phrase("", noun) if 2 <= len(noun) <= 12 and not re.search(r"\d", noun) else None


def _verb_run(phrase: Phrase, after: str, lex: Lexicon) -> Phrase:
    """A run of verbs before a figure whose noun follows it is one action: 开工修缮 330 万平方米老旧小区和
    里弄房屋 names 开工修缮老旧小区和里弄房屋, not an action 开工 of a noun 修缮."""
    if phrase.canonical or not phrase.action or not phrase.noun or len(phrase.noun) > (1 if phrase.suffix else 2):
        return phrase
    noun = post_noun(after, lex)
    if len(noun) < 2 or noun.startswith(tuple(lex.hedges.words.stage_verbs)):
        return phrase
    return Phrase(phrase.name, noun)          # 新启动 300 万平方米旧住房修缮 too


def _staged(phrase: Phrase, previous: Phrase | None, text: str, q: Quantity, clause_start: int,
            lex: Lexicon) -> Phrase | None:
    """A stage verb right after a figure is its action (4万平方米开工), of the figure's own noun, else of the
    noun the sentence is about (the previous figure's, without 项目), else of the clause before."""
    words = lex.hedges.words
    stage = next((v for v in longest_first(words.stage_verbs) if text.startswith(v, q.end)), None)
    if stage is None or phrase.canonical or phrase.action:
        return None
    noun = phrase.noun
    if not noun and previous is not None and previous.noun:
        noun = strip_words(previous.noun, words.generic_nouns, leading=False)
    noun = noun or context_noun(text, clause_start, lex)
    return Phrase(stage, noun, True).with_noun(noun, True, lex) if noun else None


def _shared(items: list[str], measure: Measure, lex: Lexicon) -> list[str]:
    """Indicators listed before a shared value: 商品销售总额、社会消费品零售总额增长 5%—6%; 二氧化硫、氮氧化物排放量要
    下降3% (the head written once: kg.extractors.lists.listed_indicators)."""
    names = []
    for item in items[:-1]:
        known_as = known(item, lex)
        if known_as:
            names.append(known_as)
    return names if len(names) == len(items) - 1 else listed_indicators(items, lex)


def _real_metric(name: str) -> bool:
    return len(name) >= 2 and bool(re.search(r"[\u4e00-\u9fffA-Za-z]{2}", name))


@extractor("observations", assigns=(OBSERVATIONS,), requires=(mentions_of(EntityKind.DEVELOPMENT_ZONE),))
def extract_observations(document: Document, lex: Lexicon, inputs: Inputs) -> list[Observation]:
    """Numeric facts from every sentence of the document's body; a zone's figures named as the zone's."""
    multi_year = multi_year_paragraphs(document, lex)
    found = attribute(document, [o for s in body(document) if s.section is not SectionKind.NOTES
                                 for o in sentence_observations(document, s, lex, multi_year)], lex)
    found = without_rate_populations(document, found, lex)
    zones = inputs.mentions(EntityKind.DEVELOPMENT_ZONE)
    owned = topic_owned(document, event_owned(document, zone_owned(document, found, zones, lex), lex), zones, lex)
    return effects_named(document, defined_things(document, shared_owners(document, owned, lex), lex), lex)
