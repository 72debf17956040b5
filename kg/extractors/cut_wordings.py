"""Wordings cut short or glued to a scope before a figure (issue 17, the blind judges' "truncated" rows).

- A target after a comparison verb is the benchmark a gap is measured against, not a cue of a plan: 优于国家考核
  目标19.8个百分点 keeps 目标 (grammar.toml ``benchmark_verbs``, ``benchmark_ends``).
- A noise word of one character (再, 就, 并, 共, 还, 均) opens a wording only when it stands as a word of its own:
  再就业补助 keeps 就业 once 再 goes, 并购重组 and 共享单车 keep theirs (:func:`without_leading_noise`).
- One figure after two items with one head and no 分别 is their sum, and its label names both: 中央财政安排国有企业
  下岗职工基本生活保障专项补助、再就业补助209亿元 -> 国有企业下岗职工基本生活保障专项补助和再就业补助, not the last
  item's head cut (:func:`summed_pair`).
- A place opened by 在 and closed by examples of a class (在餐饮等行业开展…) only says where the activity after it
  happens: the class noun is no part of the indicator, which is the activity (metrics.toml ``place_prepositions``).

Read by kg.extractors.phrases.phrase_before and kg.extractors.observations (:func:`summed_pair`)."""
from __future__ import annotations

from collections.abc import Sequence


from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.extractors.wording import strip_words
from kg.lexicon import Lexicon
from kg.lang.zh.numerals import DIGIT

__all__ = ["benchmark_kept", "past_placed_class", "summed_pair", "without_leading_noise"]


def without_leading_noise(text: str, noise: Sequence[str], lex: Lexicon) -> str:
    """``text`` without the ``noise`` words opening it, repeatedly, a word of one character only where the tagger
    reads it as a word of its own: 再就业补助 -> 就业补助, not 业补助 (national_2006); 并购重组项目 stays whole."""
    while True:
        text = strip_words(text, [w for w in noise if len(w) > 1], trailing=False)
        single = next((w for w in noise if len(w) == 1 and text.startswith(w)), None)
        if single is None or len(text) == 1 or _opens_word(text, noise, lex):
            return text
        text = text[1:]


def _opens_word(text: str, noise: Sequence[str], lex: Lexicon) -> bool:
    """Whether the character opening ``text`` is the first of a word of two (就业, 并购, 共享) whose second is no
    word a figure's predicate or a cue is (共有, 再有, 已达, 并将: an adverb before it)."""
    first = tagged(text, lex)[0][0]
    m = lex.hedges.measure
    predicates = (*noise, *lex.grammar.existential, *m.level_verbs, *m.increase, *m.decrease)
    return len(first) == 2 and first[1] not in predicates


def benchmark_kept(pre: str, stripped: str, lex: Lexicon) -> str:
    """``pre`` when the words stripped from its end are a benchmark's target after a comparison verb (近岸海域优良
    海水面积优于国家考核目标: the gap is to the target), else ``stripped``."""
    g = lex.grammar
    tail = pre[len(stripped):] if pre.startswith(stripped) else ""
    if tail not in g.benchmark_ends:
        return stripped
    at = max((stripped.rfind(v) + len(v) for v in g.benchmark_verbs if stripped.rfind(v) >= 1), default=-1)
    return pre if 0 < at <= len(stripped) - _BENCHMARK_MIN else stripped


_BENCHMARK_MIN = 2          # the benchmark's own words before its target: 国家考核


def past_placed_class(before: str, after: str, lex: Lexicon) -> str:
    """The words after 等 from the activity on, when the words before 等 open with a place preposition and a class
    noun follows 等 before a verb: 在餐饮等行业开展液化石油气瓶改管 -> 开展液化石油气瓶改管 (sichuan_2025); ``after``
    otherwise (核技术应用等新兴产业: the class is the indicator's)."""
    place = lex.indicators.label.place_prepositions
    if not place or not before.startswith(place):
        return after
    words = tagged(after, lex)
    noun = 0
    while noun < len(words) and words[noun][1].startswith("n"):
        noun += 1
    if noun == 0 or noun >= len(words) or not words[noun][1].startswith("v") or noun > _CLASS_WORDS:
        return after
    cut = sum(len(w) for w, _ in words[:noun])
    return after[cut:] if len(after) - cut >= _ACTIVITY_MIN else after


_CLASS_WORDS = 2            # 行业, 重点行业: a class noun is short
_ACTIVITY_MIN = 4           # a verb with an object


def summed_pair(items: list[str], lex: Lexicon) -> str | None:
    """Two list items of one head before a figure, with no 分别 (hedges.toml ``respectively``): the figure is their
    sum, named by both, the first after the funding verb before it: 中央财政安排国有企业下岗职工基本生活保障专项补助、
    再就业补助209亿元 -> 国有企业下岗职工基本生活保障专项补助和再就业补助 (national_2006). None when the items are
    no such pair."""
    if len(items) != 2 or any(lex.hedges.respectively.word in i or DIGIT.search(i) for i in items):
        return None
    first, second = (squash(i) for i in items)
    head_a, head_b = tagged(first, lex)[-1:], tagged(second, lex)[-1:]
    if not head_a or head_a != head_b or len(head_a[0][0]) < 2 or len(second) <= len(head_a[0][0]):
        return None
    cut = max((first.rfind(v) + len(v) for v in lex.indicators.label.funding_verbs if first.rfind(v) > 0), default=-1)
    if cut < 0 or len(first) - cut <= len(head_a[0][0]):
        return None
    return named(first[cut:] + lex.hedges.respectively.joiners[0] + second, lex)
