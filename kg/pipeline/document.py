"""One document, read and extracted, as what the rest of a build needs: a DocPart, its sorted N-Triples and its text.

This is the pure per-document step a process pool runs and the cache stores. The Document (its text
and offset map) lives only inside :func:`extract_document`; what leaves it is small: metadata, the
document's local entities, its observations (for the promise tracker), where their numbers stand (their IRIs),
what the promise tracker asks of their words and of the document's (kg.link.promise_facts), the lines whose subject other documents share, and the result of validating the document's own graph; and
the text as read (``Document.text``, which every offset of the graph points into), for ``out/texts/``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from kg.lexicon import Lexicon
from kg.model import DocumentInfo, Extraction, Observation
from kg.link.entities import Entity
from kg.link.promise_facts import DocFacts
from kg.read.given import NONE, Fallback


@dataclass
class DocPart:
    """A document after extraction, without its text; the N-Triples of its own subjects are on disk."""

    info: DocumentInfo
    entities: list[Entity]
    observations: list[Observation]
    observation_at: list[int]                       # kg.rdf.graph.observation_at of each observation
    shared: list[str]                               # lines whose subject is an entity (relations)
    sections: dict[str, tuple[int, int]]            # bucket -> (byte offset, byte length) in the .nt bytes
    digest: str                                     # of the .nt bytes and the shared lines
    violations: tuple[str, ...] = ()                # SHACL violations of the document's own graph
    nt_size: int = 0
    ttl_sections: dict[str, tuple[int, int]] = field(default_factory=dict)   # the same in the .ttl bytes
    ttl_size: int = 0
    triples: int = 0                                # lines in the .nt bytes
    text_size: int = 0                              # bytes of the document's text (UTF-8), for out/texts/
    facts: DocFacts | None = None                   # what the promise tracker asks of its words (kg.link.promise_facts)
    key: str = field(default="", compare=False)     # cache key, set by the cache

    def whole(self) -> bool:
        """Whether every observation has its place and its facts (a cache entry edited by hand may lack some)."""
        return self.facts is not None and len(self.observations) == len(self.observation_at) == len(
            self.facts.observations)

    def as_extraction(self) -> Extraction:
        """An Extraction holding only what the promise tracker reads: the document's info and observations."""
        return Extraction(self.info, observations=self.observations)


def extract_document(path: Path, name: str, lex: Lexicon, max_bytes: int, validate: bool = True,
                     fallback: Fallback = NONE) -> tuple[DocPart, bytes, bytes, bytes]:
    """Read, extract and write one document: its DocPart, the sorted N-Triples of its own subjects and their
    Turtle (kg.rdf.export.turtle_body), both by bucket, and its text as read, in UTF-8. ``fallback``: the
    government and year of a text that states none (kg.read.given)."""
    from kg.read.documents import read_document
    from kg.extractors import run

    doc = read_document(path, name, lex, max_bytes, fallback)
    part, nt, ttl = fragment(run(doc, lex), lex, validate)
    text = doc.text.encode("utf-8")
    part.text_size = len(text)
    return part, nt, ttl, text


def warm(lex: Lexicon) -> None:
    """Do here the one-time work every extracting process repeats (imports, parsing the ontology, compiling the
    shapes, loading the dictionary), so that processes forked afterwards start with it done."""
    from importlib import import_module

    from kg.extractors import pipeline
    from kg.lexicon.gazetteer import load_gazetteer
    from kg.rdf.ontology import ontology_triples
    from kg.lang.zh.segment import tagger
    from kg.validate.shacl.shapes import shipped_shapes

    for module in ("kg.read.documents", "kg.rdf.export"):
        import_module(module)
    pipeline()                # imports the registered extractors
    ontology_triples()
    shipped_shapes()
    tagger(lex)
    load_gazetteer().find("")     # the divisions and their automaton (kg.read.metadata reads governments)


def fragment(ex: Extraction, lex: Lexicon, validate: bool = True) -> tuple[DocPart, bytes, bytes]:
    """Split one extraction's triples into the document's own (sorted, by bucket; as N-Triples and as Turtle)
    and shared lines."""
    from kg.rdf.export import turtle_body
    from kg.rdf.graph import add_extraction, observation_at
    from kg.rdf.ntriples import TripleSink, nt_lines, split_document
    from kg.rdf.terms import DOCUMENT_BUCKETS
    from kg.link.entities import resolve
    from kg.link.promise_facts import document_facts

    doc = ex.document
    sink = TripleSink()
    add_extraction(sink, ex, lex)
    lines = set(nt_lines(sink))
    by_bucket, shared = split_document(lines)
    nt_chunks, ttl_chunks = [], []
    for bucket in DOCUMENT_BUCKETS:
        nt_chunks.append("".join(by_bucket[bucket]).encode("utf-8"))
        ttl_chunks.append(turtle_body(by_bucket[bucket]))
    nt, ttl = b"".join(nt_chunks), b"".join(ttl_chunks)
    entities = list(resolve([ex], lex).values())
    violations = tuple(str(v) for v in _validate(sink, entities)) if validate else ()
    digest = hashlib.sha256(nt + "".join(shared).encode("utf-8")).hexdigest()
    part = DocPart(DocumentInfo(doc.id, doc.source, doc.metadata), entities, list(ex.observations),
                   [observation_at(doc, o) for o in ex.observations], shared, _sections(nt_chunks), digest,
                   violations, len(nt), _sections(ttl_chunks), len(ttl), len(lines) - len(shared),
                   facts=document_facts(ex, lex))
    return part, nt, ttl


def _sections(chunks: list[bytes]) -> dict[str, tuple[int, int]]:
    """Each bucket's (byte offset, byte length) in the chunks joined."""
    from kg.rdf.terms import DOCUMENT_BUCKETS

    sections, at = {}, 0
    for bucket, chunk in zip(DOCUMENT_BUCKETS, chunks):
        sections[bucket] = (at, len(chunk))
        at += len(chunk)
    return sections


def _validate(sink, entities: list[Entity]) -> tuple:
    """SHACL-validate the document's own graph: the ontology, its entities as it alone names them, its triples."""
    from kg.rdf.graph import add_entity
    from kg.rdf.ntriples import TripleSink
    from kg.rdf.ontology import ontology_triples
    from kg.validate.core import validate_triples

    named = TripleSink()
    for ent in entities:
        add_entity(named, ent)
    return validate_triples([*ontology_triples(), *named, *sink]).violations
