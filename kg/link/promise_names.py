"""Whether a target and an outcome of another name, unit or measure are one indicator's: the names' cores, the
kinds of thing their units count, and a target worded as the change of a stock.

The words are data (kg/lexicon/promises.toml, ``[identity]``, with the verb classes and modifiers of
kg/lexicon/metrics.toml): 启动并基本完成景观道路提升 and 启动…景观道路建设 share the core 景观道路; 改造城市危旧房 and
新开工改造…城市危旧房 share 城市危旧房; 企业数 and 企业数量 share 企业.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from kg.lexicon import Lexicon
from kg.model import Measure, Observation

__all__ = ["after_name", "alike", "alike_after", "alike_stated", "change_in_percent", "core", "counts_apart",
           "qualified", "same_verbs", "stage_apart", "units_agree", "worded_change"]

_COUNT = "unit:NUM"          # what a classifier counts in (kg/lexicon/units.toml)
_PERCENT = "unit:PERCENT"
_MARKS = re.compile("[\u201c\u201d\u2018\u2019\"'（）()《》〈〉]")


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=8)
def _words(lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(leading words, leading verbs, closing verbs), longest first. Process verbs (推进, 支出) only lead."""
    rules, own = lex.indicators.normalise, lex.promises.identity
    verbs = {*own.verbs, *lex.indicators.label.stage_verbs, *(v for cls in rules.verb_class for v in cls.verbs)}
    return (_longest_first({*own.modifiers, *rules.modifiers}), _longest_first({*verbs, *rules.process_verbs}),
            _longest_first(verbs))


@lru_cache(maxsize=8)
def _verb_forms(lex: Lexicon) -> dict[str, str]:
    """Each verb of a verb class (metrics.toml ``[[normalise.verb_class]]``) as the tracker compares it: the class it
    is tracked as, else its own class's name (改造提升 and 改建 as 改造; 新建改建, new and renovated, as 改造)."""
    return {v: cls.tracked_as or cls.name for cls in lex.indicators.normalise.verb_class for v in cls.verbs}


@lru_cache(maxsize=8)
def _work_verbs(lex: Lexicon) -> tuple[str, ...]:
    """The verbs of work :func:`same_verbs` looks for, longest first."""
    return _longest_first({*lex.promises.identity.verbs, *lex.indicators.label.stage_verbs})


def _strip(name: str, words: tuple[str, ...], at_end: bool, found: list[str], keep: int = 2) -> str:
    changed = True
    while changed:
        changed = False
        for w in words:
            hit = name.endswith(w) if at_end else name.startswith(w)
            if hit and len(name) - len(w) >= keep:
                name, changed = (name[: -len(w)] if at_end else name[len(w):]), True
                found.append(w)
                break
    return name


def _written_out(name: str, forms: dict[str, str]) -> str:
    """The name with each related name written as the form it is compared as (``forms``), longest first."""
    for short in sorted(forms, key=lambda w: (-len(w), w)):
        if short in name and forms[short] not in name:
            name = name.replace(short, forms[short])
    return name


@lru_cache(maxsize=1 << 14)
def _core(name: str, lex: Lexicon) -> tuple[str, frozenset[str]]:
    leading, first_verbs, last_verbs = _words(lex)
    name, verbs, scope = _MARKS.sub("", name), [], []
    before = None
    while before != name:
        before = name
        name = _strip(_strip(name, leading, False, scope), first_verbs, False, verbs)
        name = _strip(_strip(name, last_verbs, True, verbs), lex.promises.identity.trailing, True, scope)
    forms = _verb_forms(lex)
    return name, frozenset(forms.get(v, v) for v in verbs)


def core(name: str, lex: Lexicon) -> str:
    """The indicator a name speaks of, less its leading scope words and its leading and closing verbs of work and
    count words (新（改）建农村公路 -> 农村公路, 城市危旧房新开工 -> 城市危旧房, 企业数量 -> 企业)."""
    return _core(name, lex)[0]


def stage_apart(a: str, b: str, lex: Lexicon) -> bool:
    """Whether two names count different stages of works: each holds a stage verb and neither closes the other
    (电梯加装新开工 and 电梯加装新签约; 新开工 and 开工 are one stage)."""
    def stage(name: str) -> str | None:
        found = [s for s in lex.indicators.label.stage_verbs if s in name]
        return max(found, key=len) if found else None
    sa, sb = stage(a), stage(b)
    return sa is not None and sb is not None and not (sa.endswith(sb) or sb.endswith(sa))


def _common_end(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _share_closing(name: str, lex: Lexicon) -> str:
    """The name with a closing word of share written as one (覆盖人口比例 and 覆盖率 close alike)."""
    shares = lex.promises.identity.share_closings
    return next((name[: -len(w)] + shares[0] for w in shares if name.endswith(w)), name)


def _overlap(a: str, b: str) -> float:
    """The share of the shorter name's characters found in the longer (four or more shared), when the names close
    alike or one's head (its last two characters) stands in the other, and the shorter does not open the longer (a
    name's head closes it: 农村人口 is not 农村人口饮水安全问题; 达到优Ⅲ类水质的市考断面 is 国考市考断面达到优III水质标准,
    县级公立医院综合改革试点 is 公立医院改革试点县市); else 0."""
    small, large = sorted((set(a), set(b)), key=len)
    short, long = sorted((a, b), key=len)
    headed = a[-1:] == b[-1:] or (not long.startswith(short) and (short[-2:] in long or long[-2:] in short))
    shared = len(small & large)
    return shared / len(small) if shared >= 4 and headed else 0.0


def _within(a: str, b: str) -> float:
    """1 when the shorter name's characters stand in the longer in order but not as its opening (棚户区改造 in
    棚户区住房改造开工; not 国债资金 in 国债资金用于县, whose head is another); else 0."""
    short, long = sorted((a, b), key=len)
    chars = iter(long)
    return 1.0 if len(short) >= 4 and all(ch in chars for ch in short) and not long.startswith(short) else 0.0


@lru_cache(maxsize=1 << 14)
def alike(a: str, b: str, lex: Lexicon) -> tuple[float, bool]:
    """How alike two indicator names are (0: not alike), and whether they name one indicator (:func:`_alike`); names
    alike once rewritten as a kin of theirs (:data:`_KIN`) are alike, never one."""
    score, same = _alike(a, b, lex)
    if score == 0:
        for kin in _KIN:
            ka, kb = kin(a, lex), kin(b, lex)
            if (ka, kb) != (a, b):
                return _alike(ka, kb, lex)[0], False
    return score, same


def _related(name: str, lex: Lexicon) -> str:
    """The name with a related programme's name written as the form it is compared as (promises.toml ``[identity]
    related``: 保障性安居工程 and 保障性住房)."""
    return _written_out(name, lex.promises.identity.related)


def _first_kind(name: str, lex: Lexicon) -> str:
    """A name of kinds joined by a list joiner that share a head (保障性住房和棚户区改造住房开工) as its first kind with
    what closes the list (保障性住房开工): a target of the list is alike an outcome of its first kind, never one."""
    joiner = next((j for j in lex.grammar.lists.joiners if 0 < name.find(j) < len(name) - 1), "")
    if not joiner:
        return name
    first, rest = name.split(joiner, 1)
    head = first[-2:]
    at = rest.find(head)
    return first + rest[at + len(head):] if len(first) >= 4 and at > 0 else name


_KIN = (_related, _first_kind)
"""Rewrites of a name into a kin of it, tried in turn: a related programme's, a list's first kind's."""


def alike_stated(target: str, outcome: str, tails: tuple[str, str], lex: Lexicon) -> tuple[float, bool]:
    """:func:`alike` for a target and an outcome whose words from their number on are ``tails``: equal names are one
    indicator, and so are (:func:`_stated_after`) an outcome's name that runs on from the target's where the target's
    clause states it after the number (再解决6000万农村人口的饮水安全问题, named 农村人口 by the noun counted:
    农村人口饮水安全问题), and an outcome named by the noun it counts whose clause runs on into a name of the target's
    indicator (近1400万农业转移人口在城镇落户: 在城镇落户 names 农业转移人口落户城镇, the target 进城落户's)."""
    return alike_after(target, outcome, tails[0], after_name(outcome, tails[1], lex), lex)


def after_name(name: str, tail: str, lex: Lexicon) -> str:
    """The words of a figure's clause after its indicator's ``name`` (``tail``: the clause from the number on, marks
    and the possessive left out); empty when the clause does not state the name. All :func:`alike_stated` reads of an
    outcome's clause, so the tracker can judge outcomes alike in it once (kg.link.promise_search)."""
    words = _MARKS.sub("", tail).replace(lex.grammar.possessive, "")
    at = words.find(name)
    return words[at + len(name):] if at >= 0 else ""


def alike_after(target: str, outcome: str, target_tail: str, outcome_after: str, lex: Lexicon) -> tuple[float, bool]:
    """:func:`alike_stated` given the target's tail and the outcome's words after its name (:func:`after_name`)."""
    if target == outcome:
        return 1.0, True
    score, same = alike(target, outcome, lex)
    if score == 0 and _stated_after(target, outcome, target_tail, outcome_after, lex):
        return 1.0, True
    return score, same


def _stated_after(target: str, outcome: str, target_tail: str, rest: str, lex: Lexicon) -> bool:
    if outcome.startswith(target) and outcome in _MARKS.sub("", target_tail).replace(lex.grammar.possessive, ""):
        return True
    metric = lex.metric(target)
    return metric is not None and bool(rest) and rest.startswith((metric.name, *metric.aliases))


def _alike(a: str, b: str, lex: Lexicon) -> tuple[float, bool]:
    """How alike two indicator names are (0: not alike), and whether they name one indicator.

    One indicator: equal cores, and the verbs dropped from one are among the other's, or one has none (1.0, True).
    Alike: equal cores with other verbs (1.0), unless the core is a generic noun (metrics.toml label.bare); the same closing words of ``head_chars`` characters or more and half
    the shorter core (宜业BOX社区就业服务站点 and 15分钟就业服务圈社区就业服务站点), or the whole shorter core closing the
    other (景观道路 in 美丽街区景观道路), also once a closing generic noun is dropped (国家制造业单项冠军 and
    制造业单项冠军企业); names or cores sharing ``similar_names`` of the shorter's characters and closing alike, a
    closing word of share counting as one (新增建设用地 and 新增国有建设用地; 规模化供水工程覆盖率 and
    农村规模化供水工程覆盖人口比例); or the shorter name within the longer (:func:`_within`). Not alike: a core that
    opens the other, which runs on ``other_head_chars`` characters or more to another head."""
    a, b = unicodedata.normalize("NFKC", a), unicodedata.normalize("NFKC", b)     # Ⅲ is III
    (ca, va), (cb, vb) = _core(a, lex), _core(b, lex)
    if ca == cb:
        same = not va or not vb or va <= vb or vb <= va
        generic = ca in lex.indicators.label.bare        # 道路治理 and 道路新开工 share only 道路
        return (0.0 if generic and not same else 1.0), same
    if ca in lex.indicators.label.bare or cb in lex.indicators.label.bare:
        return 0.0, False           # 新开工道路 (core 道路) and 市政道路新改扩建工程 share only the generic noun
    ids = lex.promises.identity
    ga, gb = _strip(ca, ids.generic_heads, True, []), _strip(cb, ids.generic_heads, True, [])
    for x, y in ((ca, cb), (ga, gb)):
        end, shorter = _common_end(x, y), min(len(x), len(y))
        if (end >= ids.head_chars and 2 * end >= shorter) or end == shorter >= ids.whole_head_chars:
            return end / shorter, False
    short, long = sorted((ca, cb), key=len)
    if long.startswith(short) and len(long) - len(short) >= ids.other_head_chars:
        return 0.0, False                    # 承接产业转移主平台落地项目 counts projects, not platforms
    a, b, ca, cb = (_share_closing(n, lex) for n in (a, b, ca, cb))
    score = max(_overlap(a, b), _overlap(ca, cb), _within(a, b))
    return (score if score >= lex.promises.doubt.similar_names else 0.0), False


def _added(short: str, long: str) -> list[str] | None:
    """The runs of characters ``long`` adds to ``short`` when ``short`` stands in it in order, else None."""
    ops = SequenceMatcher(None, short, long, autojunk=False).get_opcodes()
    if any(op not in ("equal", "insert") for op, *_ in ops):
        return None
    return [long[j1:j2] for op, _, _, j1, j2 in ops if op == "insert"]


def _spellings(name: str, lex: Lexicon) -> tuple[str, str, str]:
    """A name, its core and its core less a closing generic noun, each with a closing word of share written as one
    (compared with the same spelling of another name)."""
    name = _MARKS.sub("", unicodedata.normalize("NFKC", name))
    c = core(name, lex)
    bare = _strip(c, lex.promises.identity.generic_heads, True, [])
    return _share_closing(name, lex), _share_closing(c, lex), _share_closing(bare, lex)


def qualified(target: str, outcome: str, target_sentence: str, lex: Lexicon) -> bool:
    """Whether an outcome's indicator named differently is the target's with qualifiers only (one indicator): the
    shorter name (or core) stands in order in the longer, which adds only qualifiers of promises.toml
    ``[identity] qualifiers`` (省级重点产业项目 for 重点产业项目) or, when the outcome's name adds them, words of two or
    more characters the target's own sentence states and that are no verbs of work (打好关键核心技术攻坚战…攻克关键技术
    and 攻克关键核心技术). A stage (新开工) or a new count (新增) added never qualifies."""
    ids = lex.promises.identity
    verbs = (*ids.verbs, *lex.indicators.label.stage_verbs)
    for t, o in zip(_spellings(target, lex), _spellings(outcome, lex)):
        outcome_adds = len(o) > len(t)
        added = _added(*((t, o) if outcome_adds else (o, t)))
        if added and all(w in ids.qualifiers or (outcome_adds and len(w) >= 2 and w in target_sentence
                                                 and not any(v in w for v in verbs)) for w in added):
            return True
    return False


def same_verbs(target: str, outcome: str, clauses: tuple[str, str], lex: Lexicon) -> bool:
    """Whether two names of one core are one indicator by their sentences: the target's and the outcome's clauses
    (the words before each number) state the same verbs of work, though the names kept other ones (新改建农村公路 and
    新（改）建农村公路, named 农村公路改造 and 新增农村公路)."""
    if core(target, lex) != core(outcome, lex):
        return False
    verbs = _work_verbs(lex)

    def stated(clause: str) -> frozenset[str]:
        words, clause = set(), _MARKS.sub("", unicodedata.normalize("NFKC", clause))
        for v in verbs:                     # longest first: 新改建 is not also 改建
            if v in clause:
                words.add(v)
                clause = clause.replace(v, "|")
        return frozenset(words)
    found = [stated(c) for c in clauses]
    return bool(found[0]) and found[0] == found[1]


def _classifier(unit: str, lex: Lexicon) -> str:
    return unit.lstrip("".join(lex.multipliers))


def counts_apart(t: Observation, o: Observation, lex: Lexicon) -> bool:
    """Whether two counts count different things: their classifiers differ and one counts one kind of thing
    (幢 buildings and 户 households; not 所 and 个)."""
    return _classifiers_apart(t.quantity.unit, o.quantity.unit, lex)


def _classifiers_apart(t_unit: str, o_unit: str, lex: Lexicon) -> bool:
    a, b = _classifier(t_unit, lex), _classifier(o_unit, lex)
    distinct = lex.promises.identity.distinct_classifiers
    return a != b and bool(a) and bool(b) and (a in distinct or b in distinct)


def units_agree(t: Observation, o: Observation, lex: Lexicon) -> bool:
    """Whether two figures are of one unit for comparing: the same comparable unit, or a bare multiplier (1000万,
    超过240万) beside a count (1442万人, 200万人)."""
    return _units_agree((t.quantity.unit, t.quantity.normalized_unit), (o.quantity.unit, o.quantity.normalized_unit),
                        lex)


@lru_cache(maxsize=1 << 14)
def _units_agree(t: tuple[str, str], o: tuple[str, str], lex: Lexicon) -> bool:
    """:func:`units_agree` of two (written unit, normalised unit) pairs: the tracker asks it for every target and
    candidate outcome, so it is memoised on the units alone."""
    a, b = lex.comparable_unit(t[0]), lex.comparable_unit(o[0])
    if a == b:
        return not _classifiers_apart(t[0], o[0], lex)
    bare = [u for u in (t, o) if u[0] and not _classifier(u[0], lex)]
    counted = [u for u in (t, o) if not (u[0] and not _classifier(u[0], lex))]
    return bool(bare) and all(u[1] in (_COUNT, bare[0][1]) for u in counted)


def worded_change(clause: str, lex: Lexicon) -> Measure | None:
    """The change a level target's clause words (再减少农村贫困人口1000万人 -> DECREASE), or None: the last change
    verb of the clause, unless a level marker (到, 至) follows it."""
    ids = lex.promises.identity
    found = [(clause.rfind(v), v, m) for words, m in ((ids.decrease_verbs, Measure.DECREASE),
                                                    (ids.increase_verbs, Measure.INCREASE)) for v in words if v in clause]
    if not found:
        return None
    at, verb, measure = max(found)
    return None if clause[at + len(verb):].startswith(ids.level_markers) else measure


def change_in_percent(o: Observation, lex: Lexicon) -> bool:
    """Whether a figure in per cent can only be a change: its indicator is an amount, a count or an index (a CPI
    of 2.6% is its rise, whatever measure the sentence seemed to give it), not a rate or a share."""
    metric = lex.metric(o.metric)
    return (o.quantity.normalized_unit == _PERCENT and metric is not None
            and metric.kind in lex.promises.identity.changes_in_percent)
