"""The govkg ontology (ontology/govkg.ttl) as shipped: its text, triples, N-Triples lines and labels."""
from __future__ import annotations

from functools import cache

from rdflib import RDFS, SKOS, BNode, Literal, URIRef

from kg.rdf.ntriples import nt_lines
from kg.rdf.read import turtle_triples


def ontology_text() -> str:
    """The govkg ontology (ontology/govkg.ttl) as shipped with the package."""
    from importlib import resources

    return resources.files("kg").joinpath("ontology/govkg.ttl").read_text(encoding="utf-8")


@cache
def ontology_triples() -> tuple[tuple, ...]:
    """The ontology's triples (parsed once per process); it has no blank nodes, so its lines are stable."""
    found = set(turtle_triples(ontology_text()))
    if any(isinstance(t, BNode) for triple in found for t in triple):
        raise ValueError("ontology/govkg.ttl holds blank nodes: give them IRIs so outputs stay byte-stable")
    return tuple(sorted(found))


def ontology_lines() -> list[str]:
    """The ontology's triples as N-Triples lines."""
    return nt_lines(ontology_triples())


@cache
def _labels() -> dict[tuple[URIRef, str], str]:
    """(term, language) -> its skos:prefLabel in that language, else its rdfs:label."""
    found: dict[tuple[URIRef, str], str] = {}
    for predicate in (RDFS.label, SKOS.prefLabel):          # a preferred label overrides a plain one
        for s, p, o in ontology_triples():
            if p == predicate and isinstance(o, Literal) and o.language:
                found[(s, o.language)] = str(o)
    return found


def label(term: URIRef, lang: str = "zh") -> str:
    """The ontology's label of one of its terms in ``lang`` ("zh" or "en"); KeyError names a term without one."""
    try:
        return _labels()[(term, lang)]
    except KeyError:
        raise KeyError(f"ontology/govkg.ttl gives {term} no {lang} label") from None
