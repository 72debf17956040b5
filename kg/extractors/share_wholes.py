"""Percentages of a whole their sentence names around them (issue 17: a label keeps its head; the blind judges' rows of
tests/data/label_judge_4411.tsv and /work/label_judge_1618.tsv that named a share without its whole).

- A whole closed by 中 right before the figure's clause, or right before the figure, is what the share is a share of:
  在新开工的国家重点项目投资总额中，中西部地区占全国的43%以上 -> 新开工国家重点项目投资总额中中西部地区占全国比重
  (national_1997); 营商环境一级、二级指标中超七成达到国内一流 -> 营商环境一级二级指标中达到国内一流比例
  (heilongjiang_2025) (:func:`share_among`).
- Things named right before a percentage whose clause goes on with a noun and its verb are the whole of which that
  share does so: 区域内二三级医院50%门诊号源下沉社区 -> 二三级医院门诊号源下沉社区比例 (xuhui_2025); a percentage
  opening its clause before things and their verb is the share of them that does so: 90%以上村庄达到干净整洁村标准 ->
  村庄达到干净整洁村标准比例 (guangdong_2025) (:func:`share_doing_after`).

Read by kg.extractors.measured_things.lost_thing. Words in metrics.toml [label] (share_nouns, part_mark, part_openings,
hedge_closings, locative_opening) and grammar.toml
(possessive).
"""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK, QUOTE_MARKS
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.numerals import DIGIT
from kg.lexicon import Lexicon
from kg.model import Measure, Observation

__all__ = ["share_among", "share_doing_after", "share_of_whole"]

_NOUNS = ("n", "nz", "nt", "ns", "j", "l", "vn")
_WHOLE = (4, 20)                        # characters of a whole (营商环境一级二级指标)
_PREDICATE = (4, 16)                    # characters of what the share does (门诊号源下沉社区)


def share_of_whole(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The share's wording with its whole (:func:`share_among`), else worded by what it does (:func:`share_doing_after`)."""
    return share_among(o, sentence, lex) or share_doing_after(o, sentence, lex)


def share_among(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The share's wording opened by the whole that 中 closes right before the figure or its clause (module docstring);
    None when no such whole stands there, the whole is a part's cue (其中) or the wording names it already."""
    if not _share(o, lex):
        return None
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    clauses = CLAUSE_BREAK.split(QUOTE_MARKS.sub("", squash(sentence[:o.quantity.start])))
    mark = re.escape(rules.part_mark)
    hedges = "|".join(map(re.escape, longest_first(rules.part_hedges)))
    found = re.fullmatch(f"(.+?){mark}(?:{hedges})?", clauses[-1])
    if found is not None:
        own = _predicate(o, sentence, lex)      # 指标中超七成|达到国内一流: the share is worded after the figure
    elif len(clauses) > 1 and clauses[-1].startswith(own[:2]):
        found = re.fullmatch(f"(.+?){mark}", clauses[-2])
    if not rules.part_mark or found is None or not own or own.startswith(rules.part_openings) \
            or (found.group(1) + rules.part_mark).endswith(rules.part_openings):
        return None
    whole = _whole(found.group(1), lex)
    if not whole or whole in own:
        return None
    return named(whole + rules.part_mark + _shared(own, lex), lex)


def share_doing_after(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The share, worded by what it does, of the things named right before the figure, or right after it when the
    figure opens its clause (module docstring); None when the clause after the figure is no noun and its verb."""
    if not _share(o, lex) or o.quantity.unit != "%":
        return None
    rules = lex.indicators.label
    head = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1]
    after = _predicate(o, sentence, lex)
    words = tagged(after, lex) if after else ()
    if (not _PREDICATE[0] <= len(after) <= _PREDICATE[1] or DIGIT.search(after) or "\u3001" in after
            or words[0][1] not in _NOUNS or not any(p == "v" for _, p in words[1:])
            or any(n in after for n in rules.share_nouns) or lex.grammar.possessive in after):
        return None                     # 门诊号源|下沉|社区: a noun and its verb
    if not head:
        return named(after + rules.share_nouns[0], lex)
    whole = _noun_run(head, lex)
    return named(whole + after + rules.share_nouns[0], lex) if len(whole) >= 2 else None


def _predicate(o: Observation, sentence: str, lex: Lexicon) -> str:
    """The figure's clause after it, a hedge closing the figure (以上) left out."""
    after = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    return next((after[len(h):] for h in lex.indicators.label.hedge_closings if after.startswith(h)), after)


def _share(o: Observation, lex: Lexicon) -> bool:
    return o.quantity.unit in lex.indicators.label.share_units and o.measure is Measure.LEVEL


def _whole(text: str, lex: Lexicon) -> str:
    """``text`` as a whole: its opening 在 and its 的 and list marks dropped; "" when it is no noun phrase of a
    whole's length or holds a figure."""
    opening = lex.indicators.label.locative_opening
    whole = (text.removeprefix(opening) if opening else text).replace(lex.grammar.possessive, "").replace("\u3001", "")
    words = tagged(whole, lex) if whole else ()
    if not _WHOLE[0] <= len(whole) <= _WHOLE[1] or DIGIT.search(whole) or words[-1][1] not in _NOUNS:
        return ""
    return whole


def _noun_run(text: str, lex: Lexicon) -> str:
    """The nouns closing ``text`` (二三级医院 of 区域内二三级医院)."""
    words = list(tagged(text, lex))
    run = ""
    while words and (words[-1][1] in _NOUNS or words[-1][1] in ("b", "m") and run):
        run = words.pop()[0] + run
    return run


def _shared(own: str, lex: Lexicon) -> str:
    """``own`` closed by a share's noun: as it is when it names one, else with the first ([label] share_nouns)."""
    nouns = lex.indicators.label.share_nouns
    return own if any(n in own for n in nouns) else own + nouns[0]
