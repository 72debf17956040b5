"""Word segmentation: one jieba tokenizer per lexicon, primed with the domain's names."""
from __future__ import annotations

import logging
from functools import cache

from kg.lexicon import Lexicon


@cache
def tokenizer(lex: Lexicon):
    """A private jieba Tokenizer that knows every area, industry, metric and project suffix."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in sorted(_domain_words(lex)):
        tok.add_word(word, freq=50_000, tag="nz")
    for word in sorted(lex.projects["boundary_words"]):
        if len(word) >= 2:
            tok.add_word(word, freq=50_000, tag="v")
    return tok


@cache
def pos_tokenizer(lex: Lexicon):
    """A part-of-speech tagger over :func:`tokenizer`.

    jieba's own tagger has already read the word-tag table at import; sharing it saves reading the
    350,000-line dictionary a second time (over a second per process).
    """
    import jieba.posseg

    tagger = object.__new__(jieba.posseg.POSTokenizer)
    tagger.tokenizer = tokenizer(lex)
    tagger.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    for word in _domain_words(lex):
        tagger.word_tag_tab[word] = "nz"
    for word in lex.projects["boundary_words"]:
        if len(word) >= 2:
            tagger.word_tag_tab[word] = "v"
    return tagger


def _domain_words(lex: Lexicon) -> set[str]:
    words: set[str] = set()
    for area in lex.areas:
        words |= {area.name, *area.aliases, *area.weak_aliases}
    for form in lex.industry_forms():
        words.add(form)
    words |= set(lex.metric_aliases())
    words |= set(lex.projects["suffixes"])
    return {w for w in words if len(w) >= 2}


def cut(text: str, lex: Lexicon) -> list[str]:
    """Tokens of ``text`` (HMM on, so unseen names still group)."""
    return list(tokenizer(lex).cut(text, HMM=True))


def tag(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) pairs of ``text``."""
    return [(p.word, p.flag) for p in pos_tokenizer(lex).cut(text, HMM=True)]
