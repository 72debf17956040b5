"""Put a built graph into a SPARQL server: ``kg push`` (Graph Store Protocol) and ``kg serve`` (local Oxigraph).

``push`` replaces one graph of any SPARQL 1.1 Graph Store Protocol endpoint — Oxigraph
(``http://host:7878/store``), Apache Jena Fuseki (``http://host:3030/ds/data``), GraphDB
(``http://host:7200/repositories/REPO/rdf-graphs/service``) — with a single HTTP PUT of the Turtle
file, which the protocol defines as one replace operation: pushing twice leaves one copy.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg.errors import PushError, ServerMissing, UnreadableInput


@dataclass(frozen=True)
class Pushed:
    """What a push sent and where."""

    url: str
    bytes: int
    status: int


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of ``graph`` (an IRI) at ``endpoint``, or of the default graph."""
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def push(endpoint: str, source: Path = Path("out/graph.ttl"), graph: str | None = None,
         timeout: float = 600.0) -> Pushed:
    """Replace ``graph`` (default: the default graph) at a Graph Store Protocol ``endpoint`` with ``source``."""
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(endpoint, "is not an http(s) URL", "give the server's Graph Store endpoint, "
                        "e.g. http://127.0.0.1:7878/store")
    try:
        size = source.stat().st_size
        body = source.open("rb")
    except OSError as exc:
        raise UnreadableInput(str(source), exc.strerror or str(exc), "build it first with `kg build`") from None
    url = graph_url(endpoint, graph)
    request = urllib.request.Request(url, data=body, method="PUT", headers={
        "Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(size)})
    try:
        with body, urllib.request.urlopen(request, timeout=timeout) as response:
            return Pushed(url, size, response.status)
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:500]
        raise PushError(url, f"HTTP {exc.code}: {detail}", "check the endpoint URL and the server's rights") from None
    except (urllib.error.URLError, OSError) as exc:
        raise PushError(url, f"cannot reach the server: {exc}", "is the server running?") from None


def oxigraph_binary() -> str:
    """The ``oxigraph`` command (PyPI package ``oxigraph``, the ``server`` extra)."""
    here = Path(sys.executable).with_name("oxigraph")
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise ServerMissing("oxigraph", "the Oxigraph server is not installed", "pip install 'govkg[server]'")
    return found


def serve_command(location: Path, bind: str = "127.0.0.1", port: int = 7878) -> list[str]:
    """The command line that serves the store at ``location`` read-only, queries seeing all its graphs."""
    from kg.sparql.store import MANIFEST

    if not (location / MANIFEST).exists():
        raise UnreadableInput(str(location), "is not a store `kg build` wrote", "run `kg build` first")
    host = f"[{bind}]" if ":" in bind else bind
    return [oxigraph_binary(), "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}",
            "--union-default-graph"]


def serve(location: Path, bind: str = "127.0.0.1", port: int = 7878) -> int:
    """Run the Oxigraph server in a child process until it stops; returns its exit status.

    ``kg serve`` instead replaces its own process with the server (see kg.cli), which a library
    function called from a notebook must not do.
    """
    command = serve_command(location, bind, port)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0
