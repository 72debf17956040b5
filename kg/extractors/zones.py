"""Development zones (开发区, 新区, 自由贸易试验区 and its 片区, 综合保税区 …) recognised from their names.

The rules are the lexicon's (kg/lexicon/zones.toml and a user's [[zones.*]] tables). A zone's name is a place the
gazetteer knows (kg.extractors.places: 南京, 海南), a county's short name right before the suffix (新郑综保区), a
stem (天府, 临港) or a run of joint forms (川渝, 长三角), then at most ``body_max`` characters that hold no function
word and no verb (江北, 天府国际空港), then a suffix. The zone lies in the division its name states: the place it
begins with (the last of several), the county, the stem's division, or for a joint zone the lowest division that
holds all its parts (the country for 川渝高竹新区); the reporting government only when a stem or named zone gives
none. The country is no such place (中国上海自由贸易试验区 is 上海自由贸易试验区, 中国特色自由贸易港 no zone). A zone
the gazetteer lists as a division (浦东新区, 雄安新区, 苏州工业园区) is a place, and Xuhui's functional areas
(漕河泾开发区) stay kg/lexicon/areas.toml's. Zones a user's lexicon names ([[zones.zone]]) are found by their names
and aliases, in the division it gives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extractors.candidates import AreaMatches
from kg.extractors.common import CJK, body, span
from kg.extractors.places import government_code, match_places
from kg.extractors.registry import Inputs, extractor, mentions_of
from kg.lang.zh.segment import tag
from kg.lexicon import Lexicon
from kg.lexicon.divisions import PlaceKeys, place_keys
from kg.lexicon.gazetteer import Division, Gazetteer, Level, load_gazetteer
from kg.model import Document, EntityKind, Mention
from kg.lang.zh.wordset import longest_first

_COUNTY_SHORT_MAX = 4      # characters of a county's short name (绥芬河, 阿拉山口)


@dataclass(frozen=True)
class Suffix:
    """A zone's suffix as written (片区), its full form in the canonical name, and the words one of which must stand
    earlier in the sentence for it to end a zone's name."""

    written: str
    full: str
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class ZoneRules:
    """The lexicon's zones.toml (with the user's additions), compiled."""

    suffixes: dict[str, Suffix]
    pattern: re.Pattern[str]
    stems: dict[str, str | None]       # stem -> the division code it lies in (None: the document's government)
    joints: dict[str, tuple[str, ...]]  # a short form -> the codes of the divisions it stands for
    named: dict[str, tuple[str, str | None]]   # a named zone's name or alias -> (its name, its division's code)
    named_pattern: re.Pattern[str] | None
    body_max: int
    body_stop: frozenset[str]
    reject_flags: tuple[str, ...]
    list_marks: tuple[str, ...]
    local: frozenset[str] = frozenset()      # names valid only in reports of the zone's own province


def _alternation(forms) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(f) for f in sorted(set(forms), key=lambda w: (-len(w), w))))


@cache
def zone_rules(lex: Lexicon) -> ZoneRules:
    """The zone rules of ``lex`` (kg/lexicon/zones.toml and a user's [[zones.*]] tables), compiled once."""
    data = lex.zones
    suffixes = {s.written: Suffix(s.written, s.full or s.written, s.after) for s in data.suffix}
    named = {form: (z.name, z.division) for z in data.zone for form in (z.name, *z.aliases, *z.local_aliases)}
    return ZoneRules(suffixes, _alternation(suffixes), {s.name: s.division for s in data.stem},
                     {j.written: j.divisions for j in data.joint}, named, _alternation(named) if named else None,
                     data.body_max, frozenset(data.body_stop), data.reject_flags, data.list_marks,
                     frozenset(a for z in data.zone for a in z.local_aliases))


@dataclass(frozen=True)
class Start:
    """Where a zone's name may begin: a place's or a stem's span, and the key name of the division it lies in."""

    start: int
    end: int
    host: str | None
    place: bool


def _starts(text: str, lex: Lexicon, government: str | None, keys: PlaceKeys, rules: ZoneRules,
            suffixes: list[int]) -> list[Start]:
    """Where a zone's name may begin: a place the text names, the document's own county by its short name, a stem,
    a county by its short name right before a suffix (at ``suffixes``) where nothing else ends, a run of joint
    forms."""
    out = [Start(a, b, keys.key(d)[1], True) for a, b, d in match_places(text, lex, government, listed=False)]
    out += _own_short_name(text, government, keys)
    for stem, code in rules.stems.items():
        for m in re.finditer(re.escape(stem), text):
            host = keys.key(keys.gazetteer.get(code))[1] if code else None
            out.append(Start(m.start(), m.end(), host, False))
    for s in suffixes:
        if not any(h.end == s for h in out):
            out += _county_before(text, s, government, out, keys)
    return out + _joints(text, out, keys, rules)


def _county_before(text: str, s: int, government: str | None, starts: list[Start], keys: PlaceKeys) -> list[Start]:
    """A county named by its short name right before the suffix at ``s`` (新郑综保区, 绥芬河片区, 中牟新区), which
    places leave out of running text: a zone's suffix is context enough. The county must lie in the place written
    right before it (宜宾三江新区 is no 三江县's), else in the document's government (a county's: in its city),
    else (the country's report) be the only county of that short name."""
    gazetteer = keys.gazetteer
    for n in range(min(_COUNTY_SHORT_MAX, s), 1, -1):
        short = text[s - n:s]
        candidates = [d for d in gazetteer.named(short) if d.level is Level.COUNTY and short in d.short]
        if not candidates:
            continue
        before = [keys.division(h.host) for h in starts if h.place and h.end == s - n and h.host]
        within = before[0] if before else _scope(gazetteer, government)
        if within is not None:
            candidates = [d for d in candidates if any(p.code == within.code for p in gazetteer.chain(d.code))]
        return [Start(s - n, s, keys.key(candidates[0])[1], True)] if len(candidates) == 1 else []
    return []


def _scope(gazetteer: Gazetteer, government: str | None) -> Division | None:
    """The division a county named short in the document must lie in: the government's, a county's city, none for
    the country's report."""
    own = gazetteer.get(government) if government else None
    if own is not None and own.level is Level.COUNTY and own.parent:
        return gazetteer.get(own.parent)
    return own if own is not None and own.level is not Level.COUNTRY else None


def _joints(text: str, places: list[Start], keys: PlaceKeys, rules: ZoneRules) -> list[Start]:
    """Runs of joint forms (川渝, 京津冀, 长三角) that stand for two divisions or more and overlap no place (辽宁),
    each lying in the lowest division that holds them all (the country, for two provinces)."""
    forms = longest_first(rules.joints)
    out, i = [], 0
    while i < len(text):
        j, codes = i, []
        while (form := next((f for f in forms if text.startswith(f, j)), None)) is not None:
            codes += rules.joints[form]
            j += len(form)
        if len(set(codes)) > 1 and not any(h.start < j and i < h.end for h in places):
            out.append(Start(i, j, keys.key(_lowest_common(codes, keys.gazetteer))[1], True))
        i = max(j, i + 1)
    return out


def _lowest_common(codes: list[str], gazetteer: Gazetteer) -> Division:
    """The lowest division whose chain holds every one of ``codes`` (the country at worst)."""
    chains = [gazetteer.chain(c) for c in codes]
    shared = set.intersection(*({d.code for d in chain} for chain in chains))
    return next(d for d in chains[0] if d.code in shared)


def _own_short_name(text: str, government: str | None, keys: PlaceKeys) -> list[Start]:
    """The document's own county named short (陇西经济开发区 in 陇西县's report, 义乌综合保税区 in 义乌市's), which
    places leave out: they match the short names of provinces and cities only."""
    own = keys.gazetteer.get(government) if government else None
    if own is None or own.level in keys.gazetteer.rules.matched_levels:
        return []
    host = keys.key(own)[1]
    return [Start(m.start(), m.end(), host, True) for short in own.short for m in re.finditer(re.escape(short), text)]


def _clean(gap: str, lex: Lexicon, rules: ZoneRules) -> bool:
    """Whether the characters between a place and a suffix can be the zone's own name."""
    if len(gap) > rules.body_max or any(c in rules.body_stop or not (CJK.match(c) or c.isalnum()) for c in gap):
        return False
    return not gap or not any(flag.startswith(rules.reject_flags) for _, flag in tag(gap, lex))


def _is_place(text: str, start: int, end: int) -> bool:
    """Whether the gazetteer lists the name ending at ``end`` as a division (浦东新区, 雄安新区)."""
    a = max(0, start - 8)
    return any(a + f.end == end and a + f.start < start
               and any(d.name == f.surface and d.level is not Level.COUNTRY for d in f.candidates)
               for f in load_gazetteer().find(text[a:end]))


def match_zones(text: str, lex: Lexicon, government: str | None,
                taken: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, str | None]]:
    """(start, end, canonical name, host key name) of each zone named in ``text``; ``taken`` spans are skipped."""
    rules, keys = zone_rules(lex), place_keys(lex)
    out = _named(text, rules, keys, government, taken)
    taken = [*taken, *((a, b) for a, b, _, _ in out)]
    found_suffixes = [m for m in rules.pattern.finditer(text) if _after(text, m, rules)]
    starts = _starts(text, lex, government, keys, rules, [m.start() for m in found_suffixes]) if found_suffixes else []
    for m in found_suffixes:
        s, e = m.span()
        suffix = rules.suffixes[m[0]]
        found = _zone(text, s, starts, lex, rules)
        if found is None or any(a < e and found.start < b for a, b in taken) or _is_place(text, s, e):
            continue
        name = text[found.start:s] + suffix.full
        out.append((found.start, e, name, found.host if found.host else _government_key(government, keys)))
        if found.place and found.end == s:
            out += [(h.start, h.end, text[h.start:h.end] + suffix.full, h.host)
                    for h in _listed_before(text, found.start, starts, rules)]
    return sorted(out)


def _after(text: str, m: re.Match[str], rules: ZoneRules) -> bool:
    """Whether the suffix ``m`` may end a zone's name here: one of the words it must follow stands before it."""
    after = rules.suffixes[m[0]].after
    return not after or any(w in text[:m.start()] for w in after)


def _named(text: str, rules: ZoneRules, keys: PlaceKeys, government: str | None,
           taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str | None]]:
    """The zones the lexicon names ([[zones.zone]]) by their names and aliases, in the division it gives."""
    if rules.named_pattern is None:
        return []
    out = []
    for m in rules.named_pattern.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            name, code = rules.named[m[0]]
            if m[0] in rules.local and not _same_province(code, government):
                continue
            host = keys.key(keys.gazetteer.get(code))[1] if code else _government_key(government, keys)
            out.append((m.start(), m.end(), name, host))
    return out


def _listed_before(text: str, start: int, starts: list[Start], rules: ZoneRules) -> list[Start]:
    """The places listed right before the place at ``start`` (广东、天津、|福建|自由贸易试验区)."""
    items = []
    while (prev := next((h for h in starts if h.place and h.end < start and text[h.end:start] in rules.list_marks),
                        None)) is not None:
        items.append(prev)
        start = prev.start
    return items


def _zone(text: str, s: int, starts: list[Start], lex: Lexicon, rules: ZoneRules) -> Start | None:
    """The start of the zone whose suffix begins at ``s``: the nearest place with a clean gap, else a stem's;
    places right before it join the name (广东深圳…)."""
    fits = [h for h in starts if h.end <= s and _clean(text[h.end:s], lex, rules)]
    places = [h for h in fits if h.place]
    best = max(places or fits, key=lambda h: h.end, default=None)
    if best is None:
        return None
    first = best.start
    while any(h.place and h.end == first for h in starts):
        first = next(h.start for h in starts if h.place and h.end == first)
    return Start(first, best.end, best.host, best.place)


def _same_province(code: str | None, government: str | None) -> bool:
    """Whether two GB/T 2260 codes lie in one province (their first two digits agree)."""
    return bool(code and government and code[:2] == government[:2])


def _government_key(government: str | None, keys: PlaceKeys) -> str | None:
    division = keys.gazetteer.get(government) if government else None
    return keys.key(division)[1] if division else None


@extractor("zones", assigns=(mentions_of(EntityKind.DEVELOPMENT_ZONE),), requires=(AreaMatches.fact,))
def extract_zones(document: Document, lex: Lexicon, inputs: Inputs) -> list[Mention]:
    """Mentions of development zones; a mention's ``broader`` is the key name of the division the zone lies in."""
    keys = place_keys(lex)
    government = government_code(document, keys)
    areas = inputs.get(AreaMatches)
    out = []
    for s in body(document):
        taken = [(a.start, a.end) for a in areas.of(s.index)]
        for a, b, name, host in match_zones(s.text, lex, government, taken):
            if host is not None:
                out.append(Mention(EntityKind.DEVELOPMENT_ZONE, name, s.text[a:b], s.index, span(document, s, a, b),
                                   broader=host))
    return out
