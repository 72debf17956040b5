"""Part-of-speech tagging by jieba.posseg's algorithm, with a faster Viterbi search that finds the same paths.

A sentence is cut by the dictionary (jieba's DAG and route); runs of single characters that form no
dictionary word go to the joint segmentation-and-tagging HMM. jieba's Viterbi builds a tuple for every
pair of states at every character; :func:`viterbi` compares floats in plain loops and keeps jieba's tie
rule (the larger state wins), so both return the same path. tests/test_segment.py holds :class:`Tagger`
to jieba.posseg on every sentence of the seeds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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
    """(word, flag) pairs of a text, as jieba.posseg.POSTokenizer(tokenizer).cut(text, HMM=True) gives them."""

    def __init__(self, tokenizer, tags: dict[str, str], hmm: Hmm) -> None:
        self.tokenizer, self.tags, self.hmm = tokenizer, tags, hmm

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Every word of ``text`` with its part-of-speech flag; the words join up to ``text``."""
        out: list[tuple[str, str]] = []
        for block in _WORDS.split(text):
            if _WORDS.match(block):
                self._dictionary(block, out)
                continue
            for piece in _SPACE.split(block):
                if _SPACE.match(piece):
                    out.append((piece, "x"))
                else:       # jieba tests the whole piece for letters but each character for digits
                    out += [(ch, "m" if _NUM.match(ch) else "eng" if _ENG.match(piece) else "x") for ch in piece]
        return out

    def _dictionary(self, block: str, out: list[tuple[str, str]]) -> None:
        dag = self.tokenizer.get_DAG(block)
        route: dict = {}
        self.tokenizer.calc(block, dag, route)
        x, run = 0, ""
        while x < len(block):
            y = route[x][1] + 1
            if y - x == 1:
                run += block[x]
            else:
                if run:
                    self._run(run, out)
                    run = ""
                out.append((block[x:y], self.tags.get(block[x:y], "x")))
            x = y
        if run:
            self._run(run, out)

    def _run(self, run: str, out: list[tuple[str, str]]) -> None:
        """Single characters the dictionary left alone: to the HMM unless they are one known word."""
        if len(run) == 1:
            out.append((run, self.tags.get(run, "x")))
        elif not self.tokenizer.FREQ.get(run):
            self._unknown(run, out)
        else:
            out += [(ch, self.tags.get(ch, "x")) for ch in run]

    def _unknown(self, run: str, out: list[tuple[str, str]]) -> None:
        for block in _HAN.split(run):
            if _HAN.match(block):
                self._hmm(block, out)
                continue
            out += [(x, "m" if _NUM.match(x) else "eng" if _ENG.match(x) else "x") for x in _ALNUM.split(block) if x]

    def _hmm(self, text: str, out: list[tuple[str, str]]) -> None:
        path = viterbi(text, self.hmm)
        begin = after = 0
        for i, (position, flag) in enumerate(path):
            if position == "B":
                begin = i
            elif position in ("E", "S"):
                out.append((text[begin if position == "E" else i:i + 1], flag))
                after = i + 1
        if after < len(text):
            out.append((text[after:], path[after][1]))
