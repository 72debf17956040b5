"""Typed values that pass between govkg's stages.

Offsets are code-point offsets into a document's text as read (``Document.text``: a text file's decoded source,
or the text kg.read.pdf or kg.read.docx took out of a PDF or Word file), which a build writes to out/texts/.
"""
from __future__ import annotations

import datetime as dt
import re
from array import array
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import StrEnum

from kg.read.source import SourceText


def _pickled_as_call(cls):
    """Pickle a slotted dataclass as a call of its constructor: loading is 2× faster than through
    dataclasses' __setstate__, which matters when a build reads thousands of cached documents."""
    names = tuple(f.name for f in fields(cls))

    def __reduce__(self):
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = __reduce__
    return cls


def strip_line_breaks(text: str) -> str:
    """Remove line breaks and the spaces around them: a PDF line break is not part of a sentence."""
    return re.sub(r"[ \t\u3000]*[\r\n]+[ \t\u3000]*", "", text)


class DocKind(StrEnum):
    WORK_REPORT = "work_report"
    NEWS_ARTICLE = "news_article"


class SectionKind(StrEnum):
    FRONT = "front"      # title, delivery line, speaker
    REVIEW = "review"    # results of the year reviewed
    PLAN = "plan"        # targets and tasks of the year planned
    GOALS = "goals"      # multi-year goals (今后五年)
    NOTES = "notes"      # notes explaining terms (名词解释), appended after the report
    OTHER = "other"


class Status(StrEnum):
    ACHIEVED = "achieved"
    ESTIMATED = "estimated"
    PLANNED = "planned"


class Comparator(StrEnum):
    EXACTLY = "exactly"
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Measure(StrEnum):
    LEVEL = "level"
    INCREASE = "increase"
    DECREASE = "decrease"


class Aggregation(StrEnum):
    """How a figure over several years sums them up: 年均增长 is an average, 累计/五年 a total."""

    AVERAGE = "average"
    TOTAL = "total"


class EntityKind(StrEnum):
    MUNICIPALITY = "municipality"
    DISTRICT = "district"
    FUNCTIONAL_AREA = "functional_area"
    PROJECT = "project"
    INDUSTRY = "industry"
    METRIC = "metric"
    BENCHMARK = "benchmark"   # what a functional area is benchmarked against (对标)
    DEVELOPMENT_ZONE = "development_zone"   # a zone recognised from its name (kg.extractors.zones)
    # The gazetteer's divisions (kg.lexicon.gazetteer: Division.kind; MUNICIPALITY and DISTRICT above too).
    COUNTRY = "country"
    PROVINCE = "province"
    AUTONOMOUS_REGION = "autonomous_region"
    SPECIAL_ADMINISTRATIVE_REGION = "special_administrative_region"
    PREFECTURE_CITY = "prefecture_city"
    AUTONOMOUS_PREFECTURE = "autonomous_prefecture"
    PREFECTURE = "prefecture"
    LEAGUE = "league"
    NEW_AREA = "new_area"
    COUNTY = "county"
    COUNTY_CITY = "county_city"
    AUTONOMOUS_COUNTY = "autonomous_county"
    BANNER = "banner"
    AUTONOMOUS_BANNER = "autonomous_banner"
    FORESTRY_DISTRICT = "forestry_district"
    SPECIAL_DISTRICT = "special_district"


GAZETTEER_KINDS = frozenset(k for k in EntityKind if k not in (
    EntityKind.MUNICIPALITY, EntityKind.DISTRICT, EntityKind.FUNCTIONAL_AREA, EntityKind.PROJECT, EntityKind.INDUSTRY,
    EntityKind.METRIC, EntityKind.BENCHMARK, EntityKind.DEVELOPMENT_ZONE))
"""The kinds only the gazetteer's divisions have (a municipality and a district may be the lexicon's too)."""


def place_kind(area_kind: str) -> EntityKind:
    """The entity kind of a place of the lexicon or the gazetteer, from its kind there (kg.lexicon.Area.kind,
    kg.lexicon.gazetteer.Division.kind): the one place that decides municipality, district, province …"""
    return EntityKind(area_kind)


class Verdict(StrEnum):
    """What became of a target (kg.link.promises)."""

    MET = "met"
    MISSED = "missed"
    CLAIMED = "claimed"              # a later document claims the year's targets met, with no figure
    NEEDS_REVIEW = "needs_review"    # an outcome was found, but comparing it with the target is uncertain
    NOT_REPORTED = "not_reported"
    PENDING = "pending"


@_pickled_as_call
@dataclass(frozen=True, slots=True, order=True)
class Provenance:
    """Where a fact was read: a document and a code-point span of its source text."""

    document: str
    start: int
    end: int


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence or heading of a document, in cleaned form, with its source span."""

    document: str
    index: int
    text: str                 # cleaned: full-width folded, line breaks and stray spaces removed
    start: int                # source span
    end: int
    clean_start: int          # span in Document.clean
    clean_end: int
    section: SectionKind
    paragraph: int
    heading: bool = False

    @property
    def provenance(self) -> Provenance:
        return Provenance(self.document, self.start, self.end)


YEARS = (1949, 2200)        # the years a work report may plan for: a year outside is a misreading or a typo


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Metadata:
    """What the text says about itself (``year`` within YEARS)."""

    kind: DocKind
    year: int                            # the year the document plans for
    reviewed_year: int | None
    district: str                        # the administrative area it speaks for
    date: dt.date | None = None          # the day it was delivered, when stated
    speaker: str | None = None
    speaker_title: str | None = None
    session: str | None = None
    title: str | None = None
    # The gazetteer's division (GB/T 2260 code, level, kind) when the government was read from the gazetteer
    # (kg.read.government), not from kg/lexicon/areas.toml; None for the lexicon's places.
    division_code: str | None = None
    division_level: str | None = None
    division_kind: str | None = None
    # A saved web page's publisher and publication date (its 来源 and 时间; kg.read.webpage), not the delivery date.
    publisher: str | None = None
    published: dt.date | None = None
    # A government the gazetteer lacks, given by name (kg.read.given): division_kind and division_level set, no
    # code, and here the code of the division it lies in when one was named.
    division_parent: str | None = None


def government_key(meta: Metadata, lex) -> tuple[EntityKind, str]:
    """The entity key (kind, key) of the government a document speaks for: a division of the gazetteer is keyed
    by its GB/T 2260 code (names repeat: 普陀区 is in Shanghai and in Zhoushan), a division the gazetteer lacks by
    its parent's code and its name, a place of ``lex`` (a kg.lexicon.Lexicon) by its name, as the seeds have
    always been."""
    if meta.division_kind:
        unlisted = f"{meta.division_parent}-{meta.district}" if meta.division_parent else meta.district
        return place_kind(meta.division_kind), meta.division_code or unlisted
    return place_kind(lex.area(meta.district).kind), meta.district


@dataclass(eq=False)
class Document:
    """A decoded, cleaned and segmented source text."""

    id: str                   # stable identifier from the file name
    source: str               # the input file's name exactly as given
    text: str                 # the text as read: decoded source, or the text of a PDF or Word file
    clean: str                # cleaned text of all sentences, "\n" between paragraphs
    offsets: array            # offsets[i] = source offset of clean[i]; array('q'): 8 bytes a character
    sentences: tuple[Sentence, ...]
    metadata: Metadata
    source_text: SourceText | None = None   # how ``text`` was read (format, library, pages); None: not recorded

    def __post_init__(self) -> None:
        # A list of ints costs ~36 bytes a character (pointer + int object); a long text makes that gigabytes.
        if not isinstance(self.offsets, array):
            self.offsets = array("q", self.offsets)

    def evidence(self, sentence: Sentence) -> str:
        """The sentence as it stands in the source, line breaks removed."""
        return strip_line_breaks(self.text[sentence.start:sentence.end])

    def source_span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        """Map a span of ``clean`` back to the source text."""
        return self.offsets[clean_start], self.offsets[clean_end - 1] + 1


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a sentence, resolved to a canonical entity."""

    kind: EntityKind
    name: str                 # canonical name
    surface: str              # as written (cleaned)
    sentence: int             # Sentence.index
    provenance: Provenance    # span of the surface form itself
    broader: str | None = None
    stage: str | None = None  # project lifecycle verb (签约, 开工, 竣工 …)


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit and hedges, as parsed from text."""

    value: Decimal
    unit: str                          # as written, multiplier included: 亿元, 万平方米, %
    normalized_value: Decimal
    normalized_unit: str               # CURIE: cur:CNY, unit:M2 …
    comparator: Comparator = Comparator.EXACTLY
    value_max: Decimal | None = None
    normalized_max: Decimal | None = None
    start: int = 0                     # span in the parsed string
    end: int = 0


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Observation:
    """One numeric fact: a metric's value for a period, as a document states it."""

    metric: str               # canonical metric name
    metric_surface: str       # as worded in the sentence
    quantity: Quantity
    measure: Measure
    status: Status
    period: int
    sentence: int             # Sentence.index
    provenance: Provenance    # the sentence's source span
    subject: str | None = None  # entity that sets a planned value (district, area or project)
    period_start: int | None = None          # first year of a multi-year figure; ``period`` is its last
    aggregation: Aggregation | None = None   # a multi-year figure's average or total


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link from a canonical entity, with the sentence that states it.

    ``object`` is an entity, or for ``targets`` the index of an observation in the same Extraction.
    """

    predicate: str            # "located_in" | "targets" | "benchmarked_against"
    subject: tuple[EntityKind, str]
    object: tuple[EntityKind, str] | int
    provenance: Provenance


@_pickled_as_call
@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the cross-document steps (entity resolution, promises) need of a document once its text is gone."""

    id: str
    source: str
    metadata: Metadata


@dataclass
class Extraction:
    """Everything the extractors found in one document.

    During extraction ``document`` is the full Document; a build keeps only a DocumentInfo afterwards.
    """

    document: Document | DocumentInfo
    mentions: list[Mention] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
