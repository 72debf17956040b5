"""The per-document build cache under ``out/.cache/``: extraction results keyed by content and code version.

An entry is four files, ``<key>.nt`` and ``<key>.ttl`` (the document's own triples, sorted, as N-Triples
and as Turtle), ``<key>.txt`` (its text as read, copied to ``out/texts/``) and ``<key>.json`` (its DocPart, as data that loading cannot execute: kg.pipeline.codec);
the key hashes the file's name and bytes, and the folder is named by the build version — extractor
versions (kg.extractors.version_key), the lexicon, govkg's version and the hash of its own code — so a
change to any of them misses every entry. Entries are written under a temporary name and renamed, the
.json last; an entry that is unreadable, truncated or from another format is ignored and rebuilt.

New entries are staged while a build runs and moved into the cache only when the build succeeds, so a
build that fails leaves ``out/`` exactly as it was.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import BadCacheEntry
from kg.lexicon import Lexicon
from kg.pipeline.codec import decode, encode
from kg.pipeline.document import DocPart
from kg.read.given import NONE, Fallback
from kg.version import __version__

SHARED_OK = "shared-validated"     # digests of cross-document pieces that passed SHACL
TRACKED = "promises.tracked"       # the promise tracker's lines of the last build, with the key of its inputs
FORMAT = "7"           # bump when DocPart or the .nt, .ttl or .txt layout changes
META = ".json"         # the DocPart of an entry; its presence marks the entry complete


@cache
def code_hash() -> str:
    """Hash of govkg's own source and data files: a change to the code invalidates the cache."""
    digest = hashlib.sha256()
    root = resources.files("kg")
    for path in sorted(Path(str(root)).rglob("*")):
        if path.suffix in (".py", ".toml", ".ttl", ".rq") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(str(root))).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def lexicon_hash(lex: Lexicon | None) -> str:
    """Hash of the lexicon: its files when it is govkg's own, else its contents."""
    if lex is None:
        return "files"         # the lexicon files are part of code_hash
    return hashlib.sha256(lex.fingerprint().encode("utf-8")).hexdigest()


def version(lex: Lexicon | None = None, fallback: Fallback = NONE) -> str:
    """The build version every cache key includes: with the lexicon (the user's, if any) and the government and
    year given for texts that do not state theirs, so a document is not reused with other options."""
    from kg.extractors import version_key

    parts = [FORMAT, __version__, version_key(), lexicon_hash(lex), code_hash()]
    if fallback != NONE:
        parts.append(fallback.key())        # absent when none is given: the versions of earlier builds hold
    text = "|".join(parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def document_key(name: str, data: bytes, build_version: str) -> str:
    """The cache key of one input: its name as given, its bytes and the build version."""
    digest = hashlib.sha256(f"{build_version}\0{name}\0".encode("utf-8"))
    digest.update(data)
    return digest.hexdigest()


class DocCache:
    """Entries of one build version under ``out/.cache/<version>/``, with new ones staged until commit."""

    def __init__(self, out: Path, build_version: str) -> None:
        self.root = out / ".cache"
        self.folder = self.root / build_version
        self._made = [p for p in (self.root, out, *out.parents) if not p.exists()]
        self.staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self._ensure_root()))
        self.hits = 0
        self._read: set[str] = set()        # keys whose entry get() read from the cache folder

    def _ensure_root(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        return self.root

    def has(self, key: str) -> bool:
        """Whether an entry for ``key`` exists (it may still turn out unreadable: see :meth:`get`)."""
        return (self.folder / f"{key}{META}").exists() or (self.staging / f"{key}{META}").exists()

    def get(self, key: str) -> DocPart | None:
        """The cached DocPart for ``key``, or None when missing, unreadable, truncated or not a DocPart."""
        meta, nt = self.folder / f"{key}{META}", self.folder / f"{key}.nt"
        try:
            part = decode(meta.read_bytes(), DocPart)
            if (nt.stat().st_size != part.nt_size or nt.with_suffix(".ttl").stat().st_size != part.ttl_size
                    or nt.with_suffix(".txt").stat().st_size != part.text_size or not part.whole()):
                return None
        except (OSError, BadCacheEntry):
            return None
        part.key = key
        self.hits += 1
        self._read.add(key)
        return part

    def tracked(self, key: str) -> dict[tuple[str, str], list[str]] | None:
        """The promise lines the last build kept for inputs of ``key`` (:meth:`keep_tracked`), by (bucket, document
        slug); None when it kept none, kept another key's, or the file is unreadable or not what it should be."""
        try:
            kept = json.loads((self.folder / TRACKED).read_bytes())
            if kept["key"] != key:
                return None
            lines = {(bucket, slug): lines for bucket, slug, lines in kept["pieces"]}
        except (OSError, ValueError, KeyError, TypeError):
            return None
        strings = all(isinstance(x, str) for piece, v in lines.items() for x in (*piece, *v))
        return lines if strings and all(isinstance(v, list) for v in lines.values()) else None

    def keep_tracked(self, key: str, lines: dict[tuple[str, str], list[str]]) -> None:
        """Stage the promise lines of inputs of ``key`` for the next build (moved into the cache by :meth:`commit`)."""
        pieces = [[*piece, v] for piece, v in lines.items()]
        _atomic(self.staging / TRACKED, json.dumps({"key": key, "pieces": pieces}).encode("ascii"))

    def entry_path(self, key: str, suffix: str = ".nt") -> Path:
        """Where the entry's N-Triples (or, with ``suffix=".ttl"``, Turtle; ``".txt"``, the text) are now: in the
        cache if :meth:`get` read it from there, else staged in this build."""
        return (self.folder if key in self._read else self.staging) / f"{key}{suffix}"

    def commit(self, used: set[str]) -> None:
        """Move the staged entries into the cache; drop entries this build did not use and older versions."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for last in (False, True):                         # META last: an entry exists once its META does
            for path in sorted(self.staging.iterdir()):
                if (path.suffix == META) is last:
                    os.replace(path, self.folder / path.name)
        shutil.rmtree(self.staging, ignore_errors=True)
        keep = used | {SHARED_OK, Path(TRACKED).stem}
        for path in self.folder.iterdir():
            if path.stem not in keep:
                path.unlink(missing_ok=True)
        for other in self.root.iterdir():
            if other.is_dir() and other != self.folder and not other.name.startswith(".staging-"):
                shutil.rmtree(other, ignore_errors=True)

    def discard(self) -> None:
        """Forget this build's entries and remove the folders it created, leaving ``out/`` as it was."""
        shutil.rmtree(self.staging, ignore_errors=True)
        for folder in self._made:
            try:
                folder.rmdir()
            except OSError:
                break


def stage(staging: Path, key: str, part: DocPart, nt: bytes, ttl: bytes, text: bytes) -> DocPart:
    """Write one entry into ``staging`` atomically (temporary names, then rename; the DocPart last)."""
    part.key = key
    _atomic(staging / f"{key}.nt", nt)
    _atomic(staging / f"{key}.ttl", ttl)
    _atomic(staging / f"{key}.txt", text)
    _atomic(staging / f"{key}{META}", encode(part))
    return part


def _atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)
