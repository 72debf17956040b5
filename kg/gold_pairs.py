"""The promise tracker scored against the exhaustive gold's ``pair`` rows (gold-format.md): recall, precision and
verdict agreement per genre, and each missed pair with why.

A gold pair is found when the graph links a target of the same document (or one restating it), year, indicator
(kg.evaluate.metric_agrees) and value to an outcome of the same document and value. The tracker's pairs in scope
are those whose target sentence overlaps a span of a document the gold pairs (spans are annotated exhaustively),
and those whose target is a gold pair's target: a pair in scope that matches no gold pair is a false positive
(a gold target paired with another outcome, or a target in a span the gold leaves unpaired).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.evaluate import Score, metric_agrees
from kg.gold import Pair, genre, locate, read_gold
from kg.lang.zh.numerals import CN_LEADING, CN_NUMERAL, parse_number
from kg.lexicon import Lexicon

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_QUOTES = re.compile("[\u201c\u201d]")
_CHINESE = re.compile(f"[{CN_LEADING}][{CN_NUMERAL}]*")


@dataclass(frozen=True)
class TrackedPair:
    """A promise of the graph: where its target stands, what it and its outcome say, and the verdict."""

    stems: frozenset[str]          # documents stating the target (the first is ``stem``)
    stem: str
    start: int
    end: int
    period: int
    metric: str
    value: Decimal
    outcome_stem: str | None
    outcome_value: Decimal | None
    verdict: str

    def show(self) -> str:
        return (f"{self.stem} {self.period} {self.metric} {self.value} -> {self.outcome_stem} {self.outcome_value} "
                f"{self.verdict}")


@dataclass
class PairEvaluation:
    """Pair scores per genre; per genre, how many found pairs have the gold's verdict, and how many need review."""

    genres: dict[str, Score] = field(default_factory=dict)
    verdicts: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"genres": {k: {**v.as_dict(), **self.verdicts.get(k, {})} for k, v in sorted(self.genres.items())}}


def tracked_pairs(graph) -> list[TrackedPair]:
    """Every promise of ``graph`` (an rdflib Graph) with its documents by stem, less the qualitative targets the
    tracker judges by comparison (kgo:ComparisonTarget: 居民收入增长与经济增长同步), which the gold's format, a figure
    against a figure, does not annotate."""
    from kg.evaluate import documents_by_stem
    from kg.rdf.terms import kgo_name
    from rdflib import RDF, RDFS

    from kg.rdf.vocab import KGO

    stem_of = {doc: stem for stem, doc in documents_by_stem(graph).items()}
    made = set(graph.subjects(RDF.type, KGO.ComparisonTarget))   # qualitative: the gold's pairs are figures
    out = []
    for t, verdict in graph.subject_objects(KGO.verdict):
        if t in made:
            continue
        doc = graph.value(t, KGO.reportedIn)
        outcome = graph.value(t, KGO.outcome)
        stems = {stem_of.get(doc, "")} | {stem_of.get(d, "") for d in graph.objects(t, KGO.restatedIn)}
        out.append(TrackedPair(
            frozenset(stems), stem_of.get(doc, ""), int(graph.value(t, KGO.charStart)), int(graph.value(t, KGO.charEnd)),
            int(str(graph.value(t, KGO.period))[:4]), str(graph.value(graph.value(t, KGO.metric), RDFS.label)),
            Decimal(str(graph.value(t, KGO.value))),
            stem_of.get(graph.value(outcome, KGO.reportedIn)) if outcome else None,
            Decimal(str(graph.value(outcome, KGO.value))) if outcome else None, kgo_name(verdict) or ""))
    return sorted(out, key=lambda p: (p.stem, p.start, p.metric))


def _number(text: str) -> Decimal | None:
    """The first number of a gold value: an Arabic one, else a Chinese one (十件 is 10)."""
    found = _NUMBER.search(text) or _CHINESE.search(text)
    return parse_number(found.group()) if found else None


def _same_target(pair: Pair, t: TrackedPair, lex: Lexicon, aliases: dict[str, tuple[str, ...]] | None = None) -> bool:
    """Same document, year and value, and an indicator that agrees with the pair's (or an alias the gold's facts
    give it: 研发投入强度 for 研究与试验发展经费投入强度)."""
    names = (pair.metric, *(aliases or {}).get(_QUOTES.sub("", pair.metric), ()))
    return (pair.target_document in t.stems and int(pair.period.rsplit("-", 1)[-1]) == t.period
            and _number(pair.target) == t.value and any(metric_agrees(n, [t.metric], lex) for n in names))


def _same(pair: Pair, t: TrackedPair, lex: Lexicon, aliases: dict[str, tuple[str, ...]]) -> bool:
    return (_same_target(pair, t, lex, aliases) and pair.outcome_document == t.outcome_stem
            and _number(pair.outcome) == t.outcome_value)


def _in_spans(t: TrackedPair, stem: str, spans: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the target's sentence overlaps a span of the gold (spans are annotated exhaustively)."""
    return t.stem == stem and any(a < t.end and t.start < b for a, b in spans.get(stem, ()))


def _why_missed(pair: Pair, tracked: list[TrackedPair], lex: Lexicon, aliases: dict[str, tuple[str, ...]]) -> str:
    """Why the tracker lacks a gold pair: no such target, a target left unpaired, or paired with another outcome."""
    targets = [t for t in tracked if _same_target(pair, t, lex, aliases)]
    if not targets:
        return "the target is not in the graph (not extracted, or another indicator, value or year)"
    t = targets[0]
    if t.outcome_stem is None:
        return f"the target ({t.metric}) has no outcome: {t.verdict}"
    return f"the target ({t.metric}) is paired with another outcome: {t.outcome_stem} {t.outcome_value}"


def evaluate_pairs(paths: list[Path], graph, lex: Lexicon, texts: dict[str, str],
                   municipalities: frozenset[str] = frozenset()) -> PairEvaluation:
    """Score the graph's promises against the ``pair`` rows of the gold files at ``paths``; ``texts`` (stem ->
    text) place the gold's spans, which bound the tracker's pairs counted as false positives."""
    tracked = tracked_pairs(graph)
    result = PairEvaluation()
    for path in paths:
        gold = read_gold(path)
        if not gold.pairs:
            continue
        genre_of = {m.document: genre(m, municipalities) for m in gold.meta}
        spans = _ranges(gold, texts)
        aliases: dict[str, tuple[str, ...]] = {}
        for f in gold.facts:
            key = _QUOTES.sub("", f.metric)         # 千项万亿重大项目 is “千项万亿”重大项目
            aliases[key] = tuple(dict.fromkeys((*aliases.get(key, ()), *f.aliases)))
        for stem in sorted({p.target_document for p in gold.pairs}):
            mine = [p for p in gold.pairs if p.target_document == stem]
            scope = [t for t in tracked if t.outcome_stem is not None and stem in t.stems
                     and (_in_spans(t, stem, spans) or any(_same_target(p, t, lex, aliases) for p in mine))]
            name = genre_of.get(stem, "unknown")
            score, verdicts = _score(mine, scope, tracked, lex, aliases)
            result.genres.setdefault(name, Score()).add(score)
            counts = result.verdicts.setdefault(name, {"verdict_agrees": 0, "needs_review": 0, "fp_needs_review": 0})
            for key, n in verdicts.items():
                counts[key] += n
    return result


def _ranges(gold, texts: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
    ranges: dict[str, list[tuple[int, int]]] = {}
    for span in gold.spans:
        found = locate(texts[span.document], span) if span.document in texts else None
        if found is not None:
            ranges.setdefault(span.document, []).append(found)
    return ranges


def _score(pairs: list[Pair], scope: list[TrackedPair], tracked: list[TrackedPair], lex: Lexicon,
           aliases: dict[str, tuple[str, ...]]) -> tuple[Score, dict[str, int]]:
    score, verdicts, used = Score(), {"verdict_agrees": 0, "needs_review": 0, "fp_needs_review": 0}, set()
    for pair in pairs:
        match = next((i for i, t in enumerate(scope) if i not in used and _same(pair, t, lex, aliases)), None)
        if match is None:
            score.fn += 1
            score.misses.append(f"{pair.target_document} {pair.period} {pair.metric} {pair.target} -> "
                                f"{pair.outcome_document} {pair.outcome} ({pair.verdict}): "
                                f"{_why_missed(pair, tracked, lex, aliases)}")
            continue
        used.add(match)
        score.tp += 1
        verdict = scope[match].verdict
        verdicts["verdict_agrees"] += verdict.lower() == pair.verdict.lower()
        verdicts["needs_review"] += verdict == "NeedsReview"
    for i, t in enumerate(scope):
        if i not in used:
            score.fp += 1
            verdicts["fp_needs_review"] += t.verdict == "NeedsReview"
            score.false_positives.append(t.show())
    return score, verdicts


def format_pairs(result: PairEvaluation, errors: bool = True) -> str:
    """The pair scores per genre as a plain-text table, then (with ``errors``) each miss and false positive."""
    lines = ["exhaustive gold, promise pairs (target -> outcome); verdict ok: found pairs with the gold's verdict; "
             "review: found pairs marked NeedsReview; fp review: false pairs marked NeedsReview",
             f"{'genre':<16}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}{'verdict ok':>12}{'review':>8}"
             f"{'fp review':>11}"]
    for name, s in sorted(result.genres.items()):
        v = result.verdicts.get(name, {})
        lines.append(f"{name:<16}{s.precision:>10.3f}{s.recall:>8.3f}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
                     f"{v.get('verdict_agrees', 0):>12}{v.get('needs_review', 0):>8}{v.get('fp_needs_review', 0):>11}")
    if errors:
        for name, s in sorted(result.genres.items()):
            lines += [f"  missed ({name}): {m}" for m in s.misses]
            lines += [f"  not in the gold ({name}): {f}" for f in s.false_positives]
    return "\n".join(lines)


def evaluate_pair_files(folder: Path, graph, lex: Lexicon, text_dirs: list[Path]) -> PairEvaluation | None:
    """Score ``graph``'s promises against the pairs of the exhaustive gold under ``folder`` (None when it has none)."""
    from rdflib.namespace import DCTERMS

    from kg.evaluate import documents_by_stem
    from kg.gold import _municipalities, find_texts, gold_files

    paths = [p for p in gold_files(folder) if read_gold(p).pairs]
    if not paths:
        return None
    sources = {stem: str(graph.value(doc, DCTERMS.source)) for stem, doc in documents_by_stem(graph).items()}
    stems = {span.document for path in paths for span in read_gold(path).spans}
    return evaluate_pairs(paths, graph, lex, find_texts(stems, sources, text_dirs), _municipalities())
