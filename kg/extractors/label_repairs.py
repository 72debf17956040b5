"""Repairs of metric wordings that the label rules (kg.extractors.metric_labels) find cut or glued, from the
sentence they come from (issue 17, the hand-judged corpus samples of tests/data/label_sample_*.tsv): a verb closing
a list's clause shared by its counts, a first word cut by noise words, a light verb between a subject and its
activity, a qualifier naming a part of the figure before."""
from __future__ import annotations

import itertools
import re

from kg.extractors.indicator_names import find, identity, known, named, squash
from kg.extractors.metric_labels import only_verbs, tagged, verb_pattern
from kg.extractors.wording import post_noun
from kg.lang.zh.numerals import CN_LEADING
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.lang.zh.punctuation import ASIDE, CLAUSE_BREAK, QUOTE_MARKS
from kg.lang.zh.wordset import longest_first

__all__ = ["beneficiaries", "caused_or_handed", "counted_kind", "counted_object", "counted_total", "covered_measure", "list_verb", "listed_measure",
           "listed_total", "named_doer", "prefixed_verb", "qualified_part", "set_named", "share_predicate", "shared_verb", "stem_owner", "whole_start",
           "without_link", "without_preposition", "works_before"]


def list_verb(wording: str, after: str, lex: Lexicon) -> str | None:
    """A count of things whose clause closes with a verb of a class (改造, 新建) or a stage takes that verb, the
    things counted after it in a list sharing it: 实施3000个老旧小区、120个老旧街区（厂区）改造 -> 老旧小区改造 for
    3000 and 老旧街区改造 for 120. None when the wording has a verb of its own or its clause closes with none."""
    own = squash(identity(wording, lex))
    after = QUOTE_MARKS.sub("", ASIDE.sub("", squash(after)))
    if not own or not after.startswith(own) or verb_pattern(lex).match(own):
        return None
    rest = after[len(own):]
    listed = rest.startswith(_LIST_MARK)
    clause = CLAUSE_BREAK.split(rest[1:] if listed else rest, maxsplit=1)[0]
    norm = lex.indicators.normalise
    verbs = longest_first({*(v for cls in norm.verb_class for v in cls.verbs), *lex.indicators.label.stage_verbs})
    verb = next((v for v in verbs if clause.endswith(v)), None)
    if verb is None or own.endswith(verbs) or (re.search(r"[0-9]", clause) is None if listed else clause != verb):
        return None
    return named(squash(wording) + verb, lex)


_LIST_MARK = "\u3001"


def whole_start(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A metric cut inside its first word, which the words before it in the sentence complete: 再就业补助 read as
    业补助 (再 and 就 are noise), 和美乡村 as 美乡村 (和 is a connective); a time word so cut goes whole:
    去年末居民储蓄存款余额 read as 末居民储蓄存款余额 -> 居民储蓄存款余额. None when the metric opens with a whole
    word."""
    own = squash(o.metric)
    if not own or len(tagged(own, lex)[0][0]) != 1:
        return None
    text = squash(sentence[:o.quantity.start])
    at = text.rfind(own)
    if at < 0:                                 # 1000个和美乡村: the noun counted after the number
        text = squash(sentence[:o.quantity.end])
        at = squash(sentence).find(own, len(text))
        text = squash(sentence)
    lead = text[max(0, at - 3):at] if at > 0 else ""
    start = 0
    for word, pos in tagged(lead + own, lex) if lead else ():
        if start < len(lead) < start + len(word):
            whole = own[start + len(word) - len(lead):] if pos in _TIME else (lead + own)[start:]
            return named(whole, lex)
        start += len(word)
    return None


_TIME = ("t", "f")


def without_link(own: str, lex: Lexicon) -> str | None:
    """A subject and its activity linked by a light verb name the count of the subjects doing it without the verb:
    推动超1万家工业企业开展技术改造和数字化转型 -> 工业企业技术改造和数字化转型 (guangdong_2025, as 2026 words it)."""
    for verb in lex.indicators.label.light_verbs:
        at = own.find(verb, 2)
        if at > 0 and own[at + len(verb):]:         # 中央财政拟安排 (3185亿元) funds nothing it names
            return named(_subject_and_activity(own[:at], own[at + len(verb):], lex), lex)
    return _from_predicate(own, lex)


def _subject_and_activity(subject: str, activity: str, lex: Lexicon) -> str:
    """The name of a count of subjects doing an activity: a generic subject ([label] bare) goes after the activity
    it is named by (28个省份开展大病医疗保险试点 -> 大病医疗保险试点省份, national_2014), another before it."""
    return activity + subject if subject in lex.indicators.label.bare else subject + activity


def _from_predicate(own: str, lex: Lexicon) -> str | None:
    """A beneficiary glued before what is given to it goes: 为…1845位人才提供租房补贴2025万元 -> 提供租房补贴
    (xuhui 2023, as 2024 words it)."""
    words = tagged(own, lex)
    at = 0
    for k, (word, pos) in enumerate(words):
        if k and word in lex.indicators.label.given_verbs:
            return named(own[at:], lex)
        if not pos.startswith("n"):             # 可提供床位: no beneficiary before the verb
            return None
        at += len(word)
    return None


def qualified_part(own: str, before: Observation, between: str, lex: Lexicon) -> str | None:
    """A qualifier (农村, 城镇) opened by 其中 after a figure names that figure's part: 新建新能源汽车公共充电桩2万个
    以上，其中农村1万个以上 -> 新建农村新能源汽车公共充电桩 (henan_2026)."""
    qualifier = next((q for q in lex.grammar.lists.qualifiers if own.endswith(q)), None)
    clause = squash(CLAUSE_BREAK.split(between)[-1])
    if qualifier is None or not clause.startswith(lex.indicators.label.part_openings):
        return None
    whole = squash(before.metric_surface)
    verb = verb_pattern(lex).match(whole)
    at = verb.end() if verb else 0
    return named(whole[:at] + qualifier + whole[at:], lex)


def counted_kind(wording: str, o: Observation, after: str, lex: Lexicon) -> str | None:
    """A count followed by a kind of item (事项, 措施, 经验) counts items of that kind for the programme worded
    before it: 长三角一体化发展21项重点合作事项 -> 长三角一体化发展重点合作事项; 实施新一轮优化营商环境改革108项
    措施 -> …改革措施. None when the count is of no such kind."""
    if o.quantity.normalized_unit != "unit:NUM":
        return None
    own = squash(wording)
    head = CLAUSE_BREAK.split(QUOTE_MARKS.sub("", squash(after)), maxsplit=1)[0]
    if own and head.startswith(own):            # 416项行政审批等事项: the wording is the noun counted, its kind after 等
        head = head[len(own):].removeprefix(lex.grammar.etcetera)
    head = head[:_KIND_REACH]
    ends = [head.find(k) + len(k) for k in lex.indicators.label.counted_kinds if head.find(k) >= 0]
    kind = head[: min(ends)] if ends else ""
    if (not kind or own.endswith(kind) or re.search(r"[0-9]", kind) or lex.grammar.etcetera in kind
            or kind.startswith(lex.grammar.possessive)):      # 11个行业结构调整的政策措施: a count of industries
        return None
    return named(own + kind, lex)


_KIND_REACH = 8


def beneficiaries(wording: str, after: str, lex: Lexicon) -> str | None:
    """People counted before what is given to them are its beneficiaries: 为80万重点群体提供就业帮扶 -> 就业帮扶
    重点群体 (zhejiang_2025). None when no given verb follows the counted wording."""
    own = squash(wording)
    after = CLAUSE_BREAK.split(QUOTE_MARKS.sub("", squash(after)), maxsplit=1)[0]
    if not own or not after.startswith(own):
        return None
    rest = after[len(own):]
    verb = next((v for v in lex.indicators.label.given_verbs if rest.startswith(v)), None)
    given = rest[len(verb):] if verb else ""
    if not 2 <= len(given) <= _KIND_REACH or re.search(r"[0-9]", given):
        return None
    return named(given + own, lex)


def counted_total(own: str, before: Observation, lex: Lexicon) -> str | None:
    """A total that alone names nothing (投资总额) is the total of the things counted before it in the sentence:
    落地重大产业项目超过100个、投资总额超过1000亿元 -> 重大产业项目投资总额 (shanghai_city_2024)."""
    if own not in lex.indicators.label.counted_totals or before.quantity.normalized_unit != "unit:NUM":
        return None
    words = list(tagged(squash(before.metric_surface), lex))
    while words and words[0][1].startswith("v"):            # 落地重大产业项目: the things, not their verb
        words.pop(0)
    return named("".join(w for w, _ in words) + own, lex) if words else None


def without_preposition(own: str, lex: Lexicon) -> str | None:
    """A wording opened by a preposition that only says for whom or where, without it: 为经营主体减负 -> 经营主体减负
    (zhejiang_2025), 为既有多层住宅加装电梯 -> 既有多层住宅加装电梯, the beneficiary's activity after it; 在浙就业省外劳动力 -> 省外劳动力, the place and the verbs
    after it going too (zhejiang_2026). None when the wording opens with no such preposition, when a beneficiary
    has no activity after it (为中西部地区: the people counted follow the number), or what is left names nothing."""
    rules = lex.indicators.label
    words = list(tagged(own, lex))
    if len(words) < 2 or words[0][0] not in (*rules.for_prepositions, *rules.place_prepositions):
        return None
    rest = words[1:]
    if words[0][0] in rules.place_prepositions:
        while rest and _place_word(*rest[0], lex):
            rest.pop(0)
        if len(rest) == len(words) - 1:               # 在 with no place after it
            return None
        while rest and rest[0][1].startswith("v"):
            rest.pop(0)
    elif not any(p.startswith("v") for _, p in rest[1:]):
        return None
    return named("".join(w for w, _ in rest), lex)


def _place_word(word: str, flag: str, lex: Lexicon) -> bool:
    """A place name (ns), or the one-character short name of a provincial-level division (zones.toml joint forms),
    which the tagger reads as an abbreviation: 在川两院院士70位 (sichuan_2026), 在粤参加医保 (guangdong_2026)."""
    return flag == "ns" or (len(word) == 1 and word in _short_names(lex))


def _short_names(lex: Lexicon) -> frozenset[str]:
    return frozenset(j.written for j in lex.zones.joint if len(j.written) == 1)


def listed_measure(own: str, before: Observation, between: str, lex: Lexicon) -> str | None:
    """A bare measure listed right after a figure is the measure of that figure's head noun, the lexicon naming
    the whole: 粮食播种面积1520万亩、总产125亿斤 -> 粮食总产 (粮食产量, zhejiang_2025). None when it is listed so but
    no head of the figure before and the measure make a name of the lexicon."""
    between = squash(between)
    if own not in lex.indicators.label.bare or not between.startswith(_LIST_MARK) or CLAUSE_BREAK.search(between):
        return None
    whole = squash(before.metric_surface)
    verb = verb_pattern(lex).match(whole)
    whole = whole[verb.end():] if verb else whole
    return next((whole[:k] + own for k in range(len(whole) - 1, 1, -1) if known(whole[:k] + own, lex)), None)


def listed_total(own: str, before: Observation, between: str, lex: Lexicon) -> str | None:
    """A total (总 + a measure) listed right after a flow of that measure is the level of the flow's indicator:
    新增电力装机1002万千瓦、总装机近1.4亿千瓦 -> 电力装机 (sichuan_2025). None when it is no total, is not so listed,
    or the figure before names no indicator closing with its measure."""
    total = next((t for t in lex.hedges.words.total_openings if own.startswith(t)), "")
    rest = own[len(total):]
    if not total or len(rest) < 2 or squash(between) != _LIST_MARK + own:
        return None
    whole = squash(before.metric_surface)
    verb = verb_pattern(lex).match(whole)
    whole = whole[verb.end():] if verb else whole
    return named(whole, lex) if whole.endswith(rest) and len(whole) > len(rest) else None


def stem_owner(own: str, before: Observation, lex: Lexicon) -> str | None:
    """A generic rate ([label] bare) whose stem the figure before holds after its owner is the owner's rate:
    新增长护险参保人数1561万人，参保率达93% -> 长护险参保率 (zhejiang_2026). None when it is no such rate or the figure
    before holds no owner before the stem."""
    rate = lex.indicators.label.rate_noun
    if own not in lex.indicators.label.bare or not own.endswith(rate) or len(own) <= len(rate):
        return None
    whole = squash(before.metric_surface)
    verb = verb_pattern(lex).match(whole)
    whole = whole[verb.end():] if verb else whole
    at = whole.find(own[: -len(rate)])
    return named(whole[:at] + own, lex) if at >= 2 else None


def covered_measure(wording: str, unit: str, lex: Lexicon) -> str | None:
    """A scheme closing with a verb of coverage ([label] rate_verbs) names what it covers by the figure's unit: a
    share its rate, people its count (grammar.toml ``unit_measures``): 基本医疗保险覆盖13.5亿人 -> 基本医疗保险覆盖
    人数, 新型农村社会养老保险试点覆盖24%的县 -> …覆盖率 (national). None when it closes with no such verb or the
    unit has no measure noun. The wording is read as written, else as the indicator scheme names it (试点范围 is
    试点覆盖, metrics.toml)."""
    verbs = lex.indicators.label.rate_verbs
    own = next((w for w in (squash(wording), squash(identity(wording, lex)))
                if any(w.endswith(v) and len(w) - len(v) >= 2 for v in verbs)), None)
    if own is None:
        return None
    measure = lex.indicators.label.rate_noun if "%" in unit else \
        next((m for u, m in (lex.grammar.unit_measures or {}).items() if unit.endswith(u)), "")
    return named(own + measure, lex) if measure else None


def share_predicate(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A share of things that a predicate after them qualifies is the share of those doing it, named with it:
    64.2%的县医院达到三级医院能力标准 -> 县医院达到三级医院能力标准比例 (sichuan_2025), 90%以上的矛盾纠纷化解在基层
    (zhejiang_2026). None when the figure is no share of the things its wording names or no predicate follows."""
    own = squash(o.metric_surface)
    after = QUOTE_MARKS.sub("", squash(sentence[o.quantity.end:]))
    after = next((after[len(h):] for h in lex.indicators.label.hedge_closings if after.startswith(h)), after)
    of = lex.grammar.possessive
    if "%" not in o.quantity.unit or not own or not after.startswith(of):
        return None
    clause = CLAUSE_BREAK.split(after[len(of):], maxsplit=1)[0].split(_LIST_MARK)[0]
    words = tagged(clause, lex)
    nouns = "".join(w for w, _ in itertools.takewhile(lambda w: w[1] == "vn" or not w[1].startswith("v"), words))
    predicate = clause[len(nouns):]
    if (len(nouns) < 2 or nouns not in own or not predicate or not tagged(predicate, lex)[0][1].startswith("v")
            or len(predicate) > 2 * _KIND_REACH or re.search(r"[0-9]", predicate)):
        return None
    return named(nouns + _placed_first(predicate, lex) + lex.indicators.label.share_nouns[0], lex)


def _placed_first(predicate: str, lex: Lexicon) -> str:
    """A verb whose place follows it after 在 ([label] place_prepositions) worded with the place first, as a name
    words it: 化解在基层 -> 基层化解 (zhejiang_2026: 90%以上的矛盾纠纷化解在基层); else ``predicate``."""
    words = tagged(predicate, lex)
    if len(words) < 3 or not words[0][1].startswith("v") or words[1][0] not in lex.indicators.label.place_prepositions:
        return predicate
    return "".join(w for w, _ in words[2:]) + words[0][0]


def set_named(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A list's last item glued to the set the list makes (三大, 四大 after the items) is named from the set on:
    集成电路、生物医药、人工智能三大先导产业规模 -> 三大先导产业规模 (shanghai_city_2024, as the gold names it). None when
    the wording holds no such set after a listed item."""
    own = squash(o.metric_surface)
    found = _SET_SIZE.search(own)
    if found is None or found.start() < 2:
        return None
    at = squash(sentence[:o.quantity.start]).rfind(own)
    return named(own[found.start():], lex) if at > 0 and squash(sentence)[at - 1] == _LIST_MARK else None


_SET_SIZE = re.compile(f"[{CN_LEADING[1:]}]\u5927")         # 三大: the size of a named set of kinds


def counted_object(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A wording closing with a verb of a class (建设, 改造) before a count whose noun follows the number counts that
    noun, the words before the verb only saying how: 先行试点建设50个智能化康复中心 -> 智能化康复中心建设
    (sichuan_2025). None when the wording names an indicator of the lexicon or no noun follows the number."""
    own = squash(o.metric)
    norm = lex.indicators.normalise
    verb = next((v for v in longest_first((v for c in norm.verb_class for v in c.verbs))
                 if own.endswith(v) and len(own) > len(v)), "")
    how = own[: len(own) - len(verb)]
    if (not verb or o.quantity.normalized_unit != "unit:NUM" or known(own, lex) or find(own, lex)
            or verb_pattern(lex).search(how) or only_verbs(how, lex)):
        return None                                   # 新增和提升39家邻里汇: verbs alone, the list verb's
    noun = post_noun(sentence[o.quantity.end:], lex)
    if len(noun) < 3 or verb_pattern(lex).search(noun) or how in noun:
        return None                                   # 42处大中型灌区改造: the noun has its own verb
    return named(noun + verb, lex)


def named_doer(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """An action whose doer the sentence names before it, the lexicon naming the two together: 加速建设中欧班列集结中心，
    创新班列市场化运营模式，力争全年开行2500列以上 -> 中欧班列开行 (zhejiang_2025), not the object of the clause
    before, whose head (班列) it shares. None when the wording names a lexicon indicator already or no lexicon name
    so fits."""
    own = squash(o.metric)
    if known(own, lex) or find(own, lex):
        return None
    before = squash(sentence[:o.quantity.start])
    verbs = longest_first((*lex.hedges.words.actions, *lex.indicators.label.stage_verbs))
    verb = next((v for v in verbs if own.endswith(v) and len(v) >= 2), "")
    if not verb:
        return None
    noun = own[: -len(verb)]
    if not noun or verb_pattern(lex).match(own):
        return None                                   # 完工电梯新签约: stages glued, not a doer's action
    for form in _forms_ending(verb, lex):
        doer = form[: -len(verb)]
        if doer in before and doer not in own and tagged(doer, lex)[-1][0] in noun:   # 班列: the head they share
            return form
    return None


def _forms_ending(verb: str, lex: Lexicon) -> list[str]:
    """The names and aliases of the lexicon's indicators that close with ``verb`` after a doer of two characters or
    more, longest first."""
    forms = {squash(f) for m in lex.metrics for f in (m.name, *m.aliases)}
    return sorted((f for f in forms if f.endswith(verb) and len(f) - len(verb) >= 2), key=lambda f: (-len(f), f))


def works_before(own: str, before: str, lex: Lexicon) -> str | None:
    """A bare measure of works (完成投资) is the measure of the works the clause before names, when the lexicon names
    the two together: 持续推进重大工程建设，全年完成投资2150亿元 -> 重大工程完成投资 (shanghai_city_2023). None when
    the wording is no bare one, the clause before states a figure, or the lexicon names no such whole."""
    clauses = CLAUSE_BREAK.split(squash(before))
    if own not in lex.indicators.label.bare or len(clauses) < 2 or re.search(r"[0-9]", clauses[-2]):
        return None
    works = clauses[-2]
    return next((works[i:j] + own for i in range(len(works)) for j in range(len(works), i + 1, -1)
                 if known(works[i:j] + own, lex)), None)


def shared_verb(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The verb opening the first item of an A、B list of figures, which the second item, a bare noun, shares:
    处置批而未供土地33.2万亩、闲置土地2.8万亩 -> 处置闲置土地 (guangdong_2025). None when the item has a verb of its
    own or is no bare noun right after the figure before."""
    if before is None or before.sentence != o.sentence:
        return None
    own, first = squash(o.metric_surface), tagged(squash(before.metric_surface), lex)
    gap = squash(sentence[before.quantity.end:o.quantity.start])
    verb = first[0][0] if first and first[0][1] == "v" and len(first[0][0]) >= 2 and len(first) > 1 else ""
    generic = own in lex.indicators.label.bare        # 落地项目2200个、总投资额7200亿元: the total of the things
    total = own.startswith(lex.hedges.words.total_openings)       # 新增电力装机…、总装机: a stock, no flow
    if not verb or generic or total or gap != _LIST_MARK + own or _own_verb(own, lex):
        return None
    return named(verb + own, lex)


def _own_verb(own: str, lex: Lexicon) -> bool:
    """Whether a list item states its own action: a verb opens or closes it (盘活闲置农房, 城中村改造); a verb
    inside a noun (保障性租赁住房) is the noun's."""
    words = tagged(own, lex)
    return bool(words) and (words[0][1].startswith("v") or words[-1][1].startswith("v"))


def caused_or_handed(own: str, after: str, lex: Lexicon) -> str | None:
    """A figure worded by what a measure lets someone do (每年可使农民减轻负担48亿元 -> 农民减轻负担), or money a
    funder hands out named by its purpose after the figure (中央财政拿出396亿元用于转移支付 -> 中央财政转移支付;
    从粮食风险基金中拿出100亿元，直接补贴种粮农民 -> 直接补贴种粮农民: State Council 2004). None otherwise."""
    rules = lex.indicators.label
    at, word = max(((own.rfind(c), c) for c in rules.causatives), default=(-1, ""))
    if at >= 0 and own[at + len(word):]:
        return named(own[at + len(word):], lex)
    verb = next((v for v in rules.handing_verbs if own.endswith(v)), None)
    if verb is None:
        return None
    clause = CLAUSE_BREAK.split(after.lstrip(",\uff0c"), maxsplit=1)[0]
    lead = next((p for p in rules.purpose_verbs if clause.startswith(p)), "")
    funder = own[: -len(verb)]
    whose = funder if funder.endswith(tuple(rules.funders)) else ""
    return named(whose + clause[len(lead):], lex) if clause[len(lead):] else None



def prefixed_verb(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A verb alone after a one-character prefix (新投放, as the tagger reads it: 新 and a verb) before a count
    takes the noun counted after the number: 新投放3000辆新能源公交车 -> 新投放新能源公交车 (shanghai_city_2022).
    None when the wording is no such verb or no noun follows the number (新登记147万户 stays: the gold's name)."""
    own = squash(o.metric)
    words = tagged(own, lex)
    if len(words) != 2 or len(words[0][0]) != 1 or words[0][1] != "a" or words[1][1] != "v":
        return None
    noun = post_noun(sentence[o.quantity.end:], lex)
    return named(own + noun, lex) if len(noun) >= 2 and not verb_pattern(lex).match(noun) else None
