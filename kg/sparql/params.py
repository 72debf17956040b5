"""What a query takes: parameters declared in its .rq file, checked and typed before it runs.

A cookbook query declares each parameter in a header comment, one a line::

    # param: metric (text, required) the metric's name, e.g. 地区生产总值
    # param: year (year) only targets for this year

and ``# param: none`` when it takes none; ``(text, required unless observation)`` makes a parameter
required when another is not given. Types: ``text`` (Chinese text a @zh literal, other text a plain
literal), ``year`` (xsd:gYear, as the graph types kgo:period and kgo:year), ``integer``, ``decimal`` and
``iri``. A missing required parameter or one the query does not declare is an error naming the
parameters it does take, so a misspelt ``metrc=`` is never silently ignored. SPARQL text without
declarations takes any variable it mentions (``?name`` or ``$name``) and nothing else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import pyoxigraph as ox

from kg.errors import BadQueryParameter, UnknownPrefix
from kg.rdf.terms import PREFIXES

TYPES = ("text", "year", "integer", "decimal", "iri")
_DECLARATION = re.compile(r"^#\s*param:\s*(?P<name>\w+)\s*(?:\((?P<spec>[^)]*)\))?\s*(?P<help>.*)$")
_XSD = PREFIXES["xsd"]


@dataclass(frozen=True)
class Param:
    """One declared parameter: its name, type, whether the query needs it, and what it means."""

    name: str
    type: str = "text"
    required: bool = False
    help: str = ""
    unless: str = ""            # required only when this other parameter is not given

    def __str__(self) -> str:
        need = f", required unless {self.unless}" if self.unless else ", required" if self.required else ""
        return f"{self.name} ({self.type}{need})"


def declared(text: str, where: str = "query") -> tuple[Param, ...] | None:
    """The parameters a query's header declares, or None when it declares none (plain SPARQL text)."""
    params: list[Param] = []
    seen = False
    for line in text.splitlines():
        match = _DECLARATION.match(line.strip())
        if not match:
            continue
        seen = True
        if match["name"] == "none" and not match["spec"]:
            continue
        words = [w.strip() for w in (match["spec"] or "text").split(",") if w.strip()]
        kind = words[0] if words else "text"
        need = " ".join(words[1:])
        unless = re.fullmatch(r"required unless (\w+)", need)
        if kind not in TYPES or not (need in ("", "required", "optional") or unless):
            raise BadQueryParameter(where, f"cannot read the declaration {line.strip()!r}",
                                    f"write '# param: NAME (TYPE[, required])' with TYPE one of {', '.join(TYPES)}")
        params.append(Param(match["name"], kind, need.startswith("required"), match["help"].strip(),
                            unless[1] if unless else ""))
    return tuple(params) if seen else None


def is_declaration(line: str) -> bool:
    """Whether a comment line declares a parameter (so it is not part of the query's description)."""
    return bool(_DECLARATION.match(line.strip()))


def check(params: tuple[Param, ...] | None, given: dict[str, Any], text: str, where: str) -> None:
    """Refuse a parameter the query does not take, and a missing required one, naming what it takes."""
    if params is None:
        variables = set(re.findall(r"[?$](\w+)", _code(text)))
        unknown = sorted(set(given) - variables)
        if unknown:
            raise BadQueryParameter(where, f"the query has no variable ?{unknown[0]}",
                                    "its variables: " + (", ".join(sorted(variables)) or "none"))
        return
    names = {p.name for p in params}
    takes = "its parameters: " + (", ".join(map(str, params)) or "none")
    unknown = sorted(set(given) - names)
    if unknown:
        raise BadQueryParameter(where, f"unknown parameter {unknown[0]}", takes)
    missing = [p.name + (f" (or {p.unless})" if p.unless else "") for p in params if p.required
               and given.get(p.name) is None and (not p.unless or given.get(p.unless) is None)]
    if missing:
        raise BadQueryParameter(where, f"missing the parameter {missing[0]}", takes)


def typed(param: Param, value: Any, where: str) -> Any:
    """``value`` as the RDF term its declared type asks for (text is left to the default binding)."""
    if param.type == "text" or not isinstance(value, str | int | Decimal) or isinstance(value, bool):
        return value                    # RDF terms pass through; what cannot be bound is refused by the binding
    if param.type == "iri" and str(value).startswith(("http://", "https://")):
        return value                    # the binding makes it an IRI, or says why it is not a valid one
    text = str(value).strip()
    try:
        if param.type == "year":
            if not re.fullmatch(r"-?\d{4}", text):
                raise ValueError(text)
            return ox.Literal(text, datatype=ox.NamedNode(_XSD + "gYear"))
        if param.type == "integer":
            return ox.Literal(str(int(text)), datatype=ox.NamedNode(_XSD + "integer"))
        if param.type == "decimal":
            return ox.Literal(format(Decimal(text), "f"), datatype=ox.NamedNode(_XSD + "decimal"))
        raise ValueError(text)
    except (ValueError, InvalidOperation):
        example = {"year": "2023", "integer": "12", "decimal": "5.5", "iri": "http://… (an IRI kg.query returned)"}
        raise BadQueryParameter(where, f"{param.name}={value!r} is not a{'n' if param.type[0] in 'aeiou' else ''} "
                                       f"{param.type}", f"give one such as {example[param.type]}") from None


def _code(text: str) -> str:
    """The query without comments, strings and IRIs, so only its own syntax is scanned."""
    return re.sub(r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\''
                  r'|<[^<>"{}|^`\\\s]*>', " ", text)


def unknown_prefixes(text: str, known: dict[str, str]) -> list[str]:
    """The prefixes a query uses that neither it (PREFIX lines) nor ``known`` declare, in order of use."""
    code = _code(text)
    declared_here = set(re.findall(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:", code))
    used = re.findall(r"(?<![\w?$:.-])([A-Za-z][\w-]*(?:\.[\w-]+)*)?:(?=[\w%\\(])", code)
    return list(dict.fromkeys(p for p in used if p not in known and p not in declared_here))


def check_prefixes(text: str, known: dict[str, str]) -> None:
    """One clear line for a query that uses an undeclared prefix, instead of the parser's character classes."""
    unknown = unknown_prefixes(text, known)
    if unknown:
        name = unknown[0]
        raise UnknownPrefix("query", f"unknown prefix {name}:",
                            f"declare it (PREFIX {name}: <…>) or use one of {', '.join(sorted(known))}")
