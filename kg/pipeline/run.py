"""Build a knowledge graph from report texts: read, extract, resolve, write — streaming, parallel, cached.

    collect_inputs -> plan (hash, cache lookup) -> extract_parts (process pool; DocPart + sorted N-Triples
    per document, cached in out/.cache) -> cross-document steps (entities, promises) -> write (graph.ttl,
    graph.nt, store, HTML) -> validate what the documents do not validate alone -> rename into place

No stage holds every document's text: a document's text and offset map live only while it is
extracted, and the triples of its own subjects go to disk at once. Output bytes do not depend on
--jobs, on the cache or on the order of the inputs.
"""
from __future__ import annotations

import heapq
import os
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.read.documents import HTML_SUFFIXES, MAX_BYTES, read_document, read_input
from kg.errors import GovkgError, InputSkipped, NoInputs, OutputError, ShapeViolation
from kg.extractors import run
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.model import Extraction, Status
from kg.pipeline.files import write_all

TEXT_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES)
GC_THRESHOLDS = (100_000, 50, 100)      # gc.set_threshold while a build runs (Python's default: 700, 10, 10)

Progress = Callable[[str, int, int], None]     # (stage, done, total)


@dataclass(frozen=True)
class Input:
    """One input file: its path, its name as given and its cache key."""

    path: Path
    name: str
    key: str


@dataclass
class BuildResult:
    """What a build produced, for the summary and for callers.

    ``extractions`` re-reads the inputs on first use (a build keeps no document text in memory).
    """

    documents: int
    entities: dict[str, int]
    observations: dict[str, int]
    triples: int
    outputs: list[Path] = field(default_factory=list)
    inputs: list[tuple[Path, str]] = field(default_factory=list, repr=False)
    extracted: int = 0                   # documents extracted in this build (the rest came from the cache)
    lexicon: Lexicon | None = field(default=None, repr=False)
    max_bytes: int = MAX_BYTES
    _extractions: list[Extraction] | None = field(default=None, repr=False)

    @property
    def extractions(self) -> list[Extraction]:
        """Every input's full Extraction (Document included), re-extracted once on first use."""
        if self._extractions is None:
            self._extractions = extract_all(self.inputs, self.lexicon or load_lexicon(), self.max_bytes)
        return self._extractions


def collect_inputs(paths: list[Path]) -> list[tuple[Path, str]]:
    """Input files with their names as given, sorted by name; folders contribute their text files.

    In a folder, hidden files are ignored and other non-text files are skipped with a warning.
    """
    found: list[tuple[Path, str]] = []
    for p in paths:
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith("."))
            for f in files:
                if f.suffix.lower() not in TEXT_SUFFIXES:
                    warnings.warn(InputSkipped(f"skipped {f}: not a text file ({', '.join(TEXT_SUFFIXES)}); "
                                               "convert it to text to read it"), stacklevel=2)
            found += [(f, f.name) for f in files if f.suffix.lower() in TEXT_SUFFIXES]
        elif p.exists():
            found.append((p, p.name))
        else:
            raise NoInputs(str(p), "no such file or folder")
    if not found:
        where = ", ".join(str(p) for p in paths) or "(no paths)"
        raise NoInputs(where, f"no text files ({', '.join(TEXT_SUFFIXES)}) to read")
    return sorted(found, key=lambda f: (f[1], str(f[0])))


def extract_all(inputs: list[tuple[Path, str]], lex: Lexicon, max_bytes: int = MAX_BYTES) -> list[Extraction]:
    """Read and extract every input in memory, serially; the first bad input raises, naming its file."""
    extractions = []
    ids: dict[str, str] = {}
    for path, name in inputs:
        doc = read_document(path, name, lex, max_bytes)
        _check_unique(ids, doc.id, name)
        extractions.append(run(doc, lex))
    return extractions


def _check_unique(ids: dict[str, str], doc_id: str, name: str) -> None:
    if doc_id in ids:
        raise GovkgError(name, f"has the same document id {doc_id!r} as {ids[doc_id]}", "rename one of them")
    ids[doc_id] = name


def default_jobs() -> int:
    """How many processes extract by default: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cycle collector less often (the processes the pool forks inherit this). A build keeps millions of
    objects to its end (cached parts, merged entities) and makes few reference cycles, but at Python's default
    thresholds the collector walks the live objects again and again: it took half the time of loading a large
    build's cache."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


@_fewer_collections()
def build(paths: list[Path] | None = None, out: Path = Path("out"), *, html: bool = True,
          lexicon: Lexicon | None = None, formats: tuple[str, ...] = (), max_bytes: int = MAX_BYTES,
          validate: bool = True, jobs: int | None = None, store: bool = True,
          progress: Progress | None = None) -> BuildResult:
    """Build ``out/graph.ttl`` (and ``out/graph.html``, ``out/store/``) from files or folders of report texts.

    ``formats`` adds exports from kg.rdf.export ("nt", "jsonld", "trig") beside the Turtle file.
    ``max_bytes`` limits the size of one input file. ``jobs`` processes extract documents (default:
    the number of cores); results are cached per document in ``out/.cache``. Every document's graph is
    checked against ontology/shapes.ttl, and so are the entities the documents share: a violation
    raises ShapeViolation with ``out`` untouched. ``store`` keeps an on-disk Oxigraph store in
    ``out/store`` up to date (``kg.load("out/store")``, ``kg serve``).
    """
    from kg.pipeline import cache as doc_cache

    lex = lexicon or load_lexicon()
    report = progress or (lambda stage, done, total: None)
    found = collect_inputs(paths or [Path("seeds")])
    version = doc_cache.version(lexicon)
    _check_out(out)
    inputs = plan(found, version, max_bytes)
    cache = doc_cache.DocCache(out, version)
    try:
        entities: dict = {}
        shared: set[str] = set()
        parts = extract_parts(inputs, lex, cache, jobs or default_jobs(), max_bytes, validate, report, entities,
                              shared)
        result = _write(parts, entities, shared, cache, out, lex, html=html, formats=formats, validate=validate,
                        store=store, report=report)
        cache.commit({p.key for p in parts})
    except BaseException:
        cache.discard()
        raise
    result.inputs, result.lexicon, result.max_bytes = found, lexicon, max_bytes
    result.extracted = len(parts) - cache.hits
    return result


def _check_out(out: Path) -> None:
    """Refuse an unusable --out before any work, so a long build does not fail at its end."""
    _check_writable({out / "graph.ttl": b""})


def plan(found: list[tuple[Path, str]], version: str, max_bytes: int) -> list[Input]:
    """Each input with its cache key (the hash of its name and bytes); refuses files over ``max_bytes``."""
    from kg.pipeline.cache import document_key

    inputs = []
    for path, name in found:
        inputs.append(Input(path, name, document_key(name, read_input(path, name, max_bytes), version)))
    return inputs


# -- extraction: a process pool over the documents the cache lacks -----------------------------------------

_WORKER: dict = {}


def _init_worker(lex: Lexicon, max_bytes: int, validate: bool, staging: Path) -> None:
    _WORKER.update(lex=lex, max_bytes=max_bytes, validate=validate, staging=staging)


def _extract_one(item: Input):
    """Worker: extract one input and stage its cache entry (a GovkgError reaches the parent intact)."""
    from kg.pipeline.cache import stage
    from kg.pipeline.document import extract_document

    part, nt, ttl = extract_document(item.path, item.name, _WORKER["lex"], _WORKER["max_bytes"], _WORKER["validate"])
    return stage(_WORKER["staging"], item.key, part, nt, ttl)


def extract_parts(inputs: list[Input], lex: Lexicon, cache, jobs: int, max_bytes: int, validate: bool,
                  report: Progress, entities: dict | None = None, shared: set[str] | None = None) -> list:
    """Every input's DocPart in input order: from the cache, else extracted by ``jobs`` processes.

    Each part's entities are folded into ``entities`` (kg.link.entities.merge) and its shared lines into
    ``shared`` in input order as it arrives, then dropped from the part: only the merged entities and
    the set of shared lines stay in memory.
    """
    from kg.link.entities import merge

    entities = {} if entities is None else entities
    shared = set() if shared is None else shared
    missing = [not cache.has(item.key) for item in inputs]
    todo = [item for item, miss in zip(inputs, missing) if miss]
    report("extract", 0, len(todo))
    fresh = _run_pool(todo, lex, cache, jobs, max_bytes, validate)
    parts, ids, done = [], {}, 0
    try:
        for item, miss in zip(inputs, missing):
            if not miss:
                part = cache.get(item.key) or _extract_here(item, lex, cache, max_bytes, validate)
            else:
                part, done = next(fresh), done + 1
                report("extract", done, len(todo))
            _check_unique(ids, part.info.id, item.name)
            merge(entities, part.entities)
            shared.update(part.shared)
            part.entities, part.shared = [], []       # merged: only the merged entities and lines stay in memory
            parts.append(part)
    finally:
        fresh.close()
    return parts


def _extract_here(item: Input, lex: Lexicon, cache, max_bytes: int, validate: bool):
    """Extract in this process an input whose cache entry turned out unreadable."""
    _init_worker(lex, max_bytes, validate, cache.staging)
    return _extract_one(item)


def _run_pool(items: list[Input], lex: Lexicon, cache, jobs: int, max_bytes: int, validate: bool) -> Iterator:
    """Results in input order; one process (no pool) when there is little to do."""
    args = (lex, max_bytes, validate, cache.staging)
    if jobs <= 1 or len(items) <= 1:
        _init_worker(*args)
        yield from map(_extract_one, items)
        return
    import multiprocessing

    from kg.pipeline.document import warm

    warm(lex)                 # once here rather than once in each process the pool forks
    with multiprocessing.Pool(min(jobs, len(items)), initializer=_init_worker, initargs=args) as pool:
        yield from pool.imap(_extract_one, items, chunksize=1)


# -- cross-document steps and outputs ----------------------------------------------------------------------

def _write(parts: list, entities: dict, shared_lines: set[str], cache, out: Path, lex: Lexicon, *, html: bool,
           formats: tuple[str, ...], validate: bool, store: bool, report: Progress) -> BuildResult:
    """The cross-document steps and the outputs; ``shared_lines`` is emptied on the way (it can be large)."""
    from kg.link.promises import track
    from kg.rdf.graph import entity_lines, promise_lines
    from kg.rdf.ontology import ontology_lines
    from kg.rdf.terms import CLASS, document_iri, kgo_name, slug
    from kg.link.entities import _add_broader

    bad = [(p.info.source, v) for p in parts for v in p.violations]
    if bad:
        _raise_violations([f"{source}: {v}" for source, v in bad])
    report("resolve", 0, 1)
    _add_broader(entities, lex)
    entities = dict(sorted(entities.items()))
    entity_block = entity_lines(entities.values())
    documents = [(slug(p.info.id), _reader(cache.entry_path(p.key), p.sections)) for p in parts]
    shared_lines.update(entity_block)
    shared = sorted(shared_lines)                     # one sort of the largest list a build holds
    if validate:
        report("validate", 0, 1)
        described = {str(document_iri(p.info.id)): read for p, (_, read) in zip(parts, documents)}
        _check_shared(shared, cache, lambda iri: described[iri]("document"))
    shared = list(heapq.merge(shared, sorted(set(ontology_lines()) - shared_lines)))
    shared_lines.clear()
    positions = {p.info.id: p.observation_at for p in parts}
    extra = promise_lines(track([p.as_extraction() for p in parts], lex), positions)
    turtle = [(slug(p.info.id), _reader(cache.entry_path(p.key, ".ttl"), p.ttl_sections, text=False))
              for p in parts]
    triples = len(shared) + sum(p.triples for p in parts) + sum(map(len, extra.values()))
    promises = sorted(line for lines in extra.values() for line in lines)
    files = _outputs(shared, documents, turtle, extra, promises, out, cache.staging, formats, report)
    _check_writable({**files, **({out / "graph.html": b""} if html else {})})
    from kg.viz.page import Page

    with Page(files[out / "graph.ttl"], cache.staging, triples, parts, entities, html, store) as page:
        if store:
            report("store", 0, 1)
            from kg.sparql.store import update_store

            update_store(out / "store", list(heapq.merge(shared, promises)),
                         [(p.info.id, p.digest, documents[i][1]) for i, p in enumerate(parts)])
        if html:
            files[out / "graph.html"] = page.result()
    write_all(files)
    kinds = Counter(kgo_name(CLASS[kind]) for kind, _ in entities)
    return BuildResult(
        documents=len(parts),
        entities={kgo_name(cls): kinds.get(kgo_name(cls), 0) for cls in CLASS.values()},
        observations=dict(sorted(Counter(o.status.value for p in parts for o in p.observations).items())),
        triples=triples,
        outputs=sorted([*files, *([out / "store"] if store else [])]),
    )


def _reader(path: Path, sections: dict[str, tuple[int, int]], text: bool = True) -> Callable[[str], str | bytes]:
    """A function giving one bucket's lines of a document's cached N-Triples (or, ``text=False``, its bytes:
    for the cached Turtle)."""
    def read(bucket: str):
        at, size = sections[bucket]
        with path.open("rb") as fh:
            fh.seek(at)
            data = fh.read(size)
        return data.decode("utf-8") if text else data
    return read


def _outputs(shared: list[str], documents: list, turtle: list, extra: dict, promises: list[str], out: Path,
             staging: Path, formats: tuple[str, ...], report: Progress) -> dict[Path, bytes | Path]:
    """graph.ttl (and graph.nt) streamed to files in ``staging`` (renamed into place by write_all): graph.ttl
    mostly copied from the documents' cached Turtle (``turtle``: slug and reader of its bytes by bucket);
    the other formats in memory."""
    from kg.rdf.export import turtle_blocks
    from kg.rdf.ntriples import ordered_chunks

    report("write", 0, 1)
    files: dict[Path, bytes | Path] = {}
    ttl = files[out / "graph.ttl"] = staging / "out.graph.ttl"
    if "nt" in formats:
        nt = files[out / "graph.nt"] = staging / "out.graph.nt"
        with nt.open("wb") as fh:
            for chunk in ordered_chunks(shared, documents, extra):
                fh.write("".join(chunk).encode("utf-8"))
    with ttl.open("wb") as fh:
        for block in turtle_blocks(shared, turtle, promises):
            fh.write(block)
    rest = [f for f in formats if f not in ("nt", "turtle")]
    if rest:
        from kg.rdf.export import FILE_NAMES, serialize as export
        from kg.rdf.terms import new_graph

        graph = new_graph().parse(ttl, format="turtle")
        files.update({out / FILE_NAMES[f]: export(graph, f) for f in rest})
    return files


def _check_shared(shared: list[str], cache, describe: Callable[[str], str]) -> None:
    """Validate what no document validates alone: the entities merged across documents; ``describe`` gives
    a document IRI's description lines."""
    from kg.validate.shared import validate_shared

    violations = validate_shared(shared, cache, describe)
    if violations:
        _raise_violations([str(v) for v in violations])


def _raise_violations(lines: Sequence[str]) -> None:
    shown = "\n".join(lines[:20]) + (f"\n… and {len(lines) - 20} more" if len(lines) > 20 else "")
    raise ShapeViolation("the built graph", f"breaks {len(lines)} SHACL constraint(s) of ontology/shapes.ttl; "
                         f"nothing was written:\n{shown}",
                         "this is a bug in govkg: please report it with the input files")


def _check_writable(files: dict) -> None:
    """Refuse before writing when a target cannot be replaced, so no output is half-written."""
    for target in sorted(files):
        folder = next((p for p in (target.parent, *target.parent.parents) if p.exists()), Path("."))
        if not folder.is_dir():
            raise OutputError(str(folder), "is a file, not a folder", "choose another --out folder")
        if target.is_dir():
            raise OutputError(str(target), "is a folder, so the output file cannot replace it", "remove or rename it")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(str(folder), "is not writable", "choose another --out folder or fix its permissions")


def serialize(graph) -> bytes:
    """Turtle, byte-stable for the same graph (kg.rdf.export.to_turtle)."""
    from kg.rdf.export import to_turtle

    return to_turtle(graph)


__all__ = ["BuildResult", "build", "collect_inputs", "extract_all", "serialize", "Status", "default_jobs"]
