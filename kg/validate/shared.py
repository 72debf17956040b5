"""SHACL for what no single document validates: the entities merged across documents.

Each document's own graph (ontology, the entities as it alone names them, its triples) is validated
when it is extracted, and the result is cached with it. Merging adds one thing a document cannot
check alone: an entity's properties gathered from many documents (a second label, a second parent).
So the merged entities are validated here, in pieces of about ``PIECE`` entities (grouped by a hash
of the IRI, so one changed document touches few pieces; a piece whose bytes passed before is not
validated again), with two reductions that keep pyshacl's cost proportional to the entities rather
than to entities × documents:

- an entity's ``kgo:reportedIn`` keeps its first document (each value is a document by construction,
  and the document that named it validated that link), and that document's description comes along;
- ``kgo:targets`` links to observations are left out: the observation and the link live in one
  document, whose validation checked them.

Entities a piece points at in another piece get a stub type; results about stubs are dropped.
"""
from __future__ import annotations

import hashlib
import zlib
from collections import defaultdict
from collections.abc import Callable

from kg.rdf.ntriples import iri_of, nt_line, split_line, subject_of
from kg.rdf.terms import IriKey, curie
from kg.rdf.vocab import KGO

PIECE = 2000


def validate_shared(shared: list[str], cache, describe: Callable[[str], str]) -> list:
    """Violations of the shapes by the merged entities and the lines of entity subjects the documents state
    (``shared``: their N-Triples lines, sorted, without duplicates); ``describe`` gives a document IRI's
    description lines."""
    from kg.pipeline.cache import SHARED_OK

    lines = _reduced(shared)
    subjects = sorted({subject_of(line) for line in lines})
    count = max(1, len(subjects) // PIECE)
    pieces: dict[int, list[str]] = defaultdict(list)
    for line in lines:
        pieces[zlib.crc32(subject_of(line).encode()) % count].append(line)
    known = _read(cache.folder / f"{SHARED_OK}.txt")
    passed, violations = set(), []
    for _, piece in sorted(pieces.items()):
        documents = sorted({o for _, p, o in map(split_line, piece) if p == _REPORTED})
        # a description is several lines: split, so that the areas it names (kgo:district) get their stubs
        piece = piece + [line for doc in documents for line in describe(iri_of(doc)).splitlines(keepends=True)]
        digest = hashlib.sha256("".join(piece).encode("utf-8")).hexdigest()
        if digest not in known:
            found = _validate_piece(piece)
            violations += found
            if found:
                continue
        passed.add(digest)
    (cache.staging / f"{SHARED_OK}.txt").write_text("".join(f"{d}\n" for d in sorted(passed)), encoding="utf-8")
    return violations


_REPORTED = f"<{KGO.reportedIn}>"
_TARGETS = f"<{KGO.targets}>"


def _reduced(lines: list[str]) -> list[str]:
    """Sorted lines with each subject's reportedIn cut to its first document and targets→observation left out."""
    kept, seen = [], set()
    for line in lines:
        subject, predicate, obj = split_line(line)
        if predicate == _TARGETS and _bucket(obj) == "observation":
            continue
        if predicate == _REPORTED:
            if subject in seen:
                continue
            seen.add(subject)
        kept.append(line)
    return kept


def _read(path) -> set[str]:
    try:
        return set(path.read_text(encoding="utf-8").split())
    except OSError:
        return set()


def _validate_piece(piece: list[str]) -> list:
    from rdflib import RDF

    from kg.rdf.ontology import ontology_lines
    from kg.validate.core import validate_nt

    subjects = {subject_of(line) for line in piece}
    stubs, typed = set(), []
    for line in piece:
        obj = split_line(line)[2]
        if obj not in subjects and obj not in stubs and (key := _key(obj)) is not None and key.rdf_class is not None:
            stubs.add(obj)
            typed.append(nt_line((key.iri(), RDF.type, key.rdf_class)))
    report = validate_nt("".join([*ontology_lines(), *piece, *typed]))
    stubbed = {curie(iri_of(obj)) for obj in stubs}
    return [v for v in report.violations if v.focus not in stubbed]


def _key(term: str) -> IriKey | None:
    """The IriKey of an N-Triples term, or None for a literal, blank node or IRI outside ``id:``."""
    iri = iri_of(term)
    return None if iri is None else IriKey.parse(iri)


def _bucket(term: str) -> str | None:
    key = _key(term)
    return None if key is None else key.bucket
