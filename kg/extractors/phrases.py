"""The indicator as worded before a number: an action verb and a noun phrase, and whether the number is a
level or a change (read by kg.extractors.observations)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from kg.extractors.figures import ASIDE
from kg.extractors.stage.actions import joined_alternatives, verbs_over_modifier
from kg.extractors.stage.closings import acting_verbs
from kg.extractors.stage.flows import works_run
from kg.extractors.indicators import find, is_indicator_name, known
from kg.extractors.indicators import known as whole_name
from kg.extractors.lists import listed_owners
from kg.extractors.cut_wordings import benchmark_kept, past_placed_class, without_leading_noise
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.wording import drop_openings, leading_count, masked_etcetera, measure_words, strip_words, words
from kg.lang.zh.numerals import CN_NUMERAL
from kg.lang.zh.punctuation import QUOTED
from kg.lang.zh.segment import tagger
from kg.lexicon import Lexicon
from kg.lang.zh.wordset import longest_first
from kg.model import Measure


@dataclass(frozen=True)
class Phrase:
    """An indicator as worded: an action verb (before or after) and a noun phrase."""

    action: str
    noun: str
    suffix: bool = False             # the action follows the noun: 电梯加装新签约
    canonical: str | None = None     # resolved through the metric lexicon

    @property
    def name(self) -> str:
        return self.canonical or (self.noun + self.action if self.suffix else self.action + self.noun)

    def with_noun(self, noun: str, suffix: bool, lex: Lexicon) -> Phrase:
        draft = Phrase(self.action, noun, suffix)
        return replace(draft, canonical=known(draft.name, lex))

    def with_action(self, action: str, lex: Lexicon) -> Phrase:
        draft = Phrase(action, self.noun, self.suffix)
        return replace(draft, canonical=known(draft.name, lex))


def _measure(pre: str, lex: Lexicon, counted: bool = False) -> tuple[Measure, str]:
    """Read a change verb at the end of ``pre``: 增长 → increase; 提升到 stays a level.

    Before a count (提升 11 个生活盒子) an upgrade verb is an action, not a change.
    """
    conf = lex.hedges.measure
    if counted and any(pre.endswith(v) for v in conf.actions_before_counts):
        return Measure.LEVEL, pre
    for tail in conf.level_after_change:
        if not pre.endswith(tail):
            continue                            # no verb + tail can end it either
        for verb in conf.increase + conf.decrease:
            if pre.endswith(verb + tail):
                rest = pre[: -len(verb + tail)]
                change = _change_named(rest, lex)     # 居民消费价格涨幅回落到2.6%: the change's new level
                return (Measure.LEVEL, rest) if change is None else change
    for kind in ("increase", "decrease"):
        for verb in measure_words(lex, kind):
            if pre.endswith(verb):
                return Measure(kind), pre[: -len(verb)]
    return Measure.LEVEL, pre


def _change_named(pre: str, lex: Lexicon) -> tuple[Measure, str] | None:
    """A wording that names a change (涨幅, 增速) before the verb that moves it measures that change."""
    for kind in ("increase", "decrease"):
        for verb in measure_words(lex, kind):
            if pre.endswith(verb):
                return Measure(kind), pre[: -len(verb)]
    return None


def known_metric(text: str, lex: Lexicon) -> tuple[str, int, int] | None:
    """The lexicon metric named in ``text`` (kg.extractors.indicators.find: qualifiers make another indicator)."""
    return find(text, lex)


def split_phrase(text: str, lex: Lexicon, canonical: str | None = None) -> Phrase:
    actions = words(lex, "actions")
    if text in actions:
        return Phrase(text, "", False, canonical)
    prefix = next((a for a in actions if text.startswith(a)), "") if text.startswith(actions) else ""
    prefix = prefix or _new_action(text, actions, lex)
    prefix = "" if prefix and text.startswith(lex.indicators.normalise.verb_nouns) else prefix     # 建设用地整理
    if prefix:
        return Phrase(prefix, text[len(prefix):], False, canonical)
    suffix = next((a for a in actions if text.endswith(a) and len(text) > len(a)), "") \
        if text.endswith(actions) else ""
    if suffix:
        return Phrase(suffix, text[: -len(suffix)], True, canonical)
    return Phrase("", text, False, canonical)


def _new_action(text: str, actions: tuple[str, ...], lex: Lexicon) -> str:
    """A word of newness (metrics.toml ``new_openings``: 新) and the action verb after it (新引进), when a noun of two
    characters or more follows; else ""."""
    new = next((n for n in lex.indicators.normalise.new_openings if text.startswith(n)), "")
    verb = next((a for a in actions if len(a) >= 2 and text.startswith(a, len(new))), "") if new else ""
    return new + verb if verb and len(text) - len(new + verb) >= 2 else ""


def _strip_trailing(pre: str, noise: Sequence[str], lex: Lexicon) -> str:
    """``pre`` without trailing noise words, unless the word is the whole a share is of: 占全市."""
    out = strip_words(pre, noise, leading=False)
    return pre if out != pre and out.endswith(lex.indicators.label.share_openings) else benchmark_kept(pre, out, lex)


def _share_of_whole(pre: str, lex: Lexicon) -> str:
    """征收面积约占全市总量的 -> 征收面积占全市: a share is of the whole (总量 of 全市 is 全市), with no hedge
    before 占 (the hedge is the number's) and no 的 before the number."""
    pre = strip_words(pre.removesuffix(lex.grammar.possessive), lex.hedges.words.totals, leading=False)
    hedges = "|".join(map(re.escape, longest_first(lex.hedges.comparator.before.all())))
    openings = "|".join(map(re.escape, lex.indicators.label.share_openings))
    return re.sub(rf"(?:{hedges})(?={openings})", "", pre)


def _after_quoted_opening(named: str) -> str:
    """``named`` past a plan's name in quotation marks that opens it (a goal's wording: “十五”期间年均)."""
    opening = QUOTED.match(named)
    return named[opening.end():] if opening else named


@cache
def _goal_copula(lex: Lexicon) -> re.Pattern[str]:
    """A goal set at the figure: 目标为, 目标定为, 目标拟定为, 目标是 (hedges.toml ``goal_tails``, a level verb)."""
    goals = "|".join(map(re.escape, longest_first(lex.hedges.words.goal_tails)))
    verbs = "|".join(map(re.escape, measure_words(lex, "level_verbs")))
    return re.compile(rf"(?:{goals})[\u4e00-\u9fff]{{0,2}}?(?:{verbs})")


def _goal_stated(pre: str, lex: Lexicon) -> str:
    """The indicator of a goal worded before it: 经济增长速度的调控目标定为 -> 经济增长速度, 中央提出经济增长预期
    目标为 -> 经济增长 (the words before a clause verb are the clause's); a change closing the goal's clause is
    the figure's (经济增长预期目标是在明显提高质量和效益的基础上年均增长 -> 经济增长年均增长). The wording as it
    was when it states no goal."""
    m = _goal_copula(lex).search(pre)
    if m is None:
        return pre
    named = strip_words(pre[:m.start()], words(lex, "noise"), leading=False).removesuffix(lex.grammar.possessive)
    verbs = lex.indicators.label.clause_verbs
    named = named[max((named.rfind(v) + len(v) for v in verbs if v in named), default=0):]
    named = strip_words(_after_quoted_opening(named), words(lex, "noise"), trailing=False)   # “十五”期间年均
    if len(named) < 2:
        return pre
    if m.end() == len(pre):
        return named
    change = next((v for v in (*measure_words(lex, "increase"), *measure_words(lex, "decrease")) if pre.endswith(v)),
                  None)
    return named + change if change else pre


def _leading_change(lead: str, measure: Measure, lex: Lexicon) -> Measure:
    """A change verb before a lexicon metric is the figure's change: 再减少农村贫困人口1000万人 is a decrease."""
    if measure is not Measure.LEVEL:
        return measure
    lead = strip_words(lead, (*words(lex, "noise"), *longest_first(lex.hedges.status.planned)))  # 也要再减少
    return next((Measure(kind) for kind in ("increase", "decrease") if lead in measure_words(lex, kind)), measure)


def _without_noise(pre: str, lex: Lexicon) -> str:
    """``pre`` without the scope and time words of ``noise_anywhere`` (全年, 计划), except inside quotation marks,
    where they belong to a name: “全球服务商计划”累计引进 keeps its 计划."""
    parts = re.split(r"(“[^”]*”)", pre)
    for noise in _noise(lex):
        parts = [p if p.startswith("“") else noise.sub(lambda m: _kept_noise(m, lex), p) for p in parts]
    return "".join(parts)


def _kept_noise(m: re.Match[str], lex: Lexicon) -> str:
    """The noise word matched, kept when it opens a longer dictionary word that is no time word: 农村部分计划生育
    家庭 (national_2009) keeps 计划 of 计划生育; 今年底 is a time word and goes whole, and so does 计划 closing a word
    (年度计划投资: the investment planned)."""
    text, start, end = m.string, m.start(), m.end()
    words = tagger(lex)
    for b in range(min(len(text), end + _WORD_REACH), end, -1):
        if words.frequency(text[start:b]) and words.flag(text[start:b]) != "t":
            return m.group()
    return ""


_WORD_REACH = 3         # the characters a dictionary word opened by a noise word may reach after it


@cache
def _noise(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """A pattern for each of ``noise_anywhere``, in its order; 五年内: the count of years goes with its 年内."""
    return tuple(re.compile(f"[{CN_NUMERAL}]*{re.escape(word)}") for word in lex.hedges.words.noise_anywhere)


def phrase_before(pre: str, lex: Lexicon, counted: bool = False) -> tuple[Phrase, Measure]:
    """The indicator worded before a number, and whether the number is a level or a change."""
    noise = words(lex, "noise")
    trailing_noise = [w for w in noise if len(w) > 1] + list(lex.hedges.words.trailing_adverbs)   # 公共 keeps its 共
    of, etc = lex.grammar.possessive, lex.grammar.etcetera
    pre = ASIDE.sub("", joined_alternatives(pre, lex))   # 企业(AEO)达到: the abbreviation is no part of it
    pre = _without_noise(pre, lex)
    pre = lex.hedges.periods.from_marker.sub("", pre)      # 财政收入从 11.7 万亿元: the base of a change
    pre = lex.hedges.periods.per_head.sub("", pre)         # 增加到人均280元: the unit's, not the indicator's
    pre = lex.hedges.periods.stated_year.sub("", pre)      # 2022年预计达到: the year is the period's
    pre = lex.hedges.periods.consecutive.sub("", pre)      # 连续两年增长: so are the years in a row
    pre = leading_count(lex).sub("", pre)                # 17个重点传统制造业增加值: the set's size
    pre = _goal_stated(pre, lex)
    unquoted = re.sub(r"“[^”]*”", lambda m: "“" + "_" * (len(m.group()) - 2) + "”", pre)
    cut = unquoted.rfind(of)
    share = 0 <= cut < len(pre) - 1 and pre[cut + 1:].startswith(lex.grammar.names.possessive_heads)
    if len(pre) > 8 and 0 <= cut < len(pre) - 1 and not share:
        head, noun = pre[:cut], pre[cut + 1:]
        pre = (relative_clause(head, noun, lex) or listed_owners(head, noun, lex) or verbs_over_modifier(head, lex)) + noun
    pre = re.sub(r"[“”]", "", pre)
    if any(w in pre for w in lex.indicators.label.share_openings):
        pre = _share_of_whole(pre, lex)
    masked = masked_etcetera(pre, lex)                 # 普通高等学校: 等 inside a word lists nothing
    if etc in masked[:-1]:                     # 核技术应用等新兴产业: examples before 等, the indicator after
        lead = next((a for a in words(lex, "actions") if pre.startswith(a)), "")   # 改造水热气等管网
        pre = lead + past_placed_class(pre, pre[masked.rindex(etc) + 1:], lex)    # 在餐饮等行业开展: a place
    pre = without_leading_noise(pre, noise, lex)              # 再就业补助: 就 opens 就业
    batch = strip_words(pre, lex.indicators.label.count_batches, leading=False)     # 启动建设首批7个…示范区
    pre = batch if batch != pre and len(batch) >= 2 else pre
    pre = drop_openings(pre, lex)                           # 比改革前减轻企业和个人负担: the base is no name
    scope = lex.hedges.words.share_scope
    pre = scope.sub("", pre) if scope is not None and not counted else pre    # 试点范围扩大到全国40%的县
    measure, pre = _measure(_strip_trailing(pre, trailing_noise, lex), lex, counted)
    linked = strip_words(pre, measure_words(lex, "level_verbs"), leading=False)
    pre = _strip_trailing(without_leading_noise(linked, noise, lex), trailing_noise, lex)
    if measure is Measure.LEVEL and linked != pre:          # 经济增长预期为7%左右: a growth expected at 7%
        changed, named = _measure(pre, lex, counted)
        named = _strip_trailing(named, trailing_noise, lex)
        if changed is not Measure.LEVEL and whole_name(named.strip(of), lex):
            measure, pre = changed, named.strip(of)
    if share:                                  # 研发经费支出相当于全市生产总值的比例: a share, not the whole's
        return Phrase("", pre).with_noun(pre, False, lex), measure
    known = known_metric(pre, lex)
    if known:
        return split_phrase(pre[known[1]:known[2]], lex, known[0]), _leading_change(pre[:known[1]], measure, lex)
    if pre.endswith(etc):                      # 田林路65弄等 3 个项目: examples, not the indicator
        return replace(split_phrase(pre, lex), noun=""), measure
    pre = lex.hedges.words.ordinal.sub("", pre)
    if pre.endswith(of):                       # 规划建设的 5 家医院: the count's own noun names it
        return replace(split_phrase(pre.rstrip(of), lex), noun=""), measure
    phrase = Phrase(run, "") if (run := works_run(pre, lex)) else split_phrase(pre.strip(of), lex)
    if phrase.action and phrase.noun in lex.indicators.normalise.launch_verbs:     # 推动成立3家…公司: 成立 acts too
        run = phrase.noun + phrase.action if phrase.suffix else phrase.action + phrase.noun    # 制定发布: as written
        phrase = replace(phrase, action=run, noun="", suffix=False)
    if (phrase.noun in lex.hedges.words.actions or phrase.noun in noise
            or (not phrase.action and phrase.noun in lex.hedges.status.planned)      # 要完成1000万以上…: a cue alone
            or (counted and phrase.noun in lex.grammar.existential)):
        phrase = replace(phrase, noun="")
    return phrase, measure


def relative_clause(head: str, noun: str, lex: Lexicon) -> str:
    """The verb phrase before 的 that makes the things counted after it a kind of their own, with its 的:
    参加职业伤害保障的新业态劳动者 (guangdong_2026: not every 新业态劳动者), 淘汰落后的炼钢产能 (State Council 2010:
    not the whole capacity), 分出的可回收物 (shanghai_city_2020: what households separate); "" when the words before 的 are no such phrase: a clause's subject,
    a figure, a change verb (削减…设立的涉企收费项目: the measure), a cue, or words that with ``noun`` make no name
    (发行用于项目建设的专项债券: a purpose, sichuan_2026)."""
    head = strip_words(re.split(r"[,;:\u3001\uff0c\uff1b\uff1a\u3002]", head)[-1], words(lex, "noise"), trailing=False)
    tags = list(tagged(head, lex))
    while len(tags) > 1 and tags[0][1] in _ADVERBIAL:        # 平均每天分出的可回收物: how often, no part of the kind
        head = head[len(tags.pop(0)[0]):]
    acting = acting_verbs(head, lex) if tags and tags[0][1] != "v" else ""     # 国务院各部门取消和调整的审批项目
    verbs = acting or head
    if not 2 <= len(verbs) <= _RELATIVE_REACH or not tags or (tags[0][1] != "v" and not acting) \
            or re.search(r"[0-9\u201c\u201d]", head):
        return ""
    m, rules = lex.hedges.measure, lex.indicators.label
    blocked = (*m.increase, *m.decrease, *rules.purpose_verbs, *lex.hedges.status.planned, *lex.hedges.words.noise)
    alone = len(tags) < 2 and verb_pattern(lex).fullmatch(head) is not None      # 新增的重大产业项目: an action
    kept = head + lex.grammar.possessive
    noun = strip_words(noun, (*measure_words(lex, "increase"), *measure_words(lex, "decrease"),
                              *measure_words(lex, "level_verbs")), leading=False)     # 审批项目总数达到
    return "" if tags[0][0] in blocked or alone or not is_indicator_name(kept + noun, lex) else kept


_RELATIVE_REACH = 8
_ADVERBIAL = ("a", "r", "d", "t")
