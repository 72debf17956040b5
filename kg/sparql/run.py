"""Run SPARQL over a built graph: named queries from kg/queries/, parameters bound safely, DataFrames out.

Every answer is a pandas DataFrame of Python values: Decimal, int, float and bool for numbers,
str for text and IRIs, int for xsd:gYear, datetime.date for xsd:date. Each column that holds IRIs
is followed by ``<column>_label`` with the resource's rdfs:label (Chinese first).
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.terms import PREFIXES
from kg.sparql.params import Param, check, check_prefixes, declared, is_declaration, typed
from kg.sparql.store import Answer, GraphStore, RdflibSource, RemoteEndpoint, Term

if TYPE_CHECKING:
    import pandas as pd

_NAME = re.compile(r"^[A-Za-z][\w-]*$")
_XSD = PREFIXES["xsd"]
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_LABEL_CHUNK = 500


def named_queries() -> dict[str, str]:
    """The cookbook: name -> SPARQL text of every kg/queries/*.rq."""
    folder = resources.files("kg").joinpath("sparql/queries")
    return {p.name.removesuffix(".rq"): p.read_text(encoding="utf-8")
            for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".rq")}


def describe(text: str) -> str:
    """The opening comment of a query: what it answers (its parameter declarations left out)."""
    lines = [ln.lstrip("# ").rstrip() for ln in text.splitlines() if ln.startswith("#") and not is_declaration(ln)]
    return " ".join(lines[:2])


def parameters(sparql_or_name: str) -> tuple[Param, ...] | None:
    """The parameters a named query or .rq file declares (None for SPARQL text that declares none)."""
    return declared(resolve_query(sparql_or_name), _where(sparql_or_name))


def _where(sparql_or_name: str) -> str:
    """How an error names the query: its cookbook name, its file, or just "query" for inline text."""
    if _NAME.match(sparql_or_name) or sparql_or_name.endswith(".rq"):
        return sparql_or_name
    return "query"


def resolve_query(sparql_or_name: str) -> str:
    """Accept a cookbook name, a path to a .rq file, or SPARQL text."""
    if _NAME.match(sparql_or_name):
        queries = named_queries()
        if sparql_or_name not in queries:
            raise QueryError(sparql_or_name, "no such named query", f"choose one of: {', '.join(queries)}")
        return queries[sparql_or_name]
    path = Path(sparql_or_name)
    if sparql_or_name.endswith(".rq") and path.exists():
        return path.read_text(encoding="utf-8")
    return sparql_or_name


def to_term(value: Any) -> Term:
    """A Python value as the RDF term a query parameter binds to.

    IRIs are strings starting with http(s)://; Chinese text is a @zh literal (as the graph writes
    it); numbers, booleans and dates get their XSD datatype. RDF terms pass through.
    """
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal):
        return value
    if _is_rdflib_node(value):
        from kg.sparql.store import _from_rdflib

        return _from_rdflib(value)
    if isinstance(value, bool | int | float):
        return ox.Literal(value)
    if isinstance(value, Decimal):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "decimal"))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    if not isinstance(value, str):
        raise QueryError(repr(value), f"cannot bind a {type(value).__name__} as a query parameter")
    if value.startswith(("http://", "https://")):
        try:
            return ox.NamedNode(value)
        except ValueError as exc:
            raise QueryError(value, f"not a valid IRI: {exc}") from None
    return ox.Literal(value, language="zh") if re.search(r"[\u4e00-\u9fff]", value) else ox.Literal(value)


def _is_rdflib_node(value: Any) -> bool:
    return type(value).__module__.startswith("rdflib.")


def to_python(term: Term | None) -> Any:
    """A term as a Python value: see the module docstring for the mapping."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if not isinstance(term, ox.Literal):
        return str(term)
    return _literal(term.value, term.datatype.value)


def _literal(text: str, datatype: str) -> Any:
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype == _XSD + "decimal":
            return Decimal(text)
        if datatype in (_XSD + "double", _XSD + "float"):
            return float(text)
        if datatype == _XSD + "boolean":
            return text in ("true", "1")
        if datatype == _XSD + "gYear":
            return int(re.match(r"-?\d+", text).group())
        if datatype == _XSD + "date":
            return dt.date.fromisoformat(text[:10])
    except (ValueError, InvalidOperation, AttributeError):
        pass  # an ill-typed literal is kept as its text rather than failing the whole query
    return text


def as_source(graph: Any) -> GraphStore | RemoteEndpoint | RdflibSource:
    """What ``kg.load`` returns, or an rdflib Graph, as something that answers queries."""
    if isinstance(graph, GraphStore | RemoteEndpoint | RdflibSource):
        return graph
    if hasattr(graph, "query") and hasattr(graph, "triples"):
        return RdflibSource(graph)
    raise QueryError(type(graph).__name__, "is not a graph", "pass what kg.load() returns")


def run_query(graph: Any, sparql_or_name: str, **params: Any) -> pd.DataFrame:
    """Run a query; ``params`` are bound as values of ``?name`` variables, never pasted into the text.

    A named query or .rq file takes exactly the parameters its header declares (kg.sparql.params), each
    bound with its declared type; a parameter given as None is left unbound.
    """
    for key in params:
        if not _NAME.match(key):
            raise QueryError(key, "a parameter name must be a plain identifier")
    text, where = resolve_query(sparql_or_name), _where(sparql_or_name)
    declared_params = declared(text, where)
    check(declared_params, params, text, where)
    spec = {p.name: p for p in declared_params or ()}
    bindings = {k: to_term(typed(spec[k], v, where) if k in spec else v) for k, v in params.items() if v is not None}
    source = as_source(graph)
    try:
        answer = source.select(text, bindings)
    except QueryError:
        check_prefixes(text, getattr(source, "prefixes", PREFIXES))
        raise
    return to_frame(answer, labels(source, answer))


def labels(source: GraphStore | RemoteEndpoint | RdflibSource, answer: Answer) -> dict[str, str]:
    """rdfs:label of every IRI in the answer: Chinese, else untagged, else any language."""
    iris = sorted({t.value for row in answer.rows for t in row if isinstance(t, ox.NamedNode)})
    best: dict[str, tuple[int, str]] = {}
    for start in range(0, len(iris), _LABEL_CHUNK):
        values = " ".join(str(ox.NamedNode(i)) for i in iris[start:start + _LABEL_CHUNK])
        text = f"SELECT ?s ?label WHERE {{ VALUES ?s {{ {values} }} ?s rdfs:label ?label }}"
        for s, label in source.select(text, {}).rows:
            rank = {"zh": 0, None: 1}.get(label.language, 2)
            if s.value not in best or (rank, label.value) < best[s.value]:
                best[s.value] = (rank, label.value)
    return {iri: label for iri, (_, label) in best.items()}


def to_frame(answer: Answer, names: dict[str, str]) -> pd.DataFrame:
    """The answer as a DataFrame, each IRI column followed by its ``_label`` column."""
    import pandas as pd

    data: dict[str, list[Any]] = {}
    for i, column in enumerate(answer.columns):
        terms = [row[i] for row in answer.rows]
        data[column] = [to_python(t) for t in terms]
        label = f"{column}_label"
        if label not in answer.columns and any(isinstance(t, ox.NamedNode) for t in terms):
            data[label] = [names.get(t.value) if isinstance(t, ox.NamedNode) else None for t in terms]
    frame = pd.DataFrame(data, columns=list(data))
    for column in frame.columns:
        values = [v for v in data[column] if v is not None]
        if values and all(type(v) is int for v in values):
            frame[column] = pd.array(data[column], dtype="Int64" if len(values) < len(frame) else "int64")
        elif any(type(v) is not str for v in values):
            frame[column] = pd.Series(data[column], dtype=object)
    return frame


def records(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    """The frame's rows as tuples of plain Python values, None where a value is missing."""
    import pandas as pd

    def plain(value: Any) -> Any:
        if value is None or (not isinstance(value, str | Decimal) and pd.isna(value)):
            return None
        return value.item() if hasattr(value, "item") and not isinstance(value, Decimal) else value

    return [tuple(plain(v) for v in row) for row in frame.itertuples(index=False, name=None)]
