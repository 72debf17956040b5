"""The rules every metric label obeys (kg/lexicon/metrics.toml [label]): a label is an indicator's name, never a
fragment. :func:`label_problems` names each rule a label breaks; :func:`is_indicator_name` is their verdict."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang.zh.segment import tagger
from kg.lang.zh.wordset import longest_first
from kg.lexicon import Lexicon
from kg.lang.zh.postag import VERB_FLAGS

__all__ = ["change_closing", "clause_problems", "generic_stage", "glued", "is_indicator_name", "label_problems", "only_verbs", "place_clause",
           "share_cut", "tagged", "tagged_verbs", "verb_pattern"]


def label_problems(label: str, lex: Lexicon) -> list[str]:
    """The label rules (metrics.toml [label]) that ``label`` breaks, each named; [] for an indicator's name."""
    return list(_label_problems(label, lex))


@lru_cache(maxsize=1 << 14)         # a pure function of its arguments; wordings are checked again and again
def _label_problems(label: str, lex: Lexicon) -> list[str]:
    rules = lex.indicators.label
    grouped = _grouped_name(label, lex)
    if grouped:
        return label_problems(grouped, lex)
    out = []
    if len(label) < rules.min_chars or not re.search(r"[\u4e00-\u9fffA-Za-z]{2}", label):
        out.append("too short")
    if len(label) > rules.max_chars:
        out.append("too long: a clause, not a name")
    if label in rules.bare or label in lex.hedges.words.actions or only_verbs(label, lex):
        out.append("a bare verb or generic noun")
    if label.endswith(tuple(rules.bad_endings)):
        out += [f"ends in {w!r}: cut short" for w in rules.bad_endings if label.endswith(w) and label != w
                and not _longer_edge(label, w, rules.verb_endings, str.endswith)][:1]
    if label.startswith(tuple(rules.bad_starts)):
        out += [f"opens with {w!r}: a clause" for w in rules.bad_starts if label.startswith(w) and label != w
                and not _longer_edge(label, w, rules.edge_words, str.startswith)][:1]
    if _bare_object(label, lex):
        out.append("a verb and a bare object")
    if share_cut(label, lex):
        out.append("a share cut before its noun")
    if glued(label, rules.stage_verbs):
        out.append("two stage verbs glued")
    if generic_stage(label, lex):
        out.append("a generic noun and its stage: the stage names the things")   # 项目开工 -> 开工项目
    out += [f"matches {p.pattern!r}" for p in rules.patterns if p.search(label)]
    return out + _grammar_problems(label, lex) + clause_problems(label, lex)


def clause_problems(label: str, lex: Lexicon) -> list[str]:
    """The rules a clause worded like a name breaks (the corpus samples of issue 17): a change verb closing it
    (一般性支出压减: the measure, not the name), verbs alone closing with a verb the lexicon knows (联手打造), a verb
    and a place closing it (低空经济集聚全国, 建设项目落地四川), an action chained to another verb (新增统筹各类保障性
    住房, 新增用于项目), a purpose without the noun it is of (中央财政用于科技), a one-character verb and its
    object (发照), a clause's predicate after its subject (各方配合基本完成裁减军队员额, 行业开展…)."""
    out = []
    change = change_closing(label, lex)
    if change:
        out.append(f"closes with the change verb {change!r}: the measure, not the name")
    words = tagged(label, lex)
    if len(words) > 1 and all(p == "v" for _, p in words) and verb_pattern(lex).fullmatch(words[-1][0]):
        out.append("verbs alone")
    elif _bare_action(words, lex):
        out.append("verbs alone: a bare action")
    if place_clause(label, lex) > 0:
        out.append("a verb and a place close it: a clause")
    rules = lex.indicators.label
    if len(words) > 2 and verb_pattern(lex).fullmatch(words[0][0]) and words[1][0] in rules.chained_verbs:
        out.append(f"an action and the verb {words[1][0]!r}: a clause")
    if any(v in label for v in rules.purpose_verbs) and not label.endswith(rules.measure_endings):
        out.append("a purpose without its noun")
    if len(label) == 2 and words[0][1] == "v" and len(words[0][0]) == 1:
        out.append("a verb and its object")
    out += [f"holds the predicate {w!r}: a clause" for w, _ in words[1:] if w in rules.inner_verbs][:1]
    return out


def _bare_action(words: tuple[tuple[str, str], ...], lex: Lexicon) -> bool:
    """Whether the tagger reads a label as verbs of two characters or more alone (升级拓展), not closing with a word
    that names a thing ([label] measure_endings, verbal_nouns: 带动就业, 转移支付)."""
    rules = lex.indicators.label
    return (len(words) > 1 and all(f in VERB_FLAGS and len(w) >= 2 for w, f in words)
            and words[-1][0] not in (*rules.measure_endings, *rules.verbal_nouns))


def generic_stage(label: str, lex: Lexicon) -> tuple[str, str, str] | None:
    """(noun, manner, stage) when ``label`` is a generic noun of [label] bare and a works stage after it, a manner
    word (normalise.stage_manners) between: 项目开工, 单位集中签约 (whose projects? the stage names them)."""
    stage = next((s for s in longest_first(lex.hedges.words.stage_verbs) if label.endswith(s)), "")
    rest = label[: len(label) - len(stage)]
    manner = next((m for m in lex.indicators.normalise.stage_manners if rest.endswith(m)), "") if stage else ""
    noun = rest[: len(rest) - len(manner)]
    return (noun, manner, stage) if stage and noun in lex.indicators.label.bare else None


def change_closing(label: str, lex: Lexicon) -> str:
    """The change verb (hedges.measure: 压减, 缩短, 下降) closing ``label``, or "" (a noun of [label] change_nouns,
    such as 涨幅, closes a name: 物价涨幅)."""
    m, norm = lex.hedges.measure, lex.indicators.normalise
    actions = {v for cls in norm.verb_class for v in cls.verbs}
    verb = next((w for w in longest_first((*m.increase, *m.decrease))
                 if label.endswith(w) and len(label) > len(w) and w not in actions), "")
    return verb if verb not in lex.indicators.label.change_nouns else ""


def place_clause(label: str, lex: Lexicon) -> int:
    """Where a verb of [label] place_verbs stands before the place or scope word closing ``label`` (落地四川,
    集聚全国): the name ends there; -1 when none does."""
    words = tagged(label, lex)
    if len(words) < 3:
        return -1
    (verb, _), (place, pos) = words[-2], words[-1]
    if verb not in lex.indicators.label.place_verbs or not (pos == "ns" or place in lex.indicators.qualifiers.scope):
        return -1
    return len(label) - len(place) - len(verb)


def _grouped_name(label: str, lex: Lexicon) -> str:
    """The name of the things a count of groups groups, when ``label`` is that name and a grouping unit
    (grammar.toml ``grouping_units``): 10方面34项区政府为民办实事项目 counts 区政府为民办实事项目方面, 62大项132项
    市区两级重大工程建设目标 counts 市区两级重大工程建设目标大项; else "". The name must hold four characters, so a
    bare topic (民生方面) stays a fragment."""
    unit = next((u for u in lex.grammar.grouping_units if label.endswith(u)), "")
    return label[: -len(unit)] if unit and len(label) - len(unit) >= 4 else ""


def _bare_object(label: str, lex: Lexicon) -> bool:
    """Whether ``label`` is a verb of a class (新增, 改造) or a process verb (启动) and a generic noun or a verb:
    新增产量, 启动地块."""
    rules, norm = lex.indicators.label, lex.indicators.normalise
    for verbs in (*(cls.verbs for cls in norm.verb_class), norm.process_verbs):
        verb = next((v for v in longest_first(verbs) if label.startswith(v)), None)
        rest = label[len(verb):] if verb else ""
        if rest and (rest in rules.bare or rest in lex.hedges.words.actions or only_verbs(rest, lex)
                     or rest in lex.grammar.lists.qualifiers                                  # 新增农村
                     or (len(tagged(rest, lex)) == 1 and tagged(rest, lex)[0][1] in rules.pos_alone_never)):
            return True
    return False


def share_cut(label: str, lex: Lexicon) -> bool:
    """Whether ``label`` states a share without its noun: 工业机器人产量占全国, 民生支出占一般公共预算支出."""
    rules = lex.indicators.label
    body = label[2:]
    for w in rules.share_false:
        body = body.replace(w, "")
    return (any(w in body for w in rules.share_openings)
            and not label.endswith((*rules.share_nouns, rules.share_noun)))


def _longer_edge(label: str, word: str, good: tuple[str, ...], at) -> bool:
    """Whether ``label`` has at that edge a good word longer than ``word`` (在建 is no 在, 净增 no 增)."""
    return any(at(label, g) and len(g) > len(word) for g in good)


_HAN = re.compile("([\u4e00-\u9fff]+)")


@lru_cache(maxsize=1 << 14)
def tagged(text: str, lex: Lexicon) -> tuple[tuple[str, str], ...]:
    """(word, flag) of a short wording by the dictionary alone (jieba's cut and flags, no HMM): what a label's
    edges are is all the rules ask, and the extraction's tagging (kg.lang.zh.segment.tag) stays for its stretches."""
    t = tagger(lex)
    out: list[tuple[str, str]] = []
    for block in filter(None, _HAN.split(text)):
        if not _HAN.fullmatch(block):
            out.append((block, "m" if block[0].isdigit() else "eng" if block.isascii() and block.isalnum() else "x"))
            continue
        ends, x = t.route(block), 0
        while x < len(block):
            out.append((block[x:ends[x]], t.flag(block[x:ends[x]])))
            x = ends[x]
    return tuple(out)


def _grammar_problems(label: str, lex: Lexicon) -> list[str]:
    """What the parts of speech of ``label`` say against it being a name."""
    rules = lex.indicators.label
    words = tagged(label, lex)
    if not words:
        return []
    (first, first_pos), (last, last_pos) = words[0], words[-1]
    out = []
    if len(words) == 1 and first_pos in rules.pos_alone_never:
        out.append(f"one {first_pos} alone")
    if first_pos in rules.pos_never_first and first not in rules.edge_words:
        out.append(f"opens with {first!r} ({first_pos})")
    if last_pos in rules.pos_never_last and last not in rules.edge_words and not label.endswith(rules.verb_endings):
        out.append(f"closes with {last!r} ({last_pos})")
    if (last_pos == "v" and len(words) > 1 and (len(last) == 1 or last in rules.clause_verbs)
            and not label.endswith(rules.verb_endings)):
        out.append(f"closes with the verb {last!r}: a clause")
    out += [f"holds {w!r} ({p})" for w, p in words if p in rules.pos_never][:1]
    out += [f"holds the adverb {w!r}: a clause" for w, _ in words[1:] if w in rules.clause_adverbs][:1]
    out += [f"closes with the object of {w!r}: its verb cut" for k, (w, p) in enumerate(words[1:-1], 1)
            if p == "p" and w in rules.object_prepositions and not any(q in _VERB_FLAGS[:2] for _, q in words[k:])][:1]
    if tagged_verbs(label, lex):
        out.append("verbs alone")
    elif _bare_action(words, lex):
        out.append("verbs alone: a bare action")
    measured = any(label.endswith(e) and len(label) - len(e) >= 2 for e in rules.measure_endings)
    if len(words) == 1 and len(label) <= 3 and not measured:
        out.append("one noun alone: no measure")
    return out


@lru_cache(maxsize=8)
def verb_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Every verb the lexicon knows (actions, process and stage verbs, verb classes) and the words joining them."""
    norm, label = lex.indicators.normalise, lex.indicators.label
    words = {*lex.hedges.words.actions, *norm.process_verbs, *label.stage_verbs,
             *(v for cls in norm.verb_class for v in (cls.name, *cls.verbs))}
    words |= set(label.connectives)
    return re.compile("|".join(map(re.escape, longest_first(words))))


def tagged_verbs(label: str, lex: Lexicon) -> bool:
    """Whether the tagger reads ``label`` as verbs joined by a conjunction or an adverb, a verb's prefix of one
    character (新) counting as its verb's: 新签和升级 (national_2018: 新签和升级8个自由贸易协定)."""
    words = tagged(label, lex)
    verbish = all(p in _VERB_FLAGS or (p == "a" and len(w) == 1) for w, p in words)
    return len(words) > 1 and verbish and any(p in ("c", "d") for _, p in words)


_VERB_FLAGS = ("v", "vn", "c", "d")


def only_verbs(label: str, lex: Lexicon) -> bool:
    """Whether ``label`` is verbs and connectives only: 新建和提升, 开工修缮, 新增供应."""
    return len(verb_pattern(lex).sub("", label)) < 2


def glued(label: str, stages: tuple[str, ...]) -> bool:
    head = next((s for s in stages if label.startswith(s)), None)
    tail = next((s for s in stages if label.endswith(s) and len(label) > len(s)), None)
    return head is not None and tail is not None and len(label) > len(head) + len(tail)


@lru_cache(maxsize=1 << 14)
def is_indicator_name(label: str, lex: Lexicon) -> bool:
    """Whether ``label`` passes every label rule (a lexicon name always does: tests/test_indicators.py)."""
    return lex.metric(label) is not None or not label_problems(label, lex)
