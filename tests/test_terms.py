"""kg.rdf.terms and kg.rdf.ontology: one IRI layout, one table of prefixes, one map per enum, labels from the ontology."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rdflib import RDF, URIRef

from kg.model import Comparator, EntityKind, Measure, Status, Verdict, place_kind
from kg.rdf.ontology import label
from kg.rdf.terms import (CLASS, COMPARATOR, COMPARATOR_OF, DOCUMENT_BUCKETS, GRAPH_PREFIXES, KIND_OF, MEASURE,
                          MEASURE_OF, PREFIXES, STATUS, STATUS_OF, VERDICT, VERDICT_OF, IriKey, curie, document_iri,
                          entity_bucket, entity_iri, kgo_name, local_name, mention_iri, new_graph, observation_iri_at,
                          slug, stage_iri, statement_iri)
from kg.rdf.vocab import ID, KGO

KG = Path(__file__).resolve().parent.parent / "kg"


def _ours(graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(str(ID))}


def test_every_minted_iri_parses_to_a_key_that_lays_it_out_again(seeds_graph) -> None:
    for iri in _ours(seeds_graph):
        key = IriKey.parse(str(iri))
        assert key is not None and key.iri() == iri, iri
        assert key.per_document == (key.bucket in DOCUMENT_BUCKETS)
        types = set(seeds_graph.objects(iri, RDF.type))
        if key.bucket == "document":
            assert key.rdf_class == KGO.Document and types <= {KGO.WorkReport, KGO.NewsArticle}
        elif types:
            assert types == {key.rdf_class}, iri


@given(st.sampled_from(list(EntityKind)), st.text(max_size=8), st.text(max_size=8), st.integers(0, 10**6),
       st.sampled_from(list(Measure)))
def test_keys_of_what_govkg_mints(kind, name, document, at, measure) -> None:
    key = IriKey.parse(str(entity_iri(kind, name)))
    assert key == IriKey(entity_bucket(kind), None, slug(name)) and key.entity_kind is kind
    assert key.rdf_class == CLASS[kind]
    assert IriKey.parse(str(document_iri(document))) == IriKey("document", slug(document))
    assert IriKey.parse(str(observation_iri_at(document, at, name, measure))) == \
        IriKey("observation", slug(document), f"{at}/{slug(name)}/{measure.value}")
    assert IriKey.parse(str(mention_iri(document, at, at + 2, kind))) == \
        IriKey("mention", slug(document), f"{at}-{at + 2}/{kind.value}")
    assert IriKey.parse(str(stage_iri(document, name, "opened", 2024, at))) == \
        IriKey("stage", slug(document), f"{slug(name)}/opened/2024/{at}")
    assert IriKey.parse(str(statement_iri(document, "0123abcd"))) == IriKey("statement", slug(document), "0123abcd")


def test_iris_outside_the_layout_have_no_key() -> None:
    for iri in (str(KGO.Metric), "https://example.org/id/metric/x", f"{ID}metric", f"{ID}observation/d/"):
        assert IriKey.parse(iri) is None, iri


def test_each_enum_maps_onto_distinct_terms_and_back() -> None:
    for enum, forward, back in ((EntityKind, CLASS, KIND_OF), (Status, STATUS, STATUS_OF),
                                (Comparator, COMPARATOR, COMPARATOR_OF), (Verdict, VERDICT, VERDICT_OF),
                                (Measure, MEASURE, MEASURE_OF)):
        assert set(forward) == set(enum)
        assert {back[iri]: iri for iri in back} == forward


def test_the_prefixes_are_the_ones_graphs_files_and_queries_use() -> None:
    from kg.rdf.export import turtle_header
    from kg.sparql.store import GraphStore

    header = turtle_header().decode("utf-8")
    assert header.count("@prefix") == len(PREFIXES)
    assert all(f"@prefix {p}: <{ns}>" in header for p, ns in PREFIXES.items())
    assert {p: ns for p, ns in new_graph().namespaces() if p in GRAPH_PREFIXES} == \
        {p: URIRef(PREFIXES[p]) for p in GRAPH_PREFIXES}
    assert GraphStore.__dataclass_fields__["prefixes"].default_factory() == PREFIXES


def test_curie_and_local_names() -> None:
    assert curie(KGO.status) == "kgo:status" and curie(entity_iri(EntityKind.METRIC, "x")) == "id:metric/x"
    assert curie(None) == "" and curie(URIRef("http://example.org/a")) == "http://example.org/a"
    assert kgo_name(KGO.AtLeast) == "AtLeast" and kgo_name(ID["x"]) is None and kgo_name(None) is None
    assert local_name(KGO.AtLeast) == "AtLeast" and local_name(entity_iri(EntityKind.METRIC, "x")) == "x"


def test_the_place_kind_is_the_lexicons(lexicon, seeds_graph) -> None:
    for area in lexicon.areas:
        assert place_kind(area.kind).value == area.kind
    for doc, district in seeds_graph.subject_objects(KGO.district):
        key = IriKey.parse(str(district))
        name = str(seeds_graph.value(district, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
        assert key.entity_kind is place_kind(lexicon.area(name).kind), doc


def test_view_labels_come_from_the_ontology() -> None:
    from kg.viz.view import STYLES, VERDICT_LABELS

    assert [(s.name, s.zh) for s in STYLES][:3] == [("Municipality", "直辖市"), ("District", "区"),
                                                    ("FunctionalArea", "功能区")]
    assert all(s.zh == label(s.cls) and s.name == kgo_name(s.cls) for s in STYLES)
    assert VERDICT_LABELS == {KGO.Met: "targets (met)", KGO.Missed: "targets (missed)",
                              KGO.Claimed: "targets (claimed)", KGO.NeedsReview: "targets (needs review)",
                              KGO.NotReported: "targets (not reported)", KGO.Pending: "targets (pending)"}
    assert label(KGO.AtLeast) == "以上" and label(KGO.AtLeast, "en") == "At least"


def test_only_kg_rdf_spells_govkg_iris() -> None:
    spelt = [p.relative_to(KG).as_posix() for p in KG.rglob("*.py")
             if "w3id.org/govkg" in p.read_text(encoding="utf-8") and p.parent.name != "rdf"]
    assert spelt == []
