"""Domain vocabularies, loaded once from the TOML files beside this module."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Area:
    name: str
    kind: str                       # municipality | district | functional_area
    parent: str | None
    aliases: tuple[str, ...] = ()
    weak_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Industry:
    name: str
    broader: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Unit:
    written: str                    # base unit as written, without multiplier
    normalized: str                 # CURIE
    factor: Decimal
    scalable: bool


@dataclass(frozen=True)
class Metric:
    name: str
    aliases: tuple[str, ...]
    rate_of: str | None = None


@dataclass(frozen=True, eq=False)
class Lexicon:
    """All vocabularies a build needs, passed explicitly to the extractors."""

    areas: tuple[Area, ...]
    industries: tuple[Industry, ...]
    units: tuple[Unit, ...]
    multipliers: dict[str, Decimal]
    metrics: tuple[Metric, ...]
    generic_classifiers: frozenset[str]
    hedges: dict
    documents: dict
    projects: dict
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def area(self, name: str) -> Area:
        return self._memo("areas", lambda: {a.name: a for a in self.areas})[name]

    def unit(self, written: str) -> Unit | None:
        return self._memo("units", lambda: {u.written: u for u in self.units}).get(written)

    def comparable_unit(self, written: str) -> str:
        """What a unit counts, for comparing values: the normalised unit, or for counts the classifier
        (项 and 方面 count different things; 个 and 所 alike)."""
        known = self._memo("comparable", dict)
        if written not in known:
            known[written] = self._comparable(written)
        return known[written]

    def _comparable(self, written: str) -> str:
        base = written.lstrip("".join(self.multipliers))
        unit = self.unit(base)
        if unit is None or unit.normalized != "unit:NUM":
            return unit.normalized if unit else written
        return "count" if base in self.generic_classifiers else base

    def unit_forms(self) -> list[str]:
        """Base unit spellings, longest first, for a regular-expression alternation."""
        return sorted({u.written for u in self.units}, key=lambda s: (-len(s), s))

    def metric_aliases(self) -> dict[str, str]:
        """Every metric name and alias (whitespace-free) -> canonical name."""
        def build() -> dict[str, str]:
            out: dict[str, str] = {}
            for m in self.metrics:
                for form in (m.name, *m.aliases):
                    out[re.sub(r"\s+", "", form)] = m.name
            return out
        return self._memo("metric_aliases", build)

    def industry_forms(self) -> dict[str, Industry]:
        def build() -> dict[str, Industry]:
            out: dict[str, Industry] = {}
            for ind in self.industries:
                for form in (ind.name, *ind.aliases):
                    out[form] = ind
            return out
        return self._memo("industry_forms", build)

    def _memo(self, key: str, build):
        if key not in self._index:
            self._index[key] = build()
        return self._index[key]



def _read(name: str) -> dict:
    with resources.files(__name__).joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


def _areas(data: dict) -> tuple[Area, ...]:
    out = [Area(m["name"], "municipality", None, tuple(m.get("aliases", ()))) for m in data["municipality"]]
    out += [Area(d["name"], "district", d["municipality"], (d["short"],)) for d in data["district"]]
    out += [
        Area(f["name"], "functional_area", f["district"], tuple(f["aliases"]), tuple(f.get("weak_aliases", ())))
        for f in data["functional_area"]
    ]
    return tuple(out)


def _units(data: dict) -> tuple[tuple[Unit, ...], dict[str, Decimal], frozenset[str]]:
    units = tuple(
        Unit(w, u["normalized"], Decimal(str(u["factor"])), u["scalable"])
        for u in data["unit"] for w in u["written"]
    )
    multipliers = {k: Decimal(v) for k, v in data["multipliers"].items()}
    return units, multipliers, frozenset(data["generic_classifiers"])


@cache
def load() -> Lexicon:
    """Load every vocabulary shipped with govkg (cached: the files are read once)."""
    units, multipliers, generic = _units(_read("units.toml"))
    industries = tuple(
        Industry(i["name"], i.get("broader"), tuple(i.get("aliases", ()))) for i in _read("industries.toml")["industry"]
    )
    metrics = tuple(
        Metric(m["name"], tuple(m.get("aliases", ())), m.get("rate_of")) for m in _read("metrics.toml")["metric"]
    )
    return Lexicon(
        areas=_areas(_read("areas.toml")),
        industries=industries,
        units=units,
        multipliers=multipliers,
        metrics=metrics,
        generic_classifiers=generic,
        hedges=_read("hedges.toml"),
        documents=_read("documents.toml"),
        projects=_read("projects.toml"),
    )
