"""A stage the sentence states after the things counted, and the role its subject plays before the verb, kept in the
label (issue 17, the blind judge tests/data/label_judge_3141.tsv, rows "lost qualifier (stage)"):

- A stage verb closing a clause that lists counts of things is the stage of every item, not of the last alone:
  91个民生重大项目、25项交通重大工程开工建设 -> 民生重大项目开工 and 交通重大工程开工 (shanghai_city_2022). So is a stage
  closing a count of things all of which reached it (metrics.toml ``stage_wholes``: 全部, 均): 规划建设的5家市级综合性
  医院全部开工 counts hospitals started, not hospitals built (shanghai_city_2024) (:func:`listed_stage`).
- A role before a verb (metrics.toml ``role_verbs``: 牵头) says what the subject does with the things counted, which
  the verb alone misstates: 牵头建设44家全国重点实验室 counts the laboratories the province leads, not new ones
  (jiangsu_2026) (:func:`led_action`).
- An outcome verb (metrics.toml ``outcome_verbs``: 完成) closing the words right before a count of projects is the
  outcome counted, as a launch verb is (启动10个城中村改造项目): 完成13个城中村改造项目 -> 完成城中村改造项目
  (shanghai_city_2022), no stock of projects (:func:`outcome_stated`).
- The verbs of a verb class closing a clause before 的, after the subject doing them, define the things counted
  after it: 国务院各部门取消和调整的审批项目总数 counts the items cancelled or adjusted, not every item, and so does
  the share after it (national_2013) (:func:`acting_verbs`).
"""
from __future__ import annotations

import re

from kg.extractors.indicator_names import identity, named
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.scheme_names import squash
from kg.extractors.stage.labels import opened_use
from kg.extractors.stage.words import FIGURE, ITEM, VERB_CHARS, class_verbs, stage_verbs
from kg.extractors.wording import post_noun
from kg.lang.zh.postag import VERB_FLAGS
from kg.lang.zh.punctuation import BRACKETED_CLAUSE_BREAK, CLAUSE_BREAK, QUOTE_MARKS
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["acting_verbs", "led_action", "listed_stage", "outcome_stated"]

# 、 and a count, then its noun (at most 16 characters): an item of a list of counts after the first.
_LISTED = re.compile("(?:\u3001[0-9][0-9.]*[^0-9\u3001]{2,16})*")


def listed_stage(wording: str, after: str, lex: Lexicon) -> str:
    """``wording`` with the stage verb that closes the clause of counts it opens (after a list of counts, or after
    ``stage_wholes``), its noun as the clause states it; else ``wording``. The wording may hold verbs the clause puts
    elsewhere: after the stage (民生重大项目建设 of 开工建设), dropped as the stage names the works; or before the number
    (建设市级综合性医院 of 规划建设的), dropped as the stage names what became of the things planned."""
    own = squash(wording)
    clause = BRACKETED_CLAUSE_BREAK.split(QUOTE_MARKS.sub("", squash(after)), maxsplit=1)[0]
    if len(own) < 2 or not _stated(clause, lex):
        return wording
    noun = next((own[:k] for k in range(len(own), 1, -1) if clause.startswith(own[:k])), "")
    lead = next((own[:k] for k in range(len(own) - 1) if clause.startswith(own[k:])), None)
    if lead is not None and len(own) - len(lead) > len(noun) and _verb_only(lead, lex):
        noun = own[len(lead):]
    stage, rest = _closing_stage(clause, len(noun), lex) if noun else ("", "")
    if not stage or (own.startswith(noun) and own[len(noun):] not in rest):
        return wording
    return named(noun + stage + opened_use(noun, stage, rest, lex), lex) or wording


def _stated(clause: str, lex: Lexicon) -> bool:
    """The cheap test first: a stage verb in the clause, and a list mark or a word of all before it."""
    wholes = lex.indicators.normalise.stage_wholes
    return (ITEM in clause or any(w in clause for w in wholes)) and any(s in clause for s in stage_verbs(lex))


def _closing_stage(clause: str, start: int, lex: Lexicon) -> tuple[str, str]:
    """(the stage verb closing ``clause`` after the counts listed from ``start``, the verbs after it), or ("", "")
    when other words stand between (a noun of another clause, a figure) or the list holds one count and no word of
    all precedes the stage (3家社区卫生服务中心竣工投用 stays the centres' count: kg.extractors.stage.labels)."""
    rules = lex.indicators.normalise
    for at in range(start, len(clause)):
        stage = next((s for s in stage_verbs(lex) if clause.startswith(s, at)), "")
        rest = clause[at + len(stage):]
        if not stage or len(rest) > VERB_CHARS or FIGURE.search(rest):
            continue
        end = at - len(next((m for m in rules.stage_manners if clause.endswith(m, start, at)), ""))
        whole = next((w for w in rules.stage_wholes if clause.endswith(w, start, end)), "")
        end -= len(whole)
        if (end > start or whole) and _LISTED.fullmatch(clause, start, end):
            return stage, rest
    return "", ""


def led_action(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of a count whose verbs are a role and a verb (牵头建设) before the number: the role, the verb and
    the noun counted after the number; None otherwise."""
    own = squash(o.metric)
    role = next((r for r in lex.indicators.label.role_verbs if own.startswith(r)), "")
    verb = own[len(role):]
    if not role or not 2 <= len(verb) <= VERB_CHARS or sentence[o.quantity.end:][:1] in ("", ITEM):
        return None
    noun = post_noun(sentence[o.quantity.end:], lex)
    return named(own + noun, lex) if len(noun) >= 2 and _verb_only(verb, lex) else None


def _verb_only(words: str, lex: Lexicon) -> bool:
    """Whether ``words`` are one verb the tagger or the lexicon reads as a verb."""
    tags = tagged(words, lex)
    return (len(tags) == 1 and tags[0][1] in VERB_FLAGS) or verb_pattern(lex).fullmatch(words) is not None


def outcome_stated(wording: str, before: str, lex: Lexicon) -> str:
    """The wording with the outcome verb closing the words before its number (完成, 完成了), when the wording counts
    launched things (metrics.toml ``launched_nouns``: 项目) and opens with no verb of its own; else the wording."""
    rules = lex.indicators.normalise
    own = squash(wording)
    if not rules.outcome_verbs or not own.endswith(rules.launched_nouns) or verb_pattern(lex).match(own):
        return wording
    clause = squash(CLAUSE_BREAK.split(before)[-1]).removesuffix(lex.indicators.label.done_mark)
    verb = next((v for v in rules.outcome_verbs if clause.endswith(v)), "")
    if not verb or own in clause:
        return wording
    return (named(verb + own, lex) or wording) if identity(verb + own, lex) == verb + own else wording


_SUBJECT_FLAGS = ("n", "nt", "ns", "j", "r")     # 国务院各部门: who acts, no part of the kind


def acting_verbs(head: str, lex: Lexicon) -> str:
    """The verbs closing ``head`` (the words before 的) after a subject of nouns alone, when they are verbs of a verb
    class, joined or not (取消和调整); "" otherwise."""
    words = tagged(head, lex)
    k = 0
    while k < len(words) and words[k][1].startswith(_SUBJECT_FLAGS):
        k += 1
    verbs = "".join(w for w, _ in words[k:])
    if not 0 < k < len(words) or not verbs or verb_pattern(lex).sub("", verbs):
        return ""
    return verbs if any(verbs.startswith(v) for v, _ in class_verbs(lex)) else ""
