"""Merge mentions across documents into canonical entities with their other names."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.lexicon import Lexicon, Metric
from kg.lexicon.divisions import PlaceKeys, place_keys
from kg.lexicon.gazetteer import Division
from kg.link.names import canonical
from kg.model import GAZETTEER_KINDS, EntityKind, Extraction, Metadata, Mention, government_key, place_kind

PLACE_KINDS = frozenset({EntityKind.MUNICIPALITY, EntityKind.DISTRICT, *GAZETTEER_KINDS})


@dataclass
class Entity:
    """One canonical thing, with every name the texts use for it and the documents that state it."""

    kind: EntityKind
    name: str
    alt_labels: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    broader: str | None = None
    parent: str | None = None          # for areas: the enclosing administrative area
    parent_kind: EntityKind | None = None   # its kind, for the gazetteer's divisions (None: the lexicon's rule)
    code: str | None = None            # a gazetteer division's GB/T 2260 code (its key: ``name`` is the code too)
    label: str | None = None           # the name to show when ``name`` is not one (a division's full name)
    concept: Metric | None = None      # a metric's indicator in the lexicon's scheme (English label, kind, code)


def normalize_name(name: str) -> str:
    """The form names are compared in: no whitespace, no quotation marks."""
    return re.sub(r"[\s“”\"']", "", name)


def resolve(extractions: list[Extraction], lex: Lexicon) -> dict[tuple[EntityKind, str], Entity]:
    """Canonical entities keyed by (kind, name), from mentions, observations, relations and metadata."""
    out: dict[tuple[EntityKind, str], Entity] = {}
    keys = place_keys(lex)

    def add(kind: EntityKind, name: str, doc: str | None, surface: str | None = None) -> Entity:
        key = (kind, canonical(kind, name))          # a project's names in the form they are compared in
        ent = out.setdefault(key, Entity(kind, key[1]))
        if doc is not None:
            ent.documents.add(doc)
        for written in (name, surface):
            if written and normalize_name(written) != ent.name:
                ent.alt_labels.add(normalize_name(written))
        return ent

    for ex in extractions:
        doc = ex.document.id
        _add_government(add, ex.document.metadata, doc, lex, keys)
        for m in ex.mentions:
            _add_mention(add, m, doc, lex, keys)
        for o in ex.observations:
            _indicator(add(EntityKind.METRIC, o.metric, doc, o.metric_surface), lex)
        for r in ex.relations:
            _place(add, add(*r.subject, doc), doc, lex, keys)
            if not isinstance(r.object, int):
                _place(add, add(*r.object, doc), doc, lex, keys)
    _add_broader(out, lex)
    return dict(sorted(out.items()))


def _indicator(ent: Entity, lex: Lexicon) -> None:
    """A metric of the lexicon's indicator scheme carries its indicator, and every alias as another name."""
    if ent.concept is None and (concept := lex.metric(ent.name)) is not None:
        ent.concept = concept
        ent.alt_labels.update(a for a in map(normalize_name, (*concept.aliases, *concept.exact_aliases))
                              if a != ent.name)


def _add_mention(add, m: Mention, doc: str, lex: Lexicon, keys: PlaceKeys) -> None:
    """The entity a mention names: a division (with the divisions above it), a zone (in its division), or another."""
    if m.kind in PLACE_KINDS:
        division = keys.division(m.name)
        if division is not None:
            _add_chain(add, division, doc, keys, every=False)
            return
    if m.kind is EntityKind.DEVELOPMENT_ZONE:
        ent = add(m.kind, m.name, doc, m.surface)
        host = keys.division(m.broader) if m.broader else None
        if host is not None and ent.parent is None:
            ent.parent_kind, ent.parent = keys.key(host)
            _add_chain(add, host, None, keys, every=False)
        return
    ent = add(m.kind, m.name, doc, m.surface)
    ent.broader = ent.broader or m.broader
    _place(add, ent, doc, lex, keys)


def _place(add, ent: Entity, doc: str, lex: Lexicon, keys: PlaceKeys) -> None:
    """A functional area lies in the district or division the lexicon gives it, however the text reached it
    (a mention, or only a relation such as a project located in it)."""
    if ent.kind is EntityKind.FUNCTIONAL_AREA:
        host = lex.area(ent.name).parent
        division = keys.division(host) if host.isdigit() else None
        if division is None:
            ent.parent = host
            _add_area(add, host, doc, lex, keys)
            return
        ent.parent_kind, ent.parent = keys.key(division)
        _add_chain(add, division, doc, keys, every=True)


def _add_government(add, meta: Metadata, doc: str, lex: Lexicon, keys: PlaceKeys) -> None:
    """The place a document speaks for: the gazetteer's division (or the lexicon's place that is one) and every
    division above it up to the country, each reported in the document; a lexicon place the gazetteer lacks;
    a division the gazetteer lacks, given by name, in the parent the name gives."""
    if meta.division_kind is None:
        _add_area(add, meta.district, doc, lex, keys)
        return
    if meta.division_code is not None:
        _add_chain(add, keys.gazetteer.get(meta.division_code), doc, keys, every=True)
        return
    ent = add(*government_key(meta, lex), doc)      # a division the gazetteer lacks, given by name
    ent.label = meta.district
    parent = keys.gazetteer.get(meta.division_parent) if meta.division_parent else None
    if parent is not None:
        ent.parent_kind, ent.parent = keys.key(parent)
        _add_chain(add, parent, doc, keys, every=True)


def _add_chain(add, division: Division, doc: str | None, keys: PlaceKeys, every: bool) -> None:
    """A division and every division above it up to the country, keyed as kg.lexicon.divisions says, each located
    in the next, with its code, full and short names; reported in ``doc``: the first, or ``every`` one."""
    chain = keys.gazetteer.chain(division.code)
    for i, (d, parent) in enumerate(zip(chain, [*chain[1:], None])):
        kind, name = keys.key(d)
        ent = add(kind, name, doc if every or i == 0 else None)
        ent.code, ent.label = d.code, d.name if d.name != name else None
        ent.alt_labels.update(s for s in d.short if s != d.name)
        if parent is not None:
            ent.parent_kind, ent.parent = keys.key(parent)


def _add_area(add, name: str, doc: str, lex: Lexicon, keys: PlaceKeys) -> None:
    """A place of the lexicon: through its division when the gazetteer has it, else as areas.toml places it."""
    division = keys.division(name)
    if division is not None:
        _add_chain(add, division, doc, keys, every=True)
        return
    area = lex.area(name)
    ent = add(place_kind(area.kind), name, doc)
    ent.parent = area.parent
    if area.parent:
        add(EntityKind.MUNICIPALITY, area.parent, doc)


def _add_broader(entities: dict[tuple[EntityKind, str], Entity], lex: Lexicon) -> None:
    """Industries' broader industries exist too, even when no text names them."""
    known = {i.name: i for i in lex.industries}
    todo = [e for (k, _), e in entities.items() if k is EntityKind.INDUSTRY]
    while todo:
        ent = todo.pop()
        if ent.broader and (EntityKind.INDUSTRY, ent.broader) not in entities:
            parent = known[ent.broader]
            new = Entity(EntityKind.INDUSTRY, parent.name, broader=parent.broader)
            entities[(EntityKind.INDUSTRY, parent.name)] = new
            todo.append(new)


def merge(into: dict[tuple[EntityKind, str], Entity], local: list[Entity]) -> None:
    """Fold one document's entities (``resolve`` of that document alone) into ``into``.

    Folding documents in input order gives what ``resolve`` gives over all of them: names and
    documents are unions, and ``broader``/``parent`` keep the first value stated by a document
    that names the entity, else the lexicon's.
    """
    for ent in local:
        key = (ent.kind, ent.name)
        have = into.get(key)
        if have is None:
            into[key] = Entity(ent.kind, ent.name, set(ent.alt_labels), set(ent.documents), ent.broader, ent.parent,
                               ent.parent_kind, ent.code, ent.label, ent.concept)
            continue
        first, then = (ent, have) if ent.documents and not have.documents else (have, ent)
        have.broader = first.broader or then.broader
        have.parent, have.parent_kind = (first.parent, first.parent_kind) if first.parent else (then.parent,
                                                                                                then.parent_kind)
        have.code, have.label = first.code or then.code, first.label or then.label
        have.concept = have.concept or ent.concept
        have.alt_labels |= ent.alt_labels
        have.documents |= ent.documents
