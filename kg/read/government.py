"""Read from a report's own text which government it speaks for, the year it plans for, when and by whom it
was delivered: at every level, from the State Council down to a county or district.

A pure function of the text, the gazetteer and the cues of kg/lexicon/documents.toml ``[government]``.
The government is read from, in this order: the delivery line (…在浙江省第十四届人民代表大会第四次会议上,
or 全国人民代表大会 for the State Council), the speaker line (浙江省省长 刘捷, 国务院总理 李克强),
我代表XX人民政府 / 我代表国务院, the title (2026年浙江省政府工作报告); a text that states it nowhere (a news
article about a report) speaks for the division it names most often. The year is the delivery date's, else
the title's, else read from the numbered headings (一、2018年工作回顾 plans for 2019), from a sentence
``2013年是…`` about this year, from an anniversary (今年是新中国成立75周年) or from a year's targets; the rule
used is returned with the evidence of every field. A saved web page's furniture (来源 … 时间：2026-01-22)
gives a publication date, which no rule reads.

The build (kg.read.metadata) asks it for the government, and the year, when kg/lexicon/areas.toml does not
know the place the text names (or names a homonym elsewhere: 舟山市普陀区) or the lexicon's cues give no year;
with a year given for texts that state none (kg.read.given), that year stands in (YearRule.GIVEN).
:func:`read_year` and :func:`read_division` read one without the other, for a text whose place (or year) was
given or is missing.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from kg.lang.zh.numerals import NumberError, parse_number
from kg.lexicon.gazetteer import Division, Found, Gazetteer, Level
from kg.lexicon.sections import Documents, GovernmentCues

_SPACES = "\u00a0\u2002\u2003\u2009\u200b\u200c\u200d\u3000\ufeff"
_FOLD = {chr(0xFF01 + i): chr(0x21 + i) for i in range(0x5E)} | {c: " " for c in _SPACES}
"""Full-width ASCII to ASCII and odd spaces to a space: one character for one, so offsets hold."""
_FOLDABLE = re.compile(f"[\uff01-\uff5e{_SPACES}]")
"""A substitution of the few foldable characters: 21 ms over the corpus's 0.79 M characters, str.translate 74 ms."""


class GovernmentRule(StrEnum):
    DELIVERY = "delivery"
    SPEAKER = "speaker"
    REPRESENTING = "representing"
    TITLE = "title"
    MOST_NAMED = "most_named"


class YearRule(StrEnum):
    DELIVERY = "delivery"
    TITLE = "title"
    HEADING = "heading"
    YEAR_IS = "year_is"
    ANNIVERSARY = "anniversary"
    TARGET = "target"
    GIVEN = "given"             # the text states none: the year the caller gave


@dataclass(frozen=True)
class Span:
    """Code-point offsets into the text read: ``text[start:end]`` is the evidence."""

    start: int
    end: int


@dataclass(frozen=True)
class GovernmentInfo:
    """The government a report speaks for (a division of the gazetteer), its year, delivery and speaker."""

    code: str
    name: str
    level: Level
    kind: str                       # the gazetteer's kind: province, autonomous_region, municipality, district …
    government_rule: GovernmentRule
    government_at: Span
    year: int
    year_rule: YearRule
    year_at: Span | None            # None for a year given, not read
    delivered: dt.date | None = None
    delivered_at: Span | None = None
    speaker: str | None = None
    speaker_title: str | None = None
    speaker_at: Span | None = None


@dataclass(frozen=True)
class _Place:
    division: Division
    rule: GovernmentRule
    at: Span


def read_government(text: str, gazetteer: Gazetteer, cues: Documents | None = None, *,
                    year: int | None = None) -> GovernmentInfo | None:
    """The government, year, delivery date and speaker ``text`` states; None when it does not state its
    government or its year (the caller then asks for them). ``cues`` defaults to the shipped lexicon's.
    ``year`` is the year to take when the text states none (YearRule.GIVEN)."""
    cues = cues or _shipped_cues()
    cue = cues.government
    folded = _fold(text)
    delivery = cue.delivery.search(folded)
    speaker = cue.speaker.search(folded)
    place = _government(folded, delivery, speaker, gazetteer, cue)
    if place is None:
        return None
    delivered = _date(delivery) if delivery else None
    found = _year(folded, delivered, delivery, cues) or ((year, YearRule.GIVEN, None) if year is not None else None)
    if found is None:
        return None
    d = place.division
    return GovernmentInfo(
        code=d.code, name=d.name, level=d.level, kind=d.kind, government_rule=place.rule, government_at=place.at,
        year=found[0], year_rule=found[1], year_at=found[2],
        delivered=delivered, delivered_at=Span(*delivery.span("date")) if delivered else None,
        speaker=re.sub(r"\s+", "", speaker["name"]) if speaker else None,
        speaker_title=re.sub(r"\s+", "", speaker["title"]) if speaker else None,
        speaker_at=Span(*speaker.span("name")) if speaker else None,
    )


def read_year(text: str, cues: Documents | None = None) -> int | None:
    """The year ``text`` plans for, by the rules :func:`read_government` reads it with, whether or not the text
    states its government (for a text whose government the caller gave)."""
    cues = cues or _shipped_cues()
    folded = _fold(text)
    delivery = cues.government.delivery.search(folded)
    found = _year(folded, _date(delivery) if delivery else None, delivery, cues)
    return found[0] if found else None


def read_division(text: str, gazetteer: Gazetteer, cues: Documents | None = None) -> Division | None:
    """The division ``text`` speaks for, by the rules of :func:`read_government`, whether or not it states its year."""
    cue = (cues or _shipped_cues()).government
    folded = _fold(text)
    place = _government(folded, cue.delivery.search(folded), cue.speaker.search(folded), gazetteer, cue)
    return place.division if place else None


def _fold(text: str) -> str:
    return _FOLDABLE.sub(lambda m: _FOLD[m[0]], text)


def _shipped_cues() -> Documents:
    from kg.lexicon import load

    return load().documents


# -- the government ---------------------------------------------------------------------------------------

def _government(text: str, delivery: re.Match[str] | None, speaker: re.Match[str] | None, gazetteer: Gazetteer,
                cue: GovernmentCues) -> _Place | None:
    """The first cue, in order of authority, that names a division the gazetteer knows."""
    country = gazetteer.get(gazetteer.rules.country.code)
    if delivery:
        if delivery["national"]:
            return _Place(country, GovernmentRule.DELIVERY, Span(*delivery.span("national")))
        found = _named(delivery, "place", gazetteer, GovernmentRule.DELIVERY)
        if found:
            return found
    if speaker:
        if speaker["place"] in cue.national:
            return _Place(country, GovernmentRule.SPEAKER, Span(*speaker.span("place")))
        found = _named(speaker, "place", gazetteer, GovernmentRule.SPEAKER)
        if found:
            return found
    for m in cue.representing.finditer(text):
        if m["body"] in cue.national:
            return _Place(country, GovernmentRule.REPRESENTING, Span(*m.span("body")))
        found = _named(m, "place", gazetteer, GovernmentRule.REPRESENTING)
        if found:
            return found
    title = cue.title.search(text, 0, cue.front)
    if title:
        found = _named(title, "place", gazetteer, GovernmentRule.TITLE)
        if found:
            return found
    return _most_named(text, gazetteer, cue.most_named_min)


def _named(m: re.Match[str], group: str, gazetteer: Gazetteer, rule: GovernmentRule) -> _Place | None:
    """The division a place as written names (上海市徐汇区 -> 徐汇区), homonyms told apart by the names before."""
    place, offset = m[group], m.start(group)
    found = gazetteer.find(place) or _whole_name(place, gazetteer)
    if not place or not found:
        return None
    last = found[-1]
    above = {d.code for f in found[:-1] for d in f.candidates}
    candidates = last.candidates
    if len(candidates) > 1 and above:
        candidates = tuple(d for d in candidates if any(p.code in above for p in gazetteer.chain(d.code)[1:]))
    if len(candidates) != 1:
        return None
    return _Place(candidates[0], rule, Span(offset + last.start, offset + last.end))


def _whole_name(place: str, gazetteer: Gazetteer) -> list[Found]:
    """The place as written when it is wholly a name the matcher leaves out of running text (和县, 城区: too
    common; a county's short name), which a delivery line, speaker or title writes alone."""
    named = gazetteer.named(place)
    return [Found(0, len(place), place, named)] if named else []


def _most_named(text: str, gazetteer: Gazetteer, minimum: int) -> _Place | None:
    """The one division named most often by its full name, at least ``minimum`` times and more than any other."""
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for f in gazetteer.find(text):
        if len(f.candidates) == 1 and f.surface == f.candidates[0].name:
            code = f.candidates[0].code
            counts[code] += 1
            first.setdefault(code, Span(f.start, f.end))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < minimum or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    code = ranked[0][0]
    return _Place(gazetteer.get(code), GovernmentRule.MOST_NAMED, first[code])


# -- the year -----------------------------------------------------------------------------------------------

def _number(written: str) -> int:
    return int(parse_number(re.sub(r"\s+", "", written)))


def _date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(_number(m["year"]), _number(m["month"]), _number(m["day"]))
    except (ValueError, NumberError):
        return None


def _year(text: str, delivered: dt.date | None, delivery: re.Match[str] | None,
          cues: Documents) -> tuple[int, YearRule, Span] | None:
    """The year planned for, the rule that read it and its evidence; the rules in order of authority."""
    cue = cues.government
    if delivered:
        return delivered.year, YearRule.DELIVERY, Span(*delivery.span("year"))
    title = cue.title.search(text, 0, cue.front)
    group = next((g for g in ("year", "year_after") if title and title.groupdict().get(g)), None)
    if group:
        return int(title[group]), YearRule.TITLE, Span(*title.span(group))
    for m in cue.heading.finditer(text):
        review = any(word in m["rest"] for word in cue.review)
        return _number(m["year"]) + int(review), YearRule.HEADING, Span(*m.span("year"))
    found = _year_is(text, cue)
    if found:
        return found
    for m in cues.metadata.anniversary.finditer(text):
        for event, base in cues.anniversaries.items():
            if event in m["event"]:
                return base + int(m["n"]), YearRule.ANNIVERSARY, Span(*m.span())
    m = cue.target.search(text)
    if m:
        return int(m["year"]), YearRule.TARGET, Span(*m.span("year"))
    return None


def _year_is(text: str, cue: GovernmentCues) -> tuple[int, YearRule, Span] | None:
    """A sentence ``2013年是…`` in a paragraph that speaks of this year, or under a heading that does."""
    headings = [(m.start(), m["heading"]) for m in cue.section_heading.finditer(text)]
    for m in cue.year_is.finditer(text):
        end = text.find("\n", m.end())
        paragraph = text[text.rfind("\n", 0, m.start()) + 1: end if end >= 0 else len(text)]
        above = [h for start, h in headings if start < m.start()]
        if cue.this_year in paragraph or (above and cue.this_year in above[-1]):
            return _number(m["year"]), YearRule.YEAR_IS, Span(*m.span("year"))
    return None
