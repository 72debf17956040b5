"""The form a project's name is compared in, so that the names a text gives one project make one entity.

轨交23号线 and 轨道交通23号线, 银都路越江隧道 and 银都路隧道, 法国蓬皮杜中心 and 蓬皮杜中心: the rules are data
(kg/lexicon/projects.toml, ``[names]``): abbreviations written in full, optional words left out, a leading
prefix (a country) dropped, each only while at least ``min_length`` characters remain. Other kinds of
entity keep their names as written (:func:`kg.link.entities.normalize_name`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.model import EntityKind


@lru_cache(maxsize=1 << 16)
def canonical(kind: EntityKind, name: str) -> str:
    """The name ``name`` is compared in and minted from: for a project, after the lexicon's naming rules."""
    from kg.lexicon import load

    text = re.sub(r"[\s“”\"']", "", name)         # kg.link.entities.normalize_name
    if kind is not EntityKind.PROJECT:
        return text
    rules = load().projects.names
    for short, full in sorted(rules.abbreviations.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        if full not in text:
            text = text.replace(short, full)
    for word in rules.optional_words:
        if word in text and len(text) - len(word) >= rules.min_length:
            text = text.replace(word, "", 1)
    for prefix in sorted(rules.prefixes, key=lambda p: (-len(p), p)):
        if text.startswith(prefix) and len(text) - len(prefix) >= rules.min_length:
            return text[len(prefix):]
    return text


def merges(entities: dict) -> list[tuple[str, tuple[str, ...]]]:
    """The projects that several written names made one, as (name, the other names), sorted: what a build's
    summary lists. ``entities`` is :func:`kg.link.entities.resolve`'s result."""
    out = []
    for (kind, name), ent in sorted(entities.items()):
        forms = tuple(sorted(a for a in ent.alt_labels if a != name and canonical(kind, a) == name))
        if kind is EntityKind.PROJECT and forms:
            out.append((name, forms))
    return out
