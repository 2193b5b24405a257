"""Check kinds. Each is one module with a `Params` model and a pure `check(doc, ctx, params)`
generator of Facts; a rule in rules/checks.yaml names its kind. Registered here by hand."""

from types import ModuleType

from cascade.checks import (
    citation_mismatch, declared_counts, draft_metadata, heading_order, impossible_value,
    issuer_name, missing_area, stale_year,
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
}
