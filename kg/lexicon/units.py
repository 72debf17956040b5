"""The schema of units.toml: the units written after a number, what they normalise to, and the units whose
meaning its clause decides (a 分 of a price per measure is a hundredth of a yuan, elsewhere a score's point)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kg.lexicon.schema import Pattern

Words = tuple[str, ...]


@dataclass(frozen=True)
class Unit:
    written: str                    # base unit as written, without multiplier
    normalized: str                 # CURIE
    factor: Decimal
    scalable: bool


@dataclass(frozen=True)
class UnitRow:
    written: Words
    normalized: str
    factor: Decimal
    scalable: bool


@dataclass(frozen=True)
class PricedUnits:
    """Units read as money when their clause prices something per measure (``before`` matches the clause up to the
    number, or ``after`` the text right after the unit): 每斤提高3分, 下降1分/千瓦时."""
    before: Pattern
    after: Pattern
    unit: tuple[UnitRow, ...] = ()


@dataclass(frozen=True)
class UnitsFile:
    generic_classifiers: Words
    bracketed: Words
    multipliers: dict[str, Decimal]
    unit: tuple[UnitRow, ...]
    priced: PricedUnits | None = None


def priced_unit(priced: PricedUnits | None, written: str, clause: str, after: str) -> Unit | None:
    """The money unit ``written`` stands for in a price per measure, or None (not priced, or not such a clause)."""
    if priced is None:
        return None
    row = next((r for r in priced.unit if written in r.written), None)
    if row is None or not (priced.before.search(clause) or priced.after.match(after)):
        return None
    return Unit(written, row.normalized, row.factor, row.scalable)


