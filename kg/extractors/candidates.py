"""What the shared per-document steps hand to the extractors: spans per sentence, and tagged stretches.

Each result type names the fact it is (``fact``): a component lists that name in ``requires`` to be given
the result (``inputs.get(AreaMatches)``), and the step that makes it lists it in ``assigns``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, NamedTuple

Tagged = list[tuple[str, str]]
"""(word, part-of-speech flag) pairs of a stretch of text."""


class Span(NamedTuple):
    """A name found in a sentence's text: ``text[start:end]``, resolved to ``name``."""

    start: int
    end: int
    name: str


@dataclass(frozen=True)
class SentenceSpans:
    """Spans by sentence index: what a step found in each body sentence."""

    fact: ClassVar[str] = ""
    by_sentence: dict[int, tuple[Span, ...]] = field(default_factory=dict)

    def of(self, sentence: int) -> tuple[Span, ...]:
        """The spans of one sentence, in text order."""
        return self.by_sentence.get(sentence, ())

    def within(self, sentence: int, start: int, end: int) -> list[Span]:
        """The spans of one sentence that lie inside ``text[start:end]``."""
        return [s for s in self.of(sentence) if start <= s.start and s.end <= end]


@dataclass(frozen=True)
class ProjectCandidates(SentenceSpans):
    """Project names each body sentence holds (kg.extractors.projects.match_projects)."""

    fact: ClassVar[str] = "project_candidates"


@dataclass(frozen=True)
class AreaMatches(SentenceSpans):
    """Functional-area mentions each body sentence holds, those that open a project's name left out
    (kg.extractors.areas.area_mentions)."""

    fact: ClassVar[str] = "area_matches"


@dataclass(frozen=True)
class ProjectTags:
    """The stretches of each body sentence that can hold a project's name, tagged: part-of-speech tagging
    is the costly step of extraction, so only these are tagged, once a document."""

    fact: ClassVar[str] = "project_tags"
    by_sentence: dict[int, dict[tuple[int, int], Tagged]] = field(default_factory=dict)

    def of(self, sentence: int) -> dict[tuple[int, int], Tagged]:
        """(start, end) -> tags, for the stretches of one sentence."""
        return self.by_sentence.get(sentence, {})
