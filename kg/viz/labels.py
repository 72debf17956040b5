"""The interface words of graph.html, from labels.toml beside this module (checked: a missing or unknown key fails)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

from kg.errors import LexiconError


@dataclass(frozen=True)
class Labels:
    observation_header: tuple[str, ...]
    promise_header: tuple[str, ...]
    also: str
    broader: str
    reported_in: str
    document: str
    title: str
    year: str
    date: str
    speaker: str
    session: str
    list_separator: str
    open_bracket: str
    close_bracket: str
    more_on_page: str

    def kind(self, label: str, kind: str) -> str:
        """``label`` followed by its kind in brackets, as a tooltip's title."""
        return f"{label}{self.open_bracket}{kind}{self.close_bracket}"


@cache
def labels() -> Labels:
    """The page's words (read once)."""
    with resources.files("kg.viz").joinpath("labels.toml").open("rb") as fh:
        data = tomllib.load(fh)
    names = {f.name for f in fields(Labels)}
    if set(data) != names:
        wrong = sorted(set(data) ^ names)
        raise LexiconError("kg/viz/labels.toml", ", ".join(wrong), "unknown or missing keys")
    return Labels(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})
