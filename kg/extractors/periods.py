"""The years an observation describes: one year, or a range with its average or total (年均增长, 五年累计).

The rules read the report's wording (lexicon ``hedges.periods``): a year stated before the number is its
year; 从X提高到Y makes X the level at the start; in a paragraph looking back over a plan's five years,
changes, flows and averages cover the five years and levels are the last year's; a plan's 年均 target
covers the plan's years.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kg.lang.zh.numerals import NumberError, parse_number
from kg.lexicon import Lexicon
from kg.model import Aggregation, Document, Measure, Observation, SectionKind, Sentence, Status


# Units of a rate, a ratio or a duration: a level in one of them is never summed over years (城市建成区绿地率41.2%).
RATE_UNITS = frozenset({"unit:PERCENT", "kgo:PercentagePoint", "kgo:Multiple", "unit:UNITLESS", "unit:YR",
                        "unit:MicroGM-PER-M3", "kgo:ScorePoint", "unit:HR", "unit:DAY"})


@dataclass(frozen=True)
class Period:
    """The last year a figure describes, and for a multi-year figure its first year and how it sums them."""

    end: int
    start: int | None = None
    aggregation: Aggregation | None = None
    base: bool = False          # the X of 从X提高到Y: a level already reached, whatever the sentence plans


def multi_year_paragraphs(document: Document, lex: Lexicon) -> frozenset[int]:
    """Paragraphs of the review that look back over several years (过去五年, 五年来, “十四五”时期…)."""
    cues, window = lex.hedges.periods, lex.documents.sections.cue_window
    out: set[int] = set()
    current, last = False, None
    for s in document.sentences:
        if s.section is not SectionKind.REVIEW:
            current, last = False, s.paragraph
            continue
        if s.paragraph != last:
            head = s.text[:window]
            if any(w in head for w in cues.multi_year_review) and not _year_first(head, document, lex):
                current = True
            elif _opens_annual(head, cues.annual_review, cues.address) or _year_first(head, document, lex):
                current = False
            last = s.paragraph
        elif s.text.startswith(tuple(cues.multi_year_review)):    # 2015年是“十二五”收官之年。过去五年，…
            current = True
        if current:
            out.add(s.paragraph)
    return frozenset(out)


def _opens_annual(head: str, cues: tuple[str, ...], address: tuple[str, ...]) -> bool:
    """A paragraph opening with a cue of one year, after an address at most (各位代表，过去一年); a cue later in its
    first sentence dates a figure inside the years reviewed (粮食产量屡创历史新高，去年达到1.09万亿斤)."""
    at = min((head.find(w) for w in cues if w in head), default=-1)
    if at < 0:
        return False
    clauses = [c for c in re.split(r"[,;:!]", head[:at]) if c]
    return all(c in address for c in clauses)


def _year_first(head: str, document: Document, lex: Lexicon) -> bool:
    """A heading reviewing the year and the plan together, the year first: 一、2025年和“十四五”时期工作回顾."""
    year = document.metadata.reviewed_year
    return year is not None and any(lex.hedges.periods.year_and.format(year=year, joiner=j) in head
                                    for j in lex.hedges.respectively.joiners)


def default_year(document: Document, sentence: Sentence, status: Status, lex: Lexicon) -> int:
    """The year a figure describes when its sentence names none: a plan's last year, this year, the year reviewed."""
    meta = document.metadata
    if sentence.section is SectionKind.GOALS:
        return meta.year + lex.documents.sections.goals_span_years - 1
    if status is Status.PLANNED:
        return meta.year
    return meta.reviewed_year if meta.reviewed_year is not None else meta.year


def period_of(document: Document, sentence: Sentence, status: Status, lex: Lexicon, *, before: str, clause: str,
              multi: bool, measure: Measure, metric: str, opening: str = "", rate: bool = False) -> Period:
    """The period of a number, from ``before`` (the text since the previous number in its clause), ``clause``
    (the clause up to the number) and ``opening`` (the sentence up to the number: 到2027年，…); ``multi``: the
    sentence looks back over several years."""
    cues = lex.hedges.periods
    meta = document.metadata
    end = default_year(document, sentence, status, lex)
    span = lex.documents.sections.goals_span_years
    if _wordless(before, lex):                        # a bare list item takes its list's cues
        before = clause
    base = cues.from_marker.search(before)
    if base:
        if base["year"]:
            return Period(int(base["year"]), base=True)
        if status is Status.PLANNED:
            return Period(meta.reviewed_year if meta.reviewed_year is not None else meta.year - 1, base=True)
        return Period(end - span if multi else end, base=True)   # a year's review dates its base no earlier (seed gold)
    stated = [int(m["year"]) for m in cues.year.finditer(before) if abs(int(m["year"]) - meta.year) <= 2 * span + 2]
    if stated:
        return Period(stated[-1])
    by = [int(m["year"]) for m in cues.by_year.finditer(opening)]
    if by and abs(by[-1] - meta.year) <= 2 * span + 2:
        return Period(by[-1])
    ranged = _stated_range(before, end, measure, lex)
    if ranged is not None:
        return ranged
    ahead = _within(sentence.text, lex) if status is Status.PLANNED and any(w in before for w in cues.average) else 0
    if ahead > 1 and sentence.section is not SectionKind.GOALS:     # 平均每年降低1个百分点以上，五年内取消农业税
        return Period(end + ahead - 1, end, Aggregation.AVERAGE)
    horizon = _horizon(opening, meta.year, lex) if status is Status.PLANNED else None
    if horizon is not None:
        reached = measure is Measure.LEVEL and (rate or any(w in before for w in lex.hedges.words.stock_after_flow))
        return _over_plan(horizon[0], horizon[1], before, lex, total=not reached)     # 提高到80元: a level
    if sentence.section is SectionKind.GOALS:
        return _over_plan(meta.year, end, before, lex)
    if not multi or status is Status.PLANNED or _one_year(opening, before, end, lex):
        return Period(end)
    return _over_review(end - span + 1, end, before, measure, metric, lex, rate=rate)


def _within(sentence: str, lex: Lexicon) -> int:
    """The years a plan's sentence looks ahead anywhere in it (五年内, 今后五年: hedges.toml ``within``), or 0."""
    cue = lex.hedges.periods.within
    m = cue.search(sentence) if cue is not None else None
    try:
        return int(parse_number(m["n"] or m["m"])) if m else 0
    except NumberError:
        return 0


def _one_year(opening: str, before: str, end: int, lex: Lexicon) -> bool:
    """A sentence opening with the year reviewed (去年经济增长8.8%; 2012年，…国内生产总值增长7.8%) states that year,
    though its paragraph looks back over five; unless it compares it with an earlier year or the figure is a yearly
    average (2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%)."""
    cues = lex.hedges.periods
    if any(w in before for w in cues.average) or cues.compared.search(opening):
        return False
    year = cues.year.match(opening)
    return opening.startswith(tuple(cues.annual_review)) or (year is not None and int(year["year"]) == end)


def _wordless(text: str, lex: Lexicon) -> bool:
    """Nothing but list joiners (、 和 及) and punctuation."""
    rest = re.sub(r"[\s,;]", "", text)
    for joiner in lex.hedges.respectively.joiners:
        rest = rest.replace(joiner, "")
    return not rest


def _stated_range(before: str, end: int, measure: Measure, lex: Lexicon) -> Period | None:
    cues = lex.hedges.periods
    since = cues.since.search(before)
    if since:
        return Period(end, int(since["year"]), Aggregation.TOTAL)
    compared = cues.compared.search(before)
    if compared and measure is not Measure.LEVEL and int(compared["year"]) < end:
        return Period(end, int(compared["year"]) + 1, Aggregation.TOTAL)
    consecutive = cues.consecutive.search(before)
    if consecutive:
        try:
            n = int(parse_number(consecutive["n"]))
        except NumberError:
            return None
        return Period(end, end - n + 1) if n > 1 else None
    return None


def _horizon(opening: str, year: int, lex: Lexicon) -> tuple[int, int] | None:
    """The first and last year of the period a plan's sentence names before a figure (hedges.toml
    ``periods.horizon``), or None when it names none or turns back to this year."""
    pattern = lex.hedges.periods.horizon
    plan: tuple[int, int] | None = None
    current: tuple[int, int] | None = None
    span, first_year = lex.documents.sections.goals_span_years, lex.documents.sections.plan_first_year
    for m in pattern.finditer(opening) if pattern is not None else ():
        try:
            if m["plan"]:
                first = first_year + span * int(parse_number(m["plan"]))
                plan = current = (first, first + span - 1)
            elif m["years"]:
                current = (year, year + int(parse_number(m["years"])) - 1)
            else:
                current = (plan or (year, year + span - 1)) if m["again"] else None
        except NumberError:
            continue
    return current


def _over_plan(first: int, end: int, before: str, lex: Lexicon, *, total: bool = False) -> Period:
    """A plan's goal: averages and the totals it says are totals cover the plan's years (五年城镇新增就业4500万
    人); other goals are the last year's (城镇新增就业50万人以上 a year; 生活垃圾源头减量5%: the seeds' gold), unless
    ``total``: a sentence naming the years its goals cover (“十一五”期间，关停5000万千瓦小火电机组)."""
    cues = lex.hedges.periods
    if any(w in before for w in cues.average):
        return Period(end, first, Aggregation.AVERAGE)
    if total or any(w in before for w in cues.total):
        return Period(end, first, Aggregation.TOTAL)
    return Period(end)


def _over_review(first: int, end: int, before: str, measure: Measure, metric: str, lex: Lexicon, *,
                 rate: bool = False) -> Period:
    """A figure of a review of several years: averages and totals it says, changes and flows (never a ``rate``)
    cover the years; levels held every year and period nouns span them; else the last year."""
    cues = lex.hedges.periods
    if any(w in before for w in cues.average):
        return Period(end, first, Aggregation.AVERAGE)
    if any(w in before for w in cues.total) or measure is not Measure.LEVEL:
        return Period(end, first, Aggregation.TOTAL)
    if any(w in before for w in cues.steady):
        return Period(end, first)
    if not rate and any(w in metric for w in cues.flows):
        return Period(end, first, Aggregation.TOTAL)
    if any(w in metric for w in cues.period_nouns):
        return Period(end, first)
    return Period(end)


def continued_totals(observations: Sequence[Observation], text: str, lex: Lexicon) -> list[Observation]:
    """In a review of several years, a level going on a run after a total or an average is one too (五年累计完成造林
    2953万公顷，治理沙漠化、石漠化土地1196万公顷; 新增公路19.2万公里，其中高速公路2.8万公里; 平均每年城镇新增就业1000
    多万人、农村劳动力转移就业800万人), unless a stock cue comes between
    (hedges.toml ``stock_after_flow``, ``total_openings``, ``totals``: 高速公路总里程达9.56万公里), a clause with no
    figure comes between (…电量超过8100亿千瓦时，建成全国最大天然气生产基地，…9种矿产), it is a rate, or
    nothing comes before its number in its clause (…，4386万名异地务工人员在粤稳定就业: a subject, not an object)."""
    out: list[Observation] = []
    for o in observations:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, o, text, lex):
            o = replace(o, period_start=prev.period_start, aggregation=prev.aggregation)
        out.append(o)
    return out


def _continues(prev: Observation, o: Observation, text: str, lex: Lexicon) -> bool:
    if (prev.aggregation is None or prev.measure is not Measure.LEVEL or o.measure is not Measure.LEVEL
            or o.aggregation is not None or o.period_start is not None or o.period != prev.period
            or o.status is Status.PLANNED or o.quantity.normalized_unit in RATE_UNITS
            or o.quantity.start <= prev.quantity.end):
        return False
    gap = text[prev.quantity.end:o.quantity.start]
    words = lex.hedges.words
    clause = re.split(r"[,;:]", gap)[-1]
    stock = (*words.stock_after_flow, *words.total_openings, *words.totals, *lex.hedges.periods.run_stops)
    breaks = len(re.findall(r"[,;:]", gap))         # a clause with no figure between ends the run (建成…基地，9种矿产)
    return bool(clause.strip()) and breaks <= 1 and not any(w in gap for w in stock)
