"""Word segmentation and part-of-speech tags: jieba's dictionary and HMM, primed with the domain's names.

Priming jieba costs about two seconds a process: building its prefix dictionary, reading its
350,000-line word-tag table, adding the domain words. govkg does that once per machine and lexicon
and keeps the result in one file (see :func:`cache_dir`): the words as a marisa trie, their frequencies
and flags as arrays, and the tagging HMM, which a process (each worker of a build) reads in milliseconds. The file is
named by a hash of everything it is made from, so a new jieba dictionary or lexicon makes a new file;
one that cannot be read is rebuilt, never trusted, and one that cannot be written only costs time.

Why not plain jieba.posseg (measured on 2 cores, benchmarks/README.md "Libraries against our own code"): it
tags the same (0 of 12,639 sentences of the seeds x10 and the Shanghai reports differ), but priming it takes
885 ms a process against 56 ms for the compiled dictionary, it tags 2.3-2.55x slower, and primed before the
pool forks it still leaves 16 MiB private per worker against 7 MiB. On a 50-document build with 2 workers
(3.2 s) that is about +1 s. tests/test_segment.py holds this tagger to jieba.posseg's output.
"""
from __future__ import annotations

import hashlib
import math
import logging
import marshal
import os
import tempfile
from array import array
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from kg.lexicon import Lexicon
from kg.lang.zh.postag import Hmm, Tagger

FORMAT = "4"
KEEP = 3               # compiled dictionaries kept (other lexicons, jieba versions); older ones are removed
FREQ = 50_000          # the frequency a domain word gets: high enough to win over its parts


@dataclass(frozen=True)
class Model:
    """A primed jieba dictionary: a marisa trie of the words and, by word id, each word's frequency, flag
    (an index into ``flags``) and weight (its log frequency less the log of ``total``, as jieba computes
    it); the longest word's length; the tagging HMM."""

    words: object                     # marisa_trie.Trie
    freq: array
    flag_of: array
    weight: array
    flags: tuple[str, ...]
    total: int
    longest: int
    hmm: Hmm

    def tagger(self) -> Tagger:
        """A part-of-speech tagger over this dictionary."""
        return Tagger(self)


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
    words |= set(lex.industry_forms()) | set(lex.metric_aliases()) | set(lex.projects.suffixes)
    return sorted(w for w in words if len(w) >= 2), sorted(w for w in lex.projects.boundary_words if len(w) >= 2)


@cache
def model(lex: Lexicon) -> Model:
    """The primed dictionary for ``lex``: read from the cache file, else compiled and saved there."""
    words = domain_words(lex)
    path = cache_dir() / f"jieba-{_key(words)}.bin"
    try:
        return _read(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError, RuntimeError):
        found = _compile(words)
    _save(path, found)
    return found


def _key(words: tuple[list[str], list[str]]) -> str:
    from importlib.metadata import version
    from importlib.util import find_spec

    digest = hashlib.sha256(f"{FORMAT}\0{version('jieba')}\0{version('marisa-trie')}\0".encode("utf-8"))
    # jieba's dictionary file, found without importing jieba (which costs a fifth of a second)
    digest.update(Path(find_spec("jieba").submodule_search_locations[0], "dict.txt").read_bytes())
    digest.update(repr(words).encode("utf-8"))
    return digest.hexdigest()[:24]


def _compile(words: tuple[list[str], list[str]]) -> Model:
    """jieba's dictionary with the domain words added, their flags and jieba's tagging HMM."""
    import jieba
    import jieba.posseg as posseg
    import marisa_trie

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    names, boundaries = words
    for word in names + boundaries:
        tok.add_word(word, freq=FREQ)
    tags = {**posseg.dt.word_tag_tab, **dict.fromkeys(names, "nz"), **dict.fromkeys(boundaries, "v")}
    flags = tuple(sorted({"x", *tags.values()}))
    # jieba's table also holds every word's prefixes with frequency 0: a trie answers prefixes itself
    known = sorted({w for w, f in tok.FREQ.items() if f} | set(tags))
    trie = marisa_trie.Trie(known)
    freq, flag_of, weight = array("I", [0] * len(known)), array("B", [0] * len(known)), array("d", [0.0] * len(known))
    logtotal = math.log(tok.total)
    for word in known:
        i = trie[word]
        freq[i], flag_of[i] = tok.FREQ.get(word, 0), flags.index(tags.get(word, "x"))
        weight[i] = math.log(freq[i] or 1) - logtotal
    hmm = Hmm(posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    return Model(trie, freq, flag_of, weight, flags, tok.total, max(map(len, known)), hmm)


def _read(data: bytes) -> Model:
    import marisa_trie

    trie, freq, flag_of, weight, flags, total, longest, states, start, trans, emit = marshal.loads(data)
    arrays = [array(code) for code in "IBd"]
    for a, raw in zip(arrays, (freq, flag_of, weight)):
        a.frombytes(raw)
    return Model(marisa_trie.Trie().frombytes(trie), *arrays, tuple(flags), total, longest,
                 Hmm(states, start, trans, emit))


def _save(path: Path, found: Model) -> None:
    """Write the cache file atomically and drop all but the KEEP newest; a cache that cannot be written only
    costs the next process time."""
    hmm = found.hmm
    data = marshal.dumps((found.words.tobytes(), found.freq.tobytes(), found.flag_of.tobytes(),
                          found.weight.tobytes(), found.flags, found.total, found.longest, hmm.states, hmm.start,
                          hmm.trans, hmm.emit))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        for stale in sorted(path.parent.glob("jieba-*.bin"), key=lambda p: p.stat().st_mtime)[:-KEEP]:
            stale.unlink()
    except OSError:
        pass


@cache
def tagger(lex: Lexicon) -> Tagger:
    """The part-of-speech tagger for ``lex``."""
    return model(lex).tagger()


def tag(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) pairs of ``text``."""
    return list(_tag(text, lex))


@lru_cache(maxsize=16384)
def _tag(text: str, lex: Lexicon) -> tuple[tuple[str, str], ...]:
    # Tagging is a pure function of the text and the dictionary, and reports repeat their stretches (headings,
    # set phrases; the bench's copies of the seeds wholly): without this memo extracting the 10x corpus took
    # 1.27 s of CPU against 1.06 s with it.
    return tuple(tagger(lex).tag(text))
