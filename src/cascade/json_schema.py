"""JSON Schema of every YAML file kind, generated from the pydantic models, for editors
(completion and validation through a `# yaml-language-server: $schema=…` line)."""

from __future__ import annotations

import json

from cascade.models import (
    AreasFile, CascadeFile, ChecksFile, Document, GroupsFile, HierarchyFile, IndicatorsFile, RegisterFile, WorkspaceConfig,
)
from cascade.ruletests import ExampleFile

FILE_KINDS = {
    "document": (Document, "A document: a plan, programme, inspection or remediation plan, or a reference text"),
    "hierarchy": (HierarchyFile, "hierarchy.yaml: the dated units of a workspace"),
    "workspace": (WorkspaceConfig, "workspace.yaml: added and changed rules, and waivers"),
    "register": (RegisterFile, "register.yaml: the documents received from the units"),
    "areas": (AreasFile, "rules/areas.yaml: the seven areas and their heading synonyms"),
    "groups": (GroupsFile, "rules/groups.yaml: group phrases and the units they stand for"),
    "indicators": (IndicatorsFile, "rules/indicators.yaml: the indicator catalog"),
    "checks": (ChecksFile, "rules/checks.yaml: the check rules"),
    "cascade": (CascadeFile, "rules/cascade.yaml: how targets flow down"),
    "examples": (ExampleFile, "rules/examples/<RULE>.yaml: passing and failing examples of a rule"),
}


def schema(kind: str) -> str:
    model, title = FILE_KINDS[kind]
    body = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}
    body["title"] = title
    return json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
