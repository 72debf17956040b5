"""Where queries run: a built graph loaded into an in-memory Oxigraph store, or a SPARQL endpoint.

Oxigraph answers the cookbook in milliseconds where rdflib's engine takes seconds on large graphs
(see benchmarks/query_latency.py); both kinds of source give back pyoxigraph terms, so
kg.sparql.run turns one kind of result into DataFrames.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, UnreadableInput
from kg.rdf.ntriples import to_nquads
from kg.rdf.read import from_oxigraph
from kg.rdf.terms import DOCUMENT_BUCKETS, PREFIXES, document_iri

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = tuple[Term | None, ...]
_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".trig": ox.RdfFormat.TRIG,
            ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML}


@dataclass
class Answer:
    """A query's answer as terms: a table (SELECT, ASK as one ``result`` cell, or triples)."""

    columns: list[str]
    rows: list[Row]


@dataclass
class GraphStore:
    """A built graph in an in-memory Oxigraph store; ``prefixes`` are bound in every query."""

    store: ox.Store
    source: str = ""
    prefixes: dict[str, str] = field(default_factory=lambda: dict(PREFIXES))

    @property
    def triples(self) -> int:
        """How many triples (quads, for TriG/N-Quads) the store holds."""
        return len(self.store)

    def select(self, text: str, bindings: dict[str, Term]) -> Answer:
        """Run a query with ``bindings`` as a VALUES block (see :func:`with_values`).

        Oxigraph's own substitutions (SEP-0007) require the variable in the SELECT projection,
        which most cookbook parameters are not, and VALUES keeps local and remote answers alike.
        """
        try:
            result = self.store.query(with_values(text, bindings), prefixes=self.prefixes,
                                      use_default_graph_as_union=True)
        except (SyntaxError, OSError, ValueError, TypeError) as exc:
            raise QueryError("query", f"{type(exc).__name__}: {_first_line(exc)}") from None
        return _answer(result)


def _first_line(exc: Exception, limit: int = 160) -> str:
    """The parser's message cut to its first line: Oxigraph follows it with pages of Unicode ranges."""
    text = str(exc).split("\n", 1)[0]
    cut = text.find(", [")
    text = text[:cut] + " …" if cut > 0 else text
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass
class RemoteEndpoint:
    """A SPARQL 1.1 protocol endpoint (e.g. ``http://127.0.0.1:7878/query``)."""

    url: str
    timeout: float = 60.0
    prefixes: dict[str, str] = field(default_factory=lambda: dict(PREFIXES))

    def select(self, text: str, bindings: dict[str, Term]) -> Answer:
        """POST the query; ``bindings`` travel as a VALUES block of serialised RDF terms."""
        prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in sorted(self.prefixes.items()))
        body = urllib.parse.urlencode({"query": prologue + with_values(text, bindings)}).encode()
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                kind = response.headers.get_content_type()
                payload = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:500]
            raise QueryError(self.url, f"HTTP {exc.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise QueryError(self.url, f"cannot reach the endpoint: {exc}", "is the server running?") from None
        if kind == "application/n-triples":
            return Answer(["subject", "predicate", "object"],
                          [(t.subject, t.predicate, t.object) for t in
                           ox.parse(payload, format=ox.RdfFormat.N_TRIPLES)])
        return _answer_json(json.loads(payload))


Source = GraphStore | RemoteEndpoint


def load(source: str | Path) -> Source:
    """Open a built graph file (Turtle, N-Triples, TriG, …), a built store folder (``out/store``, opened
    read-only; queries see the union of its graphs) or a SPARQL endpoint URL."""
    text = str(source)
    if text.startswith(("http://", "https://")):
        return RemoteEndpoint(text)
    path = Path(source)
    try:
        if path.is_dir():
            if not (path / MANIFEST).exists():
                raise OSError(f"{path} is not a store `kg build` wrote (no {MANIFEST})")
            return GraphStore(ox.Store.read_only(str(path)), text)
        store = ox.Store()
        store.bulk_load(path=path, format=_FORMATS.get(path.suffix.lower(), ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError, ValueError) as exc:
        raise UnreadableInput(text, str(exc), "build it first with `kg build`") from None
    return GraphStore(store, text)


def with_values(text: str, bindings: dict[str, Term]) -> str:
    """The query with a VALUES block opening its WHERE group, so bound variables act as pre-bound.

    Every value is written by its RDF term's own N-Triples serialisation, which escapes quotes
    and line breaks; user text is never spliced into the query as raw characters.
    """
    if not bindings:
        return text
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(str(v) for v in bindings.values())
    at = _where_brace(text)
    return f"{text[:at + 1]} VALUES ({names}) {{ ({values}) }} {text[at + 1:]}"


def _where_brace(text: str) -> int:
    """Offset of the '{' that opens the query's WHERE group, skipping strings, IRIs and comments."""
    i, n, depth, first = 0, len(text), 0, -1
    while i < n:
        c = text[i]
        if c == "#":
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if text[i] == "\\" else 1
            i += len(quote) - 1
        elif c == "<" and _iri_end(text, i) > 0:
            i = _iri_end(text, i)
        elif c in "{}":
            first = i if c == "{" and depth == 0 and first < 0 else first
            depth += 1 if c == "{" else -1
        elif depth == 0 and _is_keyword(text, i, "WHERE"):
            brace = text.find("{", i)
            if brace > 0:
                return brace
        i += 1
    if first < 0:
        raise QueryError("query", "no WHERE group to bind parameters in")
    return first


def _is_keyword(text: str, at: int, word: str) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + len(word):at + len(word) + 1] or " "
    return (text[at:at + len(word)].upper() == word and not (before.isalnum() or before in "?$:_-")
            and not (after.isalnum() or after in ":_-"))


def _iri_end(text: str, start: int) -> int:
    """The offset of the '>' closing an IRI reference at ``start``, or -1 if it is a '<' operator."""
    end = start + 1
    while end < len(text) and text[end] not in "<>\"{}|^`\\ \n\t":
        end += 1
    return end if end < len(text) and text[end] == ">" else -1


def _answer(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> Answer:
    if isinstance(result, ox.QueryBoolean):
        return Answer(["result"], [(ox.Literal(bool(result)),)])
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        return Answer(columns, [tuple(solution) for solution in result])
    return Answer(["subject", "predicate", "object"], [(t.subject, t.predicate, t.object) for t in result])


def _answer_json(data: dict) -> Answer:
    if "boolean" in data:
        return Answer(["result"], [(ox.Literal(bool(data["boolean"])),)])
    columns = list(data["head"].get("vars", []))
    rows = [tuple(_term(binding.get(c)) for c in columns) for binding in data["results"]["bindings"]]
    return Answer(columns, rows)


def _term(cell: dict | None) -> Term | None:
    """A SPARQL JSON results cell as a pyoxigraph term."""
    if cell is None:
        return None
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in cell:
        return ox.Literal(value, language=cell["xml:lang"])
    if "datatype" in cell:
        return ox.Literal(value, datatype=ox.NamedNode(cell["datatype"]))
    return ox.Literal(value)


@dataclass
class RdflibSource:
    """An rdflib Graph queried with rdflib's own engine: slow, kept for callers that hold one."""

    graph: object

    def select(self, text: str, bindings: dict[str, Term]) -> Answer:
        """Run the query with rdflib, ``bindings`` passed as initBindings."""
        try:
            result = self.graph.query(text, initNs=PREFIXES,
                                      initBindings={k: from_oxigraph(v) for k, v in bindings.items()})
        except Exception as exc:  # rdflib raises pyparsing's and its own errors alike
            raise QueryError("query", f"{type(exc).__name__}: {exc}") from None
        if result.type == "ASK":
            return Answer(["result"], [(ox.Literal(bool(result.askAnswer)),)])
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return Answer(["subject", "predicate", "object"],
                          [tuple(_from_rdflib(t) for t in triple) for triple in result])
        columns = [str(v) for v in result.vars or []]
        return Answer(columns, [tuple(_from_rdflib(row[i]) for i in range(len(columns))) for row in result])


def _from_rdflib(node) -> Term | None:
    from rdflib import BNode, Literal

    if node is None:
        return None
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype))) if node.datatype \
            else ox.Literal(str(node))
    return ox.NamedNode(str(node))


# -- the on-disk store a build keeps in out/store ------------------------------------------------------------

MANIFEST = "govkg-manifest.json"
DEFAULT_LINES = "govkg-default.nt"       # the default graph's lines as last loaded, to update it by difference
# Oxigraph's bulk loader buffers a call's quads in memory (about 2 GB a thread on a big input), so a new
# store is loaded in calls of about this many bytes: the same speed, memory bounded.
LOAD_BATCH_BYTES = 32 << 20


def update_store(location: Path, shared: list[str], documents: list[tuple[str, str, object]]) -> None:
    """Bring the Oxigraph store at ``location`` up to date: one named graph per document, the rest default
    (``shared``: its N-Triples lines, sorted).

    ``documents`` holds (document id, digest, reader of its lines per bucket). A new store is bulk-loaded
    in batches of LOAD_BATCH_BYTES; an existing one reloads only the documents whose digest changed since the
    last build, and applies to the default graph (ontology, entities, promise links) the lines that left or
    joined it. The manifest of digests is removed first and written last, so a store an interrupted update
    left behind is rebuilt from scratch.
    """
    from kg.errors import StoreUnwritable

    manifest = location / MANIFEST
    try:
        old = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = None
    try:
        if old is None and location.exists():
            import shutil

            shutil.rmtree(location)
        store = ox.Store(str(location))
        manifest.unlink(missing_ok=True)
        if old is None:
            for batch in _batches(_nquads(documents, shared), LOAD_BATCH_BYTES):
                store.bulk_load(batch, format=ox.RdfFormat.N_QUADS)
        else:
            _update(store, old, documents)
            _update_default(store, location / DEFAULT_LINES, shared)
        store.flush()
        del store
        with (location / DEFAULT_LINES).open("wb") as fh:
            for chunk in _chunks(shared):
                fh.write(chunk)
        new = {doc: digest for doc, digest, _ in documents}
        manifest.write_text(json.dumps(new, sort_keys=True, indent=0), encoding="utf-8")
    except OSError as exc:
        raise StoreUnwritable(str(location), f"cannot update the Oxigraph store: {exc}",
                              "is it open in `kg serve` or another process? stop that, or build without it") from None


def _update(store: ox.Store, old: dict[str, str], documents: list[tuple[str, str, object]]) -> None:
    new = {doc for doc, _, _ in documents}
    for doc in sorted(set(old) - new):
        store.remove_graph(ox.NamedNode(str(document_iri(doc))))
    for doc, digest, read in documents:
        if old.get(doc) == digest:
            continue
        graph = ox.NamedNode(str(document_iri(doc)))
        if doc in old:
            store.remove_graph(graph)
        store.load("".join(read(b) for b in DOCUMENT_BUCKETS).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES,
                   to_graph=graph)


def _update_default(store: ox.Store, previous: Path, shared: list[str]) -> None:
    """Make the default graph hold exactly the ``shared`` lines, touching only those that changed: a merge
    of the sorted lines last loaded with the sorted lines now, so neither is held twice."""
    try:
        fh = previous.open("rb")
    except OSError:
        store.clear_graph(ox.DefaultGraph())
        store.load(b"".join(_chunks(shared)), format=ox.RdfFormat.N_TRIPLES)
        return
    gone, joined = [], []
    with fh:
        # N-Triples escapes line feeds in literals, so b"\n" ends lines (U+2028 and the like may stay raw)
        before = (raw.decode("utf-8") for raw in fh)
        old = next(before, None)
        for line in shared:
            while old is not None and old < line:
                gone.append(old)
                old = next(before, None)
            if old == line:
                old = next(before, None)
            else:
                joined.append(line)
        gone += ([old] if old is not None else []) + list(before)
    for triple in ox.parse("".join(gone).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
        store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph()))
    store.load("".join(joined).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)


def _nquads(documents: list[tuple[str, str, object]], shared: list[str]):
    """N-Quads bytes: each document's lines in its named graph, then the shared lines in the default graph."""
    for doc, _, read in documents:
        yield to_nquads("".join(read(b) for b in DOCUMENT_BUCKETS).encode("utf-8"), document_iri(doc))
    yield from _chunks(shared)


def _chunks(lines: list[str], size: int = 20_000):
    """The lines as UTF-8 bytes, ``size`` lines at a time (one join of them all would copy them twice)."""
    for at in range(0, len(lines), size):
        yield "".join(lines[at:at + size]).encode("utf-8")


def _batches(chunks, limit: int):
    """The chunks joined into batches of about ``limit`` bytes (a chunk is never split)."""
    batch, size = [], 0
    for chunk in chunks:
        batch.append(chunk)
        size += len(chunk)
        if size >= limit:
            yield b"".join(batch)
            batch, size = [], 0
    if batch:
        yield b"".join(batch)
