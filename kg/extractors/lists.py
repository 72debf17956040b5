"""Lists that share words: the items before 分别 and the values after it, one indicator per value.

城乡居民人均可支配收入分别增长4.4%、5.6% names two indicators (城镇居民…, 农村居民…); in 六大优势产业、
高技术制造业增加值 the head 增加值 belongs to both items; in 城镇和农村居民人均可支配收入 the qualifier 城镇
takes the rest of the next item. The words are lexicon data (grammar.toml ``lists``).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from kg.extractors.indicator_names import find, known
from kg.extractors.list_owners import quoted_item_end
from kg.extractors.list_scopes import shared_measure, shared_scope
from kg.extractors.metric_labels import tagged
from kg.extractors.wording import strip_words
from kg.lexicon import Lexicon
from kg.lang.zh.wordset import longest_first


def list_names(items: list[str], count: int, lex: Lexicon) -> list[str] | None:
    """One indicator wording per value for the list ``items`` (split at 、) followed by ``count`` values, or
    None when the items and values cannot be paired."""
    conf = lex.grammar.lists
    names = [n for n in items if n]
    if len(names) != count and names:
        joined = "|".join(map(re.escape, conf.joiners))
        names = [n for item in names for n in re.split(joined, item) if n]
    if len(names) == 1 and count > 1:
        names = _expand(names[0], count, lex) or names
    if len(names) != count or count < 2:
        return None
    items = names = _share_qualifier(_share_modifier([_after_verb(names[0], lex), *names[1:]], lex), lex)
    lead = _lead(names[0], lex)
    names = shared_measure(_share_head(names, lex, lead is not None), lex)
    return _share_partner(_share_lead(shared_scope(items, names, lex), lead, lex), lex)


def _share_partner(names: list[str], lex: Lexicon) -> list[str]:
    """The preposition opening the first item (grammar.toml ``partners``) for the items after it that lack one:
    对东盟、中东出口 -> 对东盟出口, 对中东出口."""
    partner = next((p for p in lex.grammar.lists.partners if names[0].startswith(p)), None)
    if partner is None:
        return names
    return [names[0], *(n if n.startswith(partner) else partner + n for n in names[1:])]


def _share_modifier(names: list[str], lex: Lexicon) -> list[str]:
    """Items parallel to the last words of the first item take the words before them: 口岸货运量、客运量 -> 口岸客运量
    (heilongjiang_2025); 城镇职工基本养老保险、基本医疗保险参保人数 -> 城镇职工基本医疗保险参保人数 (national_2009). An
    item is parallel to the last word when it is as long and closes with the same two characters (运量), or is a short
    count closing like it (grammar.toml ``lists.counts``: 生产安全事故起数、死亡人数 -> 生产安全事故死亡人数), to a run of
    last words when it is as long and opens and closes with the same two characters (基本…保险); sharing 率 alone is no
    parallel (适龄儿童入园率和普惠率: 普惠率 is no rate of the children)."""
    first, words = names[0], tagged(names[0], lex)
    counted = [_counted(first, n, lex) for n in names[1:]]
    if len(words) < 2:
        return [first, *counted]
    return [first, *(c if c != n else _modified(first, words, n, lex) for c, n in zip(counted, names[1:]))]


def _counted(first: str, item: str, lex: Lexicon) -> str:
    """A short bare count closing like the count ``first`` closes with (its last word of two characters or more, or
    its last two) counts the same thing: 生产安全事故起数、死亡人数 -> 生产安全事故死亡人数, 电信网络诈骗案件受理数、
    案损数 -> 电信网络诈骗案件案损数 (zhejiang_2026); ``item`` otherwise."""
    ends = [e for e in itertools.accumulate(len(w) for w, _ in tagged(first, lex))
            if _SHORT[0] <= len(first) - e <= _SHORT[1]]
    counted = max(ends, default=len(first) - _SHORT[0])     # 受理数 of 案件受理数; 起数 of 生产安全事故起数, one word
    if (item.endswith(lex.grammar.lists.counts) and item[-1] == first[-1] and len(item) <= _COUNT and counted >= 2
            and item != first[counted:] and not first.endswith(item)):
        return first[:counted] + item
    return item


def _modified(first: str, words: tuple[tuple[str, str], ...], item: str, lex: Lexicon) -> str:
    """``item`` with the words of ``first`` before the part it is parallel to (its list head aside)."""
    last, heads = words[-1][0], lex.grammar.lists.heads
    ending = 1 if len(item) == _SHORT[0] else 2           # 环比、同比: one measure of two, by its last character
    if len(item) == len(last) and item[-ending:] == last[-ending:] and item != last:
        return first[: -len(last)] + item
    own = next((item[: -len(h)] for h in heads if item.endswith(h) and len(item) > len(h)), item)
    starts = itertools.accumulate(len(w) for w, _ in words[:-1])
    tail = next((first[k:] for k in starts if len(first) - k == len(own)), "")
    if tail and tail != own and tail[:2] == own[:2] and tail[-2:] == own[-2:]:
        return first[: -len(tail)] + item
    return item


def _after_verb(first: str, lex: Lexicon) -> str:
    """The first item without the clause's verb phrase before it: 消费品以旧换新带动限上新能源汽车 -> 限上新能源汽车."""
    ends = [first.rfind(a) + len(a) for a in lex.hedges.words.actions if first.rfind(a) >= 2]   # not 新落地项目
    cut = max((e for e in ends if e < len(first) - 1), default=0)
    return first[cut:]


def _expand(name: str, count: int, lex: Lexicon) -> list[str] | None:
    for rule in sorted(lex.grammar.lists.expand, key=lambda r: -len(r.written)):
        if rule.written in name and len(rule.parts) == count:
            return [name.replace(rule.written, part, 1) for part in rule.parts]
    return None


def _share_head(names: list[str], lex: Lexicon, intensities: bool = False) -> list[str]:
    """The last item's head for the items before it that lack one; in a list of intensities (单位国内生产总值
    用水量、能耗、二氧化碳排放量) an item that ends in a measure is whole."""
    heads = lex.grammar.lists.heads
    last = names[-1]
    at = min((last.find(h) for h in heads if last.find(h) > 0), default=-1)
    if at < 0:
        return _share_tail(names, lex)
    quoted = quoted_item_end(last, names[0])
    at = quoted if quoted is not None and quoted <= at else _verb_opening(last, at, lex)
    head, tail = last[:at], last[at:]
    etc = lex.grammar.etcetera
    if etc in head:                                   # 太阳能电池等“新三样”出口: the group's label goes
        head = head[:head.index(etc)]
    measured = lex.grammar.lists.measured if intensities else ()
    shared = [n if any(h in n for h in heads) or (measured and n.endswith(measured)) else n + tail
              for n in names[:-1]]
    return [*shared, head + tail]


def _verb_opening(last: str, at: int, lex: Lexicon) -> int:
    """Where the words the items share open: at a verb inside the last item before its head, the phrase the items
    share (专项产业基金、新增能耗、新增工业用地支持民间投资项目比重 -> 专项产业基金支持民间投资项目比重, zhejiang_2026), else
    at the head."""
    found, k = tagged(last[:at], lex), 0
    for word, tag in found:
        if tag == "v" and k >= 2 and k + len(word) < at:       # 农村低保标准: 低保 is the head's noun
            return k
        k += len(word)
    return at


def _share_tail(names: list[str], lex: Lexicon) -> list[str]:
    """The words the last item closes with after a word parallel to the close of an item before it (two or three
    characters, opening or closing with the same one) for the items before it: 全市存款、贷款余额 -> 全市存款余额
    (shanghai_city_2024); 刑事治安、涉诈、涉毒警情 -> 刑事治安警情, 涉诈警情 (guangdong_2026); else the words after
    as many characters as a distinguishing word before it (刑事、治安案件立案数 -> 刑事案件立案数, sichuan_2025).
    ``names`` when no item is so parallel."""
    last = names[-1]
    tail = next((last[k:] for n in names[:-1] for k in range(_SHORT[0], _SHORT[1] + 1)
                 if len(n) >= k and len(last) - k >= 2 and last[:k] != n[-k:]
                 and (n[-k] == last[0] or n[-1] == last[k - 1])), "")
    tail = tail or next((last[len(n):] for n in names[:-1] if len(last) - len(n) >= 2 and not last.startswith(n)
                         and _distinguishing(n, lex)), "")
    return [n if not tail or n.endswith(tail) else n + tail for n in names[:-1]] + [last]


def _distinguishing(item: str, lex: Lexicon) -> bool:
    """Whether ``item`` is one distinguishing word (刑事, 国有): a kind of what the item after it names."""
    words = tagged(item, lex)
    return len(words) == 1 and words[0][1] == "b" and len(item) == _SHORT[0]


_SHORT = (2, 3)         # the lengths of a short qualifier's word (存款, 涉诈)
_COUNT = 4              # the longest bare count (死亡人数)


def _lead(first: str, lex: Lexicon) -> str | None:
    """The denominator opening the first item (单位国内生产总值 of 单位国内生产总值用水量), if any."""
    leads = longest_first(lex.grammar.lists.leads)
    return next((w for w in leads if first.startswith(w) and len(first) > len(w)), None)


def _share_lead(names: list[str], lead: str | None, lex: Lexicon) -> list[str]:
    """单位国内生产总值用水量、能耗 -> 单位国内生产总值用水量, 单位国内生产总值能耗."""
    if lead is None:
        return names
    leads = tuple(lex.grammar.lists.leads)
    return [names[0], *(n if n.startswith(leads) else lead + n for n in names[1:])]


def _share_qualifier(names: list[str], lex: Lexicon) -> list[str]:
    qualifiers = lex.grammar.lists.qualifiers
    last = names[-1]
    lead = next((q for q in qualifiers if last.startswith(q) and len(last) > len(q)), None)
    if lead is None:
        return names
    return [n + last[len(lead):] if n in qualifiers else n for n in names[:-1]] + [last]


def shared_head(items: list[str], lex: Lexicon) -> str | None:
    """The whole that a list of bare qualifiers before one figure counts, worded with the list's verb: the items
    before the last are parallel qualifiers of the head the last closes with, and the figure counts them all:
    改造排水、供水、供热、燃气管网2000公里 -> 改造管网 (heilongjiang_2025), and so with qualifiers of other lengths
    (新建改造供排水、供热管网1600公里 -> 新建改造管网, heilongjiang_2026); 完成燃气、排水、供水管网改造9436公里 ->
    完成管网改造 (sichuan_2026); 新增博士、硕士学位授予单位7个 -> 新增学位授予单位 (sichuan_2025). None when the items
    are no such list."""
    actions = longest_first(lex.hedges.words.actions)
    verb = next((a for a in actions if items[0].startswith(a)), "") if len(items) >= 2 else ""
    qualifiers = [items[0][len(verb):], *items[1:-1]]
    if not verb or any(not _SHORT[0] <= len(q) <= _SHORT[1] or not _bare(q, lex) for q in qualifiers):
        return None
    sizes = [len(qualifiers[-1])] if len({len(q) for q in qualifiers}) == 1 else []
    sizes.append(len(next(iter(tagged(items[-1], lex)), ("",))[0]))   # 供排水、供热管网: the last's own first word
    for size in sizes:
        head = items[-1][size:]
        words = tagged(head, lex)
        if _SHORT[0] <= size <= _SHORT[1] and len(head) >= 2 and words and words[0][1].startswith("n"):
            return verb + head
    return None


def _bare(qualifier: str, lex: Lexicon) -> bool:
    """Whether a list item is a qualifier alone: no figure, no head noun of a lexicon indicator."""
    return not re.search(r"[0-9]", qualifier) and qualifier not in lex.metric_aliases()


def expanded_runs(text: str, quantities: list, joiners: Sequence[str], lex: Lexicon) -> dict[int, str]:
    """Without 分别, a run of values joined by ``joiners`` right after a wording that stands for its parts (lexicon
    ``lists.expand``: 中小学生 -> 初中学生, 小学学生) takes them in turn: 提前一年实现农村中小学生人均公用经费500元和300元的
    目标 (State Council 2010) states 农村初中学生… 500元 and 农村小学学生… 300元. {value index: wording}."""
    out: dict[int, str] = {}
    i = 0
    while i < len(quantities):
        run = joined_run(text, quantities, i, joiners)
        subject = _after_verb(re.split(r"[,;:\u3002!?]", text[:quantities[i].start])[-1], lex)
        names = (_expand(subject, len(run), lex) or _qualified(subject, len(run), lex)) if len(run) > 1 else None
        out.update(zip(run, names or _parallel(text, quantities, run, lex) or ()))
        i = run[-1] + 1
    return out


def _qualified(subject: str, n: int, lex: Lexicon) -> list[str] | None:
    """A wording opened by qualifiers joined by a joiner (grammar.toml ``lists.qualifiers``, ``joiners``) before a run
    of as many values stands for one indicator per qualifier: 城镇和农村人均住房面积32.9平方米、37.1平方米 (State Council
    2013) -> 城镇人均住房面积, 农村人均住房面积. None for any other wording."""
    conf = lex.grammar.lists
    parts = [p for p in re.split("|".join(map(re.escape, conf.joiners)), subject) if p]
    if len(parts) != n or not all(p in conf.qualifiers for p in parts[:-1]):
        return None
    return list_names(parts, n, lex)


def _parallel(text: str, quantities: list, run: list[int], lex: Lexicon) -> list[str] | None:
    """A bare change of as many values as the clauses before it, each naming one figure, changes those figures in
    turn: 城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5% (State Council 2010)."""
    bare = lex.grammar.lists.bare_change
    first, n = run[0], len(run)
    if bare is None or n < 2 or first < n:
        return None
    clause = _CLAUSE_BREAK.split(text[quantities[first - 1].end:quantities[first].start])
    if len(clause) != 2 or clause[0] or not bare.match(clause[1]):
        return None
    wordings = _item_wordings(text, quantities, first, n, _CLAUSE_END)
    return [w + clause[1] for w in wordings] if wordings else None


def preceding_names(text: str, quantities: list, first: int, n: int, lex: Lexicon) -> list[str] | None:
    """The wordings of the ``n`` figures right before value ``first``, each opening its own list item or clause, for
    a 分别 list that names nothing: 五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和
    3500万吨 (State Council 2007) -> 落后炼铁产能, 落后炼钢产能. None when the figures before are fewer or unnamed."""
    if n < 2 or first < n:
        return None
    wordings = _item_wordings(text, quantities, first, n, _ITEM_END)
    opening = (*lex.hedges.words.noise, *lex.hedges.words.actions)       # 其中出口, 五年淘汰落后炼铁产能
    return [_after_verb(strip_words(w, opening, trailing=False), lex) for w in wordings] if wordings else None


def joined_run(text: str, quantities: list, first: int, joiners: Sequence[str]) -> list[int]:
    """The indices of value ``first`` and the values after it joined to it by ``joiners`` (3分、5分和1毛钱)."""
    run = [first]
    while run[-1] + 1 < len(quantities) and text[quantities[run[-1]].end:quantities[run[-1] + 1].start] in joiners:
        run.append(run[-1] + 1)
    return run


_CLAUSE_BREAK = re.compile("[,;:\uff0c\uff1b]")
_CLAUSE_END = re.compile("[,;:\uff0c\uff1b\u3002]")
_ITEM_END = re.compile("[,;:\u3001\uff0c\uff1b\u3002]")


def _item_wordings(text: str, quantities: list, first: int, n: int, breaks: re.Pattern[str]) -> list[str] | None:
    """The words before each of the ``n`` values before value ``first``, when each opens its own part of the text
    (parts split at ``breaks``) and names something; None otherwise."""
    wordings = []
    for k in range(first - n, first):
        start = quantities[k - 1].end if k else 0
        parts = breaks.split(text[start:quantities[k].start])
        if (k > first - n and (len(parts) != 2 or parts[0])) or not parts[-1]:
            return None
        wordings.append(parts[-1])
    return wordings



def listed_owners(head: str, noun: str, lex: Lexicon) -> str:
    """The owners joined before 的 whose shared attribute ``noun`` (a list head, grammar.toml ``lists.heads``, in
    its first words) names: 把城镇居民基本医保和新农合的财政补助标准提高到120元 (State Council 2010) ->
    城镇居民基本医保和新农合 (whose standard it is); "" when the words before 的 are no such list of nouns."""
    conf = lex.grammar.lists
    words = tagged(re.split(r"[,;:\u3001\uff0c\uff1b\uff1a\u3002]", head)[-1], lex)
    at = max((k for k, (_, p) in enumerate(words) if p == "p"), default=-1)    # 把, 对: the object after them
    owners = "".join(w for w, _ in words[at + 1:])
    parts = re.split("|".join(map(re.escape, conf.joiners)), owners)
    headed = any(0 <= noun.find(h) <= _OWNER_SIZE for h in conf.heads)          # 财政补助标准(提高到)
    if not headed or len(parts) < 2 or not all(_owner(p, lex) for p in parts):
        return ""
    return owners


def _owner(part: str, lex: Lexicon) -> bool:
    """Whether a part of a list before 的 is a noun of its own: two characters or more, no figure, no verb opening
    it."""
    words = tagged(part, lex)
    return 2 <= len(part) <= _OWNER_SIZE and not re.search(r"[0-9]", part) and bool(words) and words[0][1] != "v"


_OWNER_SIZE = 10


def listed_indicators(items: list[str], lex: Lexicon) -> list[str]:
    """The lexicon indicators the items before the last name with the head the last item closes with, when the last
    item names one and each item before it does with that head: 今年二氧化硫、氮氧化物排放量要下降3% (State Council
    2018, 2019) -> 二氧化硫排放量 (and the figure's own 氮氧化物排放量); [] otherwise."""
    last = find(items[-1], lex) if len(items) >= 2 else None
    if last is None or last[1] > 0 or any(re.search(r"[0-9]", i) for i in items):
        return []
    firsts = [strip_words(i, lex.hedges.words.noise, trailing=False) for i in items[:-1]]
    names = _share_head([*firsts, items[-1][:last[2]]], lex)
    found = [known(n, lex) for n in names[:-1]]
    return [f for f in found if f] if all(found) and names[:-1] != firsts else []
