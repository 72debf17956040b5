"""The first steps of a build: which files to read (collect inputs), their cache keys (plan), and the checks
that refuse a build before any work (an unusable output folder, two inputs with one document id)."""
from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from kg.errors import (DuplicateDocument, EmptyInput, GovkgError, InputSkipped, InputTooLarge, MetadataError,
                       NoInputs, OutputError, UnreadableInput)
from kg.lexicon.load import USER_FILE
from kg.read.documents import BINARY_SUFFIXES, HTML_SUFFIXES, read_input

READ_ERRORS = (EmptyInput, UnreadableInput, InputTooLarge, MetadataError)
"""What makes one input unreadable (its bytes, its text, its place or year): reported with every other such input."""

TEXT_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES)
INPUT_SUFFIXES = (*TEXT_SUFFIXES, *BINARY_SUFFIXES)     # what a folder build reads: texts, PDF and Word files


class InputFile(NamedTuple):
    """An input file and its name as given (a tuple, so ``for path, name in files`` reads it)."""

    path: Path
    name: str


@dataclass(frozen=True)
class Input:
    """One input file: its path, its name as given and its cache key."""

    path: Path
    name: str
    key: str


def collect_inputs(paths: list[Path]) -> list[InputFile]:
    """Input files with their names as given, sorted by name; folders contribute their text, PDF and Word files.

    In a folder, hidden files and a user lexicon (govkg.toml) are ignored and other files are skipped with a warning.
    """
    found: list[InputFile] = []
    for p in paths:
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".") and f.name != USER_FILE)
            for f in files:
                if f.suffix.lower() not in INPUT_SUFFIXES:
                    warnings.warn(InputSkipped(f"skipped {f}: not a text, PDF or Word file "
                                               f"({', '.join(INPUT_SUFFIXES)}); convert it to text to read it"),
                                  stacklevel=2)
            found += [InputFile(f, f.name) for f in files if f.suffix.lower() in INPUT_SUFFIXES]
        elif p.exists():
            found.append(InputFile(p, p.name))
        else:
            raise NoInputs(str(p), "no such file or folder")
    if not found:
        where = ", ".join(str(p) for p in paths) or "(no paths)"
        raise NoInputs(where, f"no text, PDF or Word files ({', '.join(INPUT_SUFFIXES)}) to read")
    return sorted(found, key=lambda f: (f.name, str(f.path)))


def plan(found: list[InputFile], version: str, max_bytes: int) -> tuple[list[Input], list[GovkgError]]:
    """Each input with its cache key (the hash of its name and bytes), and the errors of the files that cannot be
    read (over ``max_bytes``, gone, unreadable) for the build to report with the others."""
    from kg.pipeline.cache import document_key

    inputs, failed = [], []
    for path, name in found:
        try:
            inputs.append(Input(path, name, document_key(name, read_input(path, name, max_bytes), version)))
        except READ_ERRORS as exc:
            failed.append(exc)
    return inputs, failed


def user_lexicons(paths: list[Path]) -> list[Path]:
    """The user lexicons found beside the inputs: a govkg.toml in each folder given, or in the folder of each
    file given, in the order given."""
    folders = [p if p.is_dir() else p.parent for p in paths]
    return [f / USER_FILE for f in dict.fromkeys(folders) if (f / USER_FILE).is_file()]


class DocumentIds:
    """The document ids seen so far in a build, to refuse a second input with the same id."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}

    def add(self, doc_id: str, name: str) -> None:
        """Record ``name``'s document id; raises DuplicateDocument when another input has it."""
        if doc_id in self._names:
            raise DuplicateDocument(name, f"has the same document id {doc_id!r} as {self._names[doc_id]}",
                                    "rename one of them")
        self._names[doc_id] = name


def default_jobs() -> int:
    """How many processes extract by default: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def check_out(out: Path) -> None:
    """Refuse an unusable output folder before any work, so a long build does not fail at its end."""
    check_writable([out / "graph.ttl"])


def check_writable(targets: list[Path]) -> None:
    """Refuse before writing when a target cannot be replaced, so no output is half-written."""
    for target in sorted(targets):
        folder = next((p for p in (target.parent, *target.parent.parents) if p.exists()), Path("."))
        if not folder.is_dir():
            raise OutputError(str(folder), "is a file, not a folder", "choose another output folder")
        if target.is_dir():
            raise OutputError(str(target), "is a folder, so the output file cannot replace it", "remove or rename it")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(str(folder), "is not writable", "choose another output folder or fix its permissions")
