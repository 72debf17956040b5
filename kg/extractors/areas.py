"""Functional areas (功能区) and administrative areas, by gazetteer with aliases."""
from __future__ import annotations

from functools import cache, lru_cache

from kg.extractors import extractor
from kg.extractors.common import CJK, body, span
from kg.lexicon import Lexicon
from kg.model import Document, EntityKind, Extraction, Mention



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
    for form, canonical, weak in _forms(lex):
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


def area_mentions(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Area mentions that are not the opening words of a project's name (漕开发航天科技城, 西岸美术馆)."""
    return list(_area_mentions(text, lex))


@lru_cache(maxsize=8192)
def _area_mentions(text: str, lex: Lexicon) -> tuple[tuple[int, int, str], ...]:
    found = match_areas(text, lex)
    if not found:
        return ()
    from kg.extractors.projects import match_projects

    names = [(a, b) for a, b, _ in match_projects(text, lex)]
    return tuple((a, b, area) for a, b, area in found if not any(pa <= a and b < pb for pa, pb in names))


@extractor("areas")
def extract_areas(document: Document, lex: Lexicon, found: Extraction) -> list[Mention]:
    """Mentions of functional areas, resolved to their canonical names."""
    return [
        Mention(EntityKind.FUNCTIONAL_AREA, canonical, s.text[a:b], s.index, span(document, s, a, b))
        for s in body(document)
        for a, b, canonical in area_mentions(s.text, lex)
    ]
