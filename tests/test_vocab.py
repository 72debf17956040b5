"""kg/vocab.py mirrors ontology/govkg.ttl; every term is labelled and explained in Chinese and English."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.rdf.vocab import KGO
from tests.conftest import ROOT

ONTOLOGY = Graph().parse(ROOT / "ontology" / "govkg.ttl", format="turtle")
TERMS = sorted({s for s in ONTOLOGY.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KGO._NS))})


def test_vocab_and_ontology_hold_the_same_terms():
    declared = {str(t).removeprefix(str(KGO._NS)) for t in TERMS}
    assert declared == set(KGO.__annotations__)


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.split("#")[-1])
def test_term_is_labelled_in_both_languages(term):
    for p in (RDFS.label, RDFS.comment):
        langs = {o.language for o in ONTOLOGY.objects(term, p)}
        assert {"zh", "en"} <= langs, (term, p)


def test_misspelt_term_fails():
    with pytest.raises(AttributeError):
        KGO.Obsrvation  # noqa: B018


def test_core_names_exist():
    for name in ("Document", "WorkReport", "NewsArticle", "District", "FunctionalArea", "Project", "Industry",
                 "Metric", "Observation", "reportedIn", "locatedIn", "targets", "year", "metric", "value", "unit",
                 "normalizedValue", "normalizedUnit", "period", "status", "Achieved", "Estimated", "Planned",
                 "comparator", "About", "AtLeast", "AtMost", "Exactly", "valueMax", "evidence", "charStart", "charEnd"):
        assert (getattr(KGO, name), None, None) in ONTOLOGY


def test_classes_map_onto_standard_vocabularies():
    assert (KGO.Observation, RDFS.subClassOf, URIRef("http://purl.org/linked-data/cube#Observation")) in ONTOLOGY
    assert (KGO.locatedIn, RDFS.subPropertyOf, URIRef("https://schema.org/containedInPlace")) in ONTOLOGY
    assert (KGO.reportedIn, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) in ONTOLOGY
    assert (KGO.Observation, RDF.type, OWL.Class) in ONTOLOGY
