"""The stage and action reading's functions under their former module, for its importers
(kg.extractors.indicators, kg.extractors.observations): they live in kg.extractors.stage."""
from __future__ import annotations

from kg.extractors.stage.actions import action_before_count, examples_action, joined_alternatives, verbs_over_modifier
from kg.extractors.stage.labels import (built_so_far, leading_stage, measured, own_stage, stage_after, stage_before,
                                        staged, staged_part, with_stage)
from kg.extractors.stage.lists import carried_action, clause_action, list_closed

__all__ = ["action_before_count", "built_so_far", "carried_action", "clause_action", "examples_action",
           "joined_alternatives", "leading_stage", "list_closed", "measured", "own_stage", "stage_after",
           "stage_before", "staged", "staged_part", "verbs_over_modifier", "with_stage"]
