"""Extractors: pure, named components run in a declared order (kg.extractors.registry has the contract).

Shared steps first: tag the stretches of each sentence that can hold a project's name, find the candidate
projects, then the area mentions (which leave out area names that open a project's name). Then the
extractors (places: the gazetteer's divisions; zones: development zones by their names), whose items the
registry attaches to the document's Extraction in this order.
"""
from __future__ import annotations

from collections.abc import Sequence

from kg.extractors import areas, industries, observations, places, projects, relations, zones  # noqa: F401  (they register)
from kg.extractors.registry import REGISTRY, Component, Pipeline, extractor, step
from kg.errors import ExtractorError
from kg.lexicon import Lexicon
from kg.model import Document, Extraction

ORDER = ("project_tags", "project_candidates", "area_matches",
         "areas", "places", "zones", "industries", "observations", "projects", "relations")

__all__ = ["ORDER", "REGISTRY", "Component", "Pipeline", "extractor", "pipeline", "run", "step", "version_key"]


def _pipeline() -> Pipeline:
    unplaced = sorted(set(REGISTRY) - set(ORDER))
    if unplaced:
        raise ExtractorError(unplaced[0], "is registered but has no place in the run order",
                             "add it to kg.extractors.ORDER")
    return Pipeline([REGISTRY[name] for name in ORDER])


def pipeline() -> list[Component]:
    """The registered components in run order (checked: each after those whose facts it requires)."""
    return list(_pipeline().components)


def run(document: Document, lex: Lexicon, names: Sequence[str] | None = None) -> Extraction:
    """Run the components (all, or those named and what they require) over one document."""
    return _pipeline().run(document, lex, names)


def version_key() -> str:
    """Names and versions of all components: part of the cache key for incremental builds."""
    return _pipeline().version_key()
