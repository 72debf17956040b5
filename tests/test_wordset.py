"""kg.lang.zh.wordset: the automaton finds exactly what loops over the words find."""
from __future__ import annotations

import random

from kg.lang.zh.wordset import WordSet

WORDS = ["ab", "b", "abc", "", "ca", "b", "cab", "x"]       # repeats, the empty word, words inside words


def _texts() -> list[str]:
    rng = random.Random(3)
    return ["", "zzz"] + ["".join(rng.choice("abcx") for _ in range(rng.randint(1, 12))) for _ in range(300)]


def test_present_is_the_loop_over_the_words() -> None:
    found = WordSet(WORDS)
    for text in _texts():
        assert found.present(text) == [i for i, w in enumerate(WORDS) if w in text], text


def test_occurrences_are_every_occurrence_of_every_word() -> None:
    found = WordSet(WORDS)
    for text in _texts():
        got = sorted((start, i) for start, indices in found.occurrences(text) for i in indices)
        loop = sorted((start, i) for i, w in enumerate(WORDS) if w
                      for start in range(len(text)) if text.startswith(w, start))
        assert got == loop, text
    assert found.empty == (3,)


def test_no_words_and_only_the_empty_word() -> None:
    assert WordSet([]).present("abc") == [] and WordSet([]).occurrences("abc") == []
    assert WordSet([""]).present("abc") == [0] and WordSet([""]).occurrences("abc") == []


def test_longest_first_sorts_as_sorted_by_length_once_per_list() -> None:
    from kg.lang.zh.wordset import _longest_first, longest_first

    rng = random.Random(3)
    for _ in range(200):
        words = tuple("".join(rng.choices("abc", k=rng.randint(0, 4))) for _ in range(rng.randint(0, 12)))
        expected = tuple(sorted(words, key=len, reverse=True))     # stable: one length keeps the list's order
        assert longest_first(words) == expected and longest_first(list(words)) == expected
        assert longest_first(iter(words)) == expected
    _longest_first.cache_clear()
    table = ("a", "bbb", "cc", "dd")
    assert longest_first(table) == ("bbb", "cc", "dd", "a")
    assert longest_first(table) is longest_first(table) and _longest_first.cache_info().hits == 2
