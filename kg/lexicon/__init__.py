"""Domain vocabularies: the TOML files beside this module, loaded once into a typed, checked Lexicon.

kg.lexicon.sections is each file's schema, kg.lexicon.schema checks a file against it, kg.lexicon.load
reads the files and kg.lexicon.types holds the Lexicon the readers and extractors are given.
"""
from __future__ import annotations

from kg.lexicon.load import Source, from_sources, load, shipped
from kg.lexicon.indicators import Metric
from kg.lexicon.sections import Area, Industry, Unit
from kg.lexicon.types import Lexicon

__all__ = ["Area", "Industry", "Lexicon", "Metric", "Source", "Unit", "from_sources", "load", "shipped"]
