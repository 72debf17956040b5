"""Which words of a fixed list occur in a text, and where: one Aho-Corasick automaton (pyahocorasick) instead of
a loop of ``word in text`` over hundreds of words for every sentence. A word is found wherever it occurs,
overlapping others too, so callers get exactly what their loops over the list found, in the list's order.

:func:`longest_first` orders a word list for matching its longest word first, once per list."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` longest first, words of one length in their given order: ``tuple(sorted(words, key=len,
    reverse=True))``, sorted once per list (a lexicon's word lists are asked for at every sentence)."""
    return _longest_first(words if type(words) is tuple else tuple(words))


@lru_cache(maxsize=1024)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


class WordSet:
    """A fixed, ordered list of words (repeats allowed), searched in one pass over a text."""

    def __init__(self, words: Iterable[str]) -> None:
        import ahocorasick

        self.words = tuple(words)
        by_word: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            by_word.setdefault(word, []).append(i)
        self.empty = tuple(by_word.pop("", ()))         # indices of the empty word: in every text, at 0 first
        self._automaton = ahocorasick.Automaton()
        for word, indices in by_word.items():
            self._automaton.add_word(word, (len(word), tuple(indices)))
        self._searched = bool(by_word)                  # an automaton with no word cannot be built
        if self._searched:
            self._automaton.make_automaton()

    def present(self, text: str) -> list[int]:
        """The indices (in the list) of the words that occur in ``text``, ascending: ``[i for i, w in
        enumerate(words) if w in text]``."""
        found = set(self.empty)
        if self._searched:
            for _, (_, indices) in self._automaton.iter(text):
                found.update(indices)
        return sorted(found)

    def occurrences(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """(start, indices of the words that start there and end at that match) of every occurrence of a
        non-empty word of the list in ``text``, overlapping ones included, in no particular order (the empty
        word, which occurs everywhere, is left to the caller: see ``empty``)."""
        if not self._searched:
            return []
        return [(end - length + 1, indices) for end, (length, indices) in self._automaton.iter(text)]
