"""Figures a development zone owns (issue 17: qualifiers make another indicator). A sentence that opens with a
zone's name states the zone's figures, not the reporting government's: 临港新片区新一轮市级支持政策出台，…，规模以上
工业总产值、全社会固定资产投资总额分别增长22.5%和10.3% (shanghai_city_2024) gives 临港新片区规模以上工业总产值, not
Shanghai's 规模以上工业总产值. Fairs own the figures their clauses state (:func:`event_owned`). Read by
kg.extractors.observations."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from collections.abc import Sequence
from dataclasses import replace

from kg.lexicon import Lexicon
from kg.model import Document, Mention, Observation
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lang.zh.numerals import DIGIT
from kg.extractors.metric_labels import tagged, verb_pattern

_VERB_SPAN = 4          # characters after a stem read for its verb (前海|实施)


def zone_owned(document: Document, observations: Sequence[Observation], zones: Sequence[Mention],
               lex: Lexicon) -> list[Observation]:
    """``observations`` with each figure of a sentence that opens with a zone's name named as the zone's: the
    zone's canonical name before its indicator, unless the indicator names it already or the words before the
    figure turn to another scope (a clause opening with grammar.toml ``owner_scopes``: 全市, 全省; 全国“首创” is none)."""
    opening = {m.sentence: (m.name, m.surface) for m in zones
               if document.sentences[m.sentence].text.lstrip().startswith(m.surface)}
    opening.update(_stem_openings(document, lex))
    if not opening:
        return list(observations)
    return [_owned(o, *opening[o.sentence], document, lex) if o.sentence in opening else o for o in observations]


def _stem_openings(document: Document, lex: Lexicon) -> dict[int, tuple[str, str]]:
    """Sentences whose subject is a zone called by its stem alone ([[zones.stem]]), right before its verb: 前海实施14项
    全国首创金融政策，…，全球服务商计划累计引进201家企业 (guangdong_2025) states 前海's figures."""
    out: dict[int, tuple[str, str]] = {}
    for k, sentence in enumerate(document.sentences):
        text = sentence.text.lstrip()
        stem = next((s.name for s in lex.zones.stem if text.startswith(s.name)), "")
        words = tagged(text[:len(stem) + _VERB_SPAN], lex) if stem else ()
        if len(words) > 1 and words[0][0] == stem and words[1][1] == "v":
            out[k] = (stem, stem)
    return out


def _owned(o: Observation, name: str, surface: str, document: Document, lex: Lexicon) -> Observation:
    text = document.sentences[o.sentence].text
    before = text[text.find(surface) + len(surface):o.quantity.start]
    clauses = [c.lstrip() for c in CLAUSE_BREAK.split(before)]
    if name in o.metric or surface in o.metric or any(c.startswith(lex.grammar.owner_scopes) for c in clauses):
        return o
    return _owned_by(name, o)


_SESSION = re.compile(r"\u7b2c[0-9\u4e00-\u9fff]{1,3}\u5c4a")      # 第八届: a session, before the fair's name
_ORDINALS = re.compile(r"^(?:(?:\u7b2c)?[0-9\u4e00-\u9fff]{1,3}\u5c4a[\u3001\u548c]?)+")   # 第135届、第136届, 两届


def event_owned(document: Document, observations: Sequence[Observation], lex: Lexicon) -> list[Observation]:
    """``observations`` with each figure a fair states ([label] events) named as the fair's: its clause opens with the
    fair's name (高交会促成1023项…项目签约 -> 高交会供需对接和投融资项目签约), or the clause before closes with it and
    the figure's clause opens with a total word (…第136届广交会，共吸引约50万名境外采购商 -> 广交会吸引境外采购商).
    A figure whose indicator names the fair already keeps its name; one worded by what only a fair measures is the
    fair's named last before it (:func:`_measured_at`)."""
    owned = [_event_owned(o, document.sentences[o.sentence].text, lex) for o in observations]
    return [_headed(_measured_at(o, owned, document, lex), document, lex) for o in owned]


def _headed(o: Observation, document: Document, lex: Lexicon) -> Observation:
    """A figure whose wording opens with a word pointing back ([label] anaphors: 相关) and names no event is of the
    event its paragraph's heading hosts: 一是联合港澳承办十五运会和残特奥会。 / …，相关报道总点击量超610亿次 ->
    十五运会相关报道总点击量 (guangdong_2026; judge label_judge_1618)."""
    rules = lex.indicators.label
    if not o.metric_surface.startswith(rules.anaphors) \
            or any(e in o.metric_surface for e in (*rules.events, *rules.event_suffixes)):
        return o
    here = document.sentences[o.sentence]
    heading = next((s for s in reversed(document.sentences[:o.sentence]) if s.paragraph != here.paragraph), None)
    if heading is None or heading.paragraph != here.paragraph - 1 \
            or any(s.paragraph == heading.paragraph and s.index != heading.index for s in document.sentences):
        return o                # the paragraph before is one sentence, a heading
    hosted = [_closing_fair(m.group(0), lex) for m in _suffixed(lex).finditer(heading.text)]
    return _owned_by(hosted[0], o) if hosted and hosted[0] else o


def _measured_at(o: Observation, owned: Sequence[Observation], document: Document, lex: Lexicon) -> Observation:
    """A figure worded by what only a fair measures ([label] event_measures: 意向成交) and naming no fair is the
    fair's named last before it in its sentence or the sentences before in its paragraph, unless a figure of
    something else stands between (:func:`_cut_by`)."""
    rules = lex.indicators.label
    if not _ORDINALS.sub("", o.metric_surface).startswith(rules.event_measures) \
            or any(e in o.metric_surface for e in rules.events):
        return o
    here = document.sentences[o.sentence]
    texts = [here.text[:o.quantity.start]] + [s.text for s in reversed(document.sentences[:o.sentence])
                                              if s.paragraph == here.paragraph]
    for text in texts:
        listed = [(text.rfind(e) + len(e), 1, e) for e in rules.events if e in text]     # a listed name first
        named = [(m.end(), 0, _closing_fair(text[:m.end()], lex)) for m in _suffixed(lex).finditer(text)]
        at = max((a for a in (*listed, *named) if a[2]), default=None)
        if at is not None:
            cut = _cut_by(o, owned, at[0], here.text, lex) if text is texts[0] else None
            return _owned_by(at[2], o) if cut is None else _activity_owned(o, cut, lex)
    return o


def _cut_by(o: Observation, owned: Sequence[Observation], fair_end: int, sentence: str,
            lex: Lexicon) -> Observation | None:
    """The last figure of another clause of ``o``'s sentence between the fair named at ``fair_end`` and ``o`` whose
    indicator names no fair: an owner reaches past no clause with its own subject (组织各地同步开展采供对接活动1061场，
    成交金额194.8亿美元: the turnover is the activities', not the fair's, guangdong_2025); None when none."""
    rules = lex.indicators.label
    between = [p for p in owned if p.sentence == o.sentence and fair_end <= p.quantity.start
               and p.quantity.end <= o.quantity.start and CLAUSE_BREAK.search(sentence, p.quantity.end, o.quantity.start)
               and not any(e in p.metric_surface for e in (*rules.events, *rules.event_suffixes))]
    return max(between, key=lambda p: p.quantity.start, default=None)


def _activity_owned(o: Observation, cut: Observation, lex: Lexicon) -> Observation:
    """``o`` named as the activity ``cut`` counts when ``cut``'s unit counts held events ([label] event_counts: 场),
    else ``o`` as it stands."""
    return _owned_by(cut.metric, o) if cut.quantity.unit in lex.indicators.label.event_counts else o


def _event_owned(o: Observation, sentence: str, lex: Lexicon) -> Observation:
    events = lex.indicators.label.events
    clauses = CLAUSE_BREAK.split(sentence[:o.quantity.start])
    own = _ORDINALS.sub("", clauses[-1].strip())
    event = next((e for e in events if own.startswith(e)), "") or _opening_fair(own, lex)
    if not event and len(clauses) > 1 and own.startswith(lex.hedges.words.list_totals):
        event = next((e for e in events if clauses[-2].rstrip().endswith(e)), "") or _closing_fair(clauses[-2], lex)
    if not event and len(clauses) > 1:
        return _participants(o, clauses[-2], sentence, lex) or o
    if not event or any(e in o.metric_surface for e in (*events, *lex.indicators.label.event_suffixes)):
        return o
    return _owned_by(event, o)


def _participants(o: Observation, previous: str, sentence: str, lex: Lexicon) -> Observation | None:
    """A count of those taking part ([label] event_joins: 参赛, 参展) right after a clause that closes with hosting an
    event is the event's: 精心筹办成都世运会，116个国家和地区近4000名运动员参赛 -> 成都世运会参赛国家和地区 and
    成都世运会参赛运动员 (sichuan_2026); None otherwise."""
    rest = CLAUSE_BREAK.split(sentence[o.quantity.end:])[0].strip()
    join = next((j for j in lex.indicators.label.event_joins if rest.endswith(j)), "")
    event = _hosted_event(previous, lex) if join else ""
    if not event or event in o.metric_surface:
        return None
    own = o.metric_surface.removesuffix(join)
    return replace(o, metric=event + join + o.metric.removesuffix(join), metric_surface=event + join + own)


def _hosted_event(clause: str, lex: Lexicon) -> str:
    """The event a figure-less clause closes with after the verb that hosts it: the nouns after its last verb,
    closing with an event's kind ([label] event_suffixes: 精心筹办成都世运会 -> 成都世运会); "" otherwise."""
    words = tagged(clause.strip(), lex)
    names = list(itertools.takewhile(lambda w: w[1].startswith(_EVENT_NOUNS), reversed(words)))
    name = "".join(w for w, _ in reversed(names))
    if DIGIT.search(clause) or len(names) == len(words) or words[-1 - len(names)][1] != "v" \
            or not name.endswith(tuple(lex.indicators.label.event_suffixes)):
        return ""
    return name


_EVENT_NOUNS = ("n", "j")


def _suffixed(lex: Lexicon) -> re.Pattern[str]:
    """A fair's name by its kind ([label] event_suffixes: 博览会): the nouns before the suffix, no digit, no verb."""
    return _fair_pattern(tuple(lex.indicators.label.event_suffixes))


@lru_cache(maxsize=8)
def _fair_pattern(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, suffixes)) or "(?!)"
    return re.compile(rf"[^\W\d_]{{0,10}}?(?:{alternatives})")


def _opening_fair(clause: str, lex: Lexicon) -> str:
    """The fair whose name, closing with a fair's kind, opens ``clause`` (中国国际农产品交易会吸引…)."""
    found = _suffixed(lex).match(clause)
    return found.group(0) if found and not verb_pattern(lex).search(found.group(0)) else ""


def _closing_fair(clause: str, lex: Lexicon) -> str:
    """The fair whose name, closing with a fair's kind, closes ``clause`` after its verb (成功举办第二届中国-中亚
    博览会 -> 中亚博览会 is cut at the mark; 举办2024中国高校科技成果交易会 -> 中国高校科技成果交易会)."""
    text = clause.rstrip()
    if not text.endswith(tuple(lex.indicators.label.event_suffixes)):
        return ""
    verbs = list(verb_pattern(lex).finditer(text))
    tail = text[verbs[-1].end():] if verbs else text
    name = re.split(rf"\W|{re.escape(lex.grammar.possessive)}|{_SESSION.pattern}", tail)[-1].lstrip("0123456789")
    return name if _suffixed(lex).fullmatch(name) else ""


def _owned_by(owner: str, o: Observation) -> Observation:
    """``o`` named as ``owner``'s: the owner's name before the indicator's, in the metric and its wording."""
    return replace(o, metric=owner + o.metric, metric_surface=owner + o.metric_surface)
