"""The schema of zones.toml (the rules by which kg.extractors.zones recognises development zones), and the check
that resolves every row's division to a code of the gazetteer.

A user's lexicon extends these tables as any other ([[zones.suffix]], [[zones.stem]], [[zones.zone]],
[[zones.joint]]); a division is given as a GB/T 2260 code or as a name the way --government takes one
(陇西县, 定西市陇西县), and a row whose division is unknown or names several is a LexiconError naming the file
and the row.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from kg.errors import LexiconError
from kg.lexicon.gazetteer import Division, Gazetteer, load_gazetteer
from kg.lexicon.lookup import named_divisions, with_parent

Words = tuple[str, ...]
Rows = dict[str, Sequence[tuple[str, int]]]      # table -> the file and row (from 1) of each merged row


@dataclass(frozen=True)
class SuffixRow:
    written: str
    full: str = ""                  # the form in the zone's canonical name ("": as written)
    after: Words = ()               # words one of which must stand earlier in the sentence


@dataclass(frozen=True)
class StemRow:
    name: str
    division: str | None = None     # a code or a name; None: the document's government


@dataclass(frozen=True)
class JointRow:
    written: str                    # a short form that stands for one or more divisions (川, 渝, 长三角)
    divisions: Words


@dataclass(frozen=True)
class ZoneRow:
    name: str
    division: str | None = None
    aliases: Words = ()
    local_aliases: Words = ()       # short names that name the zone only in reports of its own province (河套)


@dataclass(frozen=True)
class ZonesFile:
    body_max: int
    body_stop: str
    reject_flags: Words
    list_marks: Words
    suffix: tuple[SuffixRow, ...]
    stem: tuple[StemRow, ...] = ()
    joint: tuple[JointRow, ...] = ()
    zone: tuple[ZoneRow, ...] = ()


def resolve_zones(zones: ZonesFile, file: str, rows: Rows) -> ZonesFile:
    """``zones`` with every row's division a code of the gazetteer; an empty name or a division the gazetteer
    lacks or names several times is a LexiconError naming the row (``rows``: its file and number, else ``file``)."""
    gazetteer = load_gazetteer()

    def where(table: str, i: int) -> str:
        found = rows.get(table, ())
        return f"{found[i][0]}, [[zones.{table}]] row {found[i][1]}" if i < len(found) else file

    for i, s in enumerate(zones.suffix):
        if not s.written:
            raise LexiconError(where("suffix", i), "the suffix's 'written' is empty", "write the suffix as the texts do")
    stems = tuple(replace(s, division=_code(s.division, s.name, where("stem", i), gazetteer))
                  for i, s in enumerate(zones.stem))
    named = tuple(replace(z, division=_code(z.division, z.name, where("zone", i), gazetteer))
                  for i, z in enumerate(zones.zone))
    joints = tuple(_joint(j, where("joint", i), gazetteer) for i, j in enumerate(zones.joint))
    return replace(zones, stem=stems, zone=named, joint=joints)


def _joint(row: JointRow, where: str, gazetteer: Gazetteer) -> JointRow:
    if not row.divisions:
        raise LexiconError(where, f"the joint form {row.written!r} names no division",
                           "list the divisions it stands for, e.g. divisions = ['510000']")
    return replace(row, divisions=tuple(_code(d, row.written, where, gazetteer) for d in row.divisions))


def _code(given: str | None, name: str, where: str, gazetteer: Gazetteer) -> str | None:
    """The code of the one division ``given`` names (a code or a name), else a LexiconError naming ``where``."""
    if not name:
        raise LexiconError(where, "the name is empty", "write the zone's or the stem's name")
    if given is None:
        return None
    found: tuple[Division, ...] = ((gazetteer.get(given),) if gazetteer.get(given) else ()) if given.isdigit() \
        else named_divisions(given, gazetteer)
    if len(found) == 1:
        return found[0].code
    if found:
        names = [with_parent(d, gazetteer) for d in found]
        raise LexiconError(where, f"{name!r} has division {given!r}, which names {len(found)} divisions: "
                           f"{', '.join(names)}", f"write the division above it first, e.g. division = {names[0]!r}")
    raise LexiconError(where, f"{name!r} has division {given!r}, which is no division of the gazetteer",
                       "give a GB/T 2260 code or the division's full name, after its parent's if the name repeats")
