"""The cross-document steps of a build, after 'extract parts': resolve entities, validate what the documents
share, track promises (together: :func:`link`, giving the :class:`BuiltGraph`), then write the files."""
from __future__ import annotations

import hashlib
import heapq
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from kg.errors import ShapeViolation
from kg.lexicon import Lexicon
from kg.link.entities import Entity
from kg.model import EntityKind
from kg.pipeline.cache import DocCache
from kg.pipeline.document import DocPart
from kg.pipeline.lines import BuiltGraph, CachedBytes, DocumentLines
from kg.pipeline.parts import Extracted, Progress

Entities = dict[tuple[EntityKind, str], Entity]
TEXTS = "texts"          # out/texts/<document id>.txt: each document's text as read, which offsets point into


def link(extracted: Extracted, lex: Lexicon, cache: DocCache, validate: bool, report: Progress) -> BuiltGraph:
    """The whole graph: the documents' lines, the merged entities, the ontology and the promise links.

    Refuses (ShapeViolation) a document that broke the shapes, or entities that break them once merged.
    ``extracted.shared`` is emptied on the way (it can be large).
    """
    from kg.rdf.terms import slug

    check_documents(extracted.parts)
    report("resolve", 0, 1)
    entities = resolve_entities(extracted.entities, lex)
    documents = [DocumentLines(slug(p.info.id), p.info.id, p.digest, CachedBytes(cache.entry_path(p.key), p.sections),
                               CachedBytes(cache.entry_path(p.key, ".ttl"), p.ttl_sections), cache.entry_path(p.key, ".txt"))
                 for p in extracted.parts]
    if validate:
        report("validate", 0, 1)
    shared = shared_lines(extracted.shared, entities, cache if validate else None, documents)
    promises = tracked_promises(extracted.parts, lex, cache, {d.id: d.text for d in documents})
    triples = len(shared) + sum(p.triples for p in extracted.parts) + sum(map(len, promises.values()))
    return BuiltGraph(shared, documents, promises, triples, entities)


def check_documents(parts: list[DocPart]) -> None:
    """Refuse the build when a document's own graph broke the shapes (found when it was extracted)."""
    bad = [f"{p.info.source}: {v}" for p in parts for v in p.violations]
    if bad:
        raise_violations(bad)


def resolve_entities(merged: Entities, lex: Lexicon) -> Entities:
    """The entities merged across documents, with the broader industries no text names, sorted by key."""
    from kg.link.entities import _add_broader

    _add_broader(merged, lex)
    return dict(sorted(merged.items()))


def shared_lines(lines: set[str], entities: Entities, cache: DocCache | None,
                 documents: list[DocumentLines]) -> list[str]:
    """The sorted lines no document mints: ``lines`` (emptied), the entities' and the ontology's.

    With ``cache``, the entities merged across documents are validated first (kg.validate.shared).
    """
    from kg.rdf.graph import entity_lines
    from kg.rdf.ontology import ontology_lines
    from kg.rdf.terms import document_iri

    lines.update(entity_lines(entities.values()))
    shared = sorted(lines)                     # one sort of the largest list a build holds
    if cache is not None:
        described = {str(document_iri(d.id)): d.nt for d in documents}
        _check_shared(shared, cache, lambda iri: described[iri].text("document"))
    shared = list(heapq.merge(shared, sorted(set(ontology_lines()) - lines)))
    lines.clear()
    return shared


def tracked_promises(parts: list[DocPart], lex: Lexicon, cache: DocCache,
                     texts: dict[str, Path]) -> dict[tuple[str, str], list[str]]:
    """:func:`track_promises`, or the lines the last build kept when it had the same inputs: the tracker reads
    only the parts, their texts and the lexicon, all of which the parts' cache keys (in input order) hash."""
    key = hashlib.sha256("\0".join(p.key for p in parts).encode("utf-8")).hexdigest()
    lines = cache.tracked(key)
    if lines is None:
        lines = track_promises(parts, lex, texts)
        cache.keep_tracked(key, lines)
    return lines


def track_promises(parts: list[DocPart], lex: Lexicon, texts: dict[str, Path] | None = None) -> dict[str, list[str]]:
    """The promise tracker's lines (verdicts, outcomes, doubts, claims), sorted, by f"{bucket}/{slug}" of their
    subject; ``texts`` (document id -> its text as read, in the cache) lets the tracker read the words around
    targets and outcomes that the parts' facts (kg.link.promise_facts) do not answer."""
    from kg.link.promise_text import Texts
    from kg.link.promises import track
    from kg.rdf.graph import promise_lines

    positions = {p.info.id: p.observation_at for p in parts}
    known = {p.info.id: p.facts for p in parts if p.facts is not None}
    text_of = Texts(texts) if texts is not None else None
    return promise_lines(track([p.as_extraction() for p in parts], lex, text_of, positions, known), positions)


def write_files(graph: BuiltGraph, out: Path, staging: Path, formats: tuple[str, ...],
                report: Progress) -> dict[Path, bytes | Path]:
    """graph.ttl (and graph.nt) streamed to files in ``staging`` (renamed into place by write_all); the other
    formats in memory; each document's text as read, copied from its cache entry to ``texts/<id>.txt`` unless that
    file holds it already (a rebuild after one changed document swaps in one text, not thousands)."""
    report("write", 0, 1)
    files: dict[Path, bytes | Path] = {}
    for doc in graph.documents:
        target = out / TEXTS / f"{doc.id}.txt"
        if not same_bytes(target, doc.text):
            files[target] = copied = staging / f"out.texts.{doc.slug}.txt"
            shutil.copyfile(doc.text, copied)
    ttl = files[out / "graph.ttl"] = staging / "out.graph.ttl"
    if "nt" in formats:
        nt = files[out / "graph.nt"] = staging / "out.graph.nt"
        with nt.open("wb") as fh:
            for chunk in graph.nt_chunks():
                fh.write("".join(chunk).encode("utf-8"))
    with ttl.open("wb") as fh:
        for block in graph.turtle_blocks():
            fh.write(block)
    rest = [f for f in formats if f not in ("nt", "turtle")]
    if rest:
        from kg.rdf.export import FILE_NAMES, serialize as export
        from kg.rdf.terms import new_graph

        parsed = new_graph().parse(ttl, format="turtle")
        files.update({out / FILE_NAMES[f]: export(parsed, f) for f in rest})
    return files


def same_bytes(a: Path, b: Path) -> bool:
    """Whether the files ``a`` and ``b`` both exist and hold the same bytes (sizes first)."""
    try:
        return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def update_store(location: Path, graph: BuiltGraph, report: Progress) -> None:
    """Bring the on-disk Oxigraph store at ``location`` up to date with the graph."""
    from kg.sparql.store import update_store as update

    report("store", 0, 1)
    update(location, *graph.store_lines())


def _check_shared(shared: list[str], cache: DocCache, describe: Callable[[str], str]) -> None:
    from kg.validate.shared import validate_shared

    violations = validate_shared(shared, cache, describe)
    if violations:
        raise_violations([str(v) for v in violations])


def raise_violations(lines: Sequence[str]) -> None:
    """Raise ShapeViolation listing the first 20 violations."""
    shown = "\n".join(lines[:20]) + (f"\n… and {len(lines) - 20} more" if len(lines) > 20 else "")
    raise ShapeViolation("the built graph", f"breaks {len(lines)} SHACL constraint(s) of ontology/shapes.ttl; "
                         f"nothing was written:\n{shown}",
                         "this is a bug in govkg: please report it with the input files")
