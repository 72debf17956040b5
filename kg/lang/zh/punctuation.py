"""Punctuation of cleaned text, ASCII and full-width, as compiled patterns shared by the extractors.

A clause ends at , ; : 。 ! ? and their full-width forms; the list mark 、 separates items inside a clause and is no
clause end, but it does end an item.
"""
from __future__ import annotations

import re

CLAUSE_BREAK = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f]")
ITEM_BREAK = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f\u3001]")
BRACKETED_CLAUSE_BREAK = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f()\uff08\uff09]")
"""A clause end or a bracket: a bracket opens or closes an aside, which ends the clause before it."""
BRACKETED_ITEM_BREAK = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f()\uff08\uff09\u3001]")
QUOTE_MARKS = re.compile("[\u201c\u201d\"]")
QUOTED = re.compile("\u201c([^\u201d]*)\u201d")
"""A name in quotation marks, with what it holds (group 1)."""
ASIDE = re.compile("[(\uff08][^)\uff09]*[)\uff09]")
"""An aside in brackets, ASCII or full-width, with what it holds."""
