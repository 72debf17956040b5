"""Terms of kg.validate.shacl: an IRI is a str, a blank node a Blank, a literal a Lit, read as rdflib reads them."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from pyoxigraph import BlankNode as OxBlank, NamedNode
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS, XSD

from kg.rdf.terms import curie

SH_NS, TYPE, SUBCLASS = str(SH), str(RDF.type), str(RDFS.subClassOf)
RDFS_LITERAL, RDFS_DATATYPE = str(RDFS.Literal), str(RDFS.Datatype)
STRING, LANG_STRING, INTEGER, DECIMAL = str(XSD.string), str(RDF.langString), str(XSD.integer), str(XSD.decimal)

class Blank(str):
    """A blank node: "_:" and its label, so it never equals an IRI."""

    __slots__ = ()


class Lit(NamedTuple):
    """A literal: lexical form (normalised as rdflib does), datatype IRI ("" for a plain or language-tagged
    string) and lower-case language tag."""

    lex: str
    datatype: str = ""
    lang: str = ""


Node = str | Lit        # an IRI (str), a Blank or a Lit
KINDS = {str(SH.IRI): (str,), str(SH.BlankNode): (Blank,), str(SH.Literal): (Lit,), str(SH.IRIOrLiteral): (str, Lit),
         str(SH.BlankNodeOrIRI): (Blank, str), str(SH.BlankNodeOrLiteral): (Blank, Lit)}



# -- conversions ---------------------------------------------------------------------------------------------

def from_rdflib(term) -> Node:
    """An rdflib URIRef, BNode or Literal as a plain Node."""
    kind = type(term)
    if kind is URIRef:
        return str(term)
    if kind is Literal or kind is not BNode and isinstance(term, Literal):
        return Lit(str(term), str(term.datatype or ""), term.language.lower() if term.language else "")
    return Blank(f"_:{term}") if kind is BNode or isinstance(term, BNode) else str(term)


def from_oxigraph(term) -> Node:
    """A pyoxigraph term as rdflib would read it. (A "…"^^xsd:string becomes a plain literal: pyoxigraph
    does not tell the two apart.)"""
    if type(term) is NamedNode:
        return term.value
    if type(term) is OxBlank:
        return Blank(f"_:{term.value}")
    if term.language:
        return Lit(term.value, "", term.language)
    datatype = term.datatype.value
    if datatype == STRING or (canonical := _CANONICAL.get(datatype)) and canonical(term.value):
        return Lit(term.value, "" if datatype == STRING else datatype)
    return rdflib_normalised(term.value, datatype)


_CANONICAL = {INTEGER: re.compile(r"0|-?[1-9][0-9]*").fullmatch,
              DECIMAL: re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?").fullmatch}


@lru_cache(maxsize=1 << 16)
def rdflib_normalised(lex: str, datatype: str) -> Lit:
    """The literal with the lexical form rdflib gives it ("05"^^xsd:integer is read as "5")."""
    return Lit(str(Literal(lex, datatype=datatype)), datatype)


@lru_cache(maxsize=1 << 16)
def to_rdflib(lit: Lit) -> Literal:
    """The rdflib literal, for comparisons that follow rdflib's (as pyshacl's do)."""
    return Literal(lit.lex, lang=lit.lang or None, datatype=lit.datatype or None)


def number(v: Node) -> int | Decimal | None:
    """The value of an integer or decimal literal in canonical form, else None (then rdflib decides)."""
    canonical = _CANONICAL.get(v.datatype) if type(v) is Lit else None
    if canonical is None or not canonical(v.lex):
        return None
    return int(v.lex) if v.datatype == INTEGER else Decimal(v.lex)


# -- how results name things ---------------------------------------------------------------------------------

def short(iri: str) -> str:
    """An IRI as results show it: kg.validate.core.curie, plus xsd:, rdf: and skos:."""
    text = curie(iri)
    for prefix, ns in (("xsd:", str(XSD)), ("rdf:", str(RDF)), ("skos:", str(SKOS))):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text


def show(v: Node) -> str:
    """A value as messages show it: a short IRI, or a (shortened) literal with its language or datatype."""
    if type(v) is not Lit:
        return v if type(v) is Blank else short(v)
    text = v.lex if len(v.lex) <= 40 else v.lex[:39] + "…"
    return f'"{text}"' + (f"@{v.lang}" if v.lang else f"^^{short(v.datatype)}" if v.datatype else "")
