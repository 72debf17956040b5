"""Figures a development zone owns (issue 17: qualifiers make another indicator). A sentence that opens with a
zone's name states the zone's figures, not the reporting government's: 临港新片区新一轮市级支持政策出台，…，规模以上
工业总产值、全社会固定资产投资总额分别增长22.5%和10.3% (shanghai_city_2024) gives 临港新片区规模以上工业总产值, not
Shanghai's 规模以上工业总产值. Read by kg.extractors.observations."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.lexicon import Lexicon
from kg.model import Document, Mention, Observation


def zone_owned(document: Document, observations: Sequence[Observation], zones: Sequence[Mention],
               lex: Lexicon) -> list[Observation]:
    """``observations`` with each figure of a sentence that opens with a zone's name named as the zone's: the
    zone's canonical name before its indicator, unless the indicator names it already or the words before the
    figure turn to another scope (grammar.toml ``owner_scopes``: 全市, 全省)."""
    opening = {m.sentence: m for m in zones if document.sentences[m.sentence].text.lstrip().startswith(m.surface)}
    if not opening:
        return list(observations)
    return [_owned(o, opening[o.sentence], document, lex) if o.sentence in opening else o for o in observations]


def _owned(o: Observation, zone: Mention, document: Document, lex: Lexicon) -> Observation:
    text = document.sentences[o.sentence].text
    before = text[text.find(zone.surface) + len(zone.surface):o.quantity.start]
    if zone.name in o.metric or zone.surface in o.metric or any(w in before for w in lex.grammar.owner_scopes):
        return o
    return replace(o, metric=zone.name + o.metric, metric_surface=zone.name + o.metric_surface)
