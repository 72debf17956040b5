"""What the promise tracker reads in the texts themselves: claims of success without a figure, and the doubts a
pair's wording raises (a start against a completion, a multi-year figure against a one-year target).

The cues are data (kg/lexicon/promises.toml). Offsets are code points of a document's text as read
(kg.model.Document.text, out/texts/), so a claim's sentence points back at its evidence.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.lexicon.sections import ClaimCues, DoubtCues
from kg.model import strip_line_breaks

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


def clause_before(text: str, sentence_start: int, number_at: int) -> str:
    """The words of the clause that leads up to a number (from the last comma or semicolon before it)."""
    head = text[sentence_start:number_at]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    return head[ends[-1]:] if ends else head


def clause_from(text: str, number_at: int, sentence_end: int) -> str:
    """The words of the clause from a number on (to the next comma, semicolon or sentence end)."""
    return _CLAUSE_END.split(text[number_at:sentence_end], maxsplit=1)[0]


def paragraph_before(text: str | None, sentence_start: int) -> str:
    """The words of a sentence's paragraph before it; empty when the text is not at hand."""
    return text[text.rfind("\n", 0, sentence_start) + 1:sentence_start] if text is not None else ""


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
    return stages_doubt(stage_of(target_clause, cues), stage_of(outcome_clause, cues))


def stages_doubt(target: tuple[str, str] | None, outcome: tuple[str, str] | None) -> str | None:
    """:func:`stage_doubt` given the target's and the outcome's :func:`stage_of`."""
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


def multi_year_doubt(t_word: str | None, o_word: str | None) -> str | None:
    """Why a multi-year figure and a one-year figure (their :func:`multi_year_word`, the target's and the outcome's)
    cannot be compared: a five-year total or average against one year's target, or the reverse (a 年均 goal against
    one year's outcome)."""
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
