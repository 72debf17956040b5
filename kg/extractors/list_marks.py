"""The marks between a list's items as pieces of patterns: the joiners (grammar.toml ``lists.joiners``: 和, 及, 与,
each one character) and the list mark 、, so that no extractor spells them again."""
from __future__ import annotations

import re
from functools import cache

from kg.lexicon import Lexicon

__all__ = ["LIST_MARK", "item_ends", "joiners"]

LIST_MARK = "\u3001"


@cache
def joiners(lex: Lexicon) -> str:
    """The joiners as the body of a character class (``f"[{joiners(lex)}]"``)."""
    return "".join(map(re.escape, lex.grammar.lists.joiners))


@cache
def item_ends(lex: Lexicon) -> tuple[str, ...]:
    """What closes an item before the next: the list mark and the joiners."""
    return (LIST_MARK, *lex.grammar.lists.joiners)
