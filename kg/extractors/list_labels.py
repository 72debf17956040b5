"""One figure after a list of items without figures totals them: its label names the whole list, not its last item
(issue 17, tests/data/label_sample_s5_before.tsv): 港澳居民在粤参加医疗、养老、失业、工伤保险约70万人次 counts the
four insurances (guangdong_2025), 限上仓储会员店、集合店零售额合计增长15.7% both kinds of store (jiangsu_2026)."""
from __future__ import annotations

import itertools
import re

from kg.extractors.indicator_names import known, named, squash
from kg.extractors.metric_labels import only_verbs, tagged, verb_pattern
from kg.extractors.stage.lists import listed_verbs
from kg.extractors.wording import strip_words, words
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.lang.zh.numerals import CN_LEADING
from kg.lang.zh.punctuation import CLAUSE_BREAK, QUOTE_MARKS
from kg.lang.zh.wordset import longest_first

__all__ = ["listed_whole", "opening_verb", "scope_share", "shared_level", "shared_relative"]

_ITEM = "\u3001"
_JOINING = ("c", "d")
_PLACE_TAGS = ("ns", "j")     # a place, or its one-character abbreviation (粤, 浙)
_QUALITIES = ("a", "d")       # 落后: a quality of the things a verb acts on
_LINKS = ("c", "q", "u", "p")  # 批而: words that join, not qualify
_COLLECTIVE = re.compile(f"[{CN_LEADING}][\u5927\u9879\u7c7b\u79cd]")    # 三大, 四项: the list's own name
_HEDGE = 2                     # a hedge before a number (近, 超过)
_SHORT = 3                      # items this short are parallel qualifiers, written together (医疗养老失业工伤保险)


def listed_whole(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The name of the whole list of items before a figure that totals them: two items joined by 和 (限上仓储会员店和
    集合店零售额合计), more items when those before the last are short qualifiers written together (港澳居民在粤参加
    医疗养老失业工伤保险), else written with their shared head once (市级专项区域空间规划), else written in turn with 和
    before the last (粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金达1030亿元: national_2009). None when the
    figure is each item's (分别, 均: grammar.toml ``lists.each``), a percentage that no total word (合计) makes the
    list's, an item holds a figure or names a lexicon indicator, the first item is verbs alone (新建、改扩建机场: the
    verbs are the list), the items are examples before 等 (心理、法律维权、调解等个案服务: the class after 等 names the
    figure), the last item is a clause of its own (…农村危房惠及群众), or the whole names nothing. A change of the
    whole stated right after it keeps its name (东南亚、日韩、欧美入境游客超120万人次，增长95.4%: heilongjiang_2025),
    and verbs listed before the noun all act on it (淘汰、停建、缓建煤电产能: kg.extractors.stage.lists)."""
    own = squash(o.metric_surface)
    again = _change_of_whole(own, o, before, sentence, lex) or listed_verbs(o, sentence, lex)
    if again:
        return again
    clause = QUOTE_MARKS.sub("", squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1]))   # 应急救护“双持证”护理员
    items = clause.split(_ITEM)
    items[0] = strip_words(items[0], words(lex, "noise"), trailing=False)       # 其中粮食直补: the part's cue
    conf, after = lex.grammar.lists, squash(sentence[o.quantity.end:])
    at = items[-1].find(own) if own else -1
    if len(items) < 2 or at < 0 or re.search(r"[0-9]", clause) or any(w in clause or after.startswith(w) for w in conf.each):
        return None
    totalled = own.endswith(lex.hedges.words.list_totals)
    if (("%" in o.quantity.unit and not totalled) or any(known(i, lex) for i in (*items[:-1], own))
            or any(v in own for v in lex.hedges.words.object_verbs)):       # 农村危房惠及群众: a clause of its own
        return None
    verbs = all(p.startswith("v") or p in _JOINING for _, p in tagged(items[0], lex)) or any(
        m.end() == len(items[0]) for m in verb_pattern(lex).finditer(items[0]))           # 新建和加密建设: verbs
    if (not all(items[:-1]) or only_verbs(items[0], lex) or verbs or lex.grammar.etcetera in items[-1][:at]
            or any(verb_pattern(lex).match(i) for i in items[1:])):     # …项目全面达产、完成年产值: predicates
        return None
    if len(items) == 2:
        return _named_unplaced(items[0] + conf.joiners[0] + items[-1][:at] + own, lex)
    short = all(len(i) <= _SHORT for i in items[1:-1]) and len(tagged(items[0], lex)[-1][0]) <= _SHORT
    if short:
        return _named_unplaced("".join(items[:-1]) + items[-1][:at] + own, lex)
    whole = [*items[:-1], items[-1][:at] + own]
    closed = not after or CLAUSE_BREAK.match(after) is not None         # 城区人口超50万县: a threshold, no total
    return _shared_head(whole, lex) or (_joined(whole, items[-1][at + len(own):], lex) if closed else None)


def _joined(items: list[str], rest: str, lex: Lexicon) -> str | None:
    """The items written in turn, 和 before the last, when the last closes the list (nothing but a linking verb after
    it: 城区人口超50万县 is a threshold) and names no collective of its own (集成电路、生物医药、人工智能三大先导产业规模
    keeps 三大先导产业规模)."""
    if (rest and rest not in lex.hedges.measure.level_verbs) or _COLLECTIVE.search(items[-1]):
        return None
    return _named_unplaced("".join(items[:-1]) + lex.grammar.lists.joiners[0] + items[-1], lex)


def _shared_head(items: list[str], lex: Lexicon) -> str | None:
    """Items closing with one head after short qualifiers, written with the head once: 市级专项规划、区域规划、空间规划
    -> 市级专项区域空间规划 (shanghai_city_2022); None when they share no head of two characters or more."""
    size = next((k for k in range(min(map(len, items)) - 1, 1, -1) if len({i[-k:] for i in items}) == 1), 0)
    quals = [i[:-size] for i in items[1:]] if size else []
    if not quals or not all(0 < len(q) <= _SHORT for q in quals):
        return None
    return _named_unplaced(items[0][:-size] + "".join(quals) + items[0][-size:], lex)


def _named_unplaced(name: str, lex: Lexicon) -> str | None:
    """``name`` if it names an indicator, else without a place after 在 ([label] place_prepositions) inside it, which
    only says where the doers do it: 港澳居民在粤参加医疗养老失业工伤保险 -> 港澳居民参加医疗养老失业工伤保险."""
    found = named(name, lex)
    if found or len(words := tagged(name, lex)) < 3:
        return found
    for k in range(1, len(words) - 1):
        if words[k][0] in lex.indicators.label.place_prepositions and words[k + 1][1] in _PLACE_TAGS:
            return named("".join(w for w, _ in (*words[:k], *words[k + 2:])), lex)
    return None


def _change_of_whole(own: str, o: Observation, before: Observation | None, sentence: str,
                     lex: Lexicon) -> str | None:
    """The whole list's name of the figure before, when this figure's wording is the list's last item and nothing but
    punctuation and words without a list stand between them (…入境游客超120万人次，增长95.4%); else None, and None
    when a stock's cue stands between (新登记经营主体320万户、增长13%，总量达2037.7万户: the stock is 经营主体's)."""
    if before is None or before.sentence != o.sentence or not own:
        return None
    whole = squash(before.metric_surface)
    between = squash(sentence[before.quantity.end:o.quantity.start])
    stock = (*lex.hedges.words.stock_after_flow, *lex.hedges.words.total_openings)
    if (whole == own or not whole.endswith(own) or own in between or _ITEM in between or re.search(r"[0-9]", between)
            or any(w in between for w in stock)):
        return None
    return whole if _ITEM in squash(CLAUSE_BREAK.split(sentence[:before.quantity.start])[-1]) else None


def opening_verb(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A list item that took the closing verb of the item before it (居家环境适老化改造5000户、社区长者食堂40个 ->
    社区长者食堂改造) takes instead the verb opening the list's first item, which the items share: 新增养老床位…、
    社区托育托额3200个 -> 新增社区托育托额 (shanghai_city_2023). None when the item's verb is its own, or no action
    opens the list."""
    own = squash(o.metric_surface)
    actions = longest_first(lex.hedges.words.actions)
    verb = next((a for a in actions if own.endswith(a) and len(own) - len(a) >= 2), "")
    items = squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1]).split(_ITEM)
    noun = own[: len(own) - len(verb)]
    if not verb or len(items) < 3 or not items[-1].startswith(noun) or verb in items[-1]:
        return None
    opening = next((a for a in actions if items[0].startswith(a) and len(items[0]) > len(a)), "")
    return named(opening + noun, lex) if opening and opening != verb else None


def shared_relative(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """A bare noun listed right after a figure worded with a verb phrase before 的 shares that phrase: 全市平均每天
    分出的可回收物增长431.8%、湿垃圾增长88.8% -> 分出的湿垃圾 (shanghai_city_2020); 淘汰落后的水泥产能1.5亿吨、炼铁产能
    3122万吨 -> 淘汰落后的炼铁产能 (national_2012); without 的, an item parallel to the wording's last words
    (:func:`_parallel_item`). None when the figure before has no such phrase or the noun is no
    bare list item (a verb of its own opens it, or more than a change verb stands between it and its number)."""
    if before is None or before.sentence != o.sentence:
        return None
    whole, own, of = squash(before.metric_surface), squash(o.metric_surface), lex.grammar.possessive
    at = whole.rfind(of)
    gap = squash(sentence[before.quantity.end:o.quantity.start])
    changes = (*lex.hedges.measure.increase, *lex.hedges.measure.decrease)
    rest = gap[len(_ITEM) + len(own):] if gap.startswith(_ITEM + own) else None
    item = gap[len(_ITEM):] if gap.startswith(_ITEM) else ""
    if at < 2 and len(item) >= 2 and own.endswith(item) and not verb_pattern(lex).match(item):
        return _parallel_item(whole, item, lex)           # 淘汰炼钢产能: the verb lent to the item, not the rest
    if not own or of in own or rest is None or (rest and rest not in changes) or verb_pattern(lex).match(own):
        return None
    return named(whole[: at + 1] + own, lex) if at >= 2 else _parallel_item(whole, own, lex)


def _parallel_item(whole: str, own: str, lex: Lexicon) -> str | None:
    """A bare item parallel to the last words of the figure's wording before it (as long, closing with the same two
    characters) shares the words before them when they are a verb and its qualities (淘汰落后炼铁产能4659万吨、炼钢
    产能3747万吨 -> 淘汰落后炼钢产能: national_2008; 退出钢铁产能…、煤炭产能 -> 退出煤炭产能: national_2018), or when the
    item opens like the part it is parallel to (推进燃煤电厂脱硫改造…、脱硝改造 -> 燃煤电厂脱硝改造: national_2014).
    None otherwise: a kind of the first item's own (新增零碳工厂…、超级能效工厂…、绿色工厂 is no 超级绿色工厂)."""
    cut = len(whole) - len(own)
    words = tagged(whole, lex)
    ends = list(itertools.accumulate(len(w) for w, _ in words))
    if cut < 2 or cut not in ends or whole[cut:] == own or whole[-2:] != own[-2:]:
        return None
    lead = words[: ends.index(cut) + 1]
    acted = lead[0][1] == "v" and all(p in _QUALITIES for _, p in lead[1:])       # 淘汰落后, 退出
    akin = whole[cut] == own[0] and lead[-1][1] not in _LINKS                     # 炼铁 and 炼钢, 脱硫 and 脱硝
    return named(whole[:cut] + own, lex) if acted or akin else None


def shared_level(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """A bare item listed right after a figure whose wording names a level (grammar.toml ``lists.levels``) shares the
    level and the words before it: 建成国家级标杆性智能工厂3家、示范工厂19家 -> 建成国家级示范工厂 (shanghai_city_2024).
    None when the level is not the list's first item's (新增规上工业企业…、国家级专精特新“小巨人”企业81家、上云企业2万家:
    the level is one item's), the item names a level or a scope of its own, or is no bare item after the figure
    before."""
    if before is None or before.sentence != o.sentence:
        return None
    whole, own = squash(before.metric_surface), squash(o.metric_surface)
    gap = squash(sentence[before.quantity.end:o.quantity.start])
    noun = gap[len(_ITEM):] if gap.startswith(_ITEM) else ""
    levels = lex.grammar.lists.levels
    at, level = min(((whole.find(v), v) for v in levels if whole.find(v) >= 0),
                    key=lambda p: (p[0], -len(p[1])), default=(-1, ""))       # 省级以上, not 省级
    own_level = (*levels, *lex.indicators.qualifiers.scope)
    first = squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1]).split(_ITEM)[0]
    if (at < 0 or level not in first or len(noun) < 2 or not own.endswith(noun) or noun.startswith(own_level)
            or re.search(r"[0-9]", noun)):
        return None
    return named(whole[: at + len(level)] + noun, lex)


def scope_share(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Percentages of a scope's things (全国, [label] share_scopes), each before 的 and its noun, are the shares of that
    scope's total: 上海承担了全国62%的入境航班、53%的航空入境旅客、46%的进口冷链货物 -> 进口冷链货物占全国比重
    (shanghai_city_2023). None when the figure is no such percentage."""
    rules, of = lex.indicators.label, lex.grammar.possessive
    own = squash(o.metric)
    after = squash(sentence[o.quantity.end:])
    if "%" not in o.quantity.unit or not own or not after.startswith(of + own) or not rules.share_openings:
        return None
    clause = squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1])
    scope = next((s for s in rules.share_scopes if s in clause), "")
    items = clause[clause.rfind(scope) + len(scope):].split(_ITEM) if scope else []
    share = re.compile(r"[\u4e00-\u9fff]{0,2}[\d.]+%" + of + r"[^\d%]+")       # 62%的入境航班
    if not items or len(items[-1]) > _HEDGE or not all(share.fullmatch(i) for i in items[:-1]):
        return None
    return named(own + rules.share_openings[0] + scope + rules.share_noun, lex)
