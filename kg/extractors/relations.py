"""Relations: located-in (project → area → district), targets, and benchmarks (对标)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extractors.areas import match_areas
from kg.extractors.candidates import AreaMatches
from kg.extractors.common import body
from kg.extractors.registry import OBSERVATIONS, RELATIONS, Inputs, extractor, mentions_of
from kg.lexicon import Lexicon
from kg.lexicon.divisions import place_keys
from kg.model import Document, EntityKind, Observation, Provenance, Relation, Sentence, Status, government_key

AREA = EntityKind.FUNCTIONAL_AREA
_CONTEXT_SPAN = 6          # sentences an area heading governs in list layouts


def _leading_area(sentence: Sentence, matches: AreaMatches) -> str | None:
    """The area a sentence is about when it opens with the area's name: 华泾门户功能区，推进…"""
    found = matches.within(sentence.index, 0, 12)
    return found[0][2] if found and found[0][0] <= 1 else None


def _only_area(sentence: Sentence, matches: AreaMatches) -> str | None:
    """The area a line introduces: the line is its name, or ends with it (…向华泾导入 | 华泾地区)."""
    found = matches.of(sentence.index)
    end = len(sentence.text.rstrip(":,。"))
    if found and found[-1][1] >= end and (len(found) == 1 or sentence.heading or "," in sentence.text):
        return found[-1][2]
    return None


def area_context(document: Document, matches: AreaMatches) -> dict[int, str]:
    """For each sentence, the functional area its paragraph or list heading is about, if any."""
    context: dict[int, str] = {}
    current: str | None = None
    paragraph, left = -1, 0
    for s in body(document):
        heading_area = _only_area(s, matches)
        leading = _leading_area(s, matches)
        if heading_area:
            current, left = heading_area, _CONTEXT_SPAN
        elif leading:
            current, left = leading, 10**6
        elif s.paragraph != paragraph and left > _CONTEXT_SPAN or left <= 0:
            current = None
        paragraph = s.paragraph
        if current:
            context[s.index] = current
            left -= 1
    return context


def _area_in_name(name: str, lex: Lexicon) -> str | None:
    found = match_areas(name, lex)
    if found:
        return found[0][2]
    for area in lex.areas:
        if area.kind == "functional_area" and any(name.startswith(w) for w in area.weak_aliases):
            return area.name
    return None


def _clause_area(sentence: Sentence, start: int, matches: AreaMatches) -> str | None:
    """The one area named in the project's clause, unless the two are items of one list: 推动徐汇滨江、杨浦滨江、
    苏河湾等打造世界级滨水区 names 苏河湾 beside 徐汇滨江, not in it."""
    bounds = [0] + [m.end() for m in re.finditer(r"[,;。]", sentence.text)] + [len(sentence.text)]
    lo = max(b for b in bounds if b <= start)
    hi = min(b for b in bounds if b > start)
    text = sentence.text
    found = {a for a0, b0, a in matches.within(sentence.index, lo, hi)
             if "\u3001" not in text[min(b0, start):max(a0, start)]}
    return found.pop() if len(found) == 1 else None


def _located(document: Document, lex: Lexicon, inputs: Inputs, context: dict[int, str]) -> Iterator[Relation]:
    sentences, matches = document.sentences, inputs.get(AreaMatches)
    for m in inputs.mentions(EntityKind.PROJECT):
        s = sentences[m.sentence]
        offset = max(s.text.find(m.surface), 0)
        area = _area_in_name(m.name, lex) or context.get(m.sentence) or _clause_area(s, offset, matches)
        if area:
            yield Relation("located_in", (EntityKind.PROJECT, m.name), (AREA, area), m.provenance)
    for m in inputs.mentions(AREA):
        yield Relation("located_in", (AREA, m.name), _host(m.name, lex), m.provenance)


def _host(area: str, lex: Lexicon) -> tuple[EntityKind, str]:
    """The entity key of the place a functional area lies in: a district of the lexicon, or a division's key."""
    host = lex.area(area).parent
    division = place_keys(lex).division(host) if host.isdigit() else None
    return place_keys(lex).key(division) if division else (EntityKind.DISTRICT, host)


def _targets(document: Document, lex: Lexicon, observations: tuple[Observation, ...],
             context: dict[int, str]) -> Iterator[Relation]:
    district = government_key(document.metadata, lex)
    for i, o in enumerate(observations):
        if o.status is Status.PLANNED:
            area = context.get(o.sentence)
            yield Relation("targets", (AREA, area) if area else district, i, o.provenance)


@cache
def _benchmark(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a benchmark verb (对标), and the trailing words dropped from it."""
    words = lex.relations.benchmark
    verbs = "|".join(map(re.escape, words.verbs))
    return (re.compile(f"(?:{verbs})(?P<what>[^,;。:!?、]{{2,16}})"),
            re.compile("(?:" + "|".join(map(re.escape, words.trailing)) + ")$"))


def _benchmarks(document: Document, lex: Lexicon, matches: AreaMatches) -> Iterator[Relation]:
    pattern, trailing = _benchmark(lex)
    for s in body(document):
        for m in pattern.finditer(s.text):
            areas = matches.within(s.index, 0, m.start())
            if areas:
                what = trailing.sub("", m["what"]) or m["what"]
                prov = Provenance(document.id, s.start, s.end)
                yield Relation("benchmarked_against", (AREA, areas[-1][2]), (EntityKind.BENCHMARK, what), prov)


@extractor("relations", assigns=(RELATIONS,),
           requires=(AreaMatches.fact, mentions_of(EntityKind.PROJECT), mentions_of(AREA), OBSERVATIONS))
def extract_relations(document: Document, lex: Lexicon, inputs: Inputs) -> list[Relation]:
    """located-in from names, paragraphs and clauses; targets for planned values; 对标 benchmarks."""
    matches = inputs.get(AreaMatches)
    context = area_context(document, matches)
    return [*_located(document, lex, inputs, context), *_targets(document, lex, inputs.observations(), context),
            *_benchmarks(document, lex, matches)]
