"""Development zones (开发区, 新区, 自由贸易试验区 and its 片区, 综合保税区 …) recognised from their names.

A zone's name is a place the gazetteer knows (kg.extractors.places: 南京, 海南) or a stem of
kg/lexicon/zones.toml (天府, 临港), then at most ``body_max`` characters that hold no function word and no
verb (江北, 天府国际空港), then a suffix. The zone lies in the place its name begins with (the last of several) or
the stem's division; the country is no such place (中国上海自由贸易试验区 is 上海自由贸易试验区, 中国特色自由贸易港
no zone). A zone the gazetteer lists as a division (浦东新区, 雄安新区, 苏州工业园区) is a place, and Xuhui's
functional areas (漕河泾开发区) stay kg/lexicon/areas.toml's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.errors import LexiconError
from kg.extractors.candidates import AreaMatches
from kg.extractors.common import CJK, body, span
from kg.extractors.places import government_code, match_places
from kg.extractors.registry import Inputs, extractor, mentions_of
from kg.lang.zh.segment import tag
from kg.lexicon import Lexicon
from kg.lexicon.divisions import PlaceKeys, place_keys
from kg.lexicon.gazetteer import Level, load_gazetteer
from kg.lexicon.shipped import read_shipped
from kg.model import Document, EntityKind, Mention


@dataclass(frozen=True)
class Suffix:
    """A zone's suffix as written (片区), its full form in the canonical name, and the words one of which must stand
    earlier in the sentence for it to end a zone's name."""

    written: str
    full: str
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class ZoneRules:
    """zones.toml, typed."""

    suffixes: tuple[Suffix, ...]
    pattern: re.Pattern[str]
    stems: dict[str, str | None]       # stem -> the division code it lies in (None: the document's government)
    body_max: int
    body_stop: frozenset[str]
    reject_flags: tuple[str, ...]
    list_marks: tuple[str, ...]

    def suffix(self, written: str) -> Suffix:
        """The suffix written so (``pattern`` matched it)."""
        return next(s for s in self.suffixes if s.written == written)


@cache
def zone_rules() -> ZoneRules:
    """The shipped rules of kg/lexicon/zones.toml (read once)."""
    data = read_shipped("zones")
    try:
        suffixes = tuple(Suffix(s["written"], s.get("full", s["written"]), tuple(s.get("after", ())))
                         for s in data["suffix"])
        forms = sorted((s.written for s in suffixes), key=lambda w: (-len(w), w))
        return ZoneRules(suffixes, re.compile("|".join(map(re.escape, forms))),
                         {s["name"]: s.get("in") for s in data["stem"]}, int(data["body_max"]),
                         frozenset(data["body_stop"]), tuple(data["reject_flags"]),
                         tuple(data["list_marks"]))
    except KeyError as exc:
        raise LexiconError("kg/lexicon/zones.toml", f"missing key {exc.args[0]!r}",
                           "add the key to the file: its comments say what each key holds") from None


@dataclass(frozen=True)
class Start:
    """Where a zone's name may begin: a place's or a stem's span, and the key name of the division it lies in."""

    start: int
    end: int
    host: str | None
    place: bool


def _starts(text: str, lex: Lexicon, government: str | None, keys: PlaceKeys, rules: ZoneRules) -> list[Start]:
    """Where a zone's name may begin: a place the text names, the document's own county by its short name, a stem."""
    out = [Start(a, b, keys.key(d)[1], True) for a, b, d in match_places(text, lex, government, listed=False)]
    out += _own_short_name(text, government, keys)
    for stem, code in rules.stems.items():
        for m in re.finditer(re.escape(stem), text):
            host = keys.key(keys.gazetteer.get(code))[1] if code else None
            out.append(Start(m.start(), m.end(), host, False))
    return out


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
    rules, keys = zone_rules(), place_keys(lex)
    starts: list[Start] | None = None
    out = []
    for m in rules.pattern.finditer(text):
        s, e = m.span()
        suffix = rules.suffix(m[0])
        if suffix.after and not any(w in text[:s] for w in suffix.after):
            continue
        if starts is None:
            starts = _starts(text, lex, government, keys, rules)
        found = _zone(text, s, starts, lex, rules)
        if found is None or any(a < e and found.start < b for a, b in taken) or _is_place(text, s, e):
            continue
        name = text[found.start:s] + suffix.full
        out.append((found.start, e, name, found.host if found.host else _government_key(government, keys)))
        if found.place and found.end == s:
            out += [(h.start, h.end, text[h.start:h.end] + suffix.full, h.host)
                    for h in _listed_before(text, found.start, starts, rules)]
    return sorted(out)


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
