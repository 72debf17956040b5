"""The step 'extract parts': every input's DocPart, from the cache or from a process pool over the rest.

As each part arrives (in input order) its entities are merged and its shared lines collected, then
dropped from the part: only the merged entities and the set of shared lines stay in memory.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import BadInputs, GovkgError
from kg.lexicon import Lexicon
from kg.link.entities import Entity, merge
from kg.model import EntityKind, Extraction
from kg.pipeline.cache import DocCache
from kg.pipeline.document import DocPart
from kg.pipeline.inputs import READ_ERRORS, DocumentIds, Input, InputFile
from kg.read.documents import MAX_BYTES
from kg.read.given import NONE, Fallback

Progress = Callable[[str, int, int], None]     # (stage, done, total): how a build reports where it is


@dataclass(frozen=True)
class Reading:
    """How one document is read and extracted: the same in this process and in every worker."""

    lexicon: Lexicon
    max_bytes: int
    validate: bool
    fallback: Fallback = NONE        # the government and year of texts that state none (kg.read.given)


@dataclass
class Extracted:
    """Every input's DocPart in input order, with what the parts share merged across documents."""

    parts: list[DocPart]
    entities: dict[tuple[EntityKind, str], Entity] = field(default_factory=dict)   # merged in input order
    shared: set[str] = field(default_factory=set)        # lines whose subject documents share (relations)


def extract_parts(inputs: list[Input], reading: Reading, cache: DocCache, jobs: int, report: Progress,
                  failed: Sequence[GovkgError] = ()) -> Extracted:
    """Every input's DocPart in input order: from the cache, else extracted by ``jobs`` processes.

    An input that cannot be read does not stop the others: once all are read, its error (with ``failed``, the
    errors of inputs that never got this far) is raised, or BadInputs naming every such input."""
    missing = [not cache.has(item.key) for item in inputs]
    todo = [item for item, miss in zip(inputs, missing) if miss]
    report("extract", 0, len(todo))
    fresh = _run_pool(todo, reading, cache.staging, jobs)
    result, ids, done, errors = Extracted([]), DocumentIds(), 0, list(failed)
    try:
        for item, miss in zip(inputs, missing):
            if not miss:
                part = cache.get(item.key) or _extract_here(item, reading, cache.staging)
            else:
                part, done = next(fresh), done + 1
                report("extract", done, len(todo))
            if isinstance(part, GovkgError):
                errors.append(part)
                continue
            ids.add(part.info.id, item.name)
            merge(result.entities, part.entities)
            result.shared.update(part.shared)
            part.entities, part.shared = [], []       # merged: only the merged entities and lines stay in memory
            result.parts.append(part)
    finally:
        fresh.close()
    raise_all(errors)
    return result


def raise_all(errors: Sequence[GovkgError]) -> None:
    """Raise the one input's error, or BadInputs naming every input that cannot be read (sorted by file)."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise BadInputs(tuple(sorted(errors, key=lambda e: (e.where, e.code))))


def extract_all(inputs: list[InputFile], lex: Lexicon, max_bytes: int = MAX_BYTES,
                fallback: Fallback = NONE) -> list[Extraction]:
    """Read and extract every input in memory, serially; inputs that cannot be read raise once all are read
    (:func:`raise_all`)."""
    from kg.extractors import run
    from kg.read.documents import read_document

    extractions, ids, errors = [], DocumentIds(), []
    for path, name in inputs:
        try:
            doc = read_document(path, name, lex, max_bytes, fallback)
        except READ_ERRORS as exc:
            errors.append(exc)
            continue
        ids.add(doc.id, name)
        extractions.append(run(doc, lex))
    raise_all(errors)
    return extractions


# A pool worker's settings: set by the pool's initializer (or here, for the serial path) once per process.
_WORKER: dict = {}


def _init_worker(reading: Reading, staging: Path) -> None:
    _WORKER.update(reading=reading, staging=staging)


def _extract_one(item: Input) -> DocPart | GovkgError:
    """Worker: extract one input and stage its cache entry; an input that cannot be read gives its error, which
    reaches the parent intact (other GovkgErrors, bugs of govkg, are raised)."""
    from kg.pipeline.cache import stage
    from kg.pipeline.document import extract_document

    reading: Reading = _WORKER["reading"]
    try:
        part, nt, ttl, text = extract_document(item.path, item.name, reading.lexicon, reading.max_bytes,
                                               reading.validate, reading.fallback)
    except READ_ERRORS as exc:
        return exc
    return stage(_WORKER["staging"], item.key, part, nt, ttl, text)


def _extract_here(item: Input, reading: Reading, staging: Path) -> DocPart | GovkgError:
    """Extract in this process an input whose cache entry turned out unreadable."""
    _init_worker(reading, staging)
    return _extract_one(item)


def _run_pool(items: list[Input], reading: Reading, staging: Path, jobs: int) -> Iterator[DocPart | GovkgError]:
    """Results in input order; one process (no pool) when there is little to do."""
    if jobs <= 1 or len(items) <= 1:
        _init_worker(reading, staging)
        yield from map(_extract_one, items)
        return
    import multiprocessing

    from kg.pipeline.document import warm

    warm(reading.lexicon)                 # once here rather than once in each process the pool forks
    with multiprocessing.Pool(min(jobs, len(items)), initializer=_init_worker, initargs=(reading, staging)) as pool:
        yield from pool.imap(_extract_one, items, chunksize=1)
