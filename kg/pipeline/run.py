"""Build a knowledge graph from report texts: read, extract, resolve, write — streaming, parallel, cached.

A build is a chain of named steps, each taking and returning typed values:

    collect_inputs -> plan (cache keys) -> extract_parts (process pool; a DocPart per document and its
    sorted N-Triples, cached in out/.cache) -> link (resolve entities, validate what the documents share,
    track promises: a BuiltGraph) -> write_files -> update_store -> draw the page -> rename into place

No step holds every document's text: a document's text and offset map live only while it is
extracted, and the triples of its own subjects go to disk at once. Output bytes do not depend on
``jobs``, on the cache or on the order of the inputs.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.lexicon.load import with_user
from kg.model import Extraction, Status
from kg.pipeline.files import prune, write_all
from kg.pipeline.document import DocPart
from kg.pipeline.inputs import check_out, check_writable, collect_inputs, default_jobs, plan, user_lexicons
from kg.pipeline.lines import BuiltGraph
from kg.pipeline.cache import DocCache
from kg.pipeline.parts import Extracted, Progress, Reading, extract_all, extract_parts
from kg.pipeline.steps import TEXTS, link, update_store, write_files
from kg.read.documents import MAX_BYTES
from kg.read.given import Fallback, fallback


@dataclass(frozen=True)
class Outputs:
    """What a build writes besides graph.ttl."""

    html: bool = True
    formats: tuple[str, ...] = ()        # kg.rdf.export: "nt", "jsonld", "trig"
    store: bool = True


@dataclass
class BuildResult:
    """What a build produced, for the summary and for callers (``kg.extract`` gives the extractions)."""

    documents: int
    entities: dict[str, int]
    observations: dict[str, int]
    triples: int
    outputs: list[Path] = field(default_factory=list)
    extracted: int = 0                   # documents extracted in this build (the rest came from the cache)
    merged: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)   # kg.link.names.merges


def build(paths: list[Path] | None = None, out: Path = Path("out"), *, html: bool = True,
          lexicon: Lexicon | None = None, formats: tuple[str, ...] = (), max_bytes: int = MAX_BYTES,
          validate: bool = True, jobs: int | None = None, store: bool = True,
          progress: Progress | None = None, government: str | None = None, year: int | None = None,
          lexicons: Sequence[Path] = ()) -> BuildResult:
    """Build ``out/graph.ttl`` (and ``out/graph.html``, ``out/store/``, ``out/texts/``) from files or folders of
    reports (text, HTML, PDF or Word).

    ``formats`` adds exports from kg.rdf.export ("nt", "jsonld", "trig") beside the Turtle file.
    ``max_bytes`` limits the size of one input file. ``jobs`` processes extract documents (default:
    the number of cores); results are cached per document in ``out/.cache``. Every document's graph is
    checked against ontology/shapes.ttl, and so are the entities the documents share: a violation
    raises ShapeViolation with ``out`` untouched. ``store`` keeps an on-disk Oxigraph store in
    ``out/store`` up to date (``kg.load("out/store")``, ``kg serve``). ``out/texts/<document id>.txt`` holds
    each document's text as govkg read it (UTF-8; read it without newline translation): every
    kgo:charStart and kgo:charEnd of the graph is a code-point offset into it.

    ``government`` (a name: 杭州市西湖区, or one the gazetteer lacks, written after its parents) and ``year`` are
    taken for the texts that do not state theirs (kg.read.given: what a text states wins, with a
    FallbackOverridden warning). ``lexicons`` are the user's lexicon files, merged over the shipped lexicon after
    a govkg.toml found beside the inputs (kg.lexicon.load.with_user); ``lexicon``, when given, replaces all of
    them. Inputs that cannot be read are reported together once all are read (BadInputs).
    """
    from kg.pipeline.cache import version as cache_version

    paths = paths or [Path("seeds")]
    found = collect_inputs(paths)
    lexicon = _own_lexicon(paths, lexicon, lexicons)
    given = fallback(government, year, lexicon or load_lexicon())
    reading = Reading(lexicon or load_lexicon(), max_bytes, validate, given)
    report = progress or (lambda stage, done, total: None)
    version = cache_version(lexicon, given)
    check_out(out)
    inputs, failed = plan(found, version, max_bytes)
    cache = DocCache(out, version)
    try:
        extracted = extract_parts(inputs, reading, cache, jobs or default_jobs(), report, failed)
        warn_overridden(extracted.parts, given)
        result = _finish(extracted, reading, cache, out, Outputs(html, tuple(formats), store), report)
        cache.commit({p.key for p in extracted.parts})
    except BaseException:
        cache.discard()
        raise
    result.extracted = len(extracted.parts) - cache.hits
    return result


def _finish(extracted: Extracted, reading: Reading, cache: DocCache, out: Path, outputs: Outputs,
            report: Progress) -> BuildResult:
    """The steps after extraction: link, write the files, update the store, draw the page, rename into place."""
    from kg.viz.page import Page

    graph = link(extracted, reading.lexicon, cache, reading.validate, report)
    files = write_files(graph, out, cache.staging, outputs.formats, report)
    check_writable([*files, *([out / "graph.html"] if outputs.html else [])])
    documents = [p.info for p in extracted.parts]
    beside_store = outputs.html and outputs.store
    with Page(graph, documents, graph.entities, cache.staging / "out.graph.html", beside_store) as page:
        if outputs.store:
            update_store(out / "store", graph, report)
        if outputs.html:
            files[out / "graph.html"] = page.result()
    write_all(files)
    prune(out / TEXTS, {f"{d.id}.txt" for d in graph.documents})
    written = {p for p in files if p.parent != out / TEXTS} | {out / TEXTS}     # texts kept in place are outputs too
    return _result(extracted, graph, sorted([*written, *([out / "store"] if outputs.store else [])]))


def _result(extracted: Extracted, graph: BuiltGraph, outputs: list[Path]) -> BuildResult:
    from kg.model import GAZETTEER_KINDS
    from kg.rdf.terms import CLASS, kgo_name

    kinds = Counter(kgo_name(CLASS[kind]) for kind, _ in graph.entities)
    shown = [cls for kind, cls in CLASS.items() if kind not in GAZETTEER_KINDS or kinds.get(kgo_name(cls))]
    statuses = Counter(o.status.value for p in extracted.parts for o in p.observations)
    from kg.link.names import merges

    return BuildResult(
        merged=merges(graph.entities),
        documents=len(extracted.parts),
        entities={kgo_name(cls): kinds.get(kgo_name(cls), 0) for cls in shown},   # the gazetteer's kinds if any
        observations=dict(sorted(statuses.items())),
        triples=graph.triples,
        outputs=outputs,
    )


def extract(paths: list[Path], lexicon: Lexicon | None = None, max_bytes: int = MAX_BYTES, *,
            government: str | None = None, year: int | None = None, lexicons: Sequence[Path] = ()) -> list[Extraction]:
    """The extractions of the files (or folders of texts) ``paths``, each with its full Document, in memory;
    nothing is written or cached. Bad inputs raise once all are read, naming each file. ``government``, ``year``
    and ``lexicons`` as for :func:`build`."""
    found = collect_inputs(paths)
    lex = _own_lexicon(paths, lexicon, lexicons) or load_lexicon()
    return extract_all(found, lex, max_bytes, fallback(government, year, lex))


def _own_lexicon(paths: list[Path], lexicon: Lexicon | None, lexicons: Sequence[Path]) -> Lexicon | None:
    """The lexicon a build is given: ``lexicon``, else the shipped one with the user's files merged over it (a
    govkg.toml beside the inputs, then ``lexicons``); None when there is none of these (the shipped lexicon, whose
    files the cache's version holds already)."""
    if lexicon is not None:
        return lexicon
    users = [*user_lexicons(paths), *lexicons]
    return with_user(users) if users else None


def warn_overridden(parts: list[DocPart], given: Fallback) -> None:
    """Warn (FallbackOverridden) for each document that states a government or year other than the one given."""
    import warnings

    from kg.errors import FallbackOverridden

    for part in parts:
        meta, name = part.info.metadata, part.info.source
        g = given.government
        if g is not None and not g.same_as(meta.district, meta.division_code):
            warnings.warn(FallbackOverridden(f"{name} states its government, {meta.district}: kept instead of "
                                             f"{g.written} as given"), stacklevel=2)
        if given.year is not None and meta.year != given.year:
            warnings.warn(FallbackOverridden(f"{name} states its year, {meta.year}: kept instead of {given.year} "
                                             "as given"), stacklevel=2)


def serialize(graph) -> bytes:
    """Turtle, byte-stable for the same graph (kg.rdf.export.to_turtle)."""
    from kg.rdf.export import to_turtle

    return to_turtle(graph)


__all__ = ["BuildResult", "Outputs", "Status", "build", "collect_inputs", "default_jobs", "extract", "extract_all",
           "serialize"]
