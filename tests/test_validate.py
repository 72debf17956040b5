"""SHACL validation: the seeds graph conforms; broken graphs are caught; `kg validate` exits accordingly."""
from __future__ import annotations

import kg.validate.core

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.cli import cli
from kg.validate.core import validate
from kg.rdf.vocab import KGO



SMALL = ("上海市徐汇区2024年政府工作报告\n——2024年1月10日在上海市徐汇区第十七届人民代表大会第五次会议上\n"
         "上海市徐汇区区长 钟晓咏\n各位代表：\n过去一年，预计商品销售总额完成8155亿元，同比增长2.2%。\n"
         "华泾门户功能区，确保北杨人工智能小镇等5个项目竣工。\n今年主要预期目标是：地区生产总值增长5.5%左右。\n")


@pytest.fixture(scope="module")
def seeds_rdflib(seeds_build) -> Graph:
    return Graph().parse(seeds_build[1] / "graph.ttl", format="turtle")


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Graph:
    """A one-document graph with a district, an area, a project and observations: fast to validate."""
    from kg.pipeline.run import build

    folder = tmp_path_factory.mktemp("small")
    (folder / "r.txt").write_text(SMALL, encoding="utf-8")
    build([folder], folder / "out", html=False)
    return Graph().parse(folder / "out" / "graph.ttl", format="turtle")


@pytest.fixture(scope="module")
def seeds_report(seeds_rdflib):
    return validate(seeds_rdflib)


def test_the_seeds_graph_conforms(seeds_report) -> None:
    assert seeds_report.conforms, seeds_report.text(limit=20)


def test_the_seeds_graph_has_no_warnings_either(seeds_report) -> None:
    assert not seeds_report.warnings, seeds_report.text(limit=20)


def _first(g: Graph, cls: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def _broken(g: Graph, how: str) -> Graph:
    g = Graph() + g
    g.add((URIRef("https://w3id.org/govkg/id/functional-area/X"), RDF.type, KGO.FunctionalArea))
    g.add((URIRef("https://w3id.org/govkg/id/metric/X"), RDF.type, KGO.Metric))
    obs = _first(g, KGO.Observation)
    project = _first(g, KGO.Project)
    if how == "observation without status":
        g.remove((obs, KGO.status, None))
    elif how == "two metrics":
        g.add((obs, KGO.metric, next(m for m in sorted(g.subjects(RDF.type, KGO.Metric))
                                     if m != g.value(obs, KGO.metric))))
    elif how == "status outside its scheme":
        g.set((obs, KGO.status, KGO.Level))
    elif how == "english label":
        g.set((project, RDFS.label, Literal("North Yang AI town", lang="en")))
    elif how == "project located in a district":
        g.set((project, KGO.locatedIn, _first(g, KGO.District)))
    elif how == "area located in an area":
        area = _first(g, KGO.FunctionalArea)
        g.set((area, KGO.locatedIn, sorted(g.subjects(RDF.type, KGO.FunctionalArea))[1]))
    elif how == "document without year":
        g.remove((_first(g, KGO.WorkReport), KGO.year, None))
    elif how == "evidence ends before it starts":
        g.set((obs, KGO.charEnd, Literal(0)))
    return g


@pytest.mark.parametrize("how, path", [
    ("observation without status", "kgo:status"), ("two metrics", "kgo:metric"),
    ("status outside its scheme", "kgo:status"), ("english label", "rdfs:label"),
    ("project located in a district", "kgo:locatedIn"), ("area located in an area", "kgo:locatedIn"),
    ("document without year", "kgo:year"), ("evidence ends before it starts", "kgo:charStart"),
])
@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_shapes_catch_broken_graphs(small, how: str, path: str, engine: str) -> None:
    assert validate(small, engine).conforms
    report = validate(_broken(small, how), engine)
    assert not report.conforms and path in {v.path for v in report.violations}, report.text(limit=5)


def test_shapes_beyond_the_fast_engine_fall_back_to_pyshacl(small, monkeypatch) -> None:
    import kg.validate.shacl.engine
    from kg.validate.shacl import UnsupportedShape

    def unsupported():
        raise UnsupportedShape("kgsh:Example", "sh:pattern")

    monkeypatch.setattr(kg.validate.shacl.engine, "shipped_shapes", unsupported)
    broken = _broken(small, "observation without status")
    with pytest.raises(UnsupportedShape):
        validate(broken, "fast")
    for given in (broken, iter(list(broken))):
        report = validate(given) if isinstance(given, type(small)) else kg.validate.core.validate_triples(given)
        assert "kgo:status" in {v.path for v in report.violations}


def test_kg_validate_command(small, tmp_path) -> None:
    small.serialize(tmp_path / "ok.ttl", format="turtle")
    ok = CliRunner().invoke(cli, ["validate", "--graph", str(tmp_path / "ok.ttl")])
    assert ok.exit_code == 0 and "0 violations" in ok.output, ok.output
    bad = tmp_path / "bad.ttl"
    _broken(small, "observation without status").serialize(bad, format="turtle")
    for engine in ("auto", "fast", "pyshacl"):
        failed = CliRunner().invoke(cli, ["validate", "--graph", str(bad), "--engine", engine])
        assert failed.exit_code == 1 and "kgo:status" in failed.output and "0 violations" not in failed.output
    missing = CliRunner().invoke(cli, ["validate", "--graph", str(tmp_path / "nope.ttl")])
    assert missing.exit_code != 0 and "nope.ttl" in missing.output
