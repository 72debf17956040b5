"""Industries (产业) from the lexicon, with their broader industry."""
from __future__ import annotations

from functools import cache

from kg.extractors.common import body, span
from kg.extractors.registry import Inputs, extractor, mentions_of
from kg.lang.zh.wordset import WordSet
from kg.lexicon import Industry, Lexicon
from kg.model import Document, EntityKind, Mention


@cache
def _forms(lex: Lexicon) -> tuple[tuple[str, Industry | None], ...]:
    """The words that are no mention (None) first, then every form, longest first."""
    blockers = tuple((word, None) for word in sorted(lex.not_industries, key=lambda w: (-len(w), w)))
    return blockers + tuple(sorted(lex.industry_forms().items(), key=lambda f: (-len(f[0]), f[0])))


@cache
def _form_set(lex: Lexicon) -> WordSet:
    """The words of :func:`_forms`, to find which of them a sentence holds in one pass."""
    return WordSet(word for word, _ in _forms(lex))


def match_industries(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, canonical industry) for each industry named in ``text``, longest forms first.

    A word of the lexicon's ``not_mentions`` (国家政策 holds 家政) takes its characters before any form is
    tried, so no form inside it is matched.
    """
    every = _forms(lex)
    forms = [every[i] for i in _form_set(lex).present(text)]
    taken = [False] * len(text)
    out = []
    for form, industry in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if not any(taken[start:end]) and not (form.isascii() and _in_word(text, start, end)):
                if industry is not None:
                    out.append((start, end, industry.name))
                taken[start:end] = [True] * (end - start)
            start = text.find(form, start + 1)
    return sorted(out)


def _in_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isascii() and before.isalnum() or after.isascii() and after.isalnum()


@extractor("industries", assigns=(mentions_of(EntityKind.INDUSTRY),))
def extract_industries(document: Document, lex: Lexicon, inputs: Inputs) -> list[Mention]:
    """Industry mentions with the broader industry the lexicon gives."""
    broader = {i.name: i.broader for i in lex.industries}
    return [
        Mention(EntityKind.INDUSTRY, name, s.text[a:b], s.index, span(document, s, a, b), broader=broader[name])
        for s in body(document)
        for a, b, name in match_industries(s.text, lex)
    ]
