"""Functional areas (功能区) and administrative areas, by gazetteer with aliases."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kg.extractors.candidates import AreaMatches, ProjectCandidates, Span
from kg.extractors.common import CJK, body, span
from kg.extractors.registry import Inputs, extractor, mentions_of, step
from kg.lang.zh.wordset import WordSet
from kg.lexicon import Lexicon
from kg.model import Document, EntityKind, Mention



def _continues_name(nxt: str) -> bool:
    """The next character carries a name on: 西岸美术馆, 滨江C单元, 漕河泾“元创未来”."""
    return bool(CJK.match(nxt)) or (nxt.isascii() and nxt.isalnum()) or nxt == "“"


def _after_listed_area(text: str, start: int, lex: Lexicon) -> bool:
    """In a list of areas (徐家汇、徐汇滨江、漕开发、华泾“东西南北”) every item names an area."""
    return text[:start].endswith("、") and any(text[:start - 1].endswith(f) for f, _, _ in _forms(lex))


@cache
def _forms(lex: Lexicon) -> list[tuple[str, str, bool]]:
    forms = []
    for area in lex.areas:
        if area.kind != "functional_area":
            continue
        forms.append((area.name, area.name, False))
        forms += [(alias, area.name, False) for alias in area.aliases]
        forms += [(alias, area.name, True) for alias in area.weak_aliases]
    return sorted(forms, key=lambda f: (-len(f[0]), f[0]))


@cache
def _form_set(lex: Lexicon) -> WordSet:
    """The words of :func:`_forms`, to find which of them a sentence holds in one pass."""
    return WordSet(form for form, _, _ in _forms(lex))


@cache
def _followers(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.weak_aliases.followers)


def match_areas(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, canonical area) for each area mention in ``text``, longest names first."""
    # A weak alias (西岸, 滨江) names the area only when it is not the start of a longer name
    # (areas.toml [weak_alias]).
    rules = lex.weak_aliases
    followers = _followers(lex)
    taken = [False] * len(text)
    out = []
    forms = _forms(lex)
    for form, canonical, weak in (forms[i] for i in _form_set(lex).present(text)):
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            nxt = text[end] if end < len(text) else ""
            standalone = (not _continues_name(nxt) or nxt in followers or text[:start].endswith(rules.locatives)
                          or _after_listed_area(text, start, lex))
            ok = (not any(taken[start:end]) and (not weak or standalone)
                  and not (weak and rules.subdistrict_list.match(text[end:])))
            if ok:
                out.append((start, end, canonical))
                taken[start:end] = [True] * (end - start)
            start = text.find(form, start + 1)
    return sorted(out)


def area_mentions(text: str, lex: Lexicon, projects: Sequence[Span]) -> list[Span]:
    """Area mentions that are not the opening words of one of the ``projects`` named in ``text``
    (漕开发航天科技城, 西岸美术馆)."""
    return [Span(a, b, area) for a, b, area in match_areas(text, lex)
            if not any(p.start <= a and b < p.end for p in projects)]


@step("area_matches", assigns=AreaMatches, requires=(ProjectCandidates.fact,))
def area_matches(document: Document, lex: Lexicon, inputs: Inputs) -> AreaMatches:
    """The area mentions of every body sentence."""
    projects = inputs.get(ProjectCandidates)
    return AreaMatches({s.index: tuple(area_mentions(s.text, lex, projects.of(s.index))) for s in body(document)})


@extractor("areas", assigns=(mentions_of(EntityKind.FUNCTIONAL_AREA),), requires=(AreaMatches.fact,))
def extract_areas(document: Document, lex: Lexicon, inputs: Inputs) -> list[Mention]:
    """Mentions of functional areas, resolved to their canonical names."""
    matches = inputs.get(AreaMatches)
    return [
        Mention(EntityKind.FUNCTIONAL_AREA, canonical, s.text[a:b], s.index, span(document, s, a, b))
        for s in body(document)
        for a, b, canonical in matches.of(s.index)
    ]
