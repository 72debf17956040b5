"""kg.rdf.export: N-Triples, JSON-LD and TriG parse back to the Turtle graph, byte-stable."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.cli import cli
from kg.rdf.export import FILE_NAMES, document_graphs, serialize
from kg.rdf.vocab import KGO
from tests.conftest import SEEDS

RDFLIB_FORMAT = {"nt": "nt", "jsonld": "json-ld", "turtle": "turtle"}


def _assert_same(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(f"missing {len(only_expected)} triples, e.g. {sorted(only_expected)[:3]}; "
                    f"extra {len(only_actual)}, e.g. {sorted(only_actual)[:3]}")


@pytest.mark.parametrize("fmt", ["nt", "jsonld", "turtle"])
def test_exports_parse_back_to_the_same_graph(seeds_graph, fmt):
    data = serialize(seeds_graph, fmt)
    _assert_same(seeds_graph, Graph().parse(data=data, format=RDFLIB_FORMAT[fmt]))


def test_trig_is_the_graph_split_by_document(seeds_graph):
    dataset = Dataset()
    dataset.parse(data=serialize(seeds_graph, "trig"), format="trig")
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    _assert_same(seeds_graph, union)
    documents = set(seeds_graph.objects(None, KGO.reportedIn))
    named = {g.identifier for g in dataset.graphs() if isinstance(g.identifier, URIRef) and len(g)}
    assert documents <= named and len(documents) == 5
    for document in documents:
        part = dataset.graph(document)
        assert (document, KGO.year, None) in part or (document, None, None) in part
        observations = set(part.subjects(KGO.reportedIn, document))
        assert observations and all(set(seeds_graph.objects(o, KGO.reportedIn)) == {document}
                                    for o in observations)


def test_document_graphs_partition_the_triples(seeds_graph):
    parts = document_graphs(seeds_graph)
    assert sum(len(g) for g in parts.values()) == len(seeds_graph)
    assert None in parts and len(parts) == 6


@pytest.mark.parametrize("fmt", sorted(FILE_NAMES))
def test_exports_are_deterministic(seeds_graph, fmt):
    assert serialize(seeds_graph, fmt) == serialize(seeds_graph, fmt)


def test_ntriples_are_sorted(seeds_graph):
    lines = serialize(seeds_graph, "nt").decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(seeds_graph)


def test_build_writes_the_formats_byte_identically(tmp_path, seeds_extractions, lexicon):
    """A fresh build's files equal the exports of a second graph made from the same extractions."""
    from kg.rdf.graph import to_graph

    args = ["build", str(SEEDS), "--out", str(tmp_path), "--no-html", "--format", "nt", "--format", "jsonld",
            "--format", "trig"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    again = to_graph(seeds_extractions, lexicon)
    for fmt, name in FILE_NAMES.items():
        assert (tmp_path / name).read_bytes() == serialize(again, fmt), name


def test_unknown_format_is_refused(seeds_graph):
    from kg.errors import GovkgError

    with pytest.raises(GovkgError, match="unknown export format"):
        serialize(seeds_graph, "rdfxml")
