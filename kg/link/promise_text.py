"""What the promise tracker reads in the texts themselves: claims of success without a figure, and the doubts a
pair's wording raises (a start against a completion, a multi-year figure against a one-year target).

The cues are data (kg/lexicon/promises.toml). Offsets are code points of a document's text as read
(kg.model.Document.text, out/texts/), so a claim's sentence points back at its evidence.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.lexicon.sections import ClaimCues, DoubtCues
from kg.model import Document, Measure, Status, strip_line_breaks

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_END = re.compile(r"[，,；;。！？!?：:\n]")


@dataclass(frozen=True)
class Claim:
    """A sentence of a later document claiming the year's targets met, without a figure."""

    document: str
    start: int
    end: int
    evidence: str


class Texts:
    """Documents' texts by id, read when asked for (a build keeps them on disk); the texts read last stay in memory,
    up to ``keep`` characters in all (the tracker's search visits the documents of a government again and again), so
    that a build of many thousands of documents does not hold every text at once."""

    def __init__(self, sources: Mapping[str, str | Path], keep: int = 1 << 26) -> None:
        self._sources, self._keep, self._kept = sources, keep, 0
        self._read: OrderedDict[str, str | None] = OrderedDict()

    def __call__(self, document: str) -> str | None:
        """The document's text, or None when it is not at hand."""
        if document in self._read:
            self._read.move_to_end(document)
            return self._read[document]
        source = self._sources.get(document)
        if isinstance(source, Path):
            source = source.read_text(encoding="utf-8") if source.is_file() else None
        self._read[document] = source
        self._kept += len(source or "")
        while self._kept > self._keep and len(self._read) > 1:
            self._kept -= len(self._read.popitem(last=False)[1] or "")
        return source


TextOf = Callable[[str], "str | None"]


class Reader:
    """Where each observation's number stands in its document's text, and the words before it."""

    def __init__(self, text_of: TextOf | None, positions: Mapping[str, Sequence[int]] | None) -> None:
        self.text_of, self.positions = text_of, positions or {}

    def text(self, ref) -> str | None:
        doc = ref.extraction.document
        if isinstance(doc, Document):
            return doc.text
        return self.text_of(doc.id) if self.text_of else None

    def number_at(self, ref) -> int | None:
        if ref.at is not None:                   # a target without a number of its own (kg.link.promise_compare)
            return ref.at
        doc = ref.extraction.document
        if isinstance(doc, Document):
            return doc.offsets[doc.sentences[ref.observation.sentence].clean_start + ref.observation.quantity.start]
        at = self.positions.get(doc.id)
        return at[ref.index] if at is not None and ref.index < len(at) else None

    def head(self, ref) -> tuple[str, str]:
        """(the sentence up to the number, the clause up to the number); empty when the text is not at hand."""
        text, at = self.text(ref), self.number_at(ref)
        if text is None or at is None:
            return "", ""
        start = ref.observation.provenance.start
        return text[start:at], clause_before(text, start, at)

    def tail(self, ref) -> str:
        """The clause from the number on (to the next comma, semicolon or sentence end); empty when not at hand."""
        text, at = self.text(ref), self.number_at(ref)
        if text is None or at is None:
            return ""
        return _CLAUSE_END.split(text[at:ref.observation.provenance.end], maxsplit=1)[0]

    def restates_target(self, ref, cues: DoubtCues) -> bool:
        """Whether the figure restates a target said to be missed: after a word of failure (没有实现) in its sentence, it
        runs on to a target word within its clause (…降低4%左右、…减少2%的目标). It is no outcome."""
        tail = self.tail(ref)
        return any(w in tail for w in cues.restated_targets) and any(w in self.head(ref)[0] for w in cues.unmet)

    def base_of_change(self, ref, marker: re.Pattern[str]) -> bool:
        """Whether the figure is the base of a change to a new level its clause goes on to state, without a year of its
        own (各级财政对…补助标准由每人每年120元提高到200元: 120 is where the year started, not its outcome)."""
        found = marker.search(strip_line_breaks(self.head(ref)[1]))
        return found is not None and not found["year"]

    def multi_year(self, ref, cues: DoubtCues) -> bool:
        """Whether a figure covers several years: its period is a range; for an outcome, its words say so (五年, 累计,
        年均) or its paragraph looks back over several years before it (2015年是“十二五”收官之年。过去五年，…); for a
        target, its own clause says so (五年城镇新增就业4500万人, not …“十四五”规划，…实施好十方面民生实事), or it is a
        change set for a later year than its document's (a plan's 单位国内生产总值能耗降低16% for 2015, in 2011)."""
        o = ref.observation
        if o.period_start is not None and o.period_start < o.period:
            return True
        head, clause = self.head(ref)
        if o.status is not Status.PLANNED:
            return multi_year_word(head, clause, cues) is not None or any(
                w in self.paragraph_before(ref) for w in cues.multi_year)
        return any(w in clause for w in cues.multi_year) or self.set_ahead(ref) and o.measure is not Measure.LEVEL

    @staticmethod
    def set_ahead(ref) -> bool:
        """Whether a target is set for a later year than its document's (a plan's goal for its last year)."""
        return ref.observation.period > ref.extraction.document.metadata.year

    def one_year(self, ref, cues: DoubtCues) -> bool:
        """Whether a figure dated to several years names one year in its own words and none of several (去年居民消费价格
        总水平比上年上涨4.8%, in a review of five years), or a change its clause says is each year's (贫困地区农村学生上重点
        高校人数连续两年增长10%以上): it is also its last year's figure. A level held in each year (粮食总产量连续9年稳定在
        1300亿斤以上) is a floor that the year's own figure states better."""
        o = ref.observation
        if o.period_start is None or o.period_start >= o.period:
            return False
        head, clause = self.head(ref)
        each = o.measure is not Measure.LEVEL and any(w in clause for w in cues.each_year)
        return multi_year_word(head, clause, cues) is None and (each or any(w in head for w in cues.one_year))

    def paragraph_before(self, ref) -> str:
        """The words of the figure's paragraph before its sentence; empty when the text is not at hand."""
        text, start = self.text(ref), ref.observation.provenance.start
        return text[text.rfind("\n", 0, start) + 1:start] if text is not None else ""

    def goal_against_year(self, target, outcome, cues: DoubtCues) -> bool:
        """A multi-year goal and one year's figure: never a pair."""
        return self.multi_year(target, cues) and not self.multi_year(outcome, cues)


def clause_before(text: str, sentence_start: int, number_at: int) -> str:
    """The words of the clause that leads up to a number (from the last comma or semicolon before it)."""
    head = text[sentence_start:number_at]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    return head[ends[-1]:] if ends else head


def _last_cue(words: str, cues: tuple[str, ...]) -> tuple[int, str] | None:
    hits = [(words.rfind(c) + len(c), c) for c in cues if c in words]
    return max(hits) if hits else None


def stage_of(clause: str, cues: DoubtCues) -> tuple[str, str] | None:
    """("start" | "completion", the verb) of the verb nearest before the number in ``clause``, or None."""
    start, done = _last_cue(clause, cues.starts), _last_cue(clause, cues.completions)
    if start is None and done is None:
        return None
    if done is None or (start is not None and start[0] >= done[0]):
        return "start", start[1]
    return "completion", done[1]


def stage_doubt(target_clause: str, outcome_clause: str, cues: DoubtCues) -> str | None:
    """Why a target counting starts and an outcome counting completions (or the reverse) cannot be compared."""
    target, outcome = stage_of(target_clause, cues), stage_of(outcome_clause, cues)
    if target is None or outcome is None or target[0] == outcome[0]:
        return None
    return f"the target counts {target[0]}s ({target[1]}), the outcome {outcome[0]}s ({outcome[1]})"


def multi_year_word(head: str, clause: str, cues: DoubtCues) -> str | None:
    """The word that makes a figure multi-year (五年, 累计, 年均 in its sentence before the number), unless its own
    clause names a single year (全年城镇新增就业107万人 after a five-year review's opening)."""
    word = next((w for w in cues.multi_year if w in head), None)
    if word is not None and word not in clause and any(w in clause for w in cues.one_year):
        return None
    return word


def multi_year_doubt(target: tuple[str, str], outcome: tuple[str, str], cues: DoubtCues) -> str | None:
    """Why a multi-year figure and a one-year figure, (sentence head, clause) each, cannot be compared: a five-year
    total or average against one year's target, or the reverse (a 年均 goal against one year's outcome)."""
    t_word, o_word = multi_year_word(*target, cues), multi_year_word(*outcome, cues)
    if (t_word is None) == (o_word is None):
        return None
    if o_word is not None:
        return f"the outcome reads as a multi-year figure ({o_word}), the target as one year's"
    return f"the target reads as a multi-year figure ({t_word}), the outcome as one year's"


def find_claim(document: str, text: str, before: int, cues: ClaimCues) -> Claim | None:
    """The first sentence of ``text`` before offset ``before`` (where the plan begins) that claims the year's
    targets met: a subject (目标任务) after a scope (主要, 各项) and a verb (较好完成) within ``cues.window``
    characters, in either order, with no plan word before them (确保) and no other period (十四五 规划) in the
    sentence."""
    start = 0
    for end_match in _SENTENCE_END.finditer(text, 0, before):
        sentence = text[start:end_match.end()]
        found = _claim_at(sentence, cues)
        if found is not None:
            return Claim(document, start, end_match.end(), strip_line_breaks(sentence).strip())
        start = end_match.end()
    return None


def _claim_at(sentence: str, cues: ClaimCues) -> int | None:
    if any(w in sentence for w in cues.other_period_words):
        return None
    for subject in cues.subjects:
        at = sentence.find(subject)
        if at < 0:
            continue
        near = sentence[max(0, at - cues.window):at + len(subject) + cues.window]
        scoped = any(w in sentence[max(0, at - cues.window):at] for w in cues.scopes)
        if scoped and any(v in near for v in cues.verbs) and not any(w in sentence[:at] for w in cues.plan_words):
            return at
    return None


def name_overlap(a: str, b: str) -> float:
    """How much two indicator names share: the characters of the shorter found in the longer, as a share of the
    shorter (重大工程开工 and 开工市区两级重大工程建设目标: 1.0); 0 when they share fewer than four."""
    short, long = sorted((set(a), set(b)), key=len)
    shared = len(short & long)
    return shared / len(short) if shared >= 4 else 0.0
