"""The administrative divisions a report names (the cities of a provincial report, the districts of a city's),
found with the gazetteer's automaton and kept by the rules of kg/lexicon/places.toml ``[mention]``.

Full names are taken wherever they begin a word; short names (浙江, 杭州) only for provinces and prefectures
(the gazetteer's ``matched_levels``), when they begin a word that is no idiom, stand before no road or river
word, and for the names that are ordinary words as often (中山, 阿里), only in a list of places. A name that
several divisions bear (朝阳区, 普陀区, 吉林) is the one inside the place named just before it (舟山市普陀区),
else the one inside the document's government, else the one of the highest level (吉林 the province), else none.
Measured over the shared corpus: see README, "Places and development zones".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.extractors.common import body, span
from kg.extractors.registry import Inputs, extractor, mentions_of
from kg.lang.zh.segment import tag
from kg.lexicon import Lexicon
from kg.lexicon.divisions import PlaceKeys, place_keys
from kg.lexicon.gazetteer import Division, Found, Gazetteer, Level, load_gazetteer, rules_file
from kg.model import GAZETTEER_KINDS, Document, EntityKind, Mention

PLACE_KINDS = (EntityKind.MUNICIPALITY, EntityKind.DISTRICT, *sorted(GAZETTEER_KINDS))
_WINDOW = 6          # characters either side of a name that its segmentation looks at


@dataclass(frozen=True)
class MentionRules:
    """places.toml ``[mention]``, typed."""

    levels: frozenset[Level]
    checked_length: int
    phrase_flags: frozenset[str]
    not_before: tuple[str, ...]
    listed_only: frozenset[str]
    list_mark: str


@cache
def mention_rules() -> MentionRules:
    """The shipped rules (read once)."""
    m = rules_file()["mention"]
    return MentionRules(frozenset(Level(x) for x in m["levels"]), int(m["checked_length"]),
                        frozenset(m["phrase_flags"]), tuple(m["not_before"]), frozenset(m["listed_only"]),
                        m["list_mark"])


def _candidates(f: Found, gazetteer: Gazetteer, rules: MentionRules) -> tuple[list[Division], bool]:
    """The divisions a found name may mention, and whether it is written in full."""
    full = [d for d in f.candidates if d.name == f.surface and d.level in rules.levels]
    if full:
        return full, True
    matched = gazetteer.rules.matched_levels
    return [d for d in f.candidates if d.level in matched and d.level in rules.levels and f.surface in d.short], False


def _within(d: Division, codes: set[str], gazetteer: Gazetteer) -> bool:
    return any(p.code in codes for p in gazetteer.chain(d.code))


def choose(candidates: list[Division], before: set[str], government: str | None, gazetteer: Gazetteer) -> Division | None:
    """The one division a name mentions: inside the place named just before, inside the government, the highest."""
    inside = ({code} for code in (*before, government) if code)
    for codes in inside:
        if len(candidates) > 1:
            candidates = [d for d in candidates if _within(d, codes, gazetteer)] or candidates
    if len(candidates) > 1:
        top = min(d.level.rank for d in candidates)
        candidates = [d for d in candidates if d.level.rank == top]
    return candidates[0] if len(candidates) == 1 else None


def _word_at(text: str, start: int, end: int, lex: Lexicon) -> tuple[bool, bool, str]:
    """Whether ``text[start:end]`` begins a word of the segmentation around it, ends one, and that word's flag."""
    a, b = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    pos, begins, ends, flag = a, False, False, ""
    for word, tagged in tag(text[a:b], lex):
        if pos == start:
            begins, flag = True, tagged
        pos += len(word)
        ends = ends or pos == end
    return begins, ends, flag


def _listed(f: Found, found: list[Found], mark: str, text: str) -> bool:
    """Whether the name stands in a list of places: another name of the gazetteer, the list mark, this one."""
    n = len(mark)
    return any((g.end + n == f.start and text[g.end:f.start] == mark)
               or (f.end + n == g.start and text[f.end:g.start] == mark) for g in found)


def _standalone(text: str, f: Found, found: list[Found], full: bool, lex: Lexicon, rules: MentionRules,
                listed: bool) -> bool:
    """The rules of places.toml [mention] that tell a place from the same characters in other words."""
    if not full and text.startswith(rules.not_before, f.end):
        return False
    if listed and not full and f.surface in rules.listed_only and not _listed(f, found, rules.list_mark, text):
        return False
    if len(f.surface) > rules.checked_length:
        return True
    begins, ends, flag = _word_at(text, f.start, f.end, lex)
    return begins and (ends or flag not in rules.phrase_flags)


def match_places(text: str, lex: Lexicon, government: str | None,
                 listed: bool = True) -> list[tuple[int, int, Division]]:
    """(start, end, division) of each place ``text`` names; ``government`` is the document's division code.
    ``listed=False`` waives the list rule of the names that are ordinary words as often (for the start of a zone's
    name, whose suffix is context enough: 中山翠亨新区)."""
    gazetteer, rules = load_gazetteer(), mention_rules()
    out: list[tuple[int, int, Division]] = []
    found = gazetteer.find_all(text)
    for f in found:
        if out and f.start < out[-1][1]:
            continue                       # inside a place already taken
        candidates, full = _candidates(f, gazetteer, rules)
        before = {out[-1][2].code} if out and out[-1][1] == f.start else set()
        chosen = choose(candidates, before, government, gazetteer) if candidates else None
        if chosen is not None and _standalone(text, f, found, full, lex, rules, listed):
            out.append((f.start, f.end, chosen))
    return out


def government_code(document: Document, keys: PlaceKeys) -> str | None:
    """The division code of the government the document speaks for (a lexicon place's, or the gazetteer's)."""
    meta = document.metadata
    return meta.division_code or keys.code_of_area.get(meta.district)


@extractor("places", assigns=tuple(mentions_of(k) for k in PLACE_KINDS))
def extract_places(document: Document, lex: Lexicon, inputs: Inputs) -> list[Mention]:
    """Mentions of the administrative divisions the body of the report names, keyed as kg.lexicon.divisions says."""
    keys = place_keys(lex)
    government = government_code(document, keys)
    return [
        Mention(*keys.key(d), s.text[a:b], s.index, span(document, s, a, b))
        for s in body(document)
        for a, b, d in match_places(s.text, lex, government)
    ]

