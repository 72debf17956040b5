"""The TOML files shipped in kg/lexicon/, read as data (the typed Lexicon's, and the gazetteer's and zones' rules)."""
from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

from kg.errors import LexiconError


def read_shipped(stem: str) -> dict[str, Any]:
    """kg/lexicon/<stem>.toml as read; a LexiconError names the file when it is not valid TOML."""
    with resources.files("kg.lexicon").joinpath(f"{stem}.toml").open("rb") as fh:
        try:
            return tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"kg/lexicon/{stem}.toml", f"is not valid TOML: {exc}",
                               "correct the line it names") from None
