"""Exhaustive gold over chosen paragraphs (the format of ../shared/gold-format.md): read it, score a graph.

One TSV file per government holds ``meta`` rows (each document's year, date, government, level, speaker),
``span`` rows (paragraphs annotated exhaustively, by their first and last words) with their ``fact`` rows,
and ``pair`` rows (a target and the outcome a later report states). Because every figure inside a span is
annotated, an observation the graph places inside a span that matches no fact is a false positive.

Two ways to compare an observation with a fact:
- strict: the indicator (the fact's metric or one of its aliases, directly or through the metric lexicon),
  value, value_max, status, period (both years of a range such as 2021-2025) and measure must all agree, and
  the fact's quote must lie in the sentence;
- lenient: as strict, but the indicator names need only share most of their characters
  (kg.evaluate.metric_agrees), as the older per-document gold is scored, and a period only its last year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kg.errors import UnreadableInput
from kg.evaluate import PredictedObservation, Score, _match, metric_agrees, squash
from kg.extractors.indicators import identity
from kg.lexicon import Lexicon

FIELDS = {"meta": 7, "span": 4, "fact": 12, "pair": 8}
GENRES = {"country": "State Council", "province": "provincial", "prefecture": "city", "county": "district"}


@dataclass(frozen=True)
class Meta:
    document: str
    year: int
    date: str | None
    government: str
    level: str
    speaker: str | None


@dataclass(frozen=True)
class Span:
    document: str
    first: str
    last: str


@dataclass(frozen=True)
class Fact:
    document: str
    status: str
    period: str                      # "2025" or "2021-2025"
    metric: str
    aliases: tuple[str, ...]
    measure: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    comparator: str
    quote: str

    @property
    def end_year(self) -> int:
        return int(self.period.rsplit("-", 1)[-1])

    @property
    def start_year(self) -> int | None:
        """The first year of a multi-year period (2021-2025 → 2021), None for one year."""
        return int(self.period.split("-", 1)[0]) if "-" in self.period else None


@dataclass(frozen=True)
class Pair:
    target_document: str
    period: str
    metric: str
    target: str
    outcome_document: str
    outcome: str
    verdict: str
    note: str


@dataclass
class GoldFile:
    """One government's gold: its documents' metadata, spans, facts and pairs."""

    path: Path
    meta: list[Meta] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)


def read_gold(path: Path) -> GoldFile:
    """Parse a gold TSV; a malformed row is an UnreadableInput naming the file and the line."""
    gold = GoldFile(path)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = [cell.strip() for cell in line.split("\t")]
        want = FIELDS.get(row[0])
        if want is None or len(row) < want:
            raise UnreadableInput(f"{path}:{number}", f"a {row[0]!r} row with {len(row)} fields",
                                  "see gold-format.md for the row kinds and their fields")
        try:
            _add(gold, row)
        except (ValueError, InvalidOperation) as exc:
            raise UnreadableInput(f"{path}:{number}", f"unreadable value ({exc})", "fix the row") from None
    return gold


def _add(gold: GoldFile, r: list[str]) -> None:
    def opt(text: str) -> str | None:
        return None if text in ("", "-") else text

    if r[0] == "meta":
        gold.meta.append(Meta(r[1], int(r[2]), opt(r[3]), r[4], r[5], opt(r[6])))
    elif r[0] == "span":
        gold.spans.append(Span(r[1], r[2], r[3]))
    elif r[0] == "fact":
        aliases = tuple(a.strip() for a in r[5].split(",") if a.strip() not in ("", "-"))
        gold.facts.append(Fact(r[1], r[2], r[3], r[4], aliases, r[6], Decimal(r[7]),
                               Decimal(r[8]) if opt(r[8]) else None, r[9], r[10], r[11]))
    else:
        gold.pairs.append(Pair(*r[1:8], r[8] if len(r) > 8 else ""))


def locate(text: str, span: Span) -> tuple[int, int] | None:
    """The span's code-point range in ``text`` (whitespace ignored when matching its first and last words)."""
    kept = [i for i, c in enumerate(text) if not c.isspace()]
    flat = "".join(text[i] for i in kept)
    first, last = re.sub(r"\s+", "", span.first), re.sub(r"\s+", "", span.last)
    a = flat.find(first)
    b = flat.find(last, max(a, 0))
    if a < 0 or b < 0:
        return None
    return kept[a], kept[b + len(last) - 1] + 1


def inside(observations: list[PredictedObservation], ranges: list[tuple[int, int]]) -> list[PredictedObservation]:
    """The observations whose number stands inside one of ``ranges`` (a span may begin inside a sentence:
    2024年地区生产总值达13.7万亿元 after a long opening clause), or failing that whose sentence starts there."""
    def at(o: PredictedObservation) -> int:
        return o.number_at if o.number_at is not None else o.start

    return [o for o in observations if any(a <= at(o) < b for a, b in ranges)]


def _same_numbers(f: Fact, p: PredictedObservation, ranges: bool = False) -> bool:
    """Value, status, measure, period and quote agree; with ``ranges`` a multi-year period's first year too."""
    return (f.value == p.value and f.value_max == p.value_max and f.status == p.status and f.measure == p.measure
            and f.end_year == p.period and (not ranges or f.start_year == p.period_start)
            and squash(f.quote) in p.evidence)


def _strict_metric(f: Fact, p: PredictedObservation, lex: Lexicon) -> bool:
    """The fact's indicator, as the indicator scheme names it (kg.extractors.indicators.identity: aliases, and
    the wordings of one indicator, 新建改建菜市场 = 菜市场改造提升), is the observation's."""
    wanted = {squash(n) for n in (f.metric, *f.aliases)}
    wanted |= {identity(n, lex) for n in wanted}
    return squash(p.metric) in wanted or identity(squash(p.metric), lex) in wanted


def score_facts(facts: list[Fact], predicted: list[PredictedObservation], lex: Lexicon, strict: bool) -> Score:
    """Match facts with predicted observations one to one, in document order."""
    if strict:
        def same(f, p):
            return _same_numbers(f, p, ranges=True) and _strict_metric(f, p, lex)
    else:
        def same(f, p):
            return _same_numbers(f, p) and metric_agrees(f.metric, p.names, lex)

    def show_fact(f: Fact) -> str:
        return f"{f.metric} {f.measure} {f.value} {f.unit} {f.status} {f.period} | {f.quote}"

    def show_pred(p: PredictedObservation) -> str:
        period = f"{p.period_start}-{p.period}" if p.period_start is not None else p.period
        return f"{p.metric} {p.measure} {p.value} {p.unit} {p.status} {period} | {p.evidence[:60]}"

    return _match(facts, predicted, same, show_fact, show_pred)


def genre(meta: Meta, municipalities: frozenset[str]) -> str:
    """The genre a report belongs to: State Council, provincial, municipal (直辖市), city, district."""
    if meta.level == "province" and meta.government in municipalities:
        return "municipal"
    return GENRES.get(meta.level, meta.level)


@dataclass
class GoldEvaluation:
    """Scores of observations per genre and per document; documents the graph lacks; spans not found."""

    genres: dict[str, Score]
    documents: dict[str, Score]
    missing_documents: list[str]
    unplaced_spans: list[str]

    def as_dict(self) -> dict:
        return {"genres": {k: v.as_dict() for k, v in sorted(self.genres.items())},
                "documents": {k: v.as_dict() for k, v in sorted(self.documents.items())},
                "missing_documents": self.missing_documents, "unplaced_spans": self.unplaced_spans}


def evaluate_gold(paths: list[Path], graph, lex: Lexicon, texts: dict[str, str], strict: bool = True,
                  municipalities: frozenset[str] = frozenset()) -> GoldEvaluation:
    """Score the observations of ``graph`` inside every span of the gold files at ``paths``.

    ``texts`` maps a document's stem to the text its offsets point into (the source as govkg read it).
    """
    from kg.evaluate import documents_by_stem, predicted_observations

    docs = documents_by_stem(graph)
    result = GoldEvaluation({}, {}, [], [])
    for path in paths:
        gold = read_gold(path)
        genre_of = {m.document: genre(m, municipalities) for m in gold.meta}
        for stem in sorted({s.document for s in gold.spans}):
            if stem not in docs or stem not in texts:
                result.missing_documents.append(stem)
                continue
            ranges = []
            for span in (s for s in gold.spans if s.document == stem):
                found = locate(texts[stem], span)
                if found is None:
                    result.unplaced_spans.append(f"{stem}: {span.first} … {span.last}")
                else:
                    ranges.append(found)
            predicted = inside(predicted_observations(graph, docs[stem]), ranges)
            score = score_facts([f for f in gold.facts if f.document == stem], predicted, lex, strict)
            result.documents[stem] = score
            result.genres.setdefault(genre_of.get(stem, "unknown"), Score()).add(score)
    return result


def gold_files(folder: Path) -> list[Path]:
    """The exhaustive gold files under ``folder``: its *.tsv files and those of its exhaustive/ sub-folder."""
    return sorted([*folder.glob("*.tsv"), *(folder / "exhaustive").glob("*.tsv")])


def find_texts(stems: set[str], sources: dict[str, str], folders: list[Path]) -> dict[str, str]:
    """The text of each document stem: ``<folder>/<stem>.txt`` in the first of ``folders`` that has it, else the
    file its graph names as its source (``sources``: stem -> dcterms:source), when that path exists here."""
    found = {}
    for stem in sorted(stems):
        candidates = [folder / f"{stem}.txt" for folder in folders] + ([Path(sources[stem])] if stem in sources else [])
        path = next((p for p in candidates if p.is_file()), None)
        if path is not None:
            found[stem] = path.read_text(encoding="utf-8")
    return found


def format_gold(result: GoldEvaluation, strict: bool) -> str:
    """The exhaustive gold's scores per genre and per document, as a plain-text table."""
    rule = "strict: indicator, value, status, period (range) and measure" if strict else "lenient: names by character overlap"
    lines = [f"exhaustive gold, observations ({rule})",
             f"{'genre':<16}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name, s in sorted(result.genres.items()):
        lines.append(f"{name:<16}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    for name, s in sorted(result.documents.items()):
        lines.append(f"  {name:<40}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}")
    if result.missing_documents:
        lines.append("not in the graph (or no text found): " + ", ".join(result.missing_documents))
    if result.unplaced_spans:
        lines.append("spans not found in their text: " + "; ".join(result.unplaced_spans))
    return "\n".join(lines)


def evaluate_files(folder: Path, graph, lex: Lexicon, text_dirs: list[Path], strict: bool) -> GoldEvaluation | None:
    """Score ``graph`` against the exhaustive gold under ``folder`` (None when there is none)."""
    from rdflib.namespace import DCTERMS

    from kg.evaluate import documents_by_stem

    paths = gold_files(folder)
    if not paths:
        return None
    sources = {stem: str(graph.value(doc, DCTERMS.source)) for stem, doc in documents_by_stem(graph).items()}
    stems = {span.document for path in paths for span in read_gold(path).spans}
    texts = find_texts(stems, sources, text_dirs)
    return evaluate_gold(paths, graph, lex, texts, strict, _municipalities())


def _municipalities() -> frozenset[str]:
    from kg.lexicon.gazetteer import load_gazetteer

    return frozenset(d.name for d in load_gazetteer().by_code.values() if d.kind == "municipality")
