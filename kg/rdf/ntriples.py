"""N-Triples lines and the order a build writes them in.

The contract
------------
1. **One text form.** A triple's line is :func:`nt_line`: the N-Triples of subject, predicate and object
   joined by single spaces, then `` .\\n``. IRIs are written ``<iri>``; every other term as rdflib's
   ``n3()`` writes it, except that a literal holding a line feed is escaped as N-Triples requires (rdflib
   writes Turtle's ``\"\"\"long string\"\"\"`` there). Literals escape ``"``, ``\\``, line feed and carriage
   return, so a line holds exactly one ``\\n``, at its end; other characters (tab, U+2028 …) stay raw, where
   pyoxigraph's writer would escape some of them. pyoxigraph and rdflib read every line back as the same
   triple (tests/test_ntriples.py).
2. **One order.** graph.nt holds a graph's distinct lines sorted as Python strings (code point order,
   which is also UTF-8 byte order): :func:`sorted_lines`.
3. **Pieces.** A streaming build never holds all lines: it splits them by the subject's
   :class:`kg.rdf.terms.IriKey` into

   - per-document pieces: the lines whose subject is minted in one document, by bucket
     (kg.rdf.terms.DOCUMENT_BUCKETS), each sorted;
   - the shared lines: every other line (ontology, entities), sorted;
   - extra lines for a (bucket, document) piece, sorted (the promise tracker's links of a document's
     targets, known only once every document is read).

   :func:`ordered_chunks` yields them so that their concatenation is :func:`sorted_lines` of their union.

Why merging the pieces gives the bytes of sorting everything
-------------------------------------------------------------
Each line starts with its subject. A per-document line in bucket ``b`` of document ``d`` starts with
``<ID b/d>`` (the document itself) or ``<ID b/d/`` (anything else it states), where ``ID`` is ``id:``;
no shared line starts with ``<ID b/`` for any per-document bucket ``b`` (that is what makes a line
shared). So, in sorted order:

- all lines of bucket ``b`` form one run, starting where ``<ID b/`` would be inserted among the shared
  lines, and the shared lines fall between the runs; DOCUMENT_BUCKETS is itself sorted, so the runs come
  in its order and one bisection per bucket finds where each starts (:func:`pieces_in_order`);
- within a run, document ``d``'s lines all start with ``<ID b/`` + ``d`` + ``e`` (``e`` being ``>`` for
  the document bucket, ``/`` otherwise), and a slug never holds ``>`` or ``/`` (both are percent-encoded):
  so ordering documents by ``d + e`` orders their lines (``a-b/`` < ``a/``, though ``a`` < ``a-b``);
- extra lines of a piece share its prefix, so a sorted merge of the two keeps the piece sorted.

Preconditions: documents have distinct slugs; no line occurs in two pieces (subjects differ by piece).
"""
from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from rdflib import Literal, URIRef

from kg.rdf.terms import DOCUMENT_BUCKETS, IriKey
from kg.rdf.vocab import ID

Piece = tuple[str, str]                     # (bucket, document slug)
Reader = Callable[[str], str]               # a document's sorted lines of a bucket, as one text


class TripleSink(list):
    """A list that takes ``add`` like a Graph: collects one document's triples without indexing them."""

    add = list.append          # collect one triple (list's own method: sinks take millions of calls)

    def remove(self, pattern: tuple) -> None:
        """Drop the triples matching ``pattern`` (None is a wildcard), as Graph.remove does."""
        self[:] = [t for t in self if not all(p is None or p == x for p, x in zip(pattern, t))]


_NOT_IN_IRI = re.compile(r'[<>" {}|\\^`]')        # what rdflib's URIRef.n3 refuses


def nt_term(term) -> str:
    """term.n3(), with IRIs written here (a build writes millions of them, and rdflib's check is a Python loop)
    and literals holding a line feed too (rdflib writes those as Turtle's long strings, which N-Triples lacks)."""
    kind = type(term)
    if kind is URIRef and not _NOT_IN_IRI.search(term):
        return f"<{term}>"
    if kind is Literal and "\n" in term:
        text = term.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        suffix = f"@{term.language}" if term.language else f"^^<{term.datatype}>" if term.datatype else ""
        return f'"{text}"{suffix}'
    return term.n3()


def nt_line(triple: tuple) -> str:
    """One triple as an N-Triples line (with its newline): the one text form sorting and writing use."""
    s, p, o = triple
    return f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n"


def nt_lines(triples: Iterable[tuple]) -> list[str]:
    """:func:`nt_line` of each triple, each distinct term written once (a block of a whole corpus's entities or
    promises repeats a few thousand terms over a million lines)."""
    written: dict = {}
    get = written.get
    lines = []
    for s, p, o in triples:
        # a written term is never the empty string, so `or` falls through only for terms not yet written
        lines.append(f"{get(s) or written.setdefault(s, nt_term(s))} {get(p) or written.setdefault(p, nt_term(p))} "
                     f"{get(o) or written.setdefault(o, nt_term(o))} .\n")
    return lines


def sorted_lines(triples: Iterable[tuple]) -> list[str]:
    """The distinct N-Triples lines of the triples, sorted: the order of graph.nt."""
    return sorted(set(nt_lines(triples)))


@lru_cache(maxsize=1 << 16)
def _key_of(subject: str) -> IriKey | None:
    return IriKey.parse(subject)


def split_line(line: str) -> tuple[str, str, str]:
    """A line's subject, predicate and object as N-Triples text (``<iri>``, ``_:b``, ``"text"@zh`` …).

    Subjects and predicates hold no space (IRIs and blank node labels cannot), and a line ends with `` .\\n``.
    """
    s, p, rest = line.split(" ", 2)
    return s, p, rest[:-3]


def iri_of(term: str) -> str | None:
    """The IRI of an N-Triples term written ``<iri>``, else None (a literal or blank node)."""
    return term[1:-1] if term.startswith("<") else None


def subject_of(line: str) -> str:
    """A line's subject as N-Triples text (the first of :func:`split_line`, without splitting the rest)."""
    return line[:line.find(" ")]


def subject_key(line: str) -> IriKey | None:
    """The IriKey of a line's subject, or None when the subject is a blank node or outside ``id:``."""
    return _key_of(line[1:line.find(">")]) if line.startswith("<") else None


def piece_of(line: str) -> Piece | None:
    """(bucket, document slug) of a line whose subject is minted per document, else None (a shared line)."""
    key = subject_key(line)
    return (key.bucket, key.document) if key is not None and key.document is not None else None


def split_document(lines: Iterable[str]) -> tuple[dict[str, list[str]], list[str]]:
    """One document's lines as its pieces (sorted lines by bucket, every bucket of DOCUMENT_BUCKETS present)
    and its shared lines (sorted)."""
    by_bucket: dict[str, list[str]] = {b: [] for b in DOCUMENT_BUCKETS}
    shared: list[str] = []
    buckets: dict[str, str | None] = {}        # subject -> its bucket: a subject has several lines
    for line in lines:
        subject = subject_of(line)
        bucket = buckets.get(subject, "")
        if bucket == "":
            key = IriKey.parse(subject[1:-1]) if subject.startswith("<") else None
            bucket = buckets[subject] = key.bucket if key is not None and key.per_document else None
        (by_bucket[bucket] if bucket else shared).append(line)
    for bucket_lines in by_bucket.values():
        bucket_lines.sort()
    shared.sort()
    return by_bucket, shared


def pieces_in_order(shared: list[str], documents: list[tuple[str, Reader]]) -> Iterator[tuple]:
    """A build's pieces in sorted order: (lines, None, None) for a run of the sorted shared lines and
    (None, document, bucket) for one document's lines in a bucket; ``documents`` pairs each document's
    slug with anything (a reader of its pieces), passed through. See the module's contract."""
    done = 0
    for bucket in DOCUMENT_BUCKETS:
        at = bisect.bisect_left(shared, f"<{ID}{bucket}/", lo=done)
        yield shared[done:at], None, None
        done = at
        end = ">" if bucket == "document" else "/"
        for document in sorted(documents, key=lambda d: d[0] + end):
            yield None, document, bucket
    yield shared[done:], None, None


def ordered_chunks(shared: list[str], documents: list[tuple[str, Reader]],
                   extra: dict[Piece, list[str]]) -> Iterator[list[str]]:
    """All lines of a build in sorted order, as chunks, without sorting them all at once.

    ``shared`` holds the sorted shared lines; ``documents`` pairs each document's slug with a reader of its
    sorted lines per bucket; ``extra`` adds sorted lines to a (bucket, slug) piece (the promise links).
    """
    for lines, document, bucket in pieces_in_order(shared, documents):
        if document is None:
            yield lines
            continue
        slug, read = document
        more = extra.get((bucket, slug))
        text = read(bucket)
        # not splitlines(): N-Triples leaves U+2028 and the like unescaped inside literals
        yield list(heapq.merge([line + "\n" for line in text.split("\n")[:-1]], more)) if more else [text]


def to_nquads(data: bytes, graph: str) -> bytes:
    """N-Triples bytes as N-Quads in the named graph ``graph`` (an IRI): each line's `` .\\n`` becomes
    `` <graph> .\\n`` (N-Triples escapes line breaks inside literals, so `` .\\n`` ends lines only)."""
    return data.replace(b" .\n", f" <{graph}> .\n".encode("utf-8"))
