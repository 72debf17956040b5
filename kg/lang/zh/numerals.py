"""Arabic and Chinese numerals: '8,155' -> 8155, '1.2' -> 1.2, '二十五' -> 25, '二〇二三' -> 2023.

The only module of govkg's code that holds Chinese characters: the numerals themselves.
"""
from __future__ import annotations

import re
from decimal import Decimal

_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
_HUNDRED_MILLION = "亿"
CN_NUMERAL = "〇○零一二两三四五六七八九十百千万亿"
CN_LEADING = "一二两三四五六七八九十"
"""The characters a Chinese number may begin with (zeros and the large units may not)."""
ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER = rf"(?:\d+/\d+|{ARABIC}|[{CN_LEADING}][{CN_NUMERAL}]*)"
"""A number as a regular expression: a fraction, an Arabic number or a Chinese one."""
DIGIT = re.compile("[0-9]")
"""An Arabic digit: where cleaned text holds a figure (the reader folds full-width digits to ASCII)."""


class NumberError(ValueError):
    """A string that is not a number govkg can read."""


def parse_number(text: str) -> Decimal:
    """Read an Arabic or Chinese numeral: '8,155' -> 8155, '1.2' -> 1.2, '二十五' -> 25, '二〇二三' -> 2023."""
    text = text.strip()
    if not text:
        raise NumberError("empty number")
    if re.fullmatch(ARABIC, text):
        return Decimal(text.replace(",", ""))
    if re.fullmatch(r"\d+/\d+", text):
        num, den = (Decimal(p) for p in text.split("/"))
        if den == 0:
            raise NumberError(f"zero denominator in {text!r}")
        return num / den
    if all(c in CN_NUMERAL for c in text):
        return Decimal(_parse_chinese(text))
    raise NumberError(f"not a number: {text!r}")


def _parse_chinese(text: str) -> int:
    if all(c in _DIGITS for c in text) and len(text) > 1:
        return int("".join(str(_DIGITS[c]) for c in text))       # 二〇二三: digit by digit
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in _BIG_UNITS:
            section += digit or 0
            big = _BIG_UNITS[ch]
            total = (total + section) * big if ch == _HUNDRED_MILLION else total + section * big
            section, digit = 0, None
        else:
            raise NumberError(f"not a Chinese numeral: {text!r}")
    return total + section + (digit or 0)
