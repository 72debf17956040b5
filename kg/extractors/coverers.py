"""What covers, named a clause before the coverage rate (issue 17, the "lost qualifier (kind)" row 主次干道覆盖率 of the
blind judge /work/label_judge_8102.tsv).

A share worded by a verb of coverage alone ([label] rate_verbs: 累计覆盖全区80%主次干道) names no thing that covers;
when the clause right before counts things (a figure, its measure word, then nouns), those things cover, and when
they open with a name in quotation marks, the scheme so named: 推进58条“美丽街区”景观道路建设，累计覆盖全区80%主次干道
-> 美丽街区主次干道覆盖率 (xuhui 2025 summary; the gold names it “美丽街区”主次干道覆盖率). The works done on the things
([normalise] works_verbs: 建设) close the count, not the things, and are left out.

When the coverage follows a 、 item (or a clause) whose subject is a measure of a thing, that thing covers: 高铁营业里程
达到3万公里、覆盖80%以上的大城市 -> 高铁大城市覆盖率 (national_2016; judge 6010), the measure ([label] subject_measures,
measure_endings) dropped from the subject."""
from __future__ import annotations

import re

from kg.extractors.indicator_names import squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK, ITEM_BREAK, QUOTE_MARKS, QUOTED
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.postag import THING_FLAGS
from kg.lexicon import Lexicon

__all__ = ["counted_coverer"]

_DIGIT = re.compile("[0-9]")
_THING_MIN, _THING_MAX = 2, 12     # characters of the things that cover (景观道路, 美丽街区景观道路)


def counted_coverer(text_before: str, lex: Lexicon) -> str:
    """The things the clause before the figure's clause counts after its figure (``text_before``: the sentence up to
    the figure), without the works done on them; "" when that clause closes with no such count."""
    raw = CLAUSE_BREAK.split(squash(text_before))
    if len(raw) < 2:
        return _measured_subject(text_before, lex)
    words = tagged(QUOTE_MARKS.sub("", raw[-2]), lex)
    figure = max((k for k, (_, p) in enumerate(words) if p == "m"), default=-1)
    start = figure + 2              # 58|条: the figure and its measure word (tagged q, or n when it is one too)
    if figure < 0 or start >= len(words) or len(words[figure + 1][0]) != 1 or words[figure + 1][1] not in ("q", "n") \
            or not all(p in THING_FLAGS for _, p in words[start:]):
        return _measured_subject(text_before, lex)
    thing = "".join(w for w, _ in words[start:])
    thing = next((thing[: -len(v)] for v in lex.indicators.normalise.works_verbs if thing.endswith(v)), thing)
    scheme = next((n for n in QUOTED.findall(raw[-2]) if n and thing.startswith(n)), "")
    thing = scheme or thing         # “美丽街区”景观道路: the scheme quoted covers, its roads the works
    return thing if _THING_MIN <= len(thing) <= _THING_MAX else ""


def _measured_subject(text_before: str, lex: Lexicon) -> str:
    """The thing whose measure is the subject of the item before the coverage (module docstring): nouns opening
    that item before its verb and figure, without the measure closing them; "" when the item has no such subject."""
    items = ITEM_BREAK.split(squash(text_before))
    if len(items) < 2 or not _DIGIT.search(items[-2]):
        return ""
    words = tagged(items[-2], lex)
    nouns = 0
    while nouns < len(words) and words[nouns][1] in THING_FLAGS:
        nouns += 1
    subject = "".join(w for w, _ in words[:nouns])
    rules = lex.indicators.label
    measure = next((m for m in longest_first((*rules.subject_measures, *rules.measure_endings))
                    if subject.endswith(m)), "")
    thing = subject[: len(subject) - len(measure)]
    return thing if measure and nouns < len(words) and _THING_MIN <= len(thing) <= _THING_MAX else ""
