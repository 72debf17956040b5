"""Word segmentation and part-of-speech tags: jieba's dictionary and HMM, primed with the domain's names.

Priming jieba costs about two seconds a process: building its prefix dictionary, reading its
350,000-line word-tag table, adding the domain words. govkg does that once per machine and lexicon
and keeps the result in one marshal file (see :func:`cache_dir`), which a process (each worker of a
build) loads in a third of the time. The file is named by a hash of everything it is made from, so a
new jieba dictionary or lexicon makes a new file; one that cannot be read or written is rebuilt in
memory, never trusted.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.lexicon import Lexicon
from kg.postag import Hmm, Tagger

FORMAT = "2"
KEEP = 3               # compiled dictionaries kept (other lexicons, jieba versions); older ones are removed
FREQ = 50_000          # the frequency a domain word gets: high enough to win over its parts


@dataclass(frozen=True)
class Model:
    """A primed jieba dictionary: word frequencies (with jieba's zero-frequency prefixes), their total,
    part-of-speech flags and the tagging HMM."""

    freq: dict[str, int]
    total: int
    tags: dict[str, str]
    hmm: Hmm


def cache_dir() -> Path:
    """Where the compiled dictionary lives: $GOVKG_CACHE_DIR, else $XDG_CACHE_HOME/govkg, else ~/.cache/govkg."""
    if os.environ.get("GOVKG_CACHE_DIR"):
        return Path(os.environ["GOVKG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "govkg"


def domain_words(lex: Lexicon) -> tuple[list[str], list[str]]:
    """The names the lexicon knows (areas, industries, metrics, project suffixes; flagged nz) and the words
    that end a project name (flagged v), each sorted."""
    words: set[str] = set()
    for area in lex.areas:
        words |= {area.name, *area.aliases, *area.weak_aliases}
    words |= set(lex.industry_forms()) | set(lex.metric_aliases()) | set(lex.projects["suffixes"])
    return sorted(w for w in words if len(w) >= 2), sorted(w for w in lex.projects["boundary_words"] if len(w) >= 2)


@cache
def model(lex: Lexicon) -> Model:
    """The primed dictionary for ``lex``: read from the cache file, else compiled and saved there."""
    words = domain_words(lex)
    path = cache_dir() / f"jieba-{_key(words)}.marshal"
    try:
        freq, total, tags, states, start, trans, emit = marshal.loads(path.read_bytes())
        return Model(freq, total, tags, Hmm(states, start, trans, emit))
    except (OSError, EOFError, ValueError, TypeError):
        found = _compile(words)
    _save(path, found)
    return found


def _key(words: tuple[list[str], list[str]]) -> str:
    import jieba

    digest = hashlib.sha256(f"{FORMAT}\0{jieba.__version__}\0".encode("utf-8"))
    with jieba.get_dict_file() as fh:
        digest.update(fh.read())
    digest.update(repr(words).encode("utf-8"))
    return digest.hexdigest()[:24]


def _compile(words: tuple[list[str], list[str]]) -> Model:
    """jieba's dictionary with the domain words added, its word-tag table and its tagging HMM."""
    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    names, boundaries = words
    for word in names + boundaries:
        tok.add_word(word, freq=FREQ)
    tags = {**posseg.dt.word_tag_tab, **dict.fromkeys(names, "nz"), **dict.fromkeys(boundaries, "v")}
    same = {word: word for word in tok.FREQ}        # one string object per word: marshal then writes it once
    tags = {same.get(word, word): flag for word, flag in tags.items()}
    hmm = Hmm(posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    return Model(tok.FREQ, tok.total, tags, hmm)


def _save(path: Path, found: Model) -> None:
    """Write the cache file atomically and drop all but the KEEP newest; a cache that cannot be written only
    costs the next process time."""
    hmm = found.hmm
    data = marshal.dumps((found.freq, found.total, found.tags, hmm.states, hmm.start, hmm.trans, hmm.emit))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        for stale in sorted(path.parent.glob("jieba-*.marshal"), key=lambda p: p.stat().st_mtime)[:-KEEP]:
            stale.unlink()
    except OSError:
        pass


@cache
def tokenizer(lex: Lexicon):
    """A private jieba Tokenizer over :func:`model` (so it never reads jieba's own dictionary)."""
    import jieba

    found = model(lex)
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = found.freq, found.total, True
    return tok


@cache
def tagger(lex: Lexicon) -> Tagger:
    """The part-of-speech tagger for ``lex``."""
    return Tagger(tokenizer(lex), model(lex).tags, model(lex).hmm)


def cut(text: str, lex: Lexicon) -> list[str]:
    """Tokens of ``text`` (HMM on, so unseen names still group)."""
    return list(tokenizer(lex).cut(text, HMM=True))


def tag(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) pairs of ``text``."""
    return tagger(lex).tag(text)
