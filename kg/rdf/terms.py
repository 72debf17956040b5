"""govkg's IRI layout, prefixes and enum <-> IRI maps: the one place that says how a term is spelt.

Every resource govkg mints lives under ``id:`` (https://w3id.org/govkg/id/) as :class:`IriKey` lays it out:

- an entity: ``id:<bucket>/<name>``, its bucket the entity kind (``functional-area``, ``metric``, …);
- what a document states: ``id:document/<document>`` for the document itself and
  ``id:<bucket>/<document>/<local>`` for its observations, mentions, stages and statements
  (the buckets of DOCUMENT_BUCKETS), ``<document>`` being the :func:`slug` of the document's id.

Code elsewhere asks :meth:`IriKey.parse` what an IRI holds instead of slicing its text. Which kind of entity a
place is (municipality, district, functional area) is the lexicon's to say, and for the gazetteer's divisions
(country, province, prefecture-level city, county …) the gazetteer's: kg.model.place_kind. A division of the
gazetteer is keyed by its GB/T 2260 code, so its IRI is ``id:<kind>/<code>`` (id:province/330000,
id:country/100000; names repeat and change, codes rarely do); a place of the lexicon keeps ``id:<kind>/<name>``
(id:district/徐汇区, id:municipality/上海市) and takes the code of the division it is (kg.lexicon.divisions). A
development zone is keyed by its canonical name (id:development-zone/南京江北新区). Coordinates are W3C Basic Geo
(``geo:``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.link.entities import normalize_name
from kg.link.names import canonical
from kg.model import Aggregation, Comparator, EntityKind, Measure, Status, Verdict
from kg.rdf.vocab import CUR, GEO, ID, KGO, UNIT

# -- prefixes --------------------------------------------------------------------------------------------

PREFIXES: dict[str, str] = {
    "kgo": str(KGO._NS),
    "id": str(ID),
    "unit": str(UNIT),
    "cur": str(CUR),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "qb": "http://purl.org/linked-data/cube#",
    "geo": str(GEO),
}
"""Every prefix govkg writes or queries with: graph.ttl's @prefix lines, JSON-LD's @context, SPARQL's PREFIXes."""

# Bound in rdflib graphs on top of rdflib's core prefixes (rdf, rdfs, xsd, owl …), in this order.
GRAPH_PREFIXES = ("kgo", "id", "unit", "cur", "skos", "dcterms", "geo")
# How validation results name terms (kg.validate): the graph's own prefixes and the shapes'.
_CURIE_PREFIXES = (("kgo", PREFIXES["kgo"]), ("id", PREFIXES["id"]), ("kgsh", "https://w3id.org/govkg/shapes#"),
                   ("sh", str(SH)), ("dcterms", PREFIXES["dcterms"]), ("rdfs", PREFIXES["rdfs"]))


def new_graph(store: str = "Memory") -> Graph:
    """An empty graph with govkg's prefixes bound; ``store="SimpleMemory"`` fills and walks ~2× faster but
    keeps no named graphs."""
    g = Graph(store=store, bind_namespaces="core")
    for prefix in GRAPH_PREFIXES:
        g.bind(prefix, PREFIXES[prefix])
    return g


def curie(term: object) -> str:
    """A short name for a term of validation results: kgo:…, id:…, kgsh:…, sh:…, dcterms:…, rdfs:…;
    other IRIs in full, None as ""."""
    if term is None:
        return ""
    text = str(term)
    for prefix, ns in _CURIE_PREFIXES:
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns):]}"
    return text


def local_name(iri: object) -> str:
    """The last segment of an IRI, after its last ``/`` or ``#`` (a name to show when a term has no label)."""
    return str(iri).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def kgo_name(term: object) -> str | None:
    """The local name of a kgo: term (``kgo:AtLeast`` -> "AtLeast"); None for None or another IRI."""
    text = None if term is None else str(term)
    return text[len(PREFIXES["kgo"]):] if text is not None and text.startswith(PREFIXES["kgo"]) else None


# -- enums <-> IRIs ------------------------------------------------------------------------------------

CLASS = {
    EntityKind.MUNICIPALITY: KGO.Municipality,
    EntityKind.DISTRICT: KGO.District,
    EntityKind.FUNCTIONAL_AREA: KGO.FunctionalArea,
    EntityKind.PROJECT: KGO.Project,
    EntityKind.INDUSTRY: KGO.Industry,
    EntityKind.METRIC: KGO.Metric,
    EntityKind.BENCHMARK: KGO.Benchmark,
    EntityKind.DEVELOPMENT_ZONE: KGO.DevelopmentZone,
    EntityKind.COUNTRY: KGO.Country,
    EntityKind.PROVINCE: KGO.Province,
    EntityKind.AUTONOMOUS_REGION: KGO.AutonomousRegion,
    EntityKind.SPECIAL_ADMINISTRATIVE_REGION: KGO.SpecialAdministrativeRegion,
    EntityKind.PREFECTURE_CITY: KGO.PrefectureCity,
    EntityKind.AUTONOMOUS_PREFECTURE: KGO.AutonomousPrefecture,
    EntityKind.PREFECTURE: KGO.Prefecture,
    EntityKind.LEAGUE: KGO.League,
    EntityKind.NEW_AREA: KGO.NewArea,
    EntityKind.COUNTY: KGO.County,
    EntityKind.COUNTY_CITY: KGO.CountyCity,
    EntityKind.AUTONOMOUS_COUNTY: KGO.AutonomousCounty,
    EntityKind.BANNER: KGO.Banner,
    EntityKind.AUTONOMOUS_BANNER: KGO.AutonomousBanner,
    EntityKind.FORESTRY_DISTRICT: KGO.ForestryDistrict,
    EntityKind.SPECIAL_DISTRICT: KGO.SpecialDistrict,
}
STATUS = {Status.ACHIEVED: KGO.Achieved, Status.ESTIMATED: KGO.Estimated, Status.PLANNED: KGO.Planned}
COMPARATOR = {Comparator.EXACTLY: KGO.Exactly, Comparator.ABOUT: KGO.About,
              Comparator.AT_LEAST: KGO.AtLeast, Comparator.AT_MOST: KGO.AtMost}
VERDICT = {Verdict.MET: KGO.Met, Verdict.MISSED: KGO.Missed, Verdict.CLAIMED: KGO.Claimed,
           Verdict.NEEDS_REVIEW: KGO.NeedsReview, Verdict.NOT_REPORTED: KGO.NotReported, Verdict.PENDING: KGO.Pending}
MEASURE = {Measure.LEVEL: KGO.Level, Measure.INCREASE: KGO.Increase, Measure.DECREASE: KGO.Decrease}
INDICATOR_KIND = {"amount": KGO.Amount, "rate": KGO.Rate, "share": KGO.Share, "count": KGO.Count, "index": KGO.Index}
POLARITY = {"higher": KGO.HigherIsBetter, "ceiling": KGO.Ceiling, "decrease": KGO.RequiredDecrease}
AGGREGATION = {Aggregation.AVERAGE: KGO.Average, Aggregation.TOTAL: KGO.Total}
STAGE = {"signed": KGO.Signed, "construction_started": KGO.ConstructionStarted, "topped_out": KGO.ToppedOut,
         "completed": KGO.Completed, "in_use": KGO.InUse, "opened": KGO.Opened}
PREDICATE = {"located_in": KGO.locatedIn, "targets": KGO.targets, "benchmarked_against": KGO.targets}

# The inverses, for reading a built graph back.
KIND_OF = {iri: kind for kind, iri in CLASS.items()}
STATUS_OF = {iri: status for status, iri in STATUS.items()}
COMPARATOR_OF = {iri: comparator for comparator, iri in COMPARATOR.items()}
VERDICT_OF = {iri: verdict for verdict, iri in VERDICT.items()}
MEASURE_OF = {iri: measure for measure, iri in MEASURE.items()}


# -- the IRI layout ----------------------------------------------------------------------------------------

DOCUMENT_BUCKETS = ("document", "mention", "observation", "stage", "statement")
"""The buckets minted per document, in sorted order (kg.rdf.ntriples relies on the order)."""
# What each bucket's resources are, for IRIs seen without their rdf:type (kg.validate.shared's stubs).
_BUCKET_CLASS = {"document": KGO.Document, "mention": KGO.Mention, "observation": KGO.Observation,
                 "stage": KGO.ProjectStage, "statement": KGO.Statement}
_ID = str(ID)
_ASCII_IN_IRI = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")


def entity_bucket(kind: EntityKind) -> str:
    """The bucket an entity kind's IRIs live in: its value with hyphens (``functional-area``)."""
    return kind.value.replace("_", "-")


_ENTITY_BUCKETS = {entity_bucket(kind): kind for kind in EntityKind}


@dataclass(frozen=True, slots=True)
class IriKey:
    """What a govkg IRI holds: its bucket, the document it was minted in (its slug; None for an entity)
    and the rest (an entity's name slug, an observation's place/metric/measure; "" for a document)."""

    bucket: str
    document: str | None
    local: str = ""

    @classmethod
    def parse(cls, iri: str) -> IriKey | None:
        """The key of an IRI laid out under ``id:``, or None for any other IRI (or text that is none)."""
        if not iri.startswith(_ID):
            return None
        path = iri[len(_ID):]
        bucket, _, rest = path.partition("/")
        if bucket not in DOCUMENT_BUCKETS:
            key = cls(bucket, None, rest)
        else:
            document, _, local = rest.partition("/")
            key = cls(bucket, document, local)
        return key if key.path == path else None        # e.g. ``id:metric`` with no name

    def iri(self) -> URIRef:
        """The IRI this key lays out (``IriKey.parse(iri).iri() == iri``): every IRI govkg mints is made here."""
        return URIRef(_ID + self.path)

    @property
    def path(self) -> str:
        """The IRI after ``id:`` (``functional-area/<name>``, ``document/<slug>``): short, and unique in a graph."""
        if self.document is None:
            return f"{self.bucket}/{self.local}"
        return f"{self.bucket}/{self.document}" + (f"/{self.local}" if self.local else "")

    @property
    def per_document(self) -> bool:
        """Whether the resource is minted per document (its bucket is one of DOCUMENT_BUCKETS)."""
        return self.document is not None

    @property
    def entity_kind(self) -> EntityKind | None:
        """The entity kind of an entity's IRI, else None."""
        return None if self.per_document else _ENTITY_BUCKETS.get(self.bucket)

    @property
    def rdf_class(self) -> URIRef | None:
        """The class of the resource as the IRI tells it (an entity's kind, a bucket's resources), or None."""
        kind = self.entity_kind
        return CLASS[kind] if kind is not None else _BUCKET_CLASS.get(self.bucket) if self.per_document else None


def _in_iri(c: str) -> bool:
    """Whether an IRI path segment may hold the character as it is (RFC 3987's ipchar less pct-encoded)."""
    o = ord(c)
    if o < 0x80:
        return c in _ASCII_IN_IRI
    return (0xA0 <= o <= 0xD7FF or 0xF900 <= o <= 0xFDCF or 0xFDF0 <= o <= 0xFFEF
            or (0x10000 <= o <= 0xDFFFD and o & 0xFFFF <= 0xFFFD) or 0xE1000 <= o <= 0xEFFFD)


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A readable IRI segment: Chinese kept, whitespace dropped, what an IRI cannot hold percent-encoded (as UTF-8:
    IRI-unsafe ASCII, controls, private-use and non-characters, which IRI parsers such as Oxigraph's refuse)."""
    text = normalize_name(text)
    return "".join(c if _in_iri(c) else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in text)


@lru_cache(maxsize=1 << 16)
def entity_iri(kind: EntityKind, name: str) -> URIRef:
    """An entity's IRI: ``id:<kind>/<name>``, a project's name in the form names are compared in (kg.link.names)."""
    return IriKey(entity_bucket(kind), None, slug(canonical(kind, name))).iri()


@lru_cache(maxsize=1 << 16)
def document_iri(doc_id: str) -> URIRef:
    """A document's IRI: ``id:document/<slug of its id>``."""
    return IriKey("document", slug(doc_id)).iri()


def observation_iri_at(doc_id: str, number_at: int, metric: str, measure: Measure) -> URIRef:
    """An observation's IRI: its document, where its number stands, its metric and measure."""
    return IriKey("observation", slug(doc_id), f"{number_at}/{slug(metric)}/{measure.value}").iri()


def observation_number_at(iri: str) -> int | None:
    """Where an observation's number stands in its document (observation_iri_at), or None for another IRI."""
    key = IriKey.parse(str(iri))
    if key is None or key.bucket != "observation":
        return None
    at = key.local.split("/", 1)[0]
    return int(at) if at.isdigit() else None


def mention_iri(doc_id: str, start: int, end: int, kind: EntityKind) -> URIRef:
    """A mention's IRI: its document, where it stands and what kind of entity it names."""
    return IriKey("mention", slug(doc_id), f"{start}-{end}/{kind.value}").iri()


def stage_iri(doc_id: str, project: str, stage: str, year: int, sentence_start: int) -> URIRef:
    """A project stage's IRI: its document, project, stage, year and sentence."""
    return IriKey("stage", slug(doc_id), f"{slug(project)}/{stage}/{year}/{sentence_start}").iri()


def statement_iri(doc_id: str, digest: str) -> URIRef:
    """A statement's IRI: its document and a digest of what it states where."""
    return IriKey("statement", slug(doc_id), digest).iri()


def unit_iri(curie_text: str) -> URIRef:
    """The IRI of a lexicon unit written as a CURIE (``unit:HA``, ``cur:CNY``, ``kgo:PercentagePoint``)."""
    prefix, local = curie_text.split(":", 1)
    return {"unit": UNIT, "cur": CUR}[prefix][local] if prefix != "kgo" else getattr(KGO, local)
