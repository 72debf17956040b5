"""The schema of kg/lexicon/promises.toml (the promise tracker's cues): one frozen dataclass per TOML table, one
field per key, as kg.lexicon.sections holds for the other files (which re-exports these)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

Words = tuple[str, ...]


@dataclass(frozen=True)
class ClaimCues:
    subjects: Words
    verbs: Words
    scopes: Words
    window: int
    plan_words: Words
    other_period_words: Words


@dataclass(frozen=True)
class DoubtCues:
    starts: Words
    completions: Words
    multi_year: Words
    one_year: Words
    each_year: Words
    similar_names: Decimal
    ratio: int
    restated_targets: Words
    unmet: Words


@dataclass(frozen=True)
class PromiseIdentity:
    modifiers: Words
    verbs: Words
    trailing: Words
    head_chars: int
    whole_head_chars: int
    other_head_chars: int
    generic_heads: Words
    share_closings: Words
    distinct_classifiers: Words
    decrease_verbs: Words
    changes_in_percent: Words
    increase_verbs: Words
    new_openings: Words
    level_markers: Words
    qualifiers: Words
    related: dict[str, str]


@dataclass(frozen=True)
class CompareCues:
    subjects: Words
    subject_tails: Words
    joiners: Words
    references: Words
    relations: Words
    subject_metric: str
    reference_metric: str
    about: Words


@dataclass(frozen=True)
class PromiseCues:
    claims: ClaimCues
    doubt: DoubtCues
    identity: PromiseIdentity
    compare: CompareCues
