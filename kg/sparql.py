"""Run SPARQL over a built graph: named queries from kg/queries/, parameters bound safely."""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError
from kg.vocab import PREFIXES

_NAME = re.compile(r"^[A-Za-z][\w-]*$")


@dataclass(frozen=True)
class QueryResult:
    """Rows of Python values, with the column names in query order."""

    columns: list[str]
    rows: list[tuple[Any, ...]]

    def __len__(self) -> int:
        return len(self.rows)


def named_queries() -> dict[str, str]:
    """The cookbook: name -> SPARQL text of every kg/queries/*.rq."""
    folder = resources.files("kg").joinpath("queries")
    return {p.name.removesuffix(".rq"): p.read_text(encoding="utf-8")
            for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".rq")}


def describe(text: str) -> str:
    """The opening comment of a query: what it answers."""
    lines = [ln.lstrip("# ").rstrip() for ln in text.splitlines() if ln.startswith("#")]
    return " ".join(lines[:2])


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


def _python(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


def _bindings(params: dict[str, Any]) -> dict[str, Node]:
    out: dict[str, Node] = {}
    for key, value in params.items():
        if not _NAME.match(key):
            raise QueryError(key, "a parameter name must be a plain identifier")
        if isinstance(value, Node):
            out[key] = value
        elif isinstance(value, str) and value.startswith(("http://", "https://")):
            out[key] = URIRef(value)
        elif isinstance(value, str):
            out[key] = Literal(value, lang="zh") if re.search(r"[\u4e00-\u9fff]", value) else Literal(value)
        else:
            out[key] = Literal(value)
    return out


def run_query(graph: Graph, sparql_or_name: str, **params: Any) -> QueryResult:
    """Run a query; ``params`` are bound as values of ``?name`` variables, never pasted into the text."""
    text = resolve_query(sparql_or_name)
    try:
        result = graph.query(text, initNs=PREFIXES, initBindings=_bindings(params))
    except Exception as exc:  # rdflib raises pyparsing and its own errors alike
        raise QueryError("query", f"{type(exc).__name__}: {exc}") from None
    columns = [str(v) for v in result.vars or []]
    rows = [tuple(_python(row[i]) for i in range(len(columns))) for row in result]
    return QueryResult(columns, rows)
