"""The schema of projects.toml, grammar.toml and relations.toml: one frozen dataclass per TOML table (see
kg.lexicon.sections for the other files and the list of every file).
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.lexicon.schema import Pattern

Words = tuple[str, ...]


@dataclass(frozen=True)
class ProjectNames:
    """How two names of one project are told to be one (kg.link.names): abbreviations (short -> full),
    words a name may leave out, and prefixes (a country's name) a name may carry."""

    abbreviations: dict[str, str]
    optional_words: Words = ()
    prefixes: Words = ()
    min_length: int = 3


@dataclass(frozen=True)
class Projects:
    suffixes: Words
    road_suffixes: Words
    numbered: Words
    boundary_words: Words
    never_first: Words
    listed_categories: Words
    stop_chars: str
    generic: Words
    stages: dict[str, str]
    names: ProjectNames = ProjectNames({})
    definite_prefixes: Words = ()
    directions: Words = ()
    heads_after: Words = ()
    phases: Words = ()


@dataclass(frozen=True)
class Expansion:
    written: str
    parts: Words


@dataclass(frozen=True)
class ListWords:
    expand: tuple[Expansion, ...]
    qualifiers: Words
    heads: Words
    joiners: Words
    measured: Words = ()
    leads: Words = ()
    bare_change: Pattern | None = None
    partners: Words = ()
    each: Words = ()
    levels: Words = ()
    counts: Words = ()
    scopes: Words = ()
    item_measures: Words = ()
    framed_heads: Words = ()


@dataclass(frozen=True)
class NameWords:
    runs_on: Words
    opens_name: Words
    possessive_heads: Words
    rates: Words
    share_head: str = ""
    grade: Pattern | None = None
    package_units: Words = ()
    package_heads: Words = ()
    title_opening: str = ""
    superlatives: Words = ()
    one_object_verbs: Words = ()
    rated_units: Words = ()
    superlative_measures: dict[str, str] | None = None
    span_years: Pattern | None = None
    span_ends: Words = ()
    rounds: Pattern | None = None
    focus_verbs: Words = ()
    plan_nouns: Words = ()
    closes_name: Words = ()
    threshold_classes: Words = ()
    per_unit: Words = ()
    quota_units: Words = ()
    ranking_marks: Words = ()


@dataclass(frozen=True)
class BareFigures:
    unit: str
    multipliers: Words
    not_before: Words
    pair: Pattern
    round_counts: dict[str, int]
    compound: Pattern | None = None
    round_at_least: Words = ()


@dataclass(frozen=True)
class Grammar:
    possessive: str
    etcetera: str
    numeral_followers: Words
    lists: ListWords
    names: NameWords
    bare: BareFigures
    milestone_verbs: Words = ()
    goal_after: Pattern | None = None
    gap_verbs: Words = ()
    gap_wholes: Words = ()
    benchmark_verbs: Words = ()    # 优于: a target after it is a benchmark (benchmark_ends), no plan
    benchmark_ends: Words = ()
    growth_noun: str = ""
    batch_units: Words = ()
    of_topic: Words = ()
    words_with_etcetera: Words = ()
    grouping_units: Words = ()
    grouping_only: Words = ()
    unit_measures: dict[str, str] | None = None
    existential: Words = ()
    beneficiary: dict[str, str] | None = None
    price_heads: Words = ()
    price_noun: str = ""
    owner_scopes: Words = ()


@dataclass(frozen=True)
class Benchmark:
    verbs: Words
    trailing: Words


@dataclass(frozen=True)
class Relations:
    benchmark: Benchmark
