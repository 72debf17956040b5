"""A division of the gazetteer named as a person writes it: its full or short name, after the divisions above it
when the name alone is a homonym (杭州市西湖区, 定西市陇西县). Used for a government given by name
(kg.read.given) and for the division a user's functional area lies in (kg.lexicon.load)."""
from __future__ import annotations

from kg.lexicon.gazetteer import Division, Found, Gazetteer, Level

Link = tuple[Found, tuple[Division, ...]]


def parse(name: str, gazetteer: Gazetteer) -> tuple[list[Link], str]:
    """The divisions the name begins with, each with its candidates that lie in the one before, and the rest of
    the name (a division the gazetteer lacks, or ""). The rest may be a short name that the gazetteer's matcher
    leaves out (a county's: 义乌, 陇西), which a name given as a whole may be."""
    chain: list[Link] = []
    at = 0
    for found in gazetteer.find(name):
        if found.start != at:
            break
        candidates = _inside(found.candidates, chain, gazetteer)
        if not candidates:
            break
        chain.append((found, candidates))
        at = found.end
    rest = name[at:]
    short = _inside(gazetteer.named(rest), chain, gazetteer) if rest else ()
    if short:
        chain.append((Found(at, len(name), rest, short), short))
        rest = ""
    return chain, rest


def named_divisions(name: str, gazetteer: Gazetteer) -> tuple[Division, ...]:
    """Every division the whole name can name (none: no division; several: a homonym, its parent unwritten)."""
    chain, rest = parse(name, gazetteer)
    return () if rest or not chain else chain[-1][1]


def _inside(candidates: tuple[Division, ...], chain: list[Link], gazetteer: Gazetteer) -> tuple[Division, ...]:
    """The candidates that lie in one of the last division's candidates (all of them when there is none)."""
    if not chain:
        return candidates
    above = {d.code for d in chain[-1][1]}
    return tuple(d for d in candidates if any(p.code in above for p in gazetteer.chain(d.code)[1:]))


def with_parent(d: Division, gazetteer: Gazetteer) -> str:
    """The division's name after its parent's (the country's left out): how a homonym is given (杭州市西湖区)."""
    parent = gazetteer.get(d.parent) if d.parent else None
    return (parent.name if parent and parent.level is not Level.COUNTRY else "") + d.name
