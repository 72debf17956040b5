"""The govkg vocabulary as a closed namespace: a misspelt term raises instead of minting a new IRI.

It mirrors ontology/govkg.ttl term for term; tests/test_vocab.py keeps the two in step.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/govkg/ontology"
ID = Namespace("https://w3id.org/govkg/id/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
CUR = Namespace("http://qudt.org/vocab/currency/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
"""W3C Basic Geo (WGS84): geo:lat and geo:long of the gazetteer's divisions."""


class KGO(DefinedNamespace):
    """Classes, properties and concepts of https://w3id.org/govkg/ontology#."""

    _NS = Namespace("https://w3id.org/govkg/ontology#")
    _fail = True

    About: URIRef
    Achieved: URIRef
    AdministrativeArea: URIRef
    Aggregation: URIRef
    AggregationScheme: URIRef
    Amount: URIRef
    AtLeast: URIRef
    AtMost: URIRef
    AutonomousBanner: URIRef
    AutonomousCounty: URIRef
    AutonomousPrefecture: URIRef
    AutonomousRegion: URIRef
    Average: URIRef
    Banner: URIRef
    Benchmark: URIRef
    Ceiling: URIRef
    Change: URIRef
    Claimed: URIRef
    Comparator: URIRef
    ComparatorScheme: URIRef
    ComparisonTarget: URIRef
    Completed: URIRef
    ConstructionStarted: URIRef
    Count: URIRef
    Country: URIRef
    County: URIRef
    CountyCity: URIRef
    CountyLevelArea: URIRef
    Decrease: URIRef
    DevelopmentZone: URIRef
    District: URIRef
    Document: URIRef
    Entity: URIRef
    Estimated: URIRef
    Exactly: URIRef
    ForestryDistrict: URIRef
    FunctionalArea: URIRef
    HigherIsBetter: URIRef
    InUse: URIRef
    Increase: URIRef
    Index: URIRef
    IndicatorKind: URIRef
    IndicatorKindScheme: URIRef
    Industry: URIRef
    IndustryScheme: URIRef
    League: URIRef
    Level: URIRef
    Measure: URIRef
    MeasureScheme: URIRef
    Mention: URIRef
    Met: URIRef
    Metric: URIRef
    MetricScheme: URIRef
    Missed: URIRef
    Multiple: URIRef
    Municipality: URIRef
    NeedsReview: URIRef
    NewArea: URIRef
    NewsArticle: URIRef
    NotReported: URIRef
    Observation: URIRef
    Opened: URIRef
    Pending: URIRef
    PercentagePoint: URIRef
    Planned: URIRef
    Polarity: URIRef
    PolarityScheme: URIRef
    Prefecture: URIRef
    PrefectureCity: URIRef
    PrefectureLevelArea: URIRef
    Project: URIRef
    ProjectStage: URIRef
    Province: URIRef
    ProvinceLevelArea: URIRef
    Rate: URIRef
    RequiredDecrease: URIRef
    ScorePoint: URIRef
    SdgIndicatorCode: URIRef
    Share: URIRef
    Signed: URIRef
    SpecialAdministrativeRegion: URIRef
    SpecialDistrict: URIRef
    Stage: URIRef
    StageScheme: URIRef
    Statement: URIRef
    Status: URIRef
    StatusScheme: URIRef
    ToppedOut: URIRef
    Total: URIRef
    TwentyFootEquivalentUnit: URIRef
    Verdict: URIRef
    VerdictScheme: URIRef
    WorkReport: URIRef
    aggregation: URIRef
    charEnd: URIRef
    charStart: URIRef
    claimEvidence: URIRef
    claimedIn: URIRef
    comparator: URIRef
    comparedWith: URIRef
    district: URIRef
    divisionCode: URIRef
    evidence: URIRef
    extractedWith: URIRef
    inStepWith: URIRef
    indicatorKind: URIRef
    locatedIn: URIRef
    measure: URIRef
    mentionOf: URIRef
    metric: URIRef
    metricText: URIRef
    normalizedUnit: URIRef
    normalizedValue: URIRef
    normalizedValueMax: URIRef
    ocr: URIRef
    outcome: URIRef
    page: URIRef
    period: URIRef
    periodStart: URIRef
    polarity: URIRef
    project: URIRef
    rateOf: URIRef
    reportedIn: URIRef
    restatedIn: URIRef
    reviewReason: URIRef
    reviewedYear: URIRef
    sentenceCount: URIRef
    session: URIRef
    speaker: URIRef
    stage: URIRef
    status: URIRef
    surface: URIRef
    targets: URIRef
    textFormat: URIRef
    unit: URIRef
    value: URIRef
    valueMax: URIRef
    verdict: URIRef
    verdictBasis: URIRef
    year: URIRef

# DefinedNamespace resolves each attribute through its metaclass on every access; the terms stored on the class
# resolve like any class attribute. Misspelt names still raise.
for _term in KGO.__annotations__:
    type.__setattr__(KGO, _term, KGO._NS[_term])
