"""The built graph in more formats: N-Triples, JSON-LD and TriG with one named graph per document.

Every writer is deterministic: the same graph gives the same bytes (N-Triples lines sorted,
JSON-LD nodes and keys sorted, TriG graphs in IRI order, each written by rdflib's stable Turtle writer).
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import GovkgError
from kg.vocab import KGO

FILE_NAMES = {"turtle": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld", "trig": "graph.trig"}


def serialize(graph: Graph, fmt: str) -> bytes:
    """The graph in ``fmt`` (one of FILE_NAMES), as UTF-8 bytes."""
    writers: dict[str, Callable[[Graph], bytes]] = {
        "turtle": to_turtle, "nt": to_ntriples, "jsonld": to_jsonld, "trig": to_trig}
    if fmt not in writers:
        raise GovkgError(fmt, "unknown export format", f"choose from: {', '.join(FILE_NAMES)}")
    return writers[fmt](graph)


def to_turtle(graph: Graph) -> bytes:
    """Turtle, byte-stable for the same graph."""
    return graph.serialize(format="turtle", encoding="utf-8")


def to_ntriples(graph: Graph) -> bytes:
    """N-Triples, one triple a line, lines sorted."""
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8")


def to_jsonld(graph: Graph) -> bytes:
    """Flattened JSON-LD: a @context of the graph's prefixes and one node object per subject."""
    prefixes = {p: str(ns) for p, ns in sorted(graph.namespaces()) if p}
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
        head, body = _split_turtle(parts[name].serialize(format="turtle", encoding="utf-8").decode("utf-8"))
        prefixes |= head
        label = "" if name is None else f"{URIRef(name).n3()} "
        blocks.append(f"{label}{{\n{body.strip()}\n}}\n")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def _split_turtle(text: str) -> tuple[set[str], str]:
    """The @prefix lines of rdflib's Turtle and the statements after them."""
    lines = text.splitlines()
    count = 0
    while count < len(lines) and (lines[count].startswith("@prefix") or not lines[count].strip()):
        count += 1
    return set(lines[:count]) - {""}, "\n".join(lines[count:])
