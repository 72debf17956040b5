"""The selections' functions under their former module, for its importer (kg.extractors.indicators): they live in
kg.extractors.stage.selections."""
from __future__ import annotations

from kg.extractors.stage.selections import listed_recognised, people_acting, people_sent

__all__ = ["listed_recognised", "people_acting", "people_sent"]
