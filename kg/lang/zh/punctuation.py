"""Punctuation that ends a clause in cleaned text, ASCII and full-width: , ; : 。 ! ? and their full-width forms
(the list mark 、 separates items inside a clause and is no clause end)."""
from __future__ import annotations

import re

CLAUSE_BREAK = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f]")
