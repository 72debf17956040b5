"""Numbers, units and hedges in cleaned Chinese text: 1.2万套, 5%—6%, 超8亿美元, 2100余户."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from functools import cache

from kg.lang.zh.numerals import ARABIC, CN_LEADING, NUMBER, NumberError, parse_number
from kg.lexicon import Lexicon
from kg.lexicon.units import Unit, priced_unit
from kg.model import Comparator, Quantity
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lang.zh.wordset import longest_first

__all__ = ["NumberError", "find_quantities", "parse_number", "parse_quantity"]



@cache
def _pattern(lex: Lexicon) -> re.Pattern[str]:
    cues = lex.hedges.comparator
    before = longest_first(cues.before.all())
    after = longest_first(cues.after.all())
    mult = longest_first(lex.multipliers)
    units = "|".join(re.escape(u) for u in lex.unit_forms())
    ranges = "".join(re.escape(c) for c in cues.range_separators)
    bracketed = "".join(re.escape(c) for c in lex.bracketed_classifiers)
    return re.compile(
        _first_chars(before) +
        rf"(?P<before>{'|'.join(before)})?"
        rf"(?P<num>(?<![\d.]){NUMBER})"
        rf"(?:(?P<unit1>(?:{'|'.join(mult)})?(?:{units})?)[{ranges}](?P<max>{NUMBER}))?"
        rf"(?P<approx>{'|'.join(cues.approximate)})?"
        rf"(?P<mult>{'|'.join(mult)})?"
        rf"(?P<approx2>{'|'.join(cues.approximate)})?"
        rf"(?P<unit>{units})?"
        rf"(?:[（(][{bracketed}][）)])?"
        rf"(?P<after>{'|'.join(after)})?"
    )


def _first_chars(before: list[str]) -> str:
    """A lookahead for the characters a quantity can begin with (a digit, a Chinese numeral's first character or
    a hedge word's): the search then skips every other position at once instead of trying each hedge there.
    Empty when a hedge is a pattern rather than a word (its first character is not known)."""
    if any(re.escape(w) != w for w in before):
        return ""
    return "(?=[\\d" + CN_LEADING + "".join(re.escape(c) for c in sorted({w[0] for w in before if w})) + "])"


def _comparator(lex: Lexicon, side: str, word: str | None) -> Comparator | None:
    if not word:
        return None
    cues = lex.hedges.comparator
    for name, words in (cues.before if side == "before" else cues.after).by_kind():
        if word in words:
            return Comparator(name)
    return None


def _word_before(lex: Lexicon, text: str, m: re.Match[str]) -> bool:
    """True when a one-character comparator is the end of a word (签约, 最近), not a hedge."""
    word = m["before"]
    if not word or len(word) != 1 or m.start() == 0:
        return False
    return text[m.start() - 1] + word in lex.hedges.comparator_exceptions.words


def _priced(lex: Lexicon, m: re.Match[str], text: str) -> Unit | None:
    """The money unit a unit of ``units.toml [priced]`` stands for in its clause, or None; the clause is read only
    for such a unit (分), not for every quantity."""
    priced = lex.priced_units
    if priced is None or not any(m["unit"] in row.written for row in priced.unit):
        return None
    clause = CLAUSE_BREAK.split(text[:m.start()])[-1]
    return priced_unit(priced, m["unit"], clause, text[m.end("unit"):m.end("unit") + _AFTER_REACH])


_AFTER_REACH = 8     # /千瓦时: the measure written right after a priced unit


def _build(lex: Lexicon, m: re.Match[str], text: str) -> Quantity | None:
    mult = m["mult"] or ""
    if m["unit"] is None:
        return _bare(lex, m, text) if mult else None
    base = _priced(lex, m, text) or lex.unit(m["unit"])
    not_before = lex.hedges.units_not_before.get(m["unit"])
    follower = text[m.end("unit"):m.end("unit") + 1]
    if not_before is not None and follower and follower in not_before:
        return _bare(lex, m, text) if mult else None           # 13亿多人口: 人口 is a noun
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
    cues = lex.hedges.comparator
    trailing = m["unit"] in cues.approximate_after_units and text[m.end():m.end() + 1] in cues.approximate
    comparator = (
        _comparator(lex, "after", m["after"])
        or _comparator(lex, "before", before)
        or (Comparator.AT_LEAST if m["approx"] or m["approx2"] or trailing else Comparator.EXACTLY)
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
        end=m.end() + (1 if trailing else 0),
    )


def _bare(lex: Lexicon, m: re.Match[str], text: str) -> Quantity | None:
    """8300万, 13亿多: an Arabic number and a multiplier with no unit (never 1亿3千, whose number goes on)."""
    end = m.start("unit") if m["unit"] else m.end()
    conf, after = lex.grammar.bare, text[end:end + 1]
    if not re.fullmatch(ARABIC, m["num"]) or m["max"] or m["mult"] not in conf.multipliers:
        return None
    if after.isdigit() or after == "." or after in conf.not_before:
        return None
    factor = lex.multipliers[m["mult"]]
    before = None if _word_before(lex, text, m) else m["before"]
    value = parse_number(m["num"])
    comparator = (_comparator(lex, "after", m["after"]) or _comparator(lex, "before", before)
                  or (Comparator.AT_LEAST if m["approx"] or m["approx2"] else Comparator.EXACTLY))
    return Quantity(value=value, unit=m["mult"], normalized_value=_tidy(value * factor),
                    normalized_unit=lex.grammar.bare.unit, comparator=comparator,
                    start=m.start("num") if before is None else m.start(), end=end)


def _bare_pairs(text: str, taken: list[Quantity], lex: Lexicon) -> list[Quantity]:
    """The two unitless numbers of 从1.96缩小至1.81, where no unit follows either."""
    out = []
    for m in lex.grammar.bare.pair.finditer(text):
        spans = [(m.start("a"), m.end("a")), (m.start("b"), m.end("b"))]
        if any(q.start < b and a < q.end for q in taken for a, b in spans):
            continue
        out += [Quantity(value=parse_number(m[g]), unit="", normalized_value=_tidy(parse_number(m[g])),
                         normalized_unit=lex.grammar.bare.unit, start=m.start(g), end=m.end(g)) for g in ("a", "b")]
    return out


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
    out += _round_figures(text, out, lex)
    out += _compounds(text, out, lex)
    return _shared_units(text, sorted(out + _bare_pairs(text, out, lex), key=lambda q: q.start), lex)


_JOINED_REACH = 24   # a joined number, its cut-short unit and the joiner: 12.7个、 (the look-behind sees past it)


@cache
def _joined(lex: Lexicon) -> re.Pattern[str]:
    """A number, perhaps a unit cut short, and a list joiner (the list mark or grammar.toml ``lists.joiners``)
    right before the next quantity."""
    joiners = ("\u3001", *lex.grammar.lists.joiners)
    stops = "".join(re.escape(j) for j in joiners if len(j) == 1)
    return re.compile(rf"(?<![\d.])(?P<num>{ARABIC})(?P<unit>[^\d\s,;\u3002{stops}]{{0,2}})"
                      rf"(?:{'|'.join(map(re.escape, joiners))})$")


def _shared_units(text: str, found: list[Quantity], lex: Lexicon) -> list[Quantity]:
    """A number joined to the next quantity with no unit, or with the unit cut short, takes that quantity's unit:
    下降4.2和0.7个百分点 (State Council 2008), 高于全国12.7个、12个百分点 (Zhejiang 2026)."""
    out: list[Quantity] = []
    for q in found:
        m = _joined(lex).search(text, max(0, q.start - _JOINED_REACH), q.start) if q.value else None
        if m is not None:
            prev = out[-1] if out and (out[-1].start, out[-1].end) == (m.start("num"), m.end("unit")) else None
            bare = not m["unit"] and not any(p.start < m.end("num") and m.start() < p.end for p in out)
            cut = prev is not None and prev.unit != q.unit and q.unit.startswith(prev.unit)
            if bare or cut:
                value = parse_number(m["num"])
                joined = replace(q, value=value, normalized_value=_tidy(value * q.normalized_value / q.value),
                                 value_max=None, normalized_max=None, start=m.start("num"), end=m.end("unit"))
                out[len(out) - (1 if cut else 0):] = [joined]
        out.append(q)
    return out


_CLAUSE_END = ("", ",", ";", ":", "。", "!", "?", "、", ")")


@cache
def _round_pattern(lex: Lexicon) -> re.Pattern[str]:
    cues = lex.hedges.comparator
    before = longest_first((*cues.before.all(), *lex.grammar.bare.round_at_least))
    units = "|".join(re.escape(u) for u in lex.unit_forms())
    mult = "|".join(re.escape(m) for m in longest_first(lex.multipliers))
    return re.compile(rf"(?P<before>{'|'.join(before)})(?P<count>{'|'.join(lex.grammar.bare.round_counts)})?"
                      rf"(?P<mult>{mult})(?P<unit>{units})")


def _round_figures(text: str, taken: list[Quantity], lex: Lexicon) -> list[Quantity]:
    """突破万亿元, 超百亿美元: a hedge then a multiplier with no digits, ending a clause, is one (or a hundred …)
    of it; 年税收超亿元楼宇 names a class of buildings. A clause opening with 上亿人 (grammar.toml
    ``round_at_least``) states at least one 亿 of people, whatever follows."""
    out = []
    for m in _round_pattern(lex).finditer(text):
        base = lex.unit(m["unit"])
        if base is None or not base.scalable or any(q.start < m.end() and m.start() < q.end for q in taken):
            continue
        opening = m["before"] in lex.grammar.bare.round_at_least
        if opening and m.start() and text[m.start() - 1] not in _CLAUSE_END:
            continue                                        # 迈上万亿元台阶: 上 ends a verb
        if not opening and text[m.end():m.end() + 1] not in _CLAUSE_END:
            continue
        value = Decimal(lex.grammar.bare.round_counts[m["count"]]) if m["count"] else Decimal(1)
        factor = base.factor * lex.multipliers[m["mult"]]
        comparator = Comparator.AT_LEAST if opening else _comparator(lex, "before", m["before"])
        out.append(Quantity(value=value, unit=m["mult"] + m["unit"], normalized_value=_tidy(value * factor),
                            normalized_unit=base.normalized, comparator=comparator or Comparator.EXACTLY,
                            start=m.start(), end=m.end()))
    return out


def _compounds(text: str, taken: list[Quantity], lex: Lexicon) -> list[Quantity]:
    """1亿3千多万: a number written in two multipliers, read in the larger (grammar.toml ``compound``)."""
    conf = lex.grammar.bare
    if conf.compound is None:
        return []
    out = []
    for m in conf.compound.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in taken):
            continue
        value = parse_number(m["a"]) + parse_number(m["b"]) / 10
        mult = next(k for k, v in lex.multipliers.items() if v == 10 ** 8)
        out.append(Quantity(value=value, unit=mult, normalized_value=_tidy(value * lex.multipliers[mult]),
                            normalized_unit=conf.unit,
                            comparator=Comparator.AT_LEAST if m["approx"] else Comparator.EXACTLY,
                            start=m.start(), end=m.end()))
    return out


def parse_quantity(text: str, lex: Lexicon) -> Quantity:
    """Parse a string that is exactly one quantity, e.g. '5.67万亿元' or '提高5.1个百分点'."""
    found = [q for q in find_quantities(text, lex) if q.end == len(text)]
    if not found:
        raise NumberError(f"no quantity in {text!r}")
    return found[-1]
