"""What the promise tracker asks of one document's own words, answered once: for each observation, whether it covers
several years, whether it is no outcome, the word that makes it multi-year, the stage its clause counts, the words
after its number; for the document, its claim of success (kg.link.promise_text.find_claim) and its comparison
targets (kg.link.promise_compare).

These depend only on the document (its text, its observations, its year) and the lexicon, so a build answers them as
it extracts the document (kg.pipeline.document), the cache keeps them with it, and a rebuild after one changed
document reads another document's text only to compare the words of two indicators named differently
(kg.link.promises._renamed_doubt; 33 texts of 500 at 100×). :class:`Reader` answers the tracker from them, or reads a document's text
when it holds no answers for it (the library's ``kg.link.promises.track`` over Extractions holding full Documents):
both paths use :func:`read_facts`, the one definition of each rule.
What that saves is measured in benchmarks/README.md (run Y).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kg.lexicon import Lexicon
from kg.link.promise_compare import Comparison, find_comparisons
from kg.link.promise_names import after_name, worded_change
from kg.link.promise_text import (Claim, TextOf, clause_before, clause_from, find_claim, multi_year_word,
                                  paragraph_before, stage_of)
from kg.model import Document, Extraction, Measure, Observation, Status, strip_line_breaks


@dataclass(frozen=True)
class Facts:
    """What the tracker asks of one observation's words alone."""

    multi_year: bool                    # it covers several years (:func:`read_facts`)
    one_year: bool                      # dated to several years, it also states its last year's figure
    no_outcome: bool                    # it restates a target, or it is the base of a change
    multi_year_word: str | None         # promise_text.multi_year_word of its sentence and clause before the number
    stage: tuple[str, str] | None       # promise_text.stage_of its clause before the number
    worded_change: Measure | None       # promise_names.worded_change of that clause
    tail: str                           # its clause from the number on
    after_name: str                     # promise_names.after_name of its indicator in the tail


@dataclass(frozen=True)
class DocFacts:
    """A document's answers: each observation's Facts (in the order of its observations), its claim of success,
    and its comparison targets with the Facts of each (where its words stand)."""

    observations: list[Facts]
    claim: Claim | None
    comparisons: list[tuple[Comparison, Facts]]


def read_facts(text: str | None, at: int | None, o: Observation, year: int, lex: Lexicon) -> Facts:
    """The Facts of observation ``o`` of a document of ``year`` whose ``text`` holds its number at ``at`` (code
    points); read as empty words when the text or the place is not at hand.

    It covers several years when its period is a range; an outcome, when its words say so (五年, 累计, 年均) or its
    paragraph looks back over several years before it (2015年是“十二五”收官之年。过去五年，…); a target, when its own
    clause says so (五年城镇新增就业4500万人, not …“十四五”规划，…实施好十方面民生实事), or it is a change set for a later
    year than its document's (a plan's 单位国内生产总值能耗降低16% for 2015, in 2011).

    Dated to several years, it also states its last year's figure when it names one year in its own words and none
    of several (去年居民消费价格总水平比上年上涨4.8%, in a review of five years), or a change its clause says is each
    year's (…连续两年增长10%以上). A level held in each year (粮食总产量连续9年稳定在1300亿斤以上) is a floor that the
    year's own figure states better.

    It is no outcome when it restates a target said to be missed (after a word of failure, 没有实现, its clause runs on
    to a target word: …降低4%左右、…减少2%的目标), or when it is the base of a change its clause goes on to state,
    without a year of its own (补助标准由每人每年120元提高到200元: 120 is where the year started)."""
    cues, start = lex.promises.doubt, o.provenance.start
    head = clause = tail = ""
    if text is not None and at is not None:
        head, clause, tail = text[start:at], clause_before(text, start, at), clause_from(text, at, o.provenance.end)
    word = multi_year_word(head, clause, cues)
    ranged = o.period_start is not None and o.period_start < o.period
    if o.status is not Status.PLANNED:
        several = word is not None or any(w in paragraph_before(text, start) for w in cues.multi_year)
    else:
        several = any(w in clause for w in cues.multi_year) or o.period > year and o.measure is not Measure.LEVEL
    each = o.measure is not Measure.LEVEL and any(w in clause for w in cues.each_year)
    restated = any(w in tail for w in cues.restated_targets) and any(w in head for w in cues.unmet)
    base = lex.hedges.periods.from_marker.search(strip_line_breaks(clause))
    return Facts(ranged or several, ranged and word is None and (each or any(w in head for w in cues.one_year)),
                 restated or base is not None and not base["year"], word, stage_of(clause, cues),
                 worded_change(clause, lex), tail, after_name(o.metric, tail, lex))


def number_at(doc: Document, o: Observation) -> int:
    """Where an observation's number stands in its document's text (code points; kg.rdf.graph.observation_at)."""
    return doc.offsets[doc.sentences[o.sentence].clean_start + o.quantity.start]


def document_facts(ex: Extraction, lex: Lexicon) -> DocFacts:
    """The DocFacts of an extraction holding its full Document."""
    doc = ex.document
    year = doc.metadata.year
    comparisons = find_comparisons(doc.id, doc.text, ex.observations, year, lex)
    return DocFacts([read_facts(doc.text, number_at(doc, o), o, year, lex) for o in ex.observations],
                    claim_of(ex, doc.text, lex),
                    [(c, read_facts(doc.text, c.start, c.target, year, lex)) for c in comparisons])


def claim_of(ex: Extraction, text: str | None, lex: Lexicon) -> Claim | None:
    """The document's claim that the year it reviews met its targets, before its plan for its own year begins (its
    first target's sentence); None without one, or when it reviews no year or its text is not at hand."""
    if ex.document.metadata.reviewed_year is None or not text:
        return None
    starts = [o.provenance.start for o in ex.observations
              if o.status is Status.PLANNED and o.period == ex.document.metadata.year]
    return find_claim(ex.document.id, text, min(min(starts, default=len(text)), len(text)), lex.promises.claims)


class Reader:
    """The tracker's questions about an observation's words (its Facts), a document's claim and its comparison
    targets: answered from each document's DocFacts when given (``known``, by document id), else read from its text
    (a full Document's, or ``text_of`` with ``positions``, where each observation's number stands) once."""

    def __init__(self, lex: Lexicon, text_of: TextOf | None = None,
                 positions: Mapping[str, Sequence[int]] | None = None,
                 known: Mapping[str, DocFacts] | None = None) -> None:
        self.lex, self.text_of, self.positions, self.known = lex, text_of, positions or {}, known or {}
        self._read: dict[tuple, object] = {}     # (id of the extraction, what...) -> an answer read from a text

    def text(self, ref) -> str | None:
        """The text of the document stating ``ref``, or None when it is not at hand."""
        doc = ref.extraction.document
        if isinstance(doc, Document):
            return doc.text
        return self.text_of(doc.id) if self.text_of else None

    def number_at(self, ref) -> int | None:
        """Where the number of ``ref`` stands in its document's text, or None when not known."""
        if ref.at is not None:                   # a target without a number of its own (kg.link.promise_compare)
            return ref.at
        doc = ref.extraction.document
        if isinstance(doc, Document):
            return number_at(doc, ref.observation)
        at = self.positions.get(doc.id)
        return at[ref.index] if at is not None and ref.index < len(at) else None

    def facts(self, ref) -> Facts:
        """The Facts of the observation ``ref`` stands for."""
        known = self.known.get(ref.document)
        if known is not None:
            if ref.at is None:
                return known.observations[ref.index]
            return next(f for c, f in known.comparisons if c.start == ref.at)
        key = (id(ref.extraction), ref.index, ref.at)      # the extractions outlive the reader (one track)
        if key not in self._read:
            self._read[key] = read_facts(self.text(ref), self.number_at(ref), ref.observation,
                                         ref.extraction.document.metadata.year, self.lex)
        return self._read[key]

    def claim(self, ex: Extraction) -> Claim | None:
        """The document's claim of success (:func:`claim_of`)."""
        known = self.known.get(ex.document.id)
        if known is not None:
            return known.claim
        return claim_of(ex, self._text_of(ex), self.lex)

    def comparisons(self, ex: Extraction) -> list[Comparison]:
        """The document's comparison targets (kg.link.promise_compare.find_comparisons)."""
        known = self.known.get(ex.document.id)
        if known is not None:
            return [c for c, _ in known.comparisons]
        return find_comparisons(ex.document.id, self._text_of(ex) or "", ex.observations,
                                ex.document.metadata.year, self.lex)

    def _text_of(self, ex: Extraction) -> str | None:
        doc = ex.document
        return doc.text if isinstance(doc, Document) else self.text_of(doc.id) if self.text_of else None

    def head(self, ref) -> tuple[str, str]:
        """(the sentence up to the number, the clause up to the number), read from the text; empty when it is not
        at hand. Only the search for an outcome named differently asks it (kg.link.promises._renamed_doubt)."""
        text, at = self.text(ref), self.number_at(ref)
        if text is None or at is None:
            return "", ""
        start = ref.observation.provenance.start
        return text[start:at], clause_before(text, start, at)

    @staticmethod
    def set_ahead(ref) -> bool:
        """Whether a target is set for a later year than its document's (a plan's goal for its last year)."""
        return ref.observation.period > ref.extraction.document.metadata.year

    def goal_against_year(self, target, outcome) -> bool:
        """A multi-year goal and one year's figure: never a pair."""
        return self.facts(target).multi_year and not self.facts(outcome).multi_year
