"""One project, several names: 轨交/轨道交通, 越江隧道/隧道 and a country's prefix make one entity (kg.link.names)."""
from __future__ import annotations

import pytest

from kg.link.names import canonical, merges
from kg.model import EntityKind

P = EntityKind.PROJECT


@pytest.mark.parametrize(("one", "other"), [("轨交23号线", "轨道交通23号线"), ("银都路越江隧道", "银都路隧道"),
                                            ("法国蓬皮杜中心", "蓬皮杜中心"), ("轨交 23 号线", "轨道交通23号线")])
def test_names_of_one_project_compare_equal(one, other):
    assert canonical(P, one) == canonical(P, other) == other


@pytest.mark.parametrize("name", ["法国馆", "越江隧道", "美国", "银都路隧道", "徐家汇书院"])
def test_a_rule_never_leaves_too_short_a_name_or_touches_another(name):
    assert canonical(P, name) == name


def test_other_kinds_keep_their_names():
    assert canonical(EntityKind.INDUSTRY, "法国蓬皮杜中心") == "法国蓬皮杜中心"
    assert canonical(EntityKind.FUNCTIONAL_AREA, "轨交 功能区") == "轨交功能区"


def test_the_seeds_merge_three_projects_and_keep_every_name(seeds_extractions, lexicon):
    from kg.link.entities import resolve

    entities = resolve(seeds_extractions, lexicon)
    found = dict(merges(entities))
    assert found == {"蓬皮杜中心": ("法国蓬皮杜中心",), "轨道交通23号线": ("轨交23号线",),
                     "银都路隧道": ("银都路越江隧道",)}
    for written in ("法国蓬皮杜中心", "轨交23号线", "银都路越江隧道"):
        assert (P, written) not in entities


def test_the_graph_has_one_iri_per_merged_project(seeds_graph):
    from rdflib import SKOS

    from kg.rdf.terms import entity_iri

    tunnel = entity_iri(P, "银都路越江隧道")
    assert tunnel == entity_iri(P, "银都路隧道")
    assert str(tunnel).endswith("/project/银都路隧道")
    assert {str(a) for a in seeds_graph.objects(tunnel, SKOS.altLabel)} == {"银都路越江隧道"}
    mentioned = set(seeds_graph.subjects(None, tunnel))
    assert len(mentioned) >= 2, "the mentions of both names point at the one entity"


def test_the_build_lists_its_merges(seeds_build):
    """kg build prints them as `merged  蓬皮杜中心 = 法国蓬皮杜中心`, one line each."""
    assert seeds_build[0].merged == [("蓬皮杜中心", ("法国蓬皮杜中心",)), ("轨道交通23号线", ("轨交23号线",)),
                                     ("银都路隧道", ("银都路越江隧道",))]
