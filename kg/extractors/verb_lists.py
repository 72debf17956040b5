"""Verbs listed before one noun, under their former module, for its importer (kg.extractors.list_labels): the
function lives in kg.extractors.stage.lists."""
from __future__ import annotations

from kg.extractors.stage.lists import listed_verbs

__all__ = ["listed_verbs"]
