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


class KGO(DefinedNamespace):
    """Classes, properties and concepts of https://w3id.org/govkg/ontology#."""

    _NS = Namespace("https://w3id.org/govkg/ontology#")
    _fail = True

    About: URIRef
    Achieved: URIRef
    AdministrativeArea: URIRef
    AtLeast: URIRef
    AtMost: URIRef
    AutonomousBanner: URIRef
    AutonomousCounty: URIRef
    AutonomousPrefecture: URIRef
    AutonomousRegion: URIRef
    Banner: URIRef
    Benchmark: URIRef
    Change: URIRef
    Claimed: URIRef
    Comparator: URIRef
    ComparatorScheme: URIRef
    Completed: URIRef
    ConstructionStarted: URIRef
    Country: URIRef
    County: URIRef
    CountyCity: URIRef
    CountyLevelArea: URIRef
    Decrease: URIRef
    District: URIRef
    Document: URIRef
    Entity: URIRef
    Estimated: URIRef
    Exactly: URIRef
    ForestryDistrict: URIRef
    FunctionalArea: URIRef
    InUse: URIRef
    Increase: URIRef
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
    Prefecture: URIRef
    PrefectureCity: URIRef
    PrefectureLevelArea: URIRef
    Project: URIRef
    ProjectStage: URIRef
    Province: URIRef
    ProvinceLevelArea: URIRef
    ScorePoint: URIRef
    Signed: URIRef
    SpecialAdministrativeRegion: URIRef
    SpecialDistrict: URIRef
    Stage: URIRef
    StageScheme: URIRef
    Statement: URIRef
    Status: URIRef
    StatusScheme: URIRef
    ToppedOut: URIRef
    Verdict: URIRef
    VerdictScheme: URIRef
    WorkReport: URIRef
    charEnd: URIRef
    charStart: URIRef
    claimEvidence: URIRef
    claimedIn: URIRef
    comparator: URIRef
    district: URIRef
    divisionCode: URIRef
    evidence: URIRef
    extractedWith: URIRef
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
    year: URIRef

# DefinedNamespace resolves each attribute through its metaclass on every access; the terms stored on the class
# resolve like any class attribute. Misspelt names still raise.
for _term in KGO.__annotations__:
    type.__setattr__(KGO, _term, KGO._NS[_term])
