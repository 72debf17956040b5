"""Read lexicon sources (the TOML files shipped beside this module) into a checked, typed Lexicon.

A source is one file's tables, each under the name of the lexicon file it belongs to (``areas``,
``hedges``, …: see :data:`kg.lexicon.sections.FILES`). The shipped files are one source each. Several
sources may give the same file's tables: their tables merge, lists are joined and a later scalar
wins, so that a user's file can one day extend the shipped vocabularies.
"""
from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import LexiconError
from kg.lexicon.gazetteer import load_gazetteer
from kg.lexicon.lookup import named_divisions, with_parent
from kg.lexicon.schema import check_keys, typed
from kg.lexicon.shipped import read_shipped
from kg.lexicon.sections import FILES, Area, AreasFile, Industry, Unit, UnitsFile
from kg.lexicon.types import Lexicon
from kg.lexicon.zones import resolve_zones


@dataclass(frozen=True)
class Source:
    """Lexicon tables from one place: ``name`` (a file's path, shown in errors) and file stem -> table."""

    name: str
    tables: dict[str, dict[str, Any]]


USER_FILE = "govkg.toml"        # a user lexicon found beside the inputs of a build


def shipped() -> list[Source]:
    """One source per TOML file shipped in kg/lexicon/."""
    return [Source(f"kg/lexicon/{stem}.toml", {stem: read_shipped(stem)}) for stem in sorted(FILES)]


def user_source(path: Path) -> Source:
    """A user's lexicon file: TOML whose tables are named by the lexicon files they extend (``[[areas.district]]``,
    ``[[areas.functional_area]]``, ``[[industries.industry]]``, ``[[metrics.metric]]``, ``[projects]`` …)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(str(path), f"cannot be read: {exc.strerror or exc}",
                           "check the path of the lexicon file and that it may be read") from None
    except UnicodeDecodeError:
        raise LexiconError(str(path), "is not UTF-8 text", "save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(str(path), f"is not valid TOML: {exc}",
                           "correct the line it names (TOML: https://toml.io; a list of tables is [[file.table]])") from None
    for stem, table in data.items():
        if not isinstance(table, dict):
            raise LexiconError(str(path), f"{stem!r} is not a table",
                               f"name a lexicon file's tables, e.g. [[metrics.metric]]; the files: {', '.join(sorted(FILES))}")
    return Source(str(path), data)


def with_user(paths: Sequence[Path]) -> Lexicon:
    """The shipped lexicon with the user's lexicon files merged over it, in order (a later scalar wins); a file
    named twice (a govkg.toml beside the inputs, also given by name) is merged once, where it is first named."""
    once = {p.resolve(): p for p in paths}
    return from_sources([*shipped(), *(user_source(p) for p in once.values())])


def from_sources(sources: Sequence[Source]) -> Lexicon:
    """The Lexicon the sources make; every key is checked against the schema (kg.lexicon.sections)."""
    merged: dict[str, dict[str, Any]] = {}
    named: dict[str, list[str]] = {}
    for source in sources:
        for stem, table in source.tables.items():
            if stem not in FILES:
                raise LexiconError(source.name, f"unknown lexicon file {stem!r}",
                                   f"the lexicon files are: {', '.join(sorted(FILES))}")
            check_keys(FILES[stem], table, source.name)
            merged[stem] = _merge(merged.get(stem, {}), table)
            named.setdefault(stem, []).append(source.name)
    missing = sorted(set(FILES) - set(merged))
    if missing:
        raise LexiconError(", ".join(s.name for s in sources) or "the lexicon", f"no {missing[0]}.toml tables")
    part = {stem: typed(FILES[stem], merged[stem], " + ".join(named[stem])) for stem in FILES}
    industries = part["industries"].industry + part["industries_cn"].industry
    check_industries(industries, " + ".join(named["industries"] + named["industries_cn"]))
    hosts = check_areas(part["areas"], " + ".join(named["areas"]), _rows(sources, "areas", "functional_area"))
    part["zones"] = resolve_zones(part["zones"], " + ".join(named["zones"]),
                                  {t: _rows(sources, "zones", t) for t in ("suffix", "stem", "joint", "zone")})
    return _lexicon(part, industries, part["industries"].not_mentions + part["industries_cn"].not_mentions, hosts)


def _rows(sources: Sequence[Source], stem: str, table: str) -> list[tuple[str, int]]:
    """The source and row (from 1) of each row of a list of tables, in the order the merge joins them."""
    out = []
    for source in sources:
        rows = source.tables.get(stem, {}).get(table, [])
        out += [(source.name, i + 1) for i in range(len(rows) if isinstance(rows, list) else 1)]
    return out


def _merge(into: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(into)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + value
        else:
            out[key] = value
    return out


def check_industries(industries: Sequence[Industry], file: str) -> None:
    """Each industry named once, each name or alias naming one industry, each ``broader`` an industry of
    the list, and no industry its own broader (the hierarchy is a tree): else a LexiconError naming ``file``."""
    by_name: dict[str, Industry] = {}
    owner: dict[str, str] = {}
    for ind in industries:
        if ind.name in by_name:
            raise LexiconError(file, f"the industry {ind.name!r} is defined twice", "merge the two entries")
        by_name[ind.name] = ind
        for form in dict.fromkeys((ind.name, *ind.aliases)):
            if owner.setdefault(form, ind.name) != ind.name:
                raise LexiconError(file, f"{form!r} names both {owner[form]!r} and {ind.name!r}",
                                   "keep the form in one industry's aliases")
    for ind in industries:
        seen = [ind.name]
        broader = ind.broader
        while broader is not None:
            if broader not in by_name:
                raise LexiconError(file, f"the industry {seen[-1]!r} has broader {broader!r}, which is no industry",
                                   "add that industry or correct the name")
            if broader in seen:
                raise LexiconError(file, f"the industries {' > '.join(seen + [broader])} make a cycle")
            seen.append(broader)
            broader = by_name[broader].broader


def check_areas(areas: AreasFile, file: str, rows: Sequence[tuple[str, int]] = ()) -> dict[str, str]:
    """Each district in a municipality of the lexicon, each functional area in a district of it or in a division
    of the gazetteer (its full name, or its name after its parent's: 定西市陇西县): else a LexiconError naming the
    file (``rows``: the file and row of each functional area, else ``file``). Returns each functional area's
    host: the lexicon district's name, or the division's code."""
    municipalities = {m.name for m in areas.municipality}
    districts = {d.name for d in areas.district}
    for d in areas.district:
        if d.municipality not in municipalities:
            raise LexiconError(file, f"the district {d.name!r} has municipality {d.municipality!r}, which is no "
                               "municipality of the lexicon", "add that [[municipality]] or correct the name")
    hosts = {}
    for i, f in enumerate(areas.functional_area):
        where = f"{rows[i][0]}, [[areas.functional_area]] row {rows[i][1]}" if i < len(rows) else file
        hosts[f.name] = f.district if f.district in districts else _division_code(f.name, f.district, where)
    return hosts


def _division_code(area: str, name: str, where: str) -> str:
    """The code of the one division of the gazetteer ``name`` names, else a LexiconError naming ``where``."""
    gazetteer = load_gazetteer()
    found = named_divisions(name, gazetteer)
    if len(found) == 1:
        return found[0].code
    if found:
        names = [with_parent(d, gazetteer) for d in found]
        raise LexiconError(where, f"the functional area {area!r} has district {name!r}, which names "
                           f"{len(found)} divisions: {', '.join(names)}", f"write the division above it first, "
                           f"e.g. district = {names[0]!r}")
    raise LexiconError(where, f"the functional area {area!r} has district {name!r}, which is no division of the "
                       "gazetteer nor district of the lexicon", "give the division's full name, after its parent's if "
                       "the name repeats (its city's, or its province's), or add that [[areas.district]]")


def _lexicon(part: dict[str, Any], industries: tuple[Industry, ...], not_industries: tuple[str, ...],
             hosts: dict[str, str]) -> Lexicon:
    units: UnitsFile = part["units"]
    return Lexicon(
        areas=_areas(part["areas"], hosts),
        industries=industries,
        not_industries=frozenset(not_industries),
        units=tuple(Unit(w, u.normalized, u.factor, u.scalable) for u in units.unit for w in u.written),
        multipliers=dict(units.multipliers),
        metrics=part["metrics"].metric,
        generic_classifiers=frozenset(units.generic_classifiers),
        bracketed_classifiers=units.bracketed,
        weak_aliases=part["areas"].weak_alias,
        hedges=part["hedges"],
        documents=part["documents"],
        projects=part["projects"],
        grammar=part["grammar"],
        relations=part["relations"],
        indicators=part["metrics"],
        promises=part["promises"],
        zones=part["zones"],
        priced_units=units.priced,
    )


def _areas(data: AreasFile, hosts: dict[str, str]) -> tuple[Area, ...]:
    out = [Area(m.name, "municipality", None, m.aliases) for m in data.municipality]
    out += [Area(d.name, "district", d.municipality, (d.short,)) for d in data.district]
    out += [Area(f.name, "functional_area", hosts[f.name], f.aliases, f.weak_aliases) for f in data.functional_area]
    return tuple(out)


@cache
def load() -> Lexicon:
    """Load every vocabulary shipped with govkg (cached: the files are read once)."""
    return from_sources(shipped())

