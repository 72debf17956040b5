"""The built graph in more formats: N-Triples, JSON-LD and TriG with one named graph per document.

Every writer is deterministic: the same graph gives the same bytes. N-Triples are the graph's lines in
sorted order, streamed by a build from per-document pieces (kg.rdf.ntriples states that contract). Turtle (written
by Oxigraph, ~50× faster than rdflib) is a sequence of blocks (:func:`turtle_blocks`): the shared
subjects and each document's subjects bucket by bucket in sorted order, then the promise tracker's
verdicts; a build caches each document's blocks, so it writes graph.ttl mostly by copying, and still
gives exactly the bytes :func:`serialize` gives for the same graph. JSON-LD nodes and keys are sorted; TriG
graphs come in IRI order, each written by the same Turtle writer.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.ntriples import piece_of, pieces_in_order, sorted_lines
from kg.rdf.terms import PREFIXES
from kg.errors import UnknownFormat
from kg.rdf.vocab import KGO

FILE_NAMES = {"turtle": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld", "trig": "graph.trig"}


def serialize(graph: Graph, fmt: str) -> bytes:
    """The graph in ``fmt`` (one of FILE_NAMES), as UTF-8 bytes."""
    writers: dict[str, Callable[[Graph], bytes]] = {
        "turtle": to_turtle, "nt": to_ntriples, "jsonld": to_jsonld, "trig": to_trig}
    if fmt not in writers:
        raise UnknownFormat(fmt, "unknown export format", f"choose from: {', '.join(FILE_NAMES)}")
    return writers[fmt](graph)


def to_turtle(graph: Graph) -> bytes:
    """Turtle, byte-stable for the same graph: the blocks of :func:`turtle_blocks`, written by Oxigraph."""
    shared, promises = [], []
    documents: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    made = {s.n3() for s in graph.subjects(RDF.type, KGO.ComparisonTarget)}     # the tracker's own targets
    for line in sorted_lines(graph):
        piece = piece_of(line)
        if piece is None:
            shared.append(line)
        elif line.split(" ", 2)[1] in PROMISE_PREDICATES or line.split(" ", 1)[0] in made:
            promises.append(line)
        else:
            documents[piece[1]][piece[0]].append(line)
    readers = [(slug, lambda bucket, lines=lines: turtle_body(lines.get(bucket, ()))) for slug, lines in documents.items()]
    return b"".join(turtle_blocks(shared, readers, promises))


PROMISE_PREDICATES = frozenset(p.n3() for p in (KGO.verdict, KGO.outcome, KGO.reviewReason, KGO.claimedIn,
                                                KGO.claimEvidence, KGO.restatedIn, KGO.comparedWith, KGO.verdictBasis))
"""What the promise tracker states about targets (kg.rdf.graph.promise_triples): the block graph.ttl ends with,
with every triple of the comparison targets the tracker makes (kgo:ComparisonTarget)."""
PROMISE_HEADING = (b"\n# The promise tracker: each target's verdict and outcome, why it needs review, the claim it "
                   b"rests on, the documents restating it (kg/link/promises.py).\n")


def turtle_blocks(shared: list[str], documents: list[tuple[str, Callable[[str], bytes]]],
                  promises: list[str]) -> Iterator[bytes]:
    """graph.ttl as blocks of bytes: the prefixes, then bucket by bucket (kg.rdf.terms.DOCUMENT_BUCKETS) the sorted
    shared lines before it and each document's Turtle for it, the rest of the shared lines, then the
    promise lines (PROMISE_PREDICATES of targets).

    ``shared`` is sorted; ``documents`` pairs each document's IRI slug with a function giving its Turtle
    body (:func:`turtle_body`) for a bucket; ``promises`` is sorted.
    """
    yield turtle_header()
    for lines, document, bucket in pieces_in_order(shared, documents):
        yield turtle_body(lines) if document is None else document[1](bucket)
    if promises:
        yield PROMISE_HEADING + turtle_body(promises)


@cache
def turtle_header() -> bytes:
    """The @prefix lines graph.ttl starts with (Oxigraph writes them with the first triple)."""
    import pyoxigraph as ox

    probe = ox.Triple(ox.NamedNode("urn:x"), ox.NamedNode("urn:x"), ox.NamedNode("urn:x"))
    text = ox.serialize([probe], format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes())
    return text[:text.index(b"<urn:x>")]


def turtle_body(lines: Iterable[str]) -> bytes:
    """Sorted N-Triples lines as Turtle statements, without the @prefix lines."""
    import pyoxigraph as ox

    data = "".join(lines).encode("utf-8")
    if not data:
        return b""
    text = ox.serialize(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                        prefixes=turtle_prefixes())
    header = turtle_header()
    if not text.startswith(header):
        raise ValueError("Oxigraph's Turtle writer no longer starts with the prefixes alone")
    return text[len(header):]


def to_ntriples(graph: Graph) -> bytes:
    """N-Triples, one triple a line, lines sorted."""
    return "".join(sorted_lines(graph)).encode("utf-8")


def turtle_prefixes() -> dict[str, str]:
    """The prefixes graph.ttl declares."""
    return {p: PREFIXES[p] for p in sorted(PREFIXES)}


def to_jsonld(graph: Graph) -> bytes:
    """Flattened JSON-LD: a @context of govkg's prefixes and one node object per subject."""
    prefixes = turtle_prefixes()
    nodes: dict[Node, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in graph:
        key = "@type" if p == RDF.type and not isinstance(o, Literal) else _compact(p, prefixes)
        nodes[s][key].append(_id(o) if key == "@type" else _jsonld_value(o))
    objects = []
    for subject in sorted(nodes, key=_id):
        node: dict = {"@id": _id(subject)}
        for key in sorted(nodes[subject]):
            node[key] = sorted(nodes[subject][key], key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        objects.append(node)
    document = {"@context": prefixes, "@graph": objects}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def _id(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _compact(iri: URIRef, prefixes: dict[str, str]) -> str:
    """A property as prefix:local when a prefix covers it, so keys stay readable."""
    matches = [(len(ns), p) for p, ns in prefixes.items() if str(iri).startswith(ns)]
    if not matches:
        return str(iri)
    length, prefix = max(matches)
    local = str(iri)[length:]
    return f"{prefix}:{local}" if local and "/" not in local and "#" not in local else str(iri)


def _jsonld_value(node: Node) -> dict:
    if isinstance(node, Literal):
        if node.language:
            return {"@value": str(node), "@language": node.language}
        return {"@value": str(node), "@type": str(node.datatype)} if node.datatype else {"@value": str(node)}
    return {"@id": _id(node)}


def document_graphs(graph: Graph) -> dict[URIRef | None, Graph]:
    """Split the graph: each document's own statements in a graph named by the document's IRI.

    A document's graph holds the document's description and every resource reported in that
    document alone (observations, mentions, stages, statements, entities only it names). The
    default graph (key None) holds the ontology and the entities several documents share.
    """
    documents = set(graph.objects(None, KGO.reportedIn))
    sources: dict[Node, set[Node]] = defaultdict(set)
    for s, doc in graph.subject_objects(KGO.reportedIn):
        sources[s].add(doc)
    parts: dict[URIRef | None, Graph] = defaultdict(Graph)
    for s, p, o in graph:
        home = s if s in documents else (next(iter(sources[s])) if len(sources[s]) == 1 else None)
        parts[home].add((s, p, o))
    for part in parts.values():
        for prefix, ns in graph.namespaces():
            part.bind(prefix, ns, override=True, replace=True)
    return dict(parts)


def to_trig(graph: Graph) -> bytes:
    """TriG: the default graph, then one named graph per document in IRI order."""
    parts = document_graphs(graph)
    prefixes: set[str] = set()
    blocks: list[str] = []
    for name in sorted(parts, key=lambda n: "" if n is None else str(n)):
        head, body = _split_turtle(to_turtle(parts[name]).decode("utf-8"))
        prefixes |= head
        label = "" if name is None else f"{URIRef(name).n3()} "
        blocks.append(f"{label}{{\n{body.strip()}\n}}\n")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def _split_turtle(text: str) -> tuple[set[str], str]:
    """The @prefix lines of rdflib's Turtle and the statements after them."""
    lines = text.split("\n")           # not splitlines(): literals hold U+2028, U+0085, \x1c … unescaped
    count = 0
    while count < len(lines) and (lines[count].startswith("@prefix") or not lines[count].strip()):
        count += 1
    return set(lines[:count]) - {""}, "\n".join(lines[count:])
