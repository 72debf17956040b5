"""The extractor registry: named components, each declaring what it requires and what it assigns.

A component is a pure function ``fn(document, lexicon, inputs)``. A *step* does work several extractors
share (tagging, candidate projects, area matches) and returns one typed result, which later components
are given; an *extractor* returns candidates (Mentions, Observations, Relations) and the registry attaches
them to the document's Extraction. ``inputs`` holds only what the component ``requires``: step results
(``inputs.get(AreaMatches)``) and what earlier extractors assigned (``inputs.mentions(kind)``,
``inputs.observations()``). Fact names are a step result's ``fact``, ``mentions.<kind>``, ``observations``
and ``relations``.

The run order is declared (kg.extractors.ORDER); :class:`Pipeline` checks it: a component that requires a
fact no component assigns, or one assigned later, is an error before any document is read.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from kg.errors import ExtractorError
from kg.lexicon import Lexicon
from kg.model import Document, EntityKind, Extraction, Mention, Observation, Relation

Item = Mention | Observation | Relation
T = TypeVar("T")
OBSERVATIONS = "observations"
RELATIONS = "relations"


def mentions_of(kind: EntityKind) -> str:
    """The fact an extractor assigns when it finds mentions of ``kind``."""
    return f"mentions.{kind.value}"


ITEM_FACTS = frozenset({OBSERVATIONS, RELATIONS, *(mentions_of(k) for k in EntityKind)})


@dataclass(frozen=True)
class Component:
    """A registered step or extractor."""

    name: str
    fn: Callable[[Document, Lexicon, "Inputs"], Any]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    version: str = "1"
    step: bool = False


REGISTRY: dict[str, Component] = {}


def _register(component: Component) -> None:
    if component.name in REGISTRY:
        raise ExtractorError(component.name, "is registered twice", "give the component another name")
    wrong = [f for f in component.assigns if (f in ITEM_FACTS) == component.step]
    if wrong or (component.step and len(component.assigns) != 1):
        what = "a step assigns exactly one result, never items" if component.step else \
            f"an extractor assigns items: {', '.join(sorted(ITEM_FACTS))}"
        raise ExtractorError(component.name, f"cannot assign {wrong or component.assigns}", what)
    REGISTRY[component.name] = component


def extractor(name: str, *, assigns: tuple[str, ...], requires: tuple[str, ...] = (),
              version: str = "1") -> Callable[[Callable], Callable]:
    """Register ``fn`` as the extractor ``name``: it returns the items (facts) ``assigns`` names."""
    def register(fn: Callable) -> Callable:
        _register(Component(name, fn, tuple(requires), tuple(assigns), version))
        return fn
    return register


def step(name: str, *, assigns: type, requires: tuple[str, ...] = (), version: str = "1") -> Callable[[Callable], Callable]:
    """Register ``fn`` as the shared step ``name``: it returns one ``assigns`` (a result type with a ``fact``)."""
    def register(fn: Callable) -> Callable:
        _register(Component(name, fn, tuple(requires), (assigns.fact,), version, step=True))
        return fn
    return register


class Inputs:
    """What one component may read of a document's facts: those its ``requires`` names, nothing else."""

    __slots__ = ("_component", "_found", "_results")

    def __init__(self, component: Component, found: Extraction, results: dict[str, Any]) -> None:
        self._component, self._found, self._results = component, found, results

    def _check(self, fact: str) -> None:
        if fact not in self._component.requires:
            raise ExtractorError(self._component.name, f"reads {fact!r}, which it does not require",
                                 f"add {fact!r} to its requires")

    def get(self, result: type[T]) -> T:
        """The document's result of the step that assigns ``result``."""
        self._check(result.fact)
        return self._results[result.fact]

    def mentions(self, kind: EntityKind) -> tuple[Mention, ...]:
        """The mentions of ``kind`` earlier extractors found, in the order found."""
        self._check(mentions_of(kind))
        return tuple(m for m in self._found.mentions if m.kind is kind)

    def observations(self) -> tuple[Observation, ...]:
        """The observations found so far; a Relation's ``targets`` object is an index into them."""
        self._check(OBSERVATIONS)
        return tuple(self._found.observations)


class Pipeline:
    """Components in a declared order, checked: each requires only facts that earlier ones assign."""

    def __init__(self, components: Sequence[Component]) -> None:
        assigned_by: dict[str, str] = {}
        for c in components:
            for fact in c.assigns:
                if fact in assigned_by:
                    raise ExtractorError(c.name, f"assigns {fact!r}, which {assigned_by[fact]!r} assigns too")
                assigned_by[fact] = c.name
        done: set[str] = set()
        for c in components:
            for fact in c.requires:
                if fact not in assigned_by:
                    raise ExtractorError(c.name, f"requires {fact!r}, which no component assigns")
                if fact not in done:
                    raise ExtractorError(c.name, f"requires {fact!r}, which {assigned_by[fact]!r} assigns later",
                                         f"run {assigned_by[fact]!r} before {c.name!r}")
            done |= set(c.assigns)
        self.components = tuple(components)

    def needed(self, names: Iterable[str]) -> list[Component]:
        """The named components and every component they require, in run order."""
        wanted = set(names)
        for c in reversed(self.components):
            if c.name in wanted:
                wanted |= {o.name for o in self.components if set(o.assigns) & set(c.requires)}
        return [c for c in self.components if c.name in wanted]

    def run(self, document: Document, lexicon: Lexicon, names: Sequence[str] | None = None) -> Extraction:
        """Run the components (all, or those named and what they require) over one document."""
        found = Extraction(document)
        results: dict[str, Any] = {}
        for c in self.components if names is None else self.needed(names):
            out = c.fn(document, lexicon, Inputs(c, found, results))
            if c.step:
                results[c.assigns[0]] = out
            else:
                _attach(c, out, found)
        return found

    def version_key(self) -> str:
        """Names and versions of the components: part of the cache key for incremental builds."""
        return ";".join(f"{c.name}={c.version}" for c in self.components)


def _attach(component: Component, items: Iterable[Item], found: Extraction) -> None:
    for item in items:
        if isinstance(item, Mention):
            fact, into = mentions_of(item.kind), found.mentions
        elif isinstance(item, Observation):
            fact, into = OBSERVATIONS, found.observations
        elif isinstance(item, Relation):
            fact, into = RELATIONS, found.relations
        else:
            raise ExtractorError(component.name, f"returned {item!r}, not a Mention, Observation or Relation")
        if fact not in component.assigns:
            raise ExtractorError(component.name, f"returned {fact!r}, which it does not assign",
                                 f"add {fact!r} to its assigns")
        into.append(item)
