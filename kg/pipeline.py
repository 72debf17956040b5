"""Build a knowledge graph from report texts: read, extract, resolve, write."""
from __future__ import annotations

import os
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import HTML_SUFFIXES, MAX_BYTES, read_document
from kg.errors import GovkgError, InputSkipped, NoInputs, OutputError, ShapeViolation
from kg.extract import run
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.model import Extraction, Status
from kg.outputs import write_all

TEXT_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES)


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
    """Input files with their names as given, sorted by name; folders contribute their text files.

    In a folder, hidden files are ignored and other non-text files are skipped with a warning.
    """
    found: list[tuple[Path, str]] = []
    for p in paths:
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith("."))
            for f in files:
                if f.suffix.lower() not in TEXT_SUFFIXES:
                    warnings.warn(InputSkipped(f"skipped {f}: not a text file ({', '.join(TEXT_SUFFIXES)}); "
                                               "convert it to text to read it"), stacklevel=2)
            found += [(f, f.name) for f in files if f.suffix.lower() in TEXT_SUFFIXES]
        elif p.exists():
            found.append((p, p.name))
        else:
            raise NoInputs(str(p), "no such file or folder")
    if not found:
        where = ", ".join(str(p) for p in paths) or "(no paths)"
        raise NoInputs(where, f"no text files ({', '.join(TEXT_SUFFIXES)}) to read")
    return sorted(found, key=lambda f: (f[1], str(f[0])))


def extract_all(inputs: list[tuple[Path, str]], lex: Lexicon, max_bytes: int = MAX_BYTES) -> list[Extraction]:
    """Read and extract every input; the first bad input raises, naming its file."""
    extractions = []
    ids: dict[str, str] = {}
    for path, name in inputs:
        doc = read_document(path, name, lex, max_bytes)
        if doc.id in ids:
            raise GovkgError(name, f"has the same document id {doc.id!r} as {ids[doc.id]}", "rename one of them")
        ids[doc.id] = name
        extractions.append(run(doc, lex))
    return extractions


def build(paths: list[Path] | None = None, out: Path = Path("out"), *, html: bool = True,
          lexicon: Lexicon | None = None, formats: tuple[str, ...] = (), max_bytes: int = MAX_BYTES,
          validate: bool = True) -> BuildResult:
    """Build ``out/graph.ttl`` (and ``out/graph.html``) from files or folders of report texts.

    ``formats`` adds exports from kg.export ("nt", "jsonld", "trig") beside the Turtle file.
    ``max_bytes`` limits the size of one input file. The graph is checked against
    ontology/shapes.ttl before anything is written: a violation raises ShapeViolation, ``out`` untouched.
    """
    from kg.rdf import to_graph

    lex = lexicon or load_lexicon()
    extractions = extract_all(collect_inputs(paths or [Path("seeds")]), lex, max_bytes)
    graph = to_graph(extractions, lex)
    if validate:
        _check_shapes(graph)
    files = {out / "graph.ttl": serialize(graph)}
    if formats:
        from kg.export import FILE_NAMES, serialize as export

        files.update({out / FILE_NAMES[f]: export(graph, f) for f in formats})
    if html:
        from kg.viz import render_html

        files[out / "graph.html"] = render_html(graph).encode("utf-8")
    _check_writable(files)
    write_all(files)
    return BuildResult(
        documents=len(extractions),
        entities=_count_entities(graph),
        observations=dict(sorted(Counter(o.status.value for x in extractions for o in x.observations).items())),
        triples=len(graph),
        outputs=sorted(files),
        extractions=extractions,
    )


def _check_shapes(graph) -> None:
    from kg.validate import validate

    report = validate(graph)
    if not report.conforms:
        raise ShapeViolation("the built graph", f"breaks {len(report)} SHACL constraint(s) of ontology/shapes.ttl; "
                             f"nothing was written:\n{report.text(limit=20)}",
                             "this is a bug in govkg: please report it with the input files")


def _check_writable(files: dict[Path, bytes]) -> None:
    """Refuse before writing when a target cannot be replaced, so no output is half-written."""
    for target in sorted(files):
        folder = next((p for p in (target.parent, *target.parent.parents) if p.exists()), Path("."))
        if not folder.is_dir():
            raise OutputError(str(folder), "is a file, not a folder", "choose another --out folder")
        if target.is_dir():
            raise OutputError(str(target), "is a folder, so the output file cannot replace it", "remove or rename it")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(str(folder), "is not writable", "choose another --out folder or fix its permissions")


def serialize(graph) -> bytes:
    """Turtle, byte-stable for the same graph."""
    return graph.serialize(format="turtle", encoding="utf-8")


def _count_entities(graph) -> dict[str, int]:
    from rdflib import RDF

    from kg.rdf import CLASS

    return {cls.split("#")[-1]: len(set(graph.subjects(RDF.type, cls))) for cls in CLASS.values()}


__all__ = ["BuildResult", "build", "collect_inputs", "extract_all", "serialize", "Status"]
