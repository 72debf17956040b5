"""The Lexicon: every vocabulary a build needs, typed, passed explicitly to the readers and extractors."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, Callable

from kg.lexicon.indicators import Metric, MetricsFile
from kg.lexicon.sections import (Area, Documents, Grammar, Hedges, Industry, Projects, PromiseCues, Relations, Unit,
                                 WeakAliasRules)
from kg.lexicon.units import PricedUnits
from kg.lexicon.zones import ZonesFile

__all__ = ["Area", "Industry", "Lexicon", "Metric", "Unit"]


@dataclass(frozen=True, eq=False)
class Lexicon:
    """All vocabularies a build needs, passed explicitly to the extractors."""

    areas: tuple[Area, ...]
    industries: tuple[Industry, ...]
    not_industries: frozenset[str]      # words holding an industry's form that are no mention of it
    units: tuple[Unit, ...]
    multipliers: dict[str, Decimal]
    metrics: tuple[Metric, ...]
    generic_classifiers: frozenset[str]
    bracketed_classifiers: tuple[str, ...]
    weak_aliases: WeakAliasRules
    hedges: Hedges
    documents: Documents
    projects: Projects
    grammar: Grammar
    relations: Relations
    indicators: MetricsFile             # metrics.toml whole: the scheme, qualifiers, normalisation, label rules
    promises: PromiseCues
    zones: ZonesFile                    # zones.toml, each row's division resolved to a code
    priced_units: PricedUnits | None = None     # units.toml [priced]: 分 of a price per measure is money
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def area(self, name: str) -> Area:
        """The area of that canonical name (KeyError if the lexicon has none)."""
        return self._memo("areas", lambda: {a.name: a for a in self.areas})[name]

    def governments(self) -> tuple[Area, ...]:
        """The areas that have a government (municipalities and districts), not the functional areas."""
        return tuple(a for a in self.areas if a.kind in ("municipality", "district"))

    def unit(self, written: str) -> Unit | None:
        """The unit written so (without a multiplier), or None."""
        return self._memo("units", lambda: {u.written: u for u in self.units}).get(written)

    def count_classifiers(self) -> tuple[str, ...]:
        """Units that count things (unit:NUM), longest first."""
        return tuple(u for u in self.unit_forms() if self.unit(u).normalized == "unit:NUM")

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

    def metric(self, name: str) -> Metric | None:
        """The indicator of that canonical name, or None."""
        return self._memo("metric_by_name", lambda: {m.name: m for m in self.metrics}).get(name)

    def metric_polarity(self, name: str) -> str:
        """How a target of metric ``name`` (a canonical name or an alias) is met: "higher" (at least the target)
        or "ceiling" (at most: 居民消费价格涨幅, 城镇调查失业率). An indicator whose polarity is "decrease" (能耗)
        states its targets as decreases, met when the decrease achieved reaches the target: "higher"."""
        def build() -> dict[str, str]:
            return {m.name: "ceiling" if m.polarity == "ceiling" else "higher" for m in self.metrics}
        polarity = self._memo("metric_polarity", build)
        key = re.sub(r"\s+", "", name)
        return polarity.get(self.metric_aliases().get(key, key), "higher")

    def industry_forms(self) -> dict[str, Industry]:
        """Every name and alias matched in text -> the industry (a ``label_only`` industry's name is not)."""
        def build() -> dict[str, Industry]:
            out: dict[str, Industry] = {}
            for ind in self.industries:
                for form in ind.aliases if ind.label_only else (ind.name, *ind.aliases):
                    out[form] = ind
            return out
        return self._memo("industry_forms", build)

    def fingerprint(self) -> str:
        """A deterministic text of every vocabulary (sets sorted), for cache keys."""
        return repr(tuple(_stable(getattr(self, f.name)) for f in fields(self) if f.compare))

    def _memo(self, key: str, build: Callable[[], Any]) -> Any:
        if key not in self._index:
            self._index[key] = build()
        return self._index[key]


def _stable(value: Any) -> Any:
    """``value`` with its sets sorted, so that its repr does not depend on the hash seed."""
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, dict):
        return sorted((k, _stable(v)) for k, v in value.items())
    return value
