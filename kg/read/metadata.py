"""Read a document's metadata from its own text: kind, district, date, years, speaker, session.

The place (``district``) is first the lexicon's (kg/lexicon/areas.toml: Shanghai and its districts, read from the
delivery line, the speaker or 我代表…), which keeps the seeds' graphs as they were; else the government
kg.read.government reads with the gazetteer of China's divisions (its full name, and its GB/T 2260 code, level
and kind in Metadata); else the lexicon's district the text names most. The year likewise: the lexicon's cues
first, then kg.read.government's. A government and year given by the caller (kg.read.given.Fallback) fill only
what the text does not state, the government given beating a guess (the division or district named most). A
text that tells neither its place nor its year raises a MetadataError saying which (NoGovernment, NoYear, both).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from kg.errors import NoGovernment, NoGovernmentNorYear, NoYear
from kg.lexicon import Lexicon
from kg.lexicon.gazetteer import load_gazetteer
from kg.lexicon.lookup import with_parent
from kg.model import DocKind, Metadata
from kg.lang.zh.numerals import NumberError, parse_number
from kg.read.given import NONE, Fallback, Government
from kg.read.government import GovernmentInfo, GovernmentRule, read_division, read_government, read_year
from kg.read.webpage import page_source

FRONT_LIMIT = 12   # the delivery line and speaker stand among the first sentences, or in a headline block


def _number(text: str) -> int:
    return int(parse_number(text))


def _delivery(texts: list[str], lex: Lexicon) -> tuple[re.Match[str] | None, set[int]]:
    """The delivery line, which PDF layouts often break over two sentences, and the sentences it spans."""
    joined = "".join(texts)
    m = lex.documents.metadata.delivery.search(joined)
    if not m:
        return None, set()
    spans, pos = set(), 0
    for i, t in enumerate(texts):
        if pos < m.end() and pos + len(t) > m.start():
            spans.add(i)
        pos += len(t)
    return m, spans


def _date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(_number(m["year"]), _number(m["month"]), _number(m["day"]))
    except (ValueError, NumberError):
        return None


def _speaker(source: str, spans: list[tuple[int, int]], lex: Lexicon) -> tuple[re.Match[str] | None, set[int]]:
    """The speaker line, read from the source: only there do spaces still end a name (龚正 各位代表)."""
    m = lex.documents.metadata.speaker.search(source)
    if not m:
        return None, set()
    return m, {i for i, (a, b) in enumerate(spans) if a < m.end() and b > m.start()}


def _kind(text: str, lex: Lexicon) -> DocKind:
    cues = lex.documents.kind
    report = sum(len(p.findall(text)) for p in cues.work_report)
    news = sum(len(p.findall(text)) for p in cues.news_article)
    return DocKind.NEWS_ARTICLE if news > report else DocKind.WORK_REPORT


def _year(texts: list[str], delivered: dt.date | None, lex: Lexicon) -> int | None:
    if delivered:
        return delivered.year
    meta = lex.documents.metadata
    for t in texts:
        m = meta.anniversary.search(t)
        if m:
            for event, base in lex.documents.anniversaries.items():
                if event in m["event"]:
                    return base + int(m["n"])
    for pattern in (meta.plan_heading, meta.year_is):
        for t in texts:
            m = pattern.search(t)
            if m:
                return _number(m["year"])
    return None


def _district(places: list[str], lex: Lexicon) -> str | None:
    """The lexicon's administrative area named where the document was delivered, by its speaker or whom it
    represents."""
    areas = lex.governments()
    for place in places:
        for area in sorted(areas, key=lambda a: -len(a.name)):
            if place.endswith(area.name):
                return area.name
        for area in areas:
            if area.kind == "district" and area.name in place:
                return area.name
    return None


def _elsewhere(district: str, places: list[str], lex: Lexicon) -> bool:
    """Whether the lexicon's district read from ``places`` is a homonym elsewhere (舟山市普陀区, not Shanghai's
    普陀区): the place as written names divisions above it, and the lexicon's city is none of them."""
    parent = lex.area(district).parent
    if not parent:
        return False
    gazetteer = load_gazetteer()
    for place in places:
        found = gazetteer.find(place)
        if len(found) > 1 and found[-1].surface == district:
            if parent not in {d.name for f in found[:-1] for d in f.candidates}:
                return True
    return False


def _most_named(texts: list[str], lex: Lexicon) -> str | None:
    """The lexicon's district the text names most often."""
    whole = "".join(texts)
    counts = Counter({a.name: whole.count(a.name) for a in lex.governments() if a.kind == "district"})
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] else None


def _title(texts: list[str], headings: list[bool], kind: DocKind, lex: Lexicon) -> tuple[str | None, set[int]]:
    """The title (政府工作报告…, or a news article's headline) and the front-matter sentences it and
    the (摘要) mark occupy."""
    cues = lex.documents.metadata
    front = {i for i, t in enumerate(texts[:FRONT_LIMIT]) if cues.abstract.fullmatch(t)}
    title = next((t for t in texts[:FRONT_LIMIT] if cues.title in t), None)
    if title:
        front.add(texts.index(title))
    elif kind is DocKind.NEWS_ARTICLE:
        title = next((t for t, h in zip(texts, headings) if h), None)
    return title, front


_NO_PLACE = ("which district or city the text speaks for", "neither kg/lexicon/areas.toml nor the gazetteer of "
             "administrative divisions knows the government it names{}; give the government it speaks for")
_NO_YEAR = ("which year the text plans for", "it names no delivery date, no year of a plan and no anniversary "
            "that kg/lexicon/documents.toml [metadata] recognises; give the year it plans for")


def _no_place(named: list[str]) -> str:
    """Why the text's government is unknown: the place it names is a homonym it does not tell apart (鼓楼区), or
    no lexicon knows it."""
    gazetteer = load_gazetteer()
    for place in named:
        found = gazetteer.find(place)
        if found and found[-1].end == len(place) and len(found[-1].candidates) > 1:
            names = [with_parent(d, gazetteer) for d in found[-1].candidates]
            return (f"the government it names ({place}) is {len(names)} divisions of the gazetteer "
                    f"({', '.join(names)}) and the text does not say which; give the government it speaks for, "
                    f"e.g. {names[0]}")
    return _NO_PLACE[1].format(f" ({named[0]})" if named else "")


def _check(place: Government | None, year: int | None, source: str, named: list[str]) -> None:
    """Raise the MetadataError that names what the text does not tell: its government, its year, or both.
    ``named`` holds the places its delivery line, speaker or 我代表… name, which no lexicon knows."""
    no_place = _no_place(named)
    if place is None and year is None:
        raise NoGovernmentNorYear(source, f"cannot tell {_NO_PLACE[0]} nor {_NO_YEAR[0]}", f"{no_place}; {_NO_YEAR[1]}")
    if place is None:
        raise NoGovernment(source, f"cannot tell {_NO_PLACE[0]}", no_place)
    if year is None:
        raise NoYear(source, f"cannot tell {_NO_YEAR[0]}", _NO_YEAR[1])


def _chosen(government: GovernmentInfo | None, district: str | None, given: Government | None, texts: list[str],
            lex: Lexicon) -> Government | None:
    """The government the text states (the gazetteer's division, else the lexicon's place), else the one given,
    else the lexicon's district the text names most."""
    if government is not None:
        return Government(government.name, government.code, government.level.value, government.kind)
    if district is None and given:
        return given
    named = district or _most_named(texts, lex)
    return Government(named) if named else None


def read_metadata(text: str, texts: list[str], spans: list[tuple[int, int]], headings: list[bool],
                  source: str, lex: Lexicon, fallback: Fallback = NONE) -> tuple[Metadata, set[int]]:
    """Metadata, and the indices of the sentences that are front matter (title, delivery, speaker).

    ``text`` is the decoded source; ``texts``, ``spans`` and ``headings`` describe its sentences. ``fallback``
    gives the government and year of a text that states none (kg.read.given: what the text states wins).
    """
    whole = "\n".join(texts)
    delivery, delivery_sentences = _delivery(texts, lex)
    speaker, speaker_sentences = _speaker(text, spans, lex)
    represented = lex.documents.metadata.representing.search(whole)
    places = [m["place"] for m in (delivery, speaker, represented) if m]
    date = _date(delivery) if delivery else None
    district = _district(places, lex)
    homonym = bool(district) and _elsewhere(district, places, lex)
    given = fallback.government

    def government_read() -> GovernmentInfo | None:
        return read_government(text, load_gazetteer(), lex.documents, year=fallback.year)

    read = government_read() if not district or homonym else None
    government = read
    if given and government is not None and government.government_rule is GovernmentRule.MOST_NAMED:
        government = None                              # the government given beats a guess
    if government is not None and not homonym and government.name in {a.name for a in lex.governments()}:
        district, government = government.name, None     # the lexicon's place, as a lexicon read would give it
    if government is not None:
        district = government.name
        date = date or government.delivered
    year = _year(texts, date, lex)
    if year is None:
        read = read if read is not None or not district or homonym else government_read()
        year = read.year if read else None      # read once: it was read above unless the lexicon placed the text
    if year is None:
        year = read_year(text, lex.documents) or fallback.year     # the text's year, though its place is unknown
    place = _chosen(government, district, given, texts, lex)
    if place is None and year is None:          # to tell what is missing: the text may state its place alone
        division = read_division(text, load_gazetteer(), lex.documents)
        place = Government.of(division) if division else None
    _check(place, year, source, [p for p in places if p])
    kind = _kind(whole, lex)
    title, title_sentences = _title(texts, headings, kind, lex)
    page = page_source(text, lex)
    return Metadata(
        kind=kind,
        year=year,
        reviewed_year=year - 1,
        district=place.name,
        date=date,
        speaker=re.sub(r"\s+", "", speaker["name"]) if speaker else government.speaker if government else None,
        speaker_title=speaker["title"] if speaker else government.speaker_title if government else None,
        session=delivery["session"] if delivery else None,
        title=title,
        division_code=place.code,
        division_level=place.level,
        division_kind=place.kind,
        publisher=page.publisher,
        published=page.published,
        division_parent=place.parent,
    ), delivery_sentences | speaker_sentences | title_sentences
