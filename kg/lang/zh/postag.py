"""Part-of-speech tagging by jieba.posseg's algorithm, with a faster Viterbi search that finds the same paths.

A sentence is cut by the dictionary (jieba's DAG and route, over a trie); runs of single characters that form no
dictionary word go to the joint segmentation-and-tagging HMM. jieba's Viterbi builds a tuple for every
pair of states at every character; :func:`viterbi` compares floats in plain loops and keeps jieba's tie
rule (the larger state wins), so both return the same path. tests/test_segment.py holds :class:`Tagger`
to jieba.posseg on every sentence of the seeds.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

NOUN_FLAGS = ("n", "nz", "nt", "ns", "j", "l", "s")     # nouns, names, places, abbreviations, set phrases
VERB_FLAGS = ("v", "vn")       # the tags of a verb and a verbal noun (jieba tags 培育 vn)
THING_FLAGS = ("n", "nz", "nt", "ns", "j", "l", "vn")     # the words of a thing's name: nouns, names, works (建设)
MIN_FLOAT = -3.14e100          # jieba's score of a character a state never emits
MIN_INF = float("-inf")        # and of a transition the model lacks

_WORDS = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&._]+)")
_SPACE = re.compile("(\r\n|\\s)")
_HAN = re.compile("([\u4E00-\u9FD5]+)")
_ALNUM = re.compile("([.0-9]+|[a-zA-Z0-9]+)")
_ENG = re.compile("[a-zA-Z0-9]+")
_NUM = re.compile("[.0-9]+")

State = tuple[str, str]        # (B, M, E or S; part-of-speech flag)


@dataclass(frozen=True)
class Hmm:
    """jieba.posseg's model: the states each character may take, and start, transition and emission
    log-probabilities."""

    states: dict[str, tuple[State, ...]]
    start: dict[State, float]
    trans: dict[State, dict[State, float]]
    emit: dict[State, dict[str, float]]


def viterbi(text: str, hmm: Hmm) -> list[State]:
    """The most probable state of each character of ``text`` (non-empty), as jieba.posseg.viterbi finds it."""
    every = hmm.trans.keys()
    first = text[0]
    scores = {y: hmm.start[y] + hmm.emit[y].get(first, MIN_FLOAT) for y in hmm.states.get(first, every)}
    back: list[dict[State, State]] = []
    for ch in text[1:]:
        prev = [(y0, score, hmm.trans[y0]) for y0, score in scores.items() if hmm.trans[y0]]
        expected: set[State] = set()
        for _, _, nexts in prev:
            expected.update(nexts)
        candidates = expected.intersection(hmm.states.get(ch, every)) or expected or every
        scores, came = {}, {}
        for y in candidates:
            emit = hmm.emit[y].get(ch, MIN_FLOAT)
            best, arg = MIN_INF, None
            for y0, score, nexts in prev:
                p = nexts.get(y)
                if p is not None:
                    s = score + p + emit
                    if arg is None or s > best or (s == best and y0 > arg):
                        best, arg = s, y0
            if best == MIN_INF:         # jieba's tuple max: among equal scores the larger state
                arg = max(y0 for y0, _, _ in prev)
            scores[y], came[y] = best, arg
        back.append(came)
    state = max((score, y) for y, score in scores.items())[1]
    path = [state]
    for came in reversed(back):
        state = came[state]
        path.append(state)
    path.reverse()
    return path


class Tagger:
    """(word, flag) pairs of a text, as jieba.posseg.POSTokenizer(tokenizer).cut(text, HMM=True) gives them.

    The dictionary is :class:`kg.lang.zh.segment.Model`: a marisa trie of its words (so a process maps it instead
    of building half a million strings) and, by word id, frequency, flag and log-weight. The dictionary
    cut is jieba's: every word that starts at a character is an edge, and the route maximises the sum of
    log frequencies, computed in jieba's order so that ties and roundings fall the same way.
    """

    def __init__(self, model) -> None:
        self.ids, self.freq, self.flag_of, self.weight = model.words, model.freq, model.flag_of, model.weight
        self.flags, self.longest, self.hmm = model.flags, model.longest, model.hmm
        self.unknown = -math.log(model.total)           # a character that is no word: log(1) - log(total)

    def frequency(self, word: str) -> int:
        """The word's dictionary frequency, 0 if it is none."""
        found = self.ids.get(word)
        return 0 if found is None else self.freq[found]

    def flag(self, word: str) -> str:
        """The word's part-of-speech flag, x if it has none."""
        found = self.ids.get(word)
        return "x" if found is None else self.flags[self.flag_of[found]]

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Every word of ``text`` with its part-of-speech flag; the words join up to ``text``."""
        out: list[tuple[str, str]] = []
        for block in _WORDS.split(text):
            if _WORDS.match(block):
                out += _words(self, block)
                continue
            for piece in _SPACE.split(block):
                if _SPACE.match(piece):
                    out.append((piece, "x"))
                else:       # jieba tests the whole piece for letters but each character for digits
                    out += [(ch, "m" if _NUM.match(ch) else "eng" if _ENG.match(piece) else "x") for ch in piece]
        return out

    def route(self, block: str) -> list[int]:
        """Where the word of the best cut of ``block`` that starts at each position ends (exclusive)."""
        # One pass from the end: at each position the best of its edges (the higher score, on a tie the longer
        # word: jieba's max over (score, end) tuples), each edge scored as jieba adds it.
        n, longest, weight, freq = len(block), self.longest, self.weight, self.freq
        prefixes = self.ids.iter_prefixes_with_ids
        score = [0.0] * (n + 1)
        ends = [0] * n
        for k in range(n - 1, -1, -1):
            best, best_end = 0.0, 0
            for word, i in prefixes(block[k:k + longest]):
                if freq[i]:
                    end = k + len(word)
                    s = weight[i] + score[end]
                    if not best_end or s > best or (s == best and end > best_end):
                        best, best_end = s, end
            if not best_end:
                best, best_end = self.unknown + score[k + 1], k + 1
            score[k], ends[k] = best, best_end
        return ends

    def _dictionary(self, block: str, out: list[tuple[str, str]]) -> None:
        ends = self.route(block)
        x, run = 0, ""
        while x < len(block):
            y = ends[x]
            if y - x == 1:
                run += block[x]
            else:
                if run:
                    self._run(run, out)
                    run = ""
                out.append((block[x:y], self.flag(block[x:y])))
            x = y
        if run:
            self._run(run, out)

    def _run(self, run: str, out: list[tuple[str, str]]) -> None:
        """Single characters the dictionary left alone: to the HMM unless they are one known word."""
        if len(run) == 1:
            out.append((run, self.flag(run)))
        elif not self.frequency(run):
            self._unknown(run, out)
        else:
            out += [(ch, self.flag(ch)) for ch in run]

    def _unknown(self, run: str, out: list[tuple[str, str]]) -> None:
        for block in _HAN.split(run):
            if _HAN.match(block):
                self._hmm(block, out)
                continue
            out += [(x, "m" if _NUM.match(x) else "eng" if _ENG.match(x) else "x") for x in _ALNUM.split(block) if x]

    def _hmm(self, text: str, out: list[tuple[str, str]]) -> None:
        path = _path(self, text)
        begin = after = 0
        for i, (position, flag) in enumerate(path):
            if position == "B":
                begin = i
            elif position in ("E", "S"):
                out.append((text[begin if position == "E" else i:i + 1], flag))
                after = i + 1
        if after < len(text):
            out.append((text[after:], path[after][1]))


# Memos of two pure steps, by tagger and text: the stretches a sentence's extractors tag overlap (a project's
# window, a place's), and reports repeat their phrases, so a block of words or a run of unknown characters
# comes back often (13,744 blocks and 2,909 runs of the shared corpus hold 11,010 and 1,392 distinct ones).
@lru_cache(maxsize=1 << 15)
def _words(tagger: Tagger, block: str) -> tuple[tuple[str, str], ...]:
    """The (word, flag) pairs :meth:`Tagger._dictionary` gives for ``block``."""
    out: list[tuple[str, str]] = []
    tagger._dictionary(block, out)
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def _path(tagger: Tagger, text: str) -> tuple[State, ...]:
    """:func:`viterbi` over ``text`` with the tagger's HMM."""
    return tuple(viterbi(text, tagger.hmm))
