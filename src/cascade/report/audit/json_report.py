"""The audit as one JSON object: the same five parts, with ids rather than labels."""

import json

from cascade.finding import SCHEMA_VERSION


def render(a, lang: str) -> str:
    data = {
        "schema_version": SCHEMA_VERSION, "year": a.year, "as_of": a.as_of.isoformat(), "summary": a.summary,
        "units": [vars(u) for u in a.units],
        "coverage": a.matrix,
        "reverse_coverage": [vars(r) for r in a.reverse],
        "findings": [f.to_json() for f in a.findings],
        "not_checked": [n.to_json() for n in a.not_checked],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
