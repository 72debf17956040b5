"""Build a knowledge graph from report texts: read, extract, resolve, write."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import read_document
from kg.errors import GovkgError, NoInputs
from kg.extract import run
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.model import Extraction, Status
from kg.outputs import write_all

TEXT_SUFFIXES = (".txt", ".text", ".md")


@dataclass
class BuildResult:
    """What a build produced, for the summary and for callers."""

    documents: int
    entities: dict[str, int]
    observations: dict[str, int]
    triples: int
    outputs: list[Path] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)


def collect_inputs(paths: list[Path]) -> list[tuple[Path, str]]:
    """Input files with their names as given; folders contribute their text files, sorted."""
    found: list[tuple[Path, str]] = []
    for p in paths:
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
            found += [(f, f.name) for f in files]
        elif p.exists():
            found.append((p, p.name))
        else:
            raise NoInputs(str(p), "no such file or folder")
    if not found:
        where = ", ".join(str(p) for p in paths) or "(no paths)"
        raise NoInputs(where, f"no text files ({', '.join(TEXT_SUFFIXES)}) to read")
    return sorted(found, key=lambda f: f[1])


def extract_all(inputs: list[tuple[Path, str]], lex: Lexicon) -> list[Extraction]:
    """Read and extract every input; the first bad input raises, naming its file."""
    extractions = []
    ids: dict[str, str] = {}
    for path, name in inputs:
        doc = read_document(path, name, lex)
        if doc.id in ids:
            raise GovkgError(name, f"has the same document id {doc.id!r} as {ids[doc.id]}", "rename one of them")
        ids[doc.id] = name
        extractions.append(run(doc, lex))
    return extractions


def build(paths: list[Path] | None = None, out: Path = Path("out"), *, html: bool = True,
          lexicon: Lexicon | None = None) -> BuildResult:
    """Build ``out/graph.ttl`` (and ``out/graph.html``) from files or folders of report texts."""
    from kg.rdf import to_graph

    lex = lexicon or load_lexicon()
    extractions = extract_all(collect_inputs(paths or [Path("seeds")]), lex)
    graph = to_graph(extractions, lex)
    files = {out / "graph.ttl": serialize(graph)}
    if html:
        from kg.viz import render_html

        files[out / "graph.html"] = render_html(graph).encode("utf-8")
    write_all(files)
    return BuildResult(
        documents=len(extractions),
        entities=_count_entities(graph),
        observations=dict(sorted(Counter(o.status.value for x in extractions for o in x.observations).items())),
        triples=len(graph),
        outputs=sorted(files),
        extractions=extractions,
    )


def serialize(graph) -> bytes:
    """Turtle, byte-stable for the same graph."""
    return graph.serialize(format="turtle", encoding="utf-8")


def _count_entities(graph) -> dict[str, int]:
    from rdflib import RDF

    from kg.rdf import CLASS

    return {cls.split("#")[-1]: len(set(graph.subjects(RDF.type, cls))) for cls in CLASS.values()}


__all__ = ["BuildResult", "build", "collect_inputs", "extract_all", "serialize", "Status"]
