"""The lexicon's places and the gazetteer's divisions as one set of entity keys.

A division of the gazetteer is keyed by its GB/T 2260 code (id:province/330000), except the places
kg/lexicon/areas.toml names (上海市, 徐汇区 …): they keep the key of their name (id:municipality/上海市,
id:district/徐汇区) that the seeds' graphs have always used, and take the code of the division they are. So a
Shanghai report that names 上海市, the seeds' 上海市 and a provincial report's 上海 are one node.
A lexicon place is the gazetteer's division of the same full name and level whose chain holds the place's own
parent (徐汇区 of 上海市, not another 徐汇区); one the gazetteer lacks keeps no code.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.lexicon import Lexicon
from kg.lexicon.gazetteer import Division, Gazetteer, Level, load_gazetteer
from kg.model import EntityKind, place_kind

_LEVEL_OF_KIND = {"municipality": Level.PROVINCE, "district": Level.COUNTY}
_KIND_OF_LEVEL = {level: kind for kind, level in _LEVEL_OF_KIND.items()}


@dataclass(frozen=True)
class PlaceKeys:
    """Entity keys of divisions, and divisions of entity keys, for one lexicon."""

    gazetteer: Gazetteer
    code_of_area: dict[str, str]          # lexicon place name -> division code
    area_of_code: dict[str, str]          # division code -> lexicon place name

    def key(self, division: Division) -> tuple[EntityKind, str]:
        """The entity key of a division: the lexicon's place when it is one, else (kind, code)."""
        name = self.area_of_code.get(division.code)
        if name is not None:
            return place_kind(_KIND_OF_LEVEL[division.level]), name
        return place_kind(division.kind), division.code

    def division(self, name: str) -> Division | None:
        """The division an entity key's name stands for: a code, or a lexicon place's name (None: neither)."""
        code = name if name.isdigit() else self.code_of_area.get(name)
        return self.gazetteer.get(code) if code else None


def _code(name: str, level: Level, parent_code: str | None, gazetteer: Gazetteer) -> str | None:
    found = [d for d in gazetteer.named(name) if d.name == name and d.level is level
             and (parent_code is None or any(p.code == parent_code for p in gazetteer.chain(d.code)[1:]))]
    return found[0].code if len(found) == 1 else None


@cache
def place_keys(lex: Lexicon) -> PlaceKeys:
    """The keys for ``lex`` and the shipped gazetteer (computed once per lexicon)."""
    gazetteer = load_gazetteer()
    codes: dict[str, str] = {}
    areas = lex.governments()
    for area in sorted(areas, key=lambda a: a.kind != "municipality"):      # municipalities first: parents
        parent = codes.get(area.parent) if area.parent else None
        if area.parent and parent is None:
            continue
        code = _code(area.name, _LEVEL_OF_KIND[area.kind], parent, gazetteer)
        if code is not None:
            codes[area.name] = code
    return PlaceKeys(gazetteer, codes, {code: name for name, code in codes.items()})
