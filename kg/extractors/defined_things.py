"""What the words around a count say of the things it counts (issue 17: a qualifier the label loses; judges 3141 and
2718). A statistician keeps them in the indicator's name:

- a clause defining the things, written before the count and closing with 的 (an owner and a verb of setting:
  metrics.toml [label] defining_verbs), says whose set they are: 推动总体方案明确的78项制度创新任务落实落地 ->
  总体方案明确的制度创新任务落实落地 (shanghai_city_2021); 持续抓好省委确定的14项引领性改革 -> 省委确定的引领性改革
  (sichuan_2026);
- a count after a verb that only pushes on ([label] pushing_verbs: 推动) counts the things reaching what the clause
  says of them after their name: 推动30座城市公园24小时开放 -> 城市公园24小时开放 (shanghai_city_2024), not the parks;
- a count of things whose clause closes with a verb of attaining ([label] attaining_verbs: 达到) and what they
  attain counts the things attaining it: 90家县级医院达到三级综合医院水平 -> 达到三级综合医院水平的县级医院 (henan_2026);
  so does a place ([label] place_prepositions: 在) and what the things do there, the place named without its
  preposition (a label holds none): 现有1260万农村户籍孩子在城市接受义务教育 -> 城市接受义务教育的农村户籍孩子
  (national_2013);
- a part opened by 其中 ([label] part_openings) of a whole the clause before states with an action (hedges.toml
  actions: 新增) is the part of what that action adds: 两年新增4万亿元投资，其中中央财政投资1.26万亿元 -> 新增中央财政投资
  (national_2013), as 新增公路…，其中高速公路… is 新增高速公路.

Read by kg.extractors.observations after the owners.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extractors.metric_labels import label_problems, tagged
from kg.extractors.scheme_names import squash
from kg.extractors.payer_funds import paid_funds
from kg.extractors.scoped_names import scoped
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.numerals import DIGIT
from kg.lexicon import Lexicon
from kg.model import Document, Observation

__all__ = ["defined_things"]

_DEFINER = (2, 10)          # characters of the owner defining the things (总体方案, 省委)
_NOUNS = ("n", "j")         # the owner's words
_OUTCOME_MAX = 8            # characters of what pushed things reach (24小时开放)
_MARKS = "\u3001\u201c\u201d\u300a\u300b"   # a list or a quotation after the things: no outcome of them alone
_ATTAINED = (2, 14)         # characters of what the things attain (三级综合医院水平)
_SERVED = (5, 18)           # characters of a purpose clause with its 的 (支持科技创新和制造业发展的)
_HEAD = 2                   # characters of the head the part shares with its whole (投资)


def defined_things(document: Document, observations: Sequence[Observation], lex: Lexicon) -> list[Observation]:
    """``observations`` with each count named with the clause defining its things or the outcome they are pushed to
    (module docstring)."""
    out = []
    for o in observations:
        text = document.sentences[o.sentence].text
        wording = (_defined(o, text, lex) or _served(o, text, lex) or _pushed_to(o, text, observations, lex)
                   or _attaining(o, text, lex) or _part_added(o, text, lex) or scoped(o, text, lex)
                   or paid_funds(o, text, lex))
        out.append(replace(o, metric=wording[0], metric_surface=wording[1]) if wording else o)
    return out


def _defined(o: Observation, text: str, lex: Lexicon) -> tuple[str, str] | None:
    """(metric, surface) with the defining clause before the count's things; None when there is none."""
    of, before = lex.grammar.possessive, text[:o.quantity.start]
    if not before.endswith(of):
        return None
    clause = CLAUSE_BREAK.split(before[: -len(of)])[-1]
    verb = next((v for v in lex.indicators.label.defining_verbs if clause.endswith(v)), "")
    words = tagged(clause[: len(clause) - len(verb)], lex) if verb else ()
    owner = ""
    for word, flag in reversed(words):
        if not flag.startswith(_NOUNS):
            break
        owner = word + owner
    if not _DEFINER[0] <= len(owner) <= _DEFINER[1] or owner in o.metric:
        return None
    definer = owner + verb + of
    metric = _inserted(o.metric, definer, text[o.quantity.end:], lex)
    surface = _inserted(o.metric_surface, definer, text[o.quantity.end:], lex)
    return None if metric == o.metric else (metric, surface if surface != o.metric_surface else metric)


def _served(o: Observation, text: str, lex: Lexicon) -> tuple[str, str] | None:
    """(metric, surface) with the clause of a supporting verb closing with 的 right before the measure's things; None
    when the wording follows no such clause in the figure's clause."""
    of = lex.grammar.possessive
    clause = CLAUSE_BREAK.split(squash(text[:o.quantity.start]))[-1]
    if of not in clause or not any(v in clause for v in lex.indicators.label.supporting_verbs):
        return None                     # the cheap test first: most clauses hold no such verb
    surface = squash(o.metric_surface)
    at = clause.rfind(surface) if surface else -1
    lead = clause[:at] if at > 0 else ""
    verb = max((lead.rfind(v) for v in lead and lex.indicators.label.supporting_verbs), default=-1)
    definer = lead[verb:] if lead.endswith(of) and verb >= 0 else ""
    if not _SERVED[0] <= len(definer) <= _SERVED[1] or DIGIT.search(definer) or of in definer[:-len(of)] \
            or any(m in definer for m in _MARKS) or definer in o.metric:
        return None                     # 支持科技创新和制造业发展的: a purpose, no figure, list or quotation in it
    metric, wording = definer + o.metric, definer + o.metric_surface
    return None if label_problems(metric, lex) else (metric, wording)


def _inserted(label: str, definer: str, after: str, lex: Lexicon) -> str:
    """``label`` with ``definer`` before the things named right after the count (the longest start of ``after`` the
    label holds); ``label`` when it holds none or the result breaks a label rule."""
    after = squash(after)
    size = next((k for k in range(min(len(after), len(label)), 1, -1) if after[:k] in label), 0)
    if not size:
        return label
    at = label.find(after[:size])
    found = label[:at] + definer + label[at:]
    return found if not label_problems(found, lex) else label


def _pushed_to(o: Observation, text: str, observations: Sequence[Observation],
               lex: Lexicon) -> tuple[str, str] | None:
    """(metric, surface) of things counted after a pushing verb, named with the outcome after their name to the
    clause's end; None when the label is more than the pushing verb and the things, or the outcome is long, a list,
    or holds a figure of its own."""
    surface, metric = squash(o.metric_surface), squash(o.metric)
    if not any(surface == v + metric for v in lex.indicators.label.pushing_verbs):
        return None                             # the cheap test first: most labels are no pushed things
    clause = CLAUSE_BREAK.split(text[o.quantity.end:], maxsplit=1)[0]
    if not squash(clause).startswith(metric):
        return None
    outcome = squash(clause)[len(metric):]
    end = o.quantity.end + len(clause)
    words = tagged(outcome, lex)
    if not 2 <= len(outcome) <= _OUTCOME_MAX or any(m in outcome for m in _MARKS) or not words \
            or words[-1][1] != "v" or any(p.sentence == o.sentence and o.quantity.end < p.quantity.start < end
                                          for p in observations):
        return None
    found = metric + outcome
    return (found, found) if not label_problems(found, lex) else None


def _attaining(o: Observation, text: str, lex: Lexicon) -> tuple[str, str] | None:
    """(metric, surface) of things counted right before a verb of attaining and what they attain, closing their
    clause; None when the label is not the things named right after the count, or what is attained is short, long, a
    list, or holds a figure."""
    verbs = (*lex.indicators.label.attaining_verbs, *lex.indicators.label.place_prepositions)   # 达到, 在
    if "%" in o.quantity.unit or not any(v in text for v in verbs):
        return None                             # the cheap test first: most sentences attain nothing
    metric = squash(o.metric)
    clause = squash(CLAUSE_BREAK.split(text[o.quantity.end:], maxsplit=1)[0])
    predicate = clause[len(metric):] if len(metric) >= 2 and clause.startswith(metric) else ""
    verb = next((v for v in verbs if predicate.startswith(v)), "")
    if not verb or not _ATTAINED[0] <= len(predicate) - len(verb) <= _ATTAINED[1] or DIGIT.search(predicate) \
            or any(m in predicate + metric for m in _MARKS) or any(j in metric for j in lex.grammar.lists.joiners):
        return None
    placed = verb in lex.indicators.label.place_prepositions    # a label holds no preposition: the place alone
    if placed and not _placed_alone(predicate[len(verb):], text[:o.quantity.start], lex):
        return None
    found = (predicate[len(verb):] if placed else predicate) + lex.grammar.possessive + metric
    return (found, found) if not label_problems(found, lex) else None


def _placed_alone(predicate: str, before: str, lex: Lexicon) -> bool:
    """Whether a place after a preposition reads as a place alone (a word of two characters or more: 城市, not the
    abbreviation 川) and the count is no item of a list the place is every item's."""
    words = tagged(predicate, lex)
    closing = CLAUSE_BREAK.split(before)[-1]
    return bool(words) and len(words[0][0]) >= _HEAD and words[0][1].startswith(_NOUNS) and _MARKS[0] not in closing


def _part_added(o: Observation, text: str, lex: Lexicon) -> tuple[str, str] | None:
    """(metric, surface) of a part opened by 其中 worded with the action of its whole: the clause before states the
    whole with an action right before its figure and closes, after the figure, with the head the part's label closes
    with; None when the clause is no such part or the label states an action already."""
    openings = lex.indicators.label.part_openings
    if not any(p in text for p in openings):
        return None                             # the cheap test first: most sentences name no part
    clauses = CLAUSE_BREAK.split(text[:o.quantity.start])
    metric = squash(o.metric)
    own = squash(clauses[-1]) if len(clauses) > 1 else ""
    if not any(own == p + metric for p in openings):
        return None
    whole = squash(clauses[-2])
    number = DIGIT.search(whole)
    actions = longest_first(lex.hedges.words.actions)
    action = next((a for a in actions if number and whole[:number.start()].endswith(a)), "")
    if not action or metric.startswith(actions) or len(metric) <= _HEAD or not whole.endswith(metric[-_HEAD:]):
        return None
    found = action + metric
    return (found, found) if not label_problems(found, lex) else None
