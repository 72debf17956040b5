"""How an indicator is worded around a figure: word lists longest first, the noun after a count, the noun
of the clause before (lexicon ``hedges.words``)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kg.extractors.indicator_names import find
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.list_marks import joiners
from kg.lang.zh.numerals import CN_LEADING, CN_NUMERAL
from kg.lexicon import Lexicon
from kg.lang.zh.wordset import longest_first


@cache
def words(lex: Lexicon, key: str) -> tuple[str, ...]:
    """A word list of ``hedges.words``, longest first."""
    return longest_first(getattr(lex.hedges.words, key))


@cache
def measure_words(lex: Lexicon, key: str) -> tuple[str, ...]:
    """A word list of ``hedges.measure``, longest first."""
    return longest_first(getattr(lex.hedges.measure, key))


def strip_words(text: str, words: Sequence[str], *, leading: bool = True, trailing: bool = True) -> str:
    """``text`` without any of ``words`` at its start and end, repeatedly."""
    every = tuple(words)
    changed = True
    while changed and text:
        if not (leading and text.startswith(every)) and not (trailing and text.endswith(every)):
            break                       # no word at either end: the loop below would change nothing
        changed = False
        for w in words:
            if leading and text.startswith(w):
                text, changed = text[len(w):], True
            if trailing and text.endswith(w):
                text, changed = text[: -len(w)], True
    return text


def drop_openings(wording: str, lex: Lexicon) -> str:
    """``wording`` without an opening that is none of an indicator's name (hedges.toml ``comparison_base``,
    ``object_marker``): 比改革前减轻企业和个人负担 -> 减轻企业和个人负担; 要把新农合…补助标准 -> 新农合…补助标准."""
    for opening in (lex.hedges.words.comparison_base, lex.hedges.words.object_marker):
        wording = opening.sub("", wording) if opening is not None else wording
    return wording


def programme_before(text: str, clause_start: int, lex: Lexicon) -> str:
    """The programme the nearest of the three clauses before names (its noun closing with one of hedges.toml
    ``programme_heads``), without the verb before it: 扎实推进新型农村社会养老保险试点 and 2343个县(市、区)开展新型
    农村社会养老保险试点 -> 新型农村社会养老保险试点; "" when none names one."""
    verbs = (*lex.hedges.words.actions, *lex.indicators.normalise.process_verbs)
    for prev in reversed(re.split(r"[,;:。!?]", text[:clause_start].rstrip(",;:"))[-3:]):
        at = max((prev.rfind(h) + len(h) for h in lex.hedges.words.programme_heads if prev.rfind(h) >= 0), default=-1)
        if at < 0:
            continue
        body = prev[:at]
        cut = max((body.rfind(v) + len(v) for v in verbs if 0 <= body.rfind(v) and body.rfind(v) + len(v) < at - 2),
                  default=0)
        name = body[cut:]
        return name if 4 <= len(name) <= 16 and not re.search(r"[\d()\uff08\uff09]", name) else ""
    return ""


@cache
def numeral_count(lex: Lexicon) -> re.Pattern[str]:
    """A count in Chinese numerals of two or more: 三个."""
    classifiers = "|".join(map(re.escape, lex.count_classifiers()))
    return re.compile(rf"[{CN_LEADING[1:]}]+(?:{classifiers})")    # 一件事 may be a name


@cache
def leading_count(lex: Lexicon) -> re.Pattern[str]:
    """A count in Arabic digits at the start of a wording (17个), or of batches in any numerals at its start or
    end (三批41个, 派出9批1649名)."""
    counting = [c for c in lex.count_classifiers() if c not in lex.grammar.grouping_only]   # 1类创新药: a class
    classifiers = "|".join(map(re.escape, counting))
    batches = "|".join(map(re.escape, lex.grammar.batch_units)) or "(?!)"
    ordinal = "".join(re.escape(w) for w in lex.hedges.words.not_after if len(w) == 1) or "_"    # 第二批
    return re.compile(rf"^\d+(?:{classifiers})|^[\d{CN_NUMERAL}]+(?:{batches})"
                      rf"|(?<![{ordinal}\d{CN_NUMERAL}])[\d{CN_NUMERAL}]+(?:{batches})$")


def _after_examples(noun: str, lex: Lexicon) -> str:
    """29.6万平方米小梁薄板房屋等不成套旧住房改造: examples before 等, the class the count is of after it."""
    at = masked_etcetera(noun, lex).find(lex.grammar.etcetera)
    return noun[at + 1:] if at >= 2 and len(noun) - at > 2 else noun


def masked_etcetera(noun: str, lex: Lexicon) -> str:
    """``noun`` with the words that hold 等 as no list marker (高等) blanked out."""
    if lex.grammar.etcetera not in noun:
        return noun                     # each of those words holds it (tests/test_lexicon.py)
    for word in lex.grammar.words_with_etcetera:
        noun = noun.replace(word, "_" * len(word))
    return noun


@cache
def _bound_class(lex: Lexicon) -> re.Pattern[str]:
    """A size and its bound opening the noun counted (58个10亿元以上重大产业项目): the class's threshold, no
    figure (kg.extractors.figures.bounds_a_class), skipped to the noun."""
    after = lex.hedges.comparator.after
    bounds = "|".join(map(re.escape, longest_first((*after.at_least, *after.at_most))))
    return re.compile(rf"[\d.]+[^\d,;:\u3002!?\u3001]{{1,3}}?\u53ca?(?:{bounds})(?=[\u4e00-\u9fff])")


def post_noun(text: str, lex: Lexicon, figure_after: bool = False) -> str:
    """The noun a count is of: 17 个公办托幼一体园 -> 公办托幼一体园; ``figure_after``: ``text`` stops at the next
    figure. A short aside in brackets inside the noun is passed over: 700个乡镇(街道)应急消防管理站 -> 乡镇应急消防管理站."""
    text = _past_listed_examples(_ASIDE.sub(r"\1", text, count=1), lex)
    noun = _first_noun(text, lex, figure_after)
    pair = _PAIR.match(text)
    if noun and pair and pair.group(1) == noun and all(_noun_item(i, lex) for i in pair.groups()):
        return noun + lex.grammar.lists.joiners[0] + pair.group(2)      # 200个智能车间、智能工厂: both counted
    return noun


_ASIDE = re.compile(r"^([^,;:\u3002!?\u3001()\u2014\d]{2,12})\([^()\d,;:\u3002\u3001]{1,4}\)(?=[^,;:\u3002!?\u3001()\u2014\d])")


def _noun_item(item: str, lex: Lexicon) -> bool:
    """Whether a list item is a noun phrase: no verb opens it (创历史新高), a noun closes it (一照一码 is no noun)."""
    found = tagged(item, lex)
    return (bool(found) and not found[0][1].startswith("v") and found[-1][1].startswith(("n", "j"))
            and not verb_pattern(lex).match(item))


_ITEM_CHARS = "[^,;:\u3002!?\u3001()\u20140-9\uff0c\uff1b\uff1a]{2,8}"
_PAIR = re.compile(f"({_ITEM_CHARS})\u3001({_ITEM_CHARS})(?=[,;:\u3002!?\uff0c\uff1b\uff1a])")     # no figure next


def _first_noun(text: str, lex: Lexicon, figure_after: bool) -> str:
    """The noun a count is of, up to the first list mark."""
    m = re.match(r"[^,;:。!?、()—]{0,20}", text)
    noun = m.group() if m else ""
    figure_after = figure_after and len(noun) == len(text)
    if noun.startswith("“") and "”" in noun:
        quoted, rest = noun[1:].split("”", 1)
        noun = quoted + re.split(r"[“”]", rest)[0]
    noun = noun.replace("“", "").replace("”", "")
    if noun.startswith(lex.grammar.possessive):              # 4.7万平方米的零星旧改
        noun = noun[len(lex.grammar.possessive):]
    noun = _after_examples(noun, lex)
    noun = passive_noun(noun, lex)
    noun = noun[_bound_class(lex).match(noun).end():] if _bound_class(lex).match(noun) else noun
    masked = masked_etcetera(noun, lex)
    cut = min((masked.find(w) for w in words(lex, "post_stops") if masked.find(w) > 0), default=len(noun))
    cut = _past_relative(noun, masked, cut, lex)
    parts = re.split(r"(?<=\D)\d", noun[:cut], maxsplit=1)     # 3个万亿级优势产业和5个…: the next figure's
    if len(parts) > 1 or (figure_after and cut == len(noun)) or _predicate_at(masked, cut, lex):   # X近4000名
        noun = _own_item(strip_words(parts[0], _hedges_before(lex), leading=False), lex)
    elif _next_examples(text[len(m.group()) if m else 0:], lex):
        noun = _own_item(parts[0], lex)     # 8个轨道交通项目和高端船舶、新能源汽车等59个…: the next figure's examples
    else:
        noun = parts[0]
    if leading_count(lex).match(noun) or numeral_count(lex).match(m.group() if m else ""):
        return ""                                                 # 9万亿三个大台阶: a count, no noun
    return strip_words(re.sub(r"\s", "", noun), lex.hedges.respectively.joiners, leading=False)


def _next_examples(rest: str, lex: Lexicon) -> bool:
    """Whether ``rest``, the words after a count's noun, lists examples closed by 等 before a figure in its clause."""
    clause = re.split(r"[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f]", rest, maxsplit=1)[0]
    return clause.startswith("\u3001") and re.search(re.escape(lex.grammar.etcetera) + r"\d", clause) is not None


def _predicate_at(masked: str, cut: int, lex: Lexicon) -> bool:
    """Whether the noun counted is cut before a verb saying something of it: 28个二级指标及数字政府建设达到国内先进水平
    counts the 二级指标 alone, 数字政府建设 being a second subject of 达到 (heilongjiang_2026)."""
    stop = next((w for w in words(lex, "post_stops") if masked.startswith(w, cut)), "")
    return bool(stop) and cut < len(masked) and tagged(stop, lex)[0][1].startswith("v")


def _own_item(noun: str, lex: Lexicon) -> str:
    """The noun counted before the next figure's own item: 66个粮食产能提升重点县和豫东平原200万亩… counts the
    counties; 豫东平原 opens the next figure (henan_2026). ``noun`` when no joiner parts it."""
    at = max(noun.rfind(j) for j in lex.hedges.respectively.joiners)
    if noun.startswith(tuple(lex.grammar.lists.joiners)):
        return ""           # 建议1081件和市政协提案941件: the words after the joiner are the next figure's item
    return noun[:at] if at >= 2 and len(noun) - at > _OWN_ITEM else noun     # 116个国家和地区近4000名: one noun


_OWN_ITEM = 4         # an item shorter than this after a joiner is part of the noun (国家和地区)


def _past_listed_examples(text: str, lex: Lexicon) -> str:
    """The words after a count from the class its listed examples end in: 544个产业、交通、公共服务等重大项目 counts
    重大项目 (shanghai_city_2023); a noun joined by 和 to such a list is the count's alone: 98个中央部门和北京、上海、
    广东、陕西等省市 counts 中央部门 (national_2012); ``text`` when no such list of examples opens it."""
    masked = masked_etcetera(text, lex)
    found = _listed_examples(lex.grammar.etcetera, joiners(lex)).match(masked)
    if found:
        return text[found.end():]
    joined = _joined(joiners(lex)).match(masked)
    if joined and _listed_examples(lex.grammar.etcetera, joiners(lex)).match(masked, joined.end()):
        return text[:joined.end(1)] + "\u3002"                   # the noun before the joiner, closed
    return text


@cache
def _joined(joined_by: str) -> re.Pattern[str]:
    """A short noun closed by a joiner (``joined_by``: list_marks.joiners), the noun in group 1."""
    return re.compile(f"([^,;:\u3002!?\u3001()\u20140-9]{{2,12}}?)[{joined_by}]")


@cache
def _listed_examples(etc: str, joined_by: str) -> re.Pattern[str]:
    """Short items joined by the list mark, the last closed by ``etc``; an item holding a joiner (98个中央部门和北京、
    上海…等省市: the count is the first noun's) or longer than a class's name is no such list."""
    item = rf"[^,;:\u3002!?\u3001()\u2014\d{joined_by}{re.escape(etc)}]{{1,6}}"     # no joiner: 中央部门和北京
    return re.compile(rf"(?:{item}\u3001)+{item}{re.escape(etc)}(?=[\u4e00-\u9fff])")


def _past_relative(noun: str, masked: str, cut: int, lex: Lexicon) -> int:
    """Where the noun counted ends when the words cut at 的 are a verb phrase making it a kind of its own: 320家承包或
    委托经营的中小学食堂 (guangdong_2025), 1亿多受过高等教育和有专业技能的人才 (national_2016), 6部专门为浦东新区制定
    的法规 (shanghai_city_2022) count the things after 的; ``cut`` otherwise (13亿中国人的吃饭问题)."""
    of = lex.grammar.possessive
    if not masked.startswith(of, cut) or cut < 2:
        return cut
    head = tagged(noun[:cut], lex)
    if not (head[0][1] == "v" or head[-1][1] == "v"):
        return cut
    rest = masked[cut + len(of):]
    end = min((rest.find(w) for w in words(lex, "post_stops") if rest.find(w) > 0), default=len(rest))
    after = tagged(noun[cut + len(of): cut + len(of) + end], lex)
    return cut + len(of) + end if after and all(p.startswith(_NOUN_TAGS) for _, p in after) else cut


_NOUN_TAGS = ("n", "j")     # nouns and abbreviations (中小学)


def passive_noun(noun: str, lex: Lexicon) -> str:
    """The noun counted before a passive predicate (N得到V), named as the active verb before the figure would name it:
    with V when V is an action (农村危房得到改造 -> 农村危房改造), alone when V only says the problem is gone
    (农村人口饮水安全问题得到解决 -> 农村人口饮水安全问题); ``noun`` unchanged otherwise."""
    w = lex.hedges.words
    at, passive = min(((noun.find(p), p) for p in w.passives if noun.find(p) > 0), default=(-1, ""))
    if at < 0:
        return noun
    rest = noun[at + len(passive):]
    if rest.startswith(tuple(w.resolved)):
        return noun[:at]
    action = next((a for a in words(lex, "actions") if rest.startswith(a)), None)
    return noun[:at] + action if action else noun


@cache
def _hedges_before(lex: Lexicon) -> tuple[str, ...]:
    """The comparator words that stand before a number (近, 超过, 约), longest first: the next figure's, not the
    noun's (116个国家和地区近4000名运动员)."""
    return longest_first(lex.hedges.comparator.before.all())


def context_noun(text: str, clause_start: int, lex: Lexicon) -> str:
    """The object of the nearest clause before that states no figure: 实施旧住房修缮，计划新开工 400 万平方米
    -> 旧住房修缮; 推进不成套旧住房改造，推进…3个项目、4万平方米开工，…8个项目 -> 不成套旧住房改造."""
    for prev in reversed(re.split(r"[,;:。!?]", text[:clause_start].rstrip(",;:"))[-3:]):
        if re.search(r"\d", prev):
            continue
        ends = (prev.rfind(a) + len(a) for a in words(lex, "actions") if prev.rfind(a) >= 0)
        cut = max((e for e in ends if e < len(prev)), default=0)  # 推进不成套旧住房改造: the object of 推进
        named = find(prev, lex)
        if named is not None and named[1] < cut <= named[2]:    # 探索成套改造项目…机制: the verb ends the name
            return prev[named[1]:named[2]]
        noun = _framed(prev, cut, lex) or prev[cut:]
        at = min((noun.find(v) for v in lex.hedges.measure.level_verbs if noun.find(v) >= 2), default=len(noun))
        noun = noun[:at]                                          # 居民消费价格保持平稳 -> 居民消费价格
        return noun if 2 <= len(noun) <= 12 else ""
    return ""


def _framed(clause: str, cut: int, lex: Lexicon) -> str:
    """The work a clause's effort frame is about (``goal_tails``): 加大保障性安居工程建设力度 -> 保障性安居工程;
    the indicator it names where it names one (启动新的三年棚改攻坚计划 -> 棚户区住房改造)."""
    tail = next((t for t in words(lex, "goal_tails") if clause.endswith(t)), None)
    if tail is None:
        return ""
    body = clause[:-len(tail)]
    named = find(body[cut:], lex)
    if named is not None:
        return named[0]
    if len(body) > cut:
        return ""
    ends = (body.rfind(a) + len(a) for a in words(lex, "actions") if body.rfind(a) >= 0)
    return strip_words(body[max((e for e in ends if e < len(body)), default=0):], words(lex, "noise"), trailing=False)


def per_head_noun(text: str, clause_start: int, at: int, lex: Lexicon) -> str:
    """The indicator a figure worded per head or per year alone is of (hedges.toml ``per_head``, ``per_year``): the
    one the clause before changes, after its change verb or before it: 继续提高企业退休人员基本养老金，人均每年增长10%
    左右 and 企业退休人员基本养老金连续5年增加，去年又人均提高10% -> 企业退休人员基本养老金; 逐步降低农业税税率，平均每年
    降低1个百分点 -> 农业税税率; "" when the figure's clause words more than a change per head."""
    heads = longest_first((*lex.hedges.words.per_head, *lex.hedges.words.per_year))
    changes = (*measure_words(lex, "increase"), *measure_words(lex, "decrease"))
    noise = (*words(lex, "noise"), *longest_first(lex.hedges.status.planned), *longest_first(lex.hedges.periods.annual_review))
    lead = strip_words(text[clause_start:at], noise, trailing=False)
    if not heads or strip_words(strip_words(lead, changes, leading=False), heads, leading=False) \
            or not lead.startswith(heads):
        return ""
    clauses = re.split(r"[,;:。!?]", text[:clause_start].rstrip(",;:"))
    prev = lex.hedges.periods.consecutive.sub("", clauses[-1]) if len(clauses) > 1 or clause_start else ""
    verb = max(((prev.rfind(v), v) for v in changes if prev.rfind(v) >= 0), default=None)
    if verb is None:
        return ""
    after, before = prev[verb[0] + len(verb[1]):], prev[:verb[0]]
    noun = after or strip_words(before, noise, trailing=False)
    return noun if 2 <= len(noun) <= 16 and not re.search(r"\d", noun) else ""
