"""The extractor contract: components declare what they require and assign, the registry checks the order
before any document is read, attaches what extractors return, and hands each only what it required."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ExtractorError
from kg.extractors import ORDER, REGISTRY, pipeline, run
from kg.extractors.candidates import AreaMatches, ProjectCandidates, ProjectTags
from kg.extractors.registry import OBSERVATIONS, RELATIONS, Component, Pipeline, mentions_of
from kg.model import EntityKind, Mention, Provenance
from kg.read.documents import read_text

HEAD = "——2024年1月10日在上海市徐汇区第十七届人民代表大会第五次会议上\n上海市徐汇区区长 钟晓咏\n"
BODY = ("今年要重点抓好以下工作。\n华泾门户功能区，推进东新港商办地块等 8 个项目开工，确保北杨人工智能小镇等 5 个项目竣工。\n"
        "西岸梦中心开业以来客流屡创新高，对标国际一流标准。\n")


def _none(document, lex, inputs):
    return []


def _extractor(name: str, assigns=(), requires=(), fn=_none) -> Component:
    return Component(name, fn, tuple(requires), tuple(assigns))


def test_the_shipped_order_is_valid_and_steps_come_first() -> None:
    names = [c.name for c in pipeline()]
    assert names == list(ORDER) and set(REGISTRY) == set(ORDER)
    steps = [c.name for c in pipeline() if c.step]
    assert steps == ["project_tags", "project_candidates", "area_matches"]
    assert all(c.assigns for c in pipeline())


def test_a_requirement_nobody_assigns_is_an_error() -> None:
    with pytest.raises(ExtractorError, match="requires 'observations', which no component assigns"):
        Pipeline([_extractor("relations", [RELATIONS], [OBSERVATIONS])])


def test_a_requirement_assigned_later_is_an_error() -> None:
    with pytest.raises(ExtractorError, match="'observations' assigns later") as caught:
        Pipeline([_extractor("relations", [RELATIONS], [OBSERVATIONS]), _extractor("observations", [OBSERVATIONS])])
    assert "run 'observations' before 'relations'" in caught.value.message


def test_a_fact_assigned_twice_is_an_error() -> None:
    with pytest.raises(ExtractorError, match="which 'a' assigns too"):
        Pipeline([_extractor("a", [OBSERVATIONS]), _extractor("b", [OBSERVATIONS])])


def test_an_undeclared_item_is_refused(lexicon) -> None:
    def stray(document, lex, inputs):
        return [Mention(EntityKind.PROJECT, "x", "x", 0, Provenance(document.id, 0, 1))]

    doc = read_text(HEAD + BODY, "t.txt", "t", lexicon)
    with pytest.raises(ExtractorError, match="returned 'mentions.project', which it does not assign"):
        Pipeline([_extractor("industries", [mentions_of(EntityKind.INDUSTRY)], fn=stray)]).run(doc, lexicon)


def test_reading_what_was_not_required_is_refused(lexicon) -> None:
    def nosy(document, lex, inputs):
        return inputs.observations()

    doc = read_text(HEAD + BODY, "t.txt", "t", lexicon)
    with pytest.raises(ExtractorError, match="reads 'observations', which it does not require"):
        Pipeline([_extractor("nosy", [RELATIONS], fn=nosy)]).run(doc, lexicon)


def test_a_run_of_some_extractors_brings_what_they_require(lexicon) -> None:
    doc = read_text(HEAD + BODY, "t.txt", "t", lexicon)
    whole = run(doc, lexicon)
    areas = run(doc, lexicon, ["areas"])
    assert areas.mentions == [m for m in whole.mentions if m.kind is EntityKind.FUNCTIONAL_AREA] != []
    assert not areas.observations and not areas.relations
    assert [c.name for c in Pipeline(pipeline()).needed(["areas"])] == ["project_tags", "project_candidates",
                                                                        "area_matches", "areas"]


def test_each_stretch_is_tagged_once(lexicon, monkeypatch) -> None:
    import kg.extractors.projects as projects

    doc = read_text(HEAD + BODY * 3, "t.txt", "t", lexicon)
    stretches = {s.text[a:b] for s in doc.sentences if s.section.value != "front"
                 for a, b in projects.tag_stretches(s.text, lexicon)}
    from kg.lang.zh import segment

    calls: list[str] = []
    real = segment.Tagger.tag
    monkeypatch.setattr(segment.Tagger, "tag", lambda self, text: calls.append(text) or real(self, text))
    segment._tag.cache_clear()
    found = run(doc, lexicon)
    assert found.mentions and found.relations and sorted(calls) == sorted(stretches)


def test_steps_hand_typed_results(lexicon) -> None:
    doc = read_text(HEAD + BODY, "t.txt", "t", lexicon)
    seen = {}

    def spy(document, lex, inputs):
        seen.update(tags=inputs.get(ProjectTags), projects=inputs.get(ProjectCandidates),
                    areas=inputs.get(AreaMatches))
        return []

    components = [REGISTRY[n] for n in ("project_tags", "project_candidates", "area_matches")]
    spy_component = _extractor("spy", [RELATIONS], [ProjectTags.fact, ProjectCandidates.fact, AreaMatches.fact], spy)
    Pipeline([*components, spy_component]).run(doc, lexicon)
    sentence = next(s for s in doc.sentences if "北杨人工智能小镇" in s.text)
    names = [span.name for span in seen["projects"].of(sentence.index)]
    assert "北杨人工智能小镇" in names
    assert [span.name for span in seen["areas"].of(sentence.index)] == ["华泾门户功能区"]
    assert seen["tags"].of(sentence.index)


def test_extractor_modules_never_import_their_package() -> None:
    folder = Path(__file__).resolve().parent.parent / "kg" / "extractors"
    for path in folder.glob("*.py"):
        if path.name != "__init__.py":
            text = path.read_text(encoding="utf-8")
            assert "from kg.extractors import" not in text, path.name
