"""Check kinds. Each is one module with a `Params` model and a pure `check(doc, ctx, params)`
generator of Facts; a rule in rules/checks.yaml names its kind. Registered here by hand."""

from types import ModuleType

from cascade.checks import (
    below_trajectory, citation_mismatch, declared_counts, defunct_unit, draft_metadata, empty_task_cells, expired_waiver, heading_order,
    impossible_value,
    inspection_coverage, issuer_name, late_deadline, missing_area, missing_indicator,
    missing_parent_citation, stale_year, task_fields, task_not_picked_up, unknown_figure, weaker_than_inherited,
    weaker_than_last_year,
)

KINDS: dict[str, ModuleType] = {
    "citation-mismatch": citation_mismatch,
    "declared-counts": declared_counts,
    "draft-metadata": draft_metadata,
    "heading-order": heading_order,
    "impossible-value": impossible_value,
    "issuer-name": issuer_name,
    "missing-area": missing_area,
    "stale-year": stale_year,
    "weaker-than-inherited": weaker_than_inherited,
    "weaker-than-last-year": weaker_than_last_year,
    "below-trajectory": below_trajectory,
    "missing-indicator": missing_indicator,
    "unknown-figure": unknown_figure,
    "missing-parent-citation": missing_parent_citation,
    "defunct-unit": defunct_unit,
    "inspection-coverage": inspection_coverage,
    "task-fields": task_fields,
    "empty-task-cells": empty_task_cells,
    "task-not-picked-up": task_not_picked_up,
    "late-deadline": late_deadline,
    "expired-waiver": expired_waiver,
}
