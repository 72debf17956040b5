"""Indicators listed before 分别 and the values after it (issue 17: 分别 lists distribute their names): A、B分别新增
65家和30家 gives A 65 and B 30; a list with no indicator of its own repeats the one before; the clause after a
list with as many values and no indicator of its own changes the same indicators; a 分别 clause naming nothing
takes the items listed in the clause before it. Read by
kg.extractors.observations."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extractors.figures import list_items
from kg.extractors.lists import expanded_runs, joined_run, list_names, preceding_names
from kg.extractors.paid_lists import framed_items
from kg.extractors.phrases import Phrase, phrase_before as _phrase
from kg.extractors.wording import drop_openings, words
from kg.lexicon import Lexicon
from kg.model import Comparator, Measure, Quantity
from kg.lang.zh.numerals import DIGIT


def respectively(text: str, quantities: list[Quantity], lex: Lexicon) -> dict[int, tuple[Phrase, Measure]]:
    """Indicators listed before 分别 take the values that follow in turn: A、B分别新增65家和30家; a list with no
    indicator of its own (累计分别达到956家和561家) repeats the one before, or the run of values before it."""
    conf = lex.hedges.respectively
    out: dict[int, tuple[Phrase, Measure]] = {}
    last: list[str] = []
    expanded = expanded_runs(text, quantities, conf.joiners, lex)
    for m in re.finditer(re.escape(conf.word), text):
        first = next((i for i, q in enumerate(quantities) if q.start >= m.end()), None)
        if first is None:
            continue
        run = joined_run(text, quantities, first, conf.joiners)
        subject = drop_openings(re.split(r"[,;:。!?]", text[:m.start()])[-1], lex)     # 把小学、初中学生…分别
        names = list_names(list_items(subject, lex), len(run), lex)
        names = framed_items(names, lex) if names else names
        if names is not None and not any(_phrase(n, lex)[0].name for n in names):
            names = None
        if names is None and last and len(last) == len(run) and not _phrase(subject, lex)[0].name:
            names = last
        before = list(range(first - len(run), first))       # 城镇和农村人均住房面积32.9平方米、37.1平方米，分别比…
        if names is None and not _phrase(subject, lex)[0].name and before[0] >= 0 and all(k in expanded for k in before):
            names = [expanded[k] for k in before]
        if names is None and not _phrase(subject, lex)[0].name:
            names = (preceding_names(text, quantities, first, len(run), lex)
                     or _clause_before(text[:m.start()], len(run), lex))
        if names is None:
            continue
        last = names
        verb = drop_openings(text[m.end():quantities[first].start], lex)      # 分别比1995年增长: 增长
        for run, verb in [(run, verb), *_next_run(text, quantities, run, conf.joiners, lex)]:
            _share_comparator(quantities, run)
            for i, name in zip(run, names):
                wording = verb + name if verb in words(lex, "actions") else name + verb   # 分别新增: 新增A
                phrase, measure = _phrase(wording, lex, quantities[i].normalized_unit == "unit:NUM")
                if phrase.name:
                    out[i] = (phrase, measure)
    for i, name in expanded.items():
        phrase, measure = _phrase(name, lex) if i not in out else (None, None)
        out.update({i: (phrase, measure)} if phrase and phrase.name else {})
    return out


def _next_run(text: str, quantities: list[Quantity], run: list[int], joiners: Sequence[str],
              lex: Lexicon) -> list[tuple[list[int], str]]:
    """The values of the clause after a 分别 list that names no indicator of its own and has as many values:
    城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%."""
    first = run[-1] + 1
    if first >= len(quantities):
        return []
    gap = text[quantities[run[-1]].end:quantities[first].start]
    nxt = joined_run(text, quantities, first, joiners)
    verb = gap.lstrip(",;")
    if len(nxt) != len(run) or verb == gap or _phrase(verb, lex)[0].name:
        return []
    return [(nxt, verb)]


def _share_comparator(quantities: list[Quantity], run: list[int]) -> None:
    shared = quantities[run[0]].comparator
    for i in run[1:]:
        if quantities[i].comparator is Comparator.EXACTLY:
            quantities[i] = replace(quantities[i], comparator=shared)


def _clause_before(text: str, n: int, lex: Lexicon) -> list[str] | None:
    """The items listed in the clause before a 分别 clause that names nothing, when that clause has no figure:
    化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14％和4.66％ (State Council 2008)."""
    clauses = re.split(r"[,;:。!?]", text)
    if len(clauses) < 2 or DIGIT.search(clauses[-2]):
        return None
    names = list_names(list_items(drop_openings(clauses[-2], lex), lex), n, lex)
    return names if names and all(_phrase(name, lex)[0].name for name in names) else None
