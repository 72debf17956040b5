"""The government and year a build is given for the texts that do not state theirs.

What a text states wins: its delivery line, speaker, 我代表… or title name its government, its delivery date,
title, headings or anniversaries its year (kg.read.metadata, kg.read.government). The government given fills
only what the text lacks, and beats a guess (the division a text merely names most often); a text that states
another government or year keeps its own, and the build warns (kg.errors.FallbackOverridden).

A name given is read as a text's place is: first the lexicon's places (kg/lexicon/areas.toml: 徐汇区,
上海市徐汇区), else a division of the gazetteer by its full or short names, written after the divisions above it
when its own name repeats (杭州市西湖区, 杭州西湖区; 西湖区 alone names two). A name the gazetteer lacks (a new or
renamed county) is still a government: its kind and level come from its suffix (县, 区, 市, 旗 …: the rules of
kg/lexicon/places.toml), and the divisions written before it are its parents (浙江省杭州市某某区 lies in 杭州市,
up to 中华人民共和国).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import BadFallback
from kg.lexicon import Lexicon
from kg.lexicon.gazetteer import Division, Gazetteer, Level, kind_of, load_gazetteer
from kg.lexicon.lookup import Link, parse, with_parent
from kg.model import YEARS


@dataclass(frozen=True)
class Government:
    """The government a document speaks for, as Metadata holds it: a place of the lexicon (``kind`` None), a
    division of the gazetteer (``code``), or a division the gazetteer lacks (no code; ``parent`` the code of the
    division it lies in, if named)."""

    name: str
    code: str | None = None
    level: str | None = None
    kind: str | None = None
    parent: str | None = None

    @classmethod
    def of(cls, division: Division, **more: str) -> Government:
        """The government of a division of the gazetteer (``more``: a GivenGovernment's ``written``)."""
        return cls(division.name, division.code, division.level.value, division.kind, **more)


@dataclass(frozen=True, kw_only=True)
class GivenGovernment(Government):
    """A government given by name, with the name as ``written``."""

    written: str

    def same_as(self, district: str, code: str | None) -> bool:
        """Whether a document's government (its Metadata.district and division_code) is this one."""
        return (code, district) == (self.code, self.name) if self.code else (code is None and district == self.name)


@dataclass(frozen=True)
class Fallback:
    """What a build is given for texts that do not say it: a government, a year, or neither."""

    government: GivenGovernment | None = None
    year: int | None = None

    def key(self) -> str:
        """A deterministic text of the fallback, for the build cache's version."""
        return repr((self.government, self.year))


NONE = Fallback()


def fallback(government: str | None = None, year: int | None = None, lex: Lexicon | None = None,
             gazetteer: Gazetteer | None = None) -> Fallback:
    """The Fallback of a government's name and a year, each optional; raises BadFallback when either is unusable."""
    if year is not None and not YEARS[0] <= year <= YEARS[1]:
        raise BadFallback(str(year), f"is not a year a work report plans for ({YEARS[0]}–{YEARS[1]})",
                          "give the year the report plans for, e.g. 2024")
    if government is None:
        return Fallback(None, year)
    if lex is None:
        from kg.lexicon import load

        lex = load()
    return Fallback(resolve_government(government, lex, gazetteer or load_gazetteer()), year)


def resolve_government(written: str, lex: Lexicon, gazetteer: Gazetteer) -> GivenGovernment:
    """The government a name given names (see the module's docstring); raises BadFallback naming the problem."""
    name = re.sub(r"\s+", "", written)
    if not name:
        raise BadFallback(repr(written), "is no name", "give the government's full name, its province or city first")
    if name in lex.documents.government.national:
        return GivenGovernment.of(gazetteer.get(gazetteer.rules.country.code), written=written)
    place = _lexicon_place(name, lex)
    if place:
        return GivenGovernment(place, written=written)
    chain, tail = parse(name, gazetteer)
    if not tail:
        return _division(written, chain[-1], gazetteer)
    parent = _division(written, chain[-1], gazetteer) if chain else None
    return _unlisted(written, tail, parent, gazetteer)


def _lexicon_place(name: str, lex: Lexicon) -> str | None:
    """The lexicon's administrative area ``name`` names: its name or other names, after its city's if any."""
    areas = {a.name: a for a in lex.governments()}
    for area in areas.values():
        parent = areas.get(area.parent) if area.parent else None
        before = ("",) + ((parent.name, *parent.aliases) if parent else ())
        if any(name == b + form for b in before for form in (area.name, *area.aliases)):
            return area.name
    return None


def _division(written: str, link: Link, gazetteer: Gazetteer) -> GivenGovernment:
    found, candidates = link
    if len(candidates) > 1:
        names = [with_parent(d, gazetteer) for d in candidates]
        raise BadFallback(written, f"{found.surface} names {len(candidates)} divisions: {', '.join(names)}",
                          f"write the division above it first, e.g. {names[0]}")
    return GivenGovernment.of(candidates[0], written=written)


def _unlisted(written: str, name: str, parent: GivenGovernment | None, gazetteer: Gazetteer) -> GivenGovernment:
    """A division the gazetteer lacks: its level one below its parent's (or the one its suffix allows), its kind
    from its suffix."""
    rules = gazetteer.rules
    levels = _levels(name, gazetteer)
    if parent is not None:
        below = Level(parent.level).below
        if below is None:
            raise BadFallback(written, f"{name} lies below {parent.name}, a county-level division",
                              "govkg reads governments down to county level: give the county's name")
        if below is Level.PREFECTURE and parent.code[:2] in rules.municipalities:
            below = Level.COUNTY               # a municipality's districts and counties are county-level
        allowed = [lv for lv in levels if lv.rank >= below.rank]
        levels = [below] if below in allowed else allowed[:1]
    if not levels:
        where = f" below {parent.name}" if parent else ""
        suffixes = ", ".join(sorted({s for _, s in rules.kinds}, key=lambda s: (len(s), s)))
        near = _near(name, gazetteer)
        hint = f" (the gazetteer has {', '.join(near)})" if near else ""
        raise BadFallback(written, f"{name} is no division{where} in the gazetteer, and its name ends in no suffix "
                          f"of a division ({suffixes})", f"check the name{hint}, or write the divisions above it first")
    if len(levels) > 1:
        raise BadFallback(written, f"{name} is not in the gazetteer, and its suffix fits several levels "
                          f"({', '.join(lv.value for lv in levels)})",
                          "write the divisions above it first (its province, and its city if it has one)")
    level = levels[0]
    return GivenGovernment(name, None, level.value, kind_of(name, level, rules), parent.code if parent else None,
                           written=written)


def _near(name: str, gazetteer: Gazetteer) -> list[str]:
    """The divisions the longest beginning of ``name`` names (陇西线: 陇西县), each after its parent: what a typo or
    a name written under the wrong province may have meant."""
    for end in range(len(name), 1, -1):
        named = gazetteer.named(name[:end])
        if named:
            return [with_parent(d, gazetteer) for d in named]
    return []


def _levels(name: str, gazetteer: Gazetteer) -> list[Level]:
    """The levels at which a rule of kg/lexicon/places.toml gives ``name``'s suffix a kind (a stem must remain)."""
    rules = gazetteer.rules
    out = {lv for (lv, suffix) in rules.kinds if name.endswith(suffix) and len(name) > len(suffix)}
    return sorted(out, key=lambda lv: lv.rank)

