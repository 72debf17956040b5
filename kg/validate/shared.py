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

PIECE = 2000


def validate_shared(shared: list[str], cache, describe: Callable[[str], str]) -> list:
    """Violations of the shapes by the merged entities and the lines of entity subjects the documents state
    (``shared``: their N-Triples lines, sorted, without duplicates); ``describe`` gives a document IRI's
    description lines."""
    from kg.pipeline.cache import SHARED_OK

    lines = _reduced(shared)
    subjects = sorted({line.split(" ", 1)[0] for line in lines})
    count = max(1, len(subjects) // PIECE)
    pieces: dict[int, list[str]] = defaultdict(list)
    for line in lines:
        pieces[zlib.crc32(line.split(" ", 1)[0].encode()) % count].append(line)
    known = _read(cache.folder / f"{SHARED_OK}.txt")
    passed, violations = set(), []
    for _, piece in sorted(pieces.items()):
        documents = sorted({line.rsplit(" ", 1)[0].split(" ", 2)[2] for line in piece if _REPORTED in line})
        piece = piece + [describe(doc[1:-1]) for doc in documents]
        digest = hashlib.sha256("".join(piece).encode("utf-8")).hexdigest()
        if digest not in known:
            found = _validate_piece(piece)
            violations += found
            if found:
                continue
        passed.add(digest)
    (cache.staging / f"{SHARED_OK}.txt").write_text("".join(f"{d}\n" for d in sorted(passed)), encoding="utf-8")
    return violations


_REPORTED = " <https://w3id.org/govkg/ontology#reportedIn> "
_TARGETS_OBSERVATION = " <https://w3id.org/govkg/ontology#targets> <https://w3id.org/govkg/id/observation/"


def _reduced(lines: list[str]) -> list[str]:
    """Sorted lines with each subject's reportedIn cut to its first document and targets→observation left out."""
    kept, seen = [], set()
    for line in lines:
        if _TARGETS_OBSERVATION in line:
            continue
        if _REPORTED in line:
            subject = line.split(" ", 1)[0]
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
    from rdflib import RDF, URIRef

    from kg.rdf.graph import nt_line, ontology_lines
    from kg.validate.core import curie, validate_nt

    subjects = {line.split(" ", 1)[0] for line in piece}
    stubs, typed = set(), []
    for line in piece:
        obj = line.split(" ", 2)[2].rstrip()[:-2].rstrip()
        if obj.startswith("<") and obj not in subjects:
            node = URIRef(obj[1:-1])
            kind = _stub_class(node)
            if kind is not None and obj not in stubs:
                stubs.add(obj)
                typed.append(nt_line((node, RDF.type, kind)))
    report = validate_nt("".join([*ontology_lines(), *piece, *typed]))
    stubbed = {curie(URIRef(obj[1:-1])) for obj in stubs}
    return [v for v in report.violations if v.focus not in stubbed]


def _stub_class(node):
    """The class of a govkg resource, read from its IRI (``id/<kind>/…``), or None."""
    from rdflib import URIRef

    from kg.rdf.graph import CLASS
    from kg.rdf.vocab import ID, KGO

    if not isinstance(node, URIRef) or not str(node).startswith(str(ID)):
        return None
    kind = str(node)[len(str(ID)):].split("/", 1)[0]
    classes = {k.value.replace("_", "-"): c for k, c in CLASS.items()}
    classes.update({"document": KGO.Document, "observation": KGO.Observation})
    return classes.get(kind)
