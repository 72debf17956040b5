"""The graph as four flat tables — documents, observations, promises, entities — for spreadsheets and SQLite.

Each table is read from a loaded graph (what ``kg.load`` returns) with SPARQL, so a build's store, a graph
file and a remote endpoint give the same rows. Columns are named as the command line names them
(``kg promises``, the cookbook's ``promises``): ``year`` is the year a value or target is for, ``government``
the place its document speaks for (kgo:district), ``metric`` the indicator's canonical name. Rows come
sorted, so the same graph gives the same tables.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.link.promises import COLUMNS as PROMISE_COLUMNS, describe_value
from kg.sparql.run import records, run_query


@dataclass(frozen=True)
class Table:
    """A named table: its columns and rows of plain Python values (Decimal, int, str, date, None)."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


_GOVERNMENT = 'OPTIONAL { ?doc kgo:district/rdfs:label ?g FILTER(LANG(?g) = "zh") } BIND(STR(?g) AS ?government)'

DOCUMENTS = f"""
SELECT ?id ?source ?kind ?government ?year ?reviewed_year ?date ?title ?speaker ?session WHERE {{
  ?doc kgo:year ?year ; dcterms:source ?source ; a ?k .
  FILTER(?k IN (kgo:WorkReport, kgo:NewsArticle))
  {_GOVERNMENT}
  OPTIONAL {{ ?doc kgo:reviewedYear ?reviewed_year }}
  OPTIONAL {{ ?doc dcterms:date ?date }}
  OPTIONAL {{ ?doc dcterms:title ?t }}
  OPTIONAL {{ ?doc kgo:speaker ?s }}
  OPTIONAL {{ ?doc kgo:session ?n }}
  BIND(STR(?doc) AS ?id) BIND(STRAFTER(STR(?k), "#") AS ?kind)
  BIND(STR(?t) AS ?title) BIND(STR(?s) AS ?speaker) BIND(STR(?n) AS ?session)
}}
ORDER BY ?source
"""

OBSERVATIONS = f"""
SELECT ?id ?government ?year ?metric ?measure ?comparator ?value ?value_max ?unit ?normalized_value
       ?normalized_unit ?status ?document ?char_start ?char_end ?evidence WHERE {{
  ?o a kgo:Observation ; kgo:metric/rdfs:label ?mlabel ; kgo:period ?year ; kgo:measure ?m ; kgo:comparator ?c ;
     kgo:value ?value ; kgo:unit ?unit ; kgo:normalizedValue ?normalized_value ; kgo:normalizedUnit ?nu ;
     kgo:status ?s ; kgo:charStart ?char_start ; kgo:charEnd ?char_end ; kgo:evidence ?e ; kgo:reportedIn ?doc .
  ?doc dcterms:source ?document .
  {_GOVERNMENT}
  OPTIONAL {{ ?o kgo:valueMax ?value_max }}
  BIND(STR(?o) AS ?id) BIND(STR(?mlabel) AS ?metric) BIND(STR(?e) AS ?evidence)
  BIND(STRAFTER(STR(?m), "#") AS ?measure) BIND(STRAFTER(STR(?c), "#") AS ?comparator)
  BIND(STRAFTER(STR(?s), "#") AS ?status) BIND(REPLACE(STR(?nu), "^.*[/#]", "") AS ?normalized_unit)
}}
ORDER BY ?document ?char_start ?id
"""

ENTITIES = """
SELECT ?id ?kind ?name (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  ?e a ?k ; rdfs:label ?n . ?k rdfs:subClassOf kgo:Entity .
  FILTER(LANG(?n) = "zh")
  OPTIONAL { ?e kgo:reportedIn ?doc }
  BIND(STR(?e) AS ?id) BIND(STRAFTER(STR(?k), "#") AS ?kind) BIND(STR(?n) AS ?name)
}
GROUP BY ?id ?kind ?name
ORDER BY ?kind ?name ?id
"""

# (entity, name): its other names, and the places it lies in (an entity may lie in several)
OTHER_NAMES = "SELECT ?id ?v WHERE { ?e skos:altLabel ?a ; a/rdfs:subClassOf kgo:Entity . BIND(STR(?e) AS ?id) BIND(STR(?a) AS ?v) }"
LOCATED_IN = """SELECT ?id ?v WHERE { ?e kgo:locatedIn/rdfs:label ?l ; a/rdfs:subClassOf kgo:Entity .
  FILTER(LANG(?l) = "zh") BIND(STR(?e) AS ?id) BIND(STR(?l) AS ?v) }"""


def _select(graph: Any, name: str, text: str) -> Table:
    frame = run_query(graph, text)
    return Table(name, tuple(str(c) for c in frame.columns), records(frame))


def documents(graph: Any) -> Table:
    """One row per document: its IRI, file, kind, government, the year it plans for and the year it reviews."""
    return _select(graph, "documents", DOCUMENTS)


def observations(graph: Any) -> Table:
    """One row per observation, the number as written and normalised, with its sentence and offsets."""
    return _select(graph, "observations", OBSERVATIONS)


def promises(graph: Any) -> Table:
    """One row per target: the columns of ``kg promises --format csv`` (kg.link.promises.COLUMNS)."""
    answer = _select(graph, "promises", "promises")
    rows = []
    for values in answer.rows:
        row = dict(zip(answer.columns, values))
        row["target"] = describe_value(row["comparator"], row["value"], row["value_max"], row["unit"])
        row["outcome"] = describe_value(row["outcome_comparator"], row["outcome_value"], None, row["outcome_unit"]) or None
        rows.append(tuple(row[c] for c in PROMISE_COLUMNS))
    return Table("promises", PROMISE_COLUMNS, rows)


def entities(graph: Any) -> Table:
    """One row per entity (district, area, project, industry, metric …): its kind, name, other names
    (sorted, joined with ' | '), where it lies and how many documents name it."""
    answer = _select(graph, "entities", ENTITIES)
    others, places = _joined(graph, OTHER_NAMES), _joined(graph, LOCATED_IN)
    rows = [(*r[:3], others.get(r[0]), places.get(r[0]), *r[3:]) for r in answer.rows]
    return Table("entities", answer.columns[:3] + ("other_names", "located_in") + answer.columns[3:], rows)


def _joined(graph: Any, text: str) -> dict[str, str]:
    """id -> its values sorted and joined with ' | ' (a cell a spreadsheet and a datasette facet can hold)."""
    values: dict[str, set[str]] = {}
    for iri, value in records(run_query(graph, text)):
        values.setdefault(iri, set()).add(value)
    return {iri: " | ".join(sorted(v)) for iri, v in values.items()}


def all_tables(graph: Any) -> list[Table]:
    """The four tables, in the order the exports write them."""
    return [documents(graph), observations(graph), promises(graph), entities(graph)]
