"""Stable machine output: {schema_version, summary, findings}, sorted keys, no volatile data."""

import json

from cascade.finding import SCHEMA_VERSION


def render(findings, summary, lang) -> str:
    doc = {"schema_version": SCHEMA_VERSION, "summary": summary, "findings": [f.to_json() for f in findings]}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
