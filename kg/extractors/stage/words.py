"""The words every part of the stage reading shares: the tagger's flags it reads, how far it looks, and the lexicon's
stage verbs (metrics.toml [label] ``stage_verbs``: 新开工, 竣工, 建成) and verb classes as it matches them."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.metric_labels import verb_pattern
from kg.lexicon import Lexicon
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.postag import VERB_FLAGS

__all__ = ["CLASS_CHARS", "DOING_CHARS", "ITEM", "MODIFIER_REACH", "PARTICLES", "PEOPLE_CHARS", "PREDICATE_CHARS",
           "VERB_CHARS", "VERB_FLAGS", "class_verbs", "stage_closing", "stage_degree", "stage_opening", "stage_verbs",
           "strip_leading", "unverbed"]

PARTICLES = ("ul", "uz", "ug")          # 了, 着, 过 after a verb
ITEM = "\u3001"                         # the list mark between items of one clause
FIGURE = re.compile("[0-9]")            # a figure in words read as a name: no name

# How far the reading looks, in characters.
VERB_CHARS = 4              # the longest verb read closing a wording (建设改造)
MODIFIER_REACH = 6          # the words between verbs and 的 that only place or qualify the noun
PREDICATE_CHARS = 14        # as kg.extractors.counted_for: the longest recognition read after a list of counts
DOING_CHARS = 6             # what people sent to a place do there (稳定就业)
CLASS_CHARS = 3             # 等青年: the class people are examples of
PEOPLE_CHARS = 12           # the longest people's noun read before a destination (到)


@lru_cache(maxsize=8)
def stage_verbs(lex: Lexicon) -> tuple[str, ...]:
    """The stage verbs of the label rules, longest first (新开工 before 开工)."""
    return longest_first(lex.indicators.label.stage_verbs)


def stage_closing(text: str, lex: Lexicon) -> str | None:
    """The longest stage verb closing ``text``, or None."""
    return next((s for s in stage_verbs(lex) if text.endswith(s)), None)


def stage_opening(text: str, lex: Lexicon) -> str | None:
    """The longest stage verb opening ``text``, or None."""
    return next((s for s in stage_verbs(lex) if text.startswith(s)), None)


def stage_degree(text: str, lex: Lexicon) -> str:
    """The word of degree (metrics.toml ``stage_degrees``: 基本) opening ``text``, or ""."""
    return next((d for d in lex.indicators.normalise.stage_degrees if text.startswith(d)), "")


def strip_leading(text: str, words: tuple[str, ...], keep: int = 2) -> str:
    """``text`` without the leading ``words`` (longest first, repeatedly), keeping at least ``keep`` characters."""
    ordered = longest_first(words)
    changed = True
    while changed:
        changed = False
        for w in ordered:
            if text.startswith(w) and len(text) - len(w) >= keep:
                text, changed = text[len(w):], True
                break
    return text


def unverbed(name: str, lex: Lexicon) -> str:
    """``name`` without the verb the lexicon knows opening it (新建水利 -> 水利)."""
    verb = verb_pattern(lex).match(name)
    return name[verb.end():] if verb else name


@lru_cache(maxsize=8)
def class_verbs(lex: Lexicon) -> tuple:
    """(verb, its class) of every verb class of the normalisation, longest verb first."""
    rules = lex.indicators.normalise
    return tuple(sorted(((v, cls) for cls in rules.verb_class for v in cls.verbs), key=lambda p: (-len(p[0]), p[0])))
