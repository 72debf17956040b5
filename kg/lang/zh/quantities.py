"""Numbers, units and hedges in cleaned Chinese text: 1.2万套, 5%—6%, 超8亿美元, 2100余户."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from kg.lexicon import Lexicon
from kg.model import Comparator, Quantity

_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL = "〇○零一二两三四五六七八九十百千万亿"
ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
RANGE_SEP = "—–\\-~～至"


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
            total = (total + section) * _BIG_UNITS[ch] if ch == "亿" else total + section * _BIG_UNITS[ch]
            section, digit = 0, None
        else:
            raise NumberError(f"not a Chinese numeral: {text!r}")
    return total + section + (digit or 0)


@cache
def _pattern(lex: Lexicon) -> re.Pattern[str]:
    hedges = lex.hedges["comparator"]
    before = sorted({w for ws in hedges["before"].values() for w in ws}, key=len, reverse=True)
    after = sorted({w for ws in hedges["after"].values() for w in ws} - {"余", "多"}, key=len, reverse=True)
    mult = sorted(lex.multipliers, key=len, reverse=True)
    units = "|".join(re.escape(u) for u in lex.unit_forms())
    number = rf"(?:\d+/\d+|{ARABIC}|[一二两三四五六七八九十][{CN_NUMERAL}]*)"
    return re.compile(
        rf"(?P<before>{'|'.join(before)})?"
        rf"(?P<num>(?<![\d.]){number})"
        rf"(?:(?P<unit1>(?:{'|'.join(mult)})?(?:{units})?)[{RANGE_SEP}](?P<max>{number}))?"
        rf"(?P<approx>余|多)?"
        rf"(?P<mult>{'|'.join(mult)})?"
        rf"(?P<unit>{units})"
        rf"(?:[（(][间人家个][）)])?"
        rf"(?P<after>{'|'.join(after)})?"
    )


def _comparator(lex: Lexicon, side: str, word: str | None) -> Comparator | None:
    if not word:
        return None
    for name, words in lex.hedges["comparator"][side].items():
        if word in words:
            return Comparator(name)
    return None


def _word_before(lex: Lexicon, text: str, m: re.Match[str]) -> bool:
    """True when a one-character comparator is the end of a word (签约, 最近), not a hedge."""
    word = m["before"]
    if not word or len(word) != 1 or m.start() == 0:
        return False
    return text[m.start() - 1] + word in lex.hedges["comparator_exceptions"]["words"]


def _build(lex: Lexicon, m: re.Match[str], text: str) -> Quantity | None:
    base = lex.unit(m["unit"])
    mult = m["mult"] or ""
    if m["unit"] in lex.hedges["units_not_before"] and text[m.end("unit"):m.end("unit") + 1] in lex.hedges["units_not_before"][m["unit"]]:
        return None
    if base is None or (mult and not base.scalable):
        return None
    try:
        value = parse_number(m["num"])
        value_max = parse_number(m["max"]) if m["max"] else None
    except NumberError:
        return None
    unit = mult + m["unit"]
    if "/" in m["num"]:                       # 1/4 is stated as a share: 25 %
        if m["unit"] != "%" and unit != "":
            value, unit = value * 100, "%"
    factor = base.factor * lex.multipliers.get(mult, Decimal(1))
    before = None if _word_before(lex, text, m) else m["before"]
    comparator = (
        _comparator(lex, "after", m["after"])
        or _comparator(lex, "before", before)
        or (Comparator.AT_LEAST if m["approx"] else Comparator.EXACTLY)
    )
    return Quantity(
        value=value,
        unit=unit,
        normalized_value=_tidy(value * factor),
        normalized_unit=base.normalized,
        comparator=comparator,
        value_max=value_max,
        normalized_max=_tidy(value_max * factor) if value_max is not None else None,
        start=m.start("num") if before is None else m.start(),
        end=m.end(),
    )


def _tidy(d: Decimal) -> Decimal:
    """Drop float noise from unit factors such as 亩 (666.67 m²) and trailing zeros."""
    try:
        q = d.quantize(Decimal("0.0001")) if d != d.to_integral_value() else d.to_integral_value()
    except InvalidOperation:
        return d
    return q.normalize() if q != q.to_integral_value() else q.to_integral_value()


def find_quantities(text: str, lex: Lexicon) -> list[Quantity]:
    """Every quantity in ``text`` with its span; numbers without a known unit are not quantities."""
    out = []
    for m in _pattern(lex).finditer(text):
        q = _build(lex, m, text)
        if q is not None:
            out.append(q)
    return out


def parse_quantity(text: str, lex: Lexicon) -> Quantity:
    """Parse a string that is exactly one quantity, e.g. '5.67万亿元' or '提高5.1个百分点'."""
    found = [q for q in find_quantities(text, lex) if q.end == len(text)]
    if not found:
        raise NumberError(f"no quantity in {text!r}")
    return found[-1]
