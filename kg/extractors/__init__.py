"""Extractors: pure, named functions registered in one place.

An extractor takes a Document, the Lexicon and what earlier extractors found, and returns new
Mentions, Observations or Relations. It reads nothing else and mutates nothing; ``run`` attaches
its results, in registration order.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.lexicon import Lexicon
from kg.model import Document, Extraction, Mention, Observation, Relation

Item = Mention | Observation | Relation
ExtractFn = Callable[[Document, Lexicon, Extraction], Sequence[Item]]


@dataclass(frozen=True)
class Extractor:
    name: str
    fn: ExtractFn
    requires: tuple[str, ...] = ()
    version: str = "1"


REGISTRY: dict[str, Extractor] = {}


def extractor(name: str, requires: tuple[str, ...] = (), version: str = "1") -> Callable[[ExtractFn], ExtractFn]:
    """Register ``fn`` under ``name``; ``requires`` names extractors whose results it reads."""
    def register(fn: ExtractFn) -> ExtractFn:
        if name in REGISTRY:
            raise ValueError(f"extractor {name!r} is registered twice")
        REGISTRY[name] = Extractor(name, fn, requires, version)
        return fn
    return register


def _load_builtins() -> None:
    from kg.extractors import areas, industries, observations, projects, relations  # noqa: F401


def pipeline() -> list[Extractor]:
    """The registered extractors in run order: each after those it requires, else by name."""
    _load_builtins()
    done: list[Extractor] = []
    pending = sorted(REGISTRY.values(), key=lambda e: e.name)
    while pending:
        ready = [e for e in pending if all(r in {d.name for d in done} for r in e.requires)]
        if not ready:
            raise ValueError(f"extractors with unmet requirements: {[e.name for e in pending]}")
        done.append(ready[0])
        pending.remove(ready[0])
    return done


def run(document: Document, lexicon: Lexicon, names: Sequence[str] | None = None) -> Extraction:
    """Run the extractors (all, or those named) over one document."""
    found = Extraction(document)
    for ext in pipeline():
        if names is not None and ext.name not in names:
            continue
        for item in ext.fn(document, lexicon, found):
            if isinstance(item, Mention):
                found.mentions.append(item)
            elif isinstance(item, Observation):
                found.observations.append(item)
            else:
                found.relations.append(item)
    return found


def version_key() -> str:
    """Names and versions of all extractors: part of the cache key for incremental builds."""
    return ";".join(f"{e.name}={e.version}" for e in pipeline())
