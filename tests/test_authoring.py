"""Files generated for rule authors stay in step with the code: the JSON Schemas under
schemas/ and the rule reference docs/rules.md. Regenerate with the commands they name."""

import json
from pathlib import Path

import pytest

from cascade import json_schema, ruledocs
from cascade.load import load_rules
from cascade.workspace import rules_dir

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("kind", json_schema.FILE_KINDS)
def test_committed_schema_is_up_to_date(kind):
    committed = ROOT / "schemas" / f"{kind}.schema.json"
    assert committed.read_text(encoding="utf-8") == json_schema.schema(kind), \
        "run: cascade schema --output-dir schemas --force"


def test_document_schema_describes_the_document_model():
    body = json.loads(json_schema.schema("document"))
    assert body["additionalProperties"] is False
    assert {"id", "kind", "issuer", "issuer_as_written", "title"} <= set(body["required"])
    assert body["$defs"]["Target"]["properties"]["comparator"]["anyOf"][0]["enum"] == [">=", ">", "=", "<=", "<"]


def test_rule_reference_is_up_to_date():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == ruledocs.render(load_rules(), rules_dir() / "examples"), \
        "run: cascade rules docs --output docs/rules.md --force"


def test_schema_command(run):
    code, out, _ = run("schema", "workspace")
    assert code == 0 and json.loads(out)["title"].startswith("workspace.yaml")
    assert run("schema")[0] == 2


def test_pre_commit_hooks_run_cascade():
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "entry: cascade rules lint" in hooks and "entry: cascade check" in hooks
