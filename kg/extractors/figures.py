"""Which numbers of a sentence are figures, and the clauses and list items around them.

A number inside quotation marks, after 第 or 每, or running on into a name (三次产业, 3岁以下, 22条举措:
grammar.toml ``names``) is no figure; a figure's status comes from its section and the cues before it.
"""
from __future__ import annotations

import re
from functools import cache

from kg.extractors.common import inside
from kg.extractors.metric_labels import tagged
from kg.extractors.ranking_names import names_a_ranking
from kg.extractors.set_sizes import (after_a_slogan, bounds_a_hedged_class, inside_a_counted_name,
                                     sizes_a_working_set)
from kg.extractors.wording import post_noun
from kg.lang.zh.numerals import CN_LEADING, CN_NUMERAL
from kg.lexicon import Lexicon
from kg.model import Comparator, Quantity, SectionKind, Sentence, Status
from kg.lang.zh.wordset import longest_first

# A dash between digits is a range (0—6岁儿童), and so is one between Roman numerals before 类: a range of grades
# (地表水国控断面I—III类水质比例, zhejiang_2025/2026); any other dash breaks the clause.
_CLAUSE_BREAK = re.compile(r"[,;:。!?()]|(?<![\dIV])—|—(?!\d|[IV]+\u7c7b)")
_ITEM_BREAK = "、"
# A short bracketed aside with no figure inside a wording, before more words: (AEO), (含III类).
ASIDE = re.compile(r"\([^()\d,;:。!?、]{1,10}\)(?=[^\d,;:。!?、])")
# A symbol in brackets (PM2.5, PM10) names what the words before it name, with or without digits.
_SYMBOL = re.compile(r"\([A-Za-z]+\d*(?:\.\d+)?\)")
_BAD_BEFORE = re.compile(r"[A-Za-z0-9.+×*/]")


@cache
def _runs_on(lex: Lexicon) -> re.Pattern[str]:
    words = "|".join(map(re.escape, lex.grammar.names.runs_on))
    return re.compile(rf"(?:[^\d{CN_NUMERAL},;。、]{{0,2}}、[\d{CN_NUMERAL}]+)*(?:{words})")


@cache
def _ordinal_listed(lex: Lexicon) -> re.Pattern[str]:
    before = "|".join(map(re.escape, lex.hedges.words.not_after))
    return re.compile(rf"(?:{before})[\d{CN_NUMERAL}]+{_ITEM_BREAK}$")


def part_of_name(q: Quantity, text: str, lex: Lexicon) -> bool:
    """三次产业, 3岁以下婴幼儿, 三次、四次全会, 18条具体举措: the number belongs to a name (grammar.toml ``names``)."""
    digits = re.match(rf"\D*?[\d{CN_NUMERAL}.]+", text[q.start:q.end])
    return bool(digits) and (bool(_runs_on(lex).match(text, q.start + digits.end()))
                             or bool(_package(lex).match(text, q.start + digits.end())) or _titled(q, text, lex))


def _titled(q: Quantity, text: str, lex: Lexicon) -> bool:
    """国务院关于鼓励引导民间投资新36条: a count in a package unit closing a title opened in its clause (grammar.toml
    ``names.title_opening``) names the document."""
    names = lex.grammar.names
    closes = q.unit in names.package_units and (q.end == len(text) or text[q.end] in _CLOSERS)
    return bool(names.title_opening) and closes and names.title_opening in text[clause_start(text, q.start, 0):q.start]


_CLOSERS = ",;:。!?、)"


@cache
def _package(lex: Lexicon) -> re.Pattern[str]:
    """A count in a unit of grammar.toml ``names.package_units`` whose words run on into a policy head."""
    names = lex.grammar.names
    units, heads = ("|".join(map(re.escape, w)) for w in (names.package_units, names.package_heads))
    return re.compile(rf"(?:{units})[^\d,;:。!?、()]{{0,{_QUALIFIER}}}?(?:{heads})" if units and heads else r"(?!)")


_QUALIFIER = 4      # 十条支持政策, 18条具体举措


@cache
def _set_then_change(lex: Lexicon) -> re.Pattern[str]:
    conf = lex.hedges.measure
    verbs = "|".join(map(re.escape, longest_first((*conf.increase, *conf.decrease))))
    return re.compile(rf"[^,;:。!?、\d]{{2,20}}?(?:{verbs})[^,;:。!?、\d]{{0,2}}\d")


def sizes_a_set(q: Quantity, text: str, lex: Lexicon) -> bool:
    """17个重点传统制造业增加值增长8%: a count whose noun runs on into a change of another figure is the size
    of the set that figure measures, not a figure itself; a bracketed aside on the way reads as a word: 74个重点城市
    细颗粒物(PM2.5)年均浓度下降9.1% (national_2017)."""
    masked = _BRACKETED.sub(lambda m: "_" * len(m.group()), text)
    return q.normalized_unit == "unit:NUM" and bool(_set_then_change(lex).match(masked, q.end))


_BRACKETED = re.compile(r"\([^()]{1,10}\)")


def sizes_a_named_set(q: Quantity, text: str, lex: Lexicon) -> bool:
    """数字经济、生命健康、文化创意、现代金融4个战略产业: a count right after a list of exactly as many items
    counts the set the list names, not a figure (the exhaustive gold's "sizes of named sets")."""
    if q.unit not in lex.generic_classifiers or q.value != q.value.to_integral_value():
        return False
    items = _joined(list_items(text[clause_start(text, q.start, 0):q.start], lex), lex)
    named = all(items) and not any(re.search(r"\d", i) or lex.grammar.etcetera in i for i in items)
    return len(items) >= 2 and named and len(items) == q.value and bool(post_noun(text[q.end:], lex))


def sizes_a_designated_set(q: Quantity, text: str, lex: Lexicon) -> bool:
    """聚焦28条重点产业链 (henan_2025), 纳入国家102项重大工程的285个计划新开工项目 (sichuan_2026): a count right
    after a verb that only turns to a set (grammar.toml ``names.focus_verbs``), or one whose noun 的 leads on to
    another count drawn from it, names a designated set by its size, not a figure (the exhaustive gold's "sizes of
    named sets")."""
    if q.normalized_unit != "unit:NUM":
        return False
    focused = text[:q.start].endswith(tuple(lex.grammar.names.focus_verbs))
    return focused or bool(_drawn_from(lex).match(text, q.end))


@cache
def _drawn_from(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[^\d{CN_NUMERAL},;:。!?、()]{{1,{_SET_NOUN}}}{re.escape(lex.grammar.possessive)}[\d{CN_NUMERAL}]")


_SET_NOUN = 8      # 102项重大工程的285个: the set's noun, short


def _joined(items: list[str], lex: Lexicon) -> list[str]:
    """The list's last item split at its joiner (grammar.toml ``lists.joiners``) when it has one word so tagged:
    加快省和深圳前海两个区域股权交易市场 (guangdong_2026) names two things, 省 and 深圳前海."""
    words = tagged(items[-1], lex) if items and items[-1] else ()
    joins = [i for i, (w, tag) in enumerate(words) if w in lex.grammar.lists.joiners and tag == "c"]
    if len(joins) != 1:
        return items
    at = sum(len(w) for w, _ in words[:joins[0]])
    return [*items[:-1], items[-1][:at], items[-1][at + len(words[joins[0]][0]):]]


def bounds_a_class(q: Quantity, text: str, lex: Lexicon) -> bool:
    """淘汰关停不达标的30万千瓦以下煤电机组, 关停淘汰10万千瓦及以下燃煤机组, 58个10亿元以上重大产业项目: a size
    with its bound (以上, 以下: hedges.toml [comparator.after]) right before a noun is the threshold of a class of
    things, not a figure, with 的 between too (年运量150万吨以上的物流园区), as is a range so placed (0—6岁儿童孤独症
    筛查). A count so bounded (100个以上重点文旅项目) is one, and so is a share (90%以上的矛盾纠纷)."""
    if q.normalized_unit in ("unit:NUM", "unit:UNITLESS") or "%" in q.unit:
        return False        # a count (100个以上, 1000万以上农村贫困人口: a bare 万 counts the people) is a figure
    bounds = longest_first(lex.hedges.comparator.after.at_least + lex.hedges.comparator.after.at_most)
    after = text[q.end:q.end + 8]
    bounded = text[q.start:q.end].endswith(bounds) or q.value_max is not None     # 0—6岁儿童: a range bounds it too
    joined = next((b for b in bounds if after.startswith(_JOINED_BOUND + b)), "")
    if joined:
        after, bounded = after[len(_JOINED_BOUND + joined):], True
    words = tagged(after, lex) if bounded and re.match(r"[\u4e00-\u9fff]", after) else ()
    if len(words) > 1 and words[0][1].startswith("u") and words[1][1].startswith("n"):
        words = words[1:]       # 年运量150万吨以上的物流园区, 投资10亿元以上的产业项目: 的 before the class's noun
    return (bool(words) and not words[0][1].startswith(_NO_NOUN_OPENS)
            and not words[0][0].startswith(lex.hedges.words.goal_tails))


_JOINED_BOUND = "\u53ca"       # 及: 10万千瓦及以下
# jieba's flags of a word that opens no noun phrase: a verb (90%以上进入), a particle (以上的), an adverb, a
# preposition, a conjunction, a numeral, a pronoun, punctuation.
_NO_NOUN_OPENS = ("v", "u", "d", "p", "c", "m", "r", "x")


def describes_one_object(q: Quantity, text: str, lex: Lexicon) -> bool:
    """A dimension (no count, sum of money or share) that runs on into a grade (全球首台25兆瓦级风电主轴轴承), stands by
    a superlative (全球最高10米液压支架) or opens the wording of one thing finished (10兆瓦高温
    气冷核反应堆实验工程建成) describes that object, not a figure (grammar.toml ``names``)."""
    names = lex.grammar.names
    if not is_dimension(q):
        return False
    if (names.grade is not None and names.grade.match(text, q.end)) or text[:q.start].endswith(names.superlatives):
        return True
    opens = (q.start == 0 or text[q.start - 1] in _OPENERS) and q.normalized_unit in names.rated_units
    verbs = "|".join(map(re.escape, names.one_object_verbs))
    finished = bool(verbs) and re.match(rf"[^\d,;:。!?、()]{{2,16}}?(?:{verbs})", text[q.end:]) is not None
    words = tagged(text[q.end:q.end + 4], lex) if finished else ()
    return opens and bool(words) and words[0][1].startswith("n")


def is_dimension(q: Quantity) -> bool:
    """Whether ``q`` measures a dimension (length, power, mass...), not a count, a sum of money or a share."""
    return not (q.normalized_unit in _NO_DIMENSION or q.normalized_unit.startswith(_MONEY) or "%" in q.unit)


_NO_DIMENSION = ("unit:NUM", "unit:UNITLESS", "unit:PERCENT", "kgo:PercentagePoint", "kgo:Multiple")
_MONEY = "cur:"
_OPENERS = ",;:。!?、"


def groups_a_count(q: Quantity, text: str) -> bool:
    """12类45件民生实事: a count right before another count (in Arabic digits) groups it."""
    return bool(re.match(r"\d", text[q.end:q.end + 1]))


def valid_figure(q: Quantity, text: str, quotes: list[tuple[int, int]], lex: Lexicon) -> bool:
    """True when the quantity at ``q`` states a figure: not quoted, listed, ordinal, a rate's base or a name."""
    words = lex.hedges.words
    if inside(q.start, quotes) or text[:q.start].endswith(words.listing) or part_of_name(q, text, lex):
        return False
    if sizes_a_set(q, text, lex) or sizes_a_named_set(q, text, lex) or bounds_a_class(q, text, lex):
        return False
    if sizes_a_designated_set(q, text, lex) or sizes_a_working_set(q, text, lex) or bounds_a_hedged_class(q, text, lex):
        return False
    if describes_one_object(q, text, lex) or inside_a_counted_name(q, text, lex) or names_a_ranking(q, text, lex):
        return False
    if q.unit in lex.grammar.batch_units and re.match(rf"[\d{CN_NUMERAL}]", text[q.end:q.end + 1]):
        return False                           # 三批41个重大项目: the rounds they came in
    if q.unit in lex.grammar.grouping_only and not groups_a_count(q, text):
        return False                           # 1类新药: a class, not a count
    if q.start and (_BAD_BEFORE.match(text[q.start - 1]) or text[q.start - 1] in words.not_after):
        return False
    if _ordinal_listed(lex).search(text, 0, q.start):
        return False                           # 第一、二批次: the list shares its 第
    digits = text[q.start:q.end]
    if any(c in CN_LEADING for c in digits) and all(c in CN_NUMERAL for c in re.sub(r"[^\d" + CN_NUMERAL + "]", "", digits)) and not re.search(r"\d", digits):
        after = text[q.end:q.end + 1]
        if q.value < 2 or after in lex.grammar.numeral_followers or after in lex.grammar.names.opens_name:
            return False
        if _after_a_noun(q, text, lex) or after_a_slogan(q, text, lex):
            return False                       # 残疾人两项补贴, 香港、澳门两个特别行政区: the noun's set, named
    return True


def _after_a_noun(q: Quantity, text: str, lex: Lexicon) -> bool:
    """Whether a count in Chinese numerals stands right after a noun, which it qualifies (煤矿瓦斯治理和整顿关闭两个
    攻坚战成果, 中央和地方两个积极性): the noun's set of things, named, not a figure (a figure's count follows its verb:
    成立四家金融资产管理公司; a scope of one character is no such noun: 全面完成省十件民生实事)."""
    before = text[max(0, q.start - _NOUN_REACH):q.start]
    words = tagged(before, lex) if before and re.match(r"[\u4e00-\u9fff]", before[-1]) else ()
    return bool(words) and words[-1][1].startswith("n") and len(words[-1][0]) > 1     # 省十件民生实事: a scope


_NOUN_REACH = 6


def status_of(sentence: Sentence, text_before: str, lex: Lexicon) -> Status:
    """Planned in a plan, estimated after 预计, planned in a news text that speaks of plans, else achieved."""
    conf = lex.hedges.status
    if sentence.section in (SectionKind.PLAN, SectionKind.GOALS):
        looked_back = _looks_back(text_before, conf.retrospective, (*conf.planned, *conf.then_planned))
        return Status.ACHIEVED if looked_back else Status.PLANNED
    if any(w in text_before for w in conf.estimated):
        return Status.ESTIMATED
    if sentence.section is SectionKind.OTHER and any(w in sentence.text for w in conf.planned):
        return Status.PLANNED
    return Status.ACHIEVED


def _looks_back(text_before: str, past: tuple[str, ...], planned: tuple[str, ...]) -> bool:
    """A cue of what is done (hedges.toml ``status.retrospective``) with no cue of a plan after it."""
    ends = [text_before.rfind(w) + len(w) for w in past if w in text_before]
    return bool(ends) and not any(w in text_before[max(ends):] for w in planned)


def clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause holding ``pos`` begins, never before ``floor``; a short aside in brackets inside a name
    breaks nothing: “经认证的经营者”企业(AEO)达到517家, 细颗粒物(PM2.5)年均浓度下降9.1%."""
    masked = _SYMBOL.sub(lambda m: "_" * len(m.group()), ASIDE.sub(lambda m: "_" * len(m.group()), text))
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(masked, floor, pos)]
    return max([floor, *breaks])


def list_items(segment: str, lex: Lexicon) -> list[str]:
    """List items of the text before a number; a 、 inside quotation marks separates nothing."""
    masked = re.sub(r"“[^”]*”", lambda m: m.group().replace(_ITEM_BREAK, "\0"), segment)
    for word in lex.hedges.words.item_breaks:
        masked = masked.replace(word, _ITEM_BREAK)
    return [item.replace("\0", _ITEM_BREAK) for item in masked.split(_ITEM_BREAK)]


def drop_thresholds(quantities: list[Quantity], text: str) -> list[Quantity]:
    """A round figure written without digits after a count in its clause is the threshold of what is counted:
    191家工业企业营业收入超百亿元 counts firms, the 百亿元 is no figure of its own."""
    out: list[Quantity] = []
    for q in quantities:
        written = text[q.start:q.end]
        digitless = not re.search(r"\d", written) and not any(c in CN_LEADING for c in written)
        counted = any(p.normalized_unit == "unit:NUM" and not _CLAUSE_BREAK.search(text, p.end, q.start)
                      for p in out)
        if not (digitless and counted):
            out.append(q)
    return out


def passed_milestones(quantities: list[Quantity], text: str, lex: Lexicon) -> frozenset[int]:
    """连续跨越7万亿、8万亿、9万亿: in a rising run of figures in one unit after a milestone verb (grammar.toml
    ``milestone_verbs``), the figures before the last are milestones passed in unstated years, not figures;
    their indices in ``quantities``."""
    verbs = lex.grammar.milestone_verbs
    passed: set[int] = set()
    i = 0
    while i < len(quantities):
        j = i
        while (j + 1 < len(quantities) and text[quantities[j].end:quantities[j + 1].start] == _ITEM_BREAK
               and quantities[j + 1].unit == quantities[i].unit
               and quantities[j + 1].normalized_value > quantities[j].normalized_value):
            j += 1
        first = quantities[i]
        if j > i and (text[:first.start].endswith(verbs) or text[first.start:first.end].startswith(verbs)):
            passed.update(range(i, j))
        i = j + 1
    return frozenset(passed)


def share_hedge(before: str, lex: Lexicon) -> Comparator | None:
    """征收面积约占全市总量的50%: a hedge right before the share's 占 hedges its number."""
    for name, hedges in lex.hedges.comparator.before.by_kind():
        for opening in lex.indicators.label.share_openings:
            if any(h + opening in before for h in hedges):
                return Comparator(name)
    return None
