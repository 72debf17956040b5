"""Which indicator a wording names, by the lexicon's indicator scheme (kg/lexicon/metrics.toml): the longest
unqualified name in it (:func:`find`), a whole-wording name (:func:`known`), and the metric its wordings share
(:func:`identity`: modifiers and process verbs dropped, verbs of one class written alike). Whether a wording's verb
makes its count a flow or a stock is read by kg.extractors.stage.flows."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from kg.extractors.metric_labels import generic_stage, is_indicator_name, label_problems, tagged, verb_pattern
from kg.extractors.scheme_names import exact_names, known, squash
from kg.extractors.stage.flows import stock_built, without_process, works_under_way
from kg.extractors.stage.words import class_verbs, unverbed
from kg.lang.zh.wordset import WordSet, longest_first
from kg.lexicon import Lexicon

__all__ = ["find", "identity", "known", "squash"]


@lru_cache(maxsize=8)
def _forms(lex: Lexicon) -> tuple[tuple[str, str], ...]:
    """(form, canonical name) for every name and alias matched inside a wording, longest first."""
    pairs = {(squash(f), m.name) for m in lex.metrics for f in (m.name, *m.aliases)}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@lru_cache(maxsize=8)
def _form_set(lex: Lexicon) -> WordSet:
    """The forms of :func:`_forms`, to find which of them a wording holds in one pass."""
    return WordSet(form for form, _ in _forms(lex))


@lru_cache(maxsize=8)
def _by_normal_form(lex: Lexicon) -> dict[str, str]:
    """The normal form of every lexicon name and alias -> the canonical name (the first indicator wins a tie). An
    indicator named by the verb class opening it (新增宜业BOX社区就业服务站点) is named so before each alias too
    (新增宜业BOX社区就业服务站)."""
    out: dict[str, str] = {}
    for m in lex.metrics:
        for form in (m.name, *m.aliases):
            out.setdefault(_normal(squash(form), lex), m.name)
    for m in lex.metrics:
        stage = _opening_class(_normal(squash(m.name), lex), lex)
        for alias in m.aliases if stage else ():
            out.setdefault(_normal(stage + squash(alias), lex), m.name)
    return out


def _opening_class(name: str, lex: Lexicon) -> str:
    """The name of the verb class written before the noun that opens ``name`` (新增), or ''."""
    return next((c.name for c in lex.indicators.normalise.verb_class
                 if not c.suffix and name.startswith(c.name) and len(name) > len(c.name)), "")


def _qualified(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the name at text[start:end] is qualified into another indicator by the words beside it."""
    q = lex.indicators.qualifiers
    before = text[:start]
    if any(before.endswith(w) for w in q.before) and not any(before.endswith(w) for w in q.scope):
        return True
    return (text[end:].startswith(q.after) or _narrower_industry(text, start, end, lex)
            or _share_of_part(text[end:], lex))


_PART = 3           # 民间投资项目比重: a noun this short between a name and a share word closing the text


def _share_of_part(rest: str, lex: Lexicon) -> bool:
    """Whether the words after a name close the text with a share of a part of it: 支持民间投资项目比重 is the share
    of projects, no 民间投资 (zhejiang_2026)."""
    shares = [w for w in lex.indicators.label.share_nouns if len(w) >= 2 and rest.endswith(w)] if rest else []
    return any(0 < len(rest) - len(w) <= _PART for w in shares)


@lru_cache(maxsize=8)
def _industry_names(lex: Lexicon) -> tuple[str, ...]:
    """Every industry name and alias of the lexicon (kg/lexicon/industries*.toml)."""
    return tuple(sorted({n for i in lex.industries for n in (i.name, *i.aliases) if len(n) >= 3}))


def _narrower_industry(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether an industry of the lexicon straddles the name's start, narrowing the sector it opens with into
    another: 软件和信息技术服务业增加值 is no 服务业增加值 (the industry 软件和信息技术服务业)."""
    for name in _industry_names(lex):
        at = text.find(name, max(0, start - len(name) + 1))
        if 0 <= at < start < at + len(name) <= end:
            return True
    return False


@lru_cache(maxsize=1 << 14)
def find(text: str, lex: Lexicon) -> tuple[str, int, int] | None:
    """The indicator ``text`` names: (canonical name, start, end) of the unqualified lexicon name that ends last
    (the longest on ties), or the whole text's exact alias; None when no unqualified name is in it."""
    text_sq = text
    exact = exact_names(lex).get(squash(text_sq))
    if exact is not None:
        return exact, 0, len(text_sq)
    best: tuple[tuple[int, int], str, int, int] | None = None
    blocked: list[tuple[int, int]] = []         # qualified names: no shorter name inside them counts either
    forms = _forms(lex)
    for form, canonical in (forms[i] for i in _form_set(lex).present(text_sq)):
        pos = text_sq.find(form)
        while pos >= 0:
            end = pos + len(form)
            if any(a <= pos and end <= b for a, b in blocked):
                pass
            elif _qualified(text_sq, pos, end, lex):
                blocked.append((pos, end))
            elif best is None or (end, len(form)) > best[0]:
                best = ((end, len(form)), canonical, pos, end)
            pos = text_sq.find(form, pos + 1)
    return None if best is None else best[1:]


def _normal(name: str, lex: Lexicon) -> str:
    """The wording with modifiers and process verbs dropped and its verb written as its class's name (applied
    until nothing changes, so that a normal form is its own normal form)."""
    works = works_under_way(name, lex)
    if works:
        return works
    for _ in range(4):
        normal = _normal_once(name, lex)
        if normal == name:
            break
        name = normal
    return name


def _normal_once(name: str, lex: Lexicon) -> str:
    rules = lex.indicators.normalise
    if stock_built(name, lex):
        return name                     # 累计建设海外仓: what was built so far, no 新增
    stripped = without_process(name, lex)
    generic = (*lex.indicators.label.bare, *lex.hedges.words.totals)
    name = name if stripped in generic else stripped          # 支出总额 stays: 总额 alone names nothing
    name = _stage_last(name, lex)
    parts = generic_stage(name, lex)            # 项目开工 -> 开工项目: the stage names generic things
    name = parts[2] + parts[0] if parts else name
    stage = next((s for s in lex.indicators.label.stage_verbs if name.endswith(s)), "")
    manner = next((m for m in rules.stage_manners if stage and name[: -len(stage)].endswith(m)), "")
    name = name[: len(name) - len(stage) - len(manner)] + stage if manner else name
    name = next((name[: -len(w)] for w in rules.trailing if name.endswith(w)   # 新建水利工程 keeps its 工程
                 and len(unverbed(name[: -len(w)], lex)) >= 4 and tagged(name[: -len(w)], lex)[-1][1].startswith("n")),
                name)
    verbs = class_verbs(lex)
    to = tuple(lex.hedges.measure.level_after_change)      # 增加到经费: a change to a level, no action
    head = next(((v, cls) for v, cls in verbs if name.startswith(v) and len(name) - len(v) >= 2
                 and not name.startswith(to, len(v))), None) if not name.startswith(rules.verb_nouns) else None
    if head and name.startswith(lex.indicators.label.connectives, len(head[0])):
        return _joined_suffix(name, head, lex)      # 新建和改建学生公寓 as written; 取消和停征 after its noun
    noun = name[len(head[0]):] if head else name
    tail = next(((v, cls) for v, cls in verbs if noun.endswith(v) and len(noun) - len(v) >= 2
                 and (head is None or cls is head[1])), None)
    noun = noun[: len(noun) - len(tail[0])] if tail else noun
    cls = (head or tail or (None, None))[1]
    if cls is not None and cls.suffix and noun.endswith(rules.quality_heads):      # 服务水平提升: raised, not renovated
        return noun + (head or tail)[0]
    if cls is not None and (head or tail)[0] in rules.works_verbs and noun.endswith(rules.works_nouns):
        return (head or tail)[0] + noun     # 建设省重大项目, 自贸试验区建设: works under way, not new ones
    if cls is not None and not head and tail[0] in rules.works_verbs and not label_problems(cls.name + noun, lex):
        return noun + tail[0]           # 区域消费中心城市建设: the works on the things (kg.extractors.stage.works)
    if cls is not None and cls.suffix and head and noun.endswith(lex.indicators.label.clause_verbs):
        return name                     # 取消…地方实施: a clause, not a name the verb can close
    if cls is not None and noun not in lex.indicators.label.bare \
            and not noun.startswith(lex.grammar.names.plan_nouns):      # 建设方案 is a plan, not 新增方案
        return noun + cls.name if cls.suffix else cls.name + noun
    return name


def _joined_suffix(name: str, head: tuple, lex: Lexicon) -> str:
    """A verb joined to another by a connective opening ``name``: written as it is (新建改建和维护提升体育场地设施),
    or, for a verb of a class written after its noun, the joined verbs after the noun when only that makes a name
    (取消和停征行政事业性收费 -> 行政事业性收费取消和停征: 取消 opens clauses)."""
    verb, cls = head
    at = len(verb) + next(len(c) for c in lex.indicators.label.connectives if name.startswith(c, len(verb)))
    verbs = itertools.takewhile(lambda w: w[1] == "v" or verb_pattern(lex).fullmatch(w[0]), tagged(name[at:], lex))
    end = at + sum(len(w) for w, _ in verbs)
    moved = name[end:] + name[:end]
    if not cls.suffix or end == at or len(name) - end < 2:
        return name
    return moved if label_problems(name, lex) and not label_problems(moved, lex) else name   # only to make a name


def _stage_last(name: str, lex: Lexicon) -> str:
    """A works stage worded first is the stage of the works named after it: 开工片区综合改造治理 = 片区综合改造治理开工."""
    stages = longest_first(lex.hedges.words.stage_verbs)
    head = next((s for s in stages if name.startswith(s) and len(name) - len(s) >= 2), None)
    if head is None or name.endswith((*stages, *lex.indicators.label.counted_totals)):
        return name                     # 新开工重大项目总投资: the total of the works started, not a stage
    rest = name[len(head):]
    built = next((v for v, cls in class_verbs(lex) if not cls.suffix and rest.startswith(v) and len(rest) - len(v) >= 2),
                 "")                    # 开工建设农村公路: a start of works says they are built; 农村公路开工, not 新增…开工
    moved = rest[len(built):] + head
    return name if label_problems(moved, lex) and not label_problems(name, lex) else moved   # 开工更新…电梯


_QUOTES = re.compile("[\u201c\u201d\u2018\u2019\"']")


@lru_cache(maxsize=1 << 14)
def identity(name: str, lex: Lexicon) -> str:
    """The metric a wording names: the lexicon's canonical name when the wording, or its normal form, is one of
    the lexicon's; else the normal form (多渠道筹措人才公寓 -> 新增人才公寓, 新建改建菜市场 -> 菜市场改造提升)."""
    name = _QUOTES.sub("", squash(name))
    canonical = known(name, lex)
    if canonical is not None:
        return canonical
    normal = _normal(name, lex)
    return _by_normal_form(lex).get(normal) or known(normal, lex) or normal


def named(wording: str, lex: Lexicon) -> str | None:
    """``wording`` when the metric it names has an indicator's name, else None."""
    return wording if wording and is_indicator_name(identity(wording, lex), lex) else None
