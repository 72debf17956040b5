"""The schema of each lexicon file: one frozen dataclass per TOML table, one field per key.

Field names are the TOML keys; a field without a default is a required key (see kg.lexicon.schema).
The comments on the keys themselves, with examples, are in the TOML files.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from kg.lexicon.grammar import Grammar, Projects, Relations  # noqa: F401
from kg.lexicon.indicators import MetricsFile
from kg.lexicon.promise_cues import ClaimCues, CompareCues, DoubtCues, PromiseCues, PromiseIdentity  # noqa: F401
from kg.lexicon.schema import Pattern
from kg.lexicon.units import Unit, UnitsFile  # noqa: F401
from kg.lexicon.zones import ZonesFile

Words = tuple[str, ...]


# -- records shared with the Lexicon ----------------------------------------------------------

@dataclass(frozen=True)
class Area:
    name: str
    kind: str                       # municipality | district | functional_area
    parent: str | None             # a functional area's: a district of the lexicon, or a division's code
    aliases: Words = ()
    weak_aliases: Words = ()


@dataclass(frozen=True)
class Industry:
    name: str
    broader: str | None = None
    aliases: Words = ()
    label_only: bool = False        # the name is a label and a broader target, not matched in text





# -- areas.toml -------------------------------------------------------------------------------

@dataclass(frozen=True)
class MunicipalityRow:
    name: str
    aliases: Words = ()


@dataclass(frozen=True)
class DistrictRow:
    name: str
    short: str
    municipality: str


@dataclass(frozen=True)
class FunctionalAreaRow:
    name: str
    district: str
    aliases: Words
    weak_aliases: Words = ()


@dataclass(frozen=True)
class WeakAliasRules:
    followers: str                  # characters after which a weak alias stands alone
    locatives: Words
    subdistrict_list: Pattern


@dataclass(frozen=True)
class AreasFile:
    municipality: tuple[MunicipalityRow, ...]
    district: tuple[DistrictRow, ...]
    functional_area: tuple[FunctionalAreaRow, ...]
    weak_alias: WeakAliasRules


# -- industries.toml and industries_cn.toml, metrics.toml, units.toml ------------------------

@dataclass(frozen=True)
class IndustriesFile:
    industry: tuple[Industry, ...]
    not_mentions: Words = ()        # words holding a form that are no mention (国家政策 holds 家政)


# -- hedges.toml ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Comparators:
    at_least: Words
    at_most: Words
    about: Words

    def by_kind(self) -> tuple[tuple[str, Words], ...]:
        """(comparator name, its words) in the file's order."""
        return tuple((f.name, getattr(self, f.name)) for f in fields(self))

    def all(self) -> set[str]:
        """Every comparator word of this side."""
        return {w for _, words in self.by_kind() for w in words}


@dataclass(frozen=True)
class ComparatorCues:
    approximate: Words
    range_separators: str
    before: Comparators
    after: Comparators
    approximate_after_units: Words = ()


@dataclass(frozen=True)
class ComparatorExceptions:
    words: Words


@dataclass(frozen=True)
class Respectively:
    word: str
    joiners: Words


@dataclass(frozen=True)
class StatusCues:
    estimated: Words
    planned: Words
    retrospective: Words = ()
    then_planned: Words = ()


@dataclass(frozen=True)
class MeasureCues:
    increase: Words
    decrease: Words
    level_after_change: Words
    actions_before_counts: Words
    level_verbs: Words
    leave_verbs: Words = ()


@dataclass(frozen=True)
class IndicatorWords:
    actions: Words
    post_stops: Words
    item_breaks: Words
    award_verbs: Words
    award_year: Pattern
    listing: Words
    not_after: Words
    ordinal: Pattern
    generic_nouns: Words
    totals: Words
    noise_anywhere: Words
    noise: Words
    stage_verbs: Words
    goal_tails: Words
    stock_after_flow: Words
    object_verbs: Words
    trailing_adverbs: Words
    topic_predicates: Words = ()
    passives: Words = ()
    resolved: Words = ()
    per_head: Words = ()
    per_year: Words = ()
    comparison_base: Pattern | None = None
    object_marker: Pattern | None = None
    share_scope: Pattern | None = None
    scope_nouns: Words = ()
    programme_heads: Words = ()
    list_totals: Words = ()
    total_openings: Words = ()
    campaigns: Words = ()           # 行动: a campaign's name, which a bare works verb does not build


@dataclass(frozen=True)
class PeriodCues:
    multi_year_review: Words
    year_and: str
    annual_review: Words
    average: Words
    total: Words
    steady: Words
    flows: Words
    period_nouns: Words
    year: Pattern
    by_year: Pattern
    since: Pattern
    compared: Pattern
    consecutive: Pattern
    from_marker: Pattern
    per_head: Pattern
    stated_year: Pattern
    within: Pattern | None = None
    address: Words = ()
    run_stops: Words = ()
    horizon: Pattern | None = None


@dataclass(frozen=True)
class Hedges:
    comparator: ComparatorCues
    units_not_before: dict[str, str]
    comparator_exceptions: ComparatorExceptions
    respectively: Respectively
    status: StatusCues
    measure: MeasureCues
    words: IndicatorWords
    periods: PeriodCues


# -- documents.toml ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Layout:
    furniture: tuple[Pattern, ...]
    vertical_run: int
    vertical_max_chars: int
    page_end: tuple[Pattern, ...] = ()
    related: tuple[Pattern, ...] = ()
    source: Pattern | None = None
    published: tuple[Pattern, ...] = ()


@dataclass(frozen=True)
class KindCues:
    work_report: tuple[Pattern, ...]
    news_article: tuple[Pattern, ...]


@dataclass(frozen=True)
class MetadataCues:
    delivery: Pattern
    speaker: Pattern
    representing: Pattern
    anniversary: Pattern
    plan_heading: Pattern
    year_is: Pattern
    title: str
    abstract: Pattern


@dataclass(frozen=True)
class GovernmentCues:
    delivery: Pattern
    speaker: Pattern
    representing: Pattern
    title: Pattern
    front: int
    national: Words
    heading: Pattern
    review: Words
    year_is: Pattern
    section_heading: Pattern
    this_year: str
    target: Pattern
    most_named_min: int


@dataclass(frozen=True)
class SectionCues:
    cue_window: int
    review: Words
    goals: Words
    plan: Words
    plan_year_heading: Pattern
    enumerators: tuple[Pattern, ...]
    goals_span_years: int
    notes: Words = ()
    achieved: Words = ()
    five_year_plan: Pattern | None = None
    plan_first_year: int = 0


@dataclass(frozen=True)
class EncodingCues:
    report_words: Words


@dataclass(frozen=True)
class Documents:
    layout: Layout
    kind: KindCues
    metadata: MetadataCues
    government: GovernmentCues
    anniversaries: dict[str, int]
    sections: SectionCues
    encoding: EncodingCues




FILES: dict[str, type] = {
    "areas": AreasFile, "documents": Documents, "grammar": Grammar, "hedges": Hedges,
    "industries": IndustriesFile, "industries_cn": IndustriesFile, "metrics": MetricsFile, "projects": Projects,
    "promises": PromiseCues, "relations": Relations, "units": UnitsFile, "zones": ZonesFile,
}
"""Each lexicon file's stem and its schema. industries.toml (Shanghai's vocabulary) and industries_cn.toml (the
national classifications) share one schema and make one list of industries (kg.lexicon.load)."""
