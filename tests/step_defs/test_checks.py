"""pytest-bdd bindings for features/checks/*.feature: one feature per check kind, in the words
of a Vietnamese rule author. Each scenario writes a tiny workspace (tests/step_defs/world.py),
runs `cascade check --format json` on it and looks at the findings."""

import json

import pytest
import yaml
from pytest_bdd import given, parsers, scenarios, then, when

from world import HIERARCHY, UNITS, write_document

scenarios("checks")


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "ws"
    (root / "documents").mkdir(parents=True)
    (root / "reference").mkdir()
    (root / "hierarchy.yaml").write_text(HIERARCHY, encoding="utf-8")
    return {"root": root, "checked": []}


@given(parsers.parse('kế hoạch "{doc_id}" của "{unit}" năm {year:d}:'))
def plan(world, doc_id, unit, year, docstring):
    write_document(world["root"] / "documents", doc_id, UNITS[unit], unit, year, yaml.safe_load(docstring) or {})
    world["checked"].append(doc_id)


@given(parsers.parse('văn bản cấp trên "{doc_id}" của "{unit}" năm {year:d}:'))
def higher(world, doc_id, unit, year, docstring):
    write_document(world["root"] / "reference", doc_id, UNITS[unit], unit, year, yaml.safe_load(docstring) or {})


@when("kiểm tra các kế hoạch")
def check(world, run):
    code, out, err = run("check", *world["checked"], "--workspace", world["root"], "--format", "json", "--lang", "en")
    assert code in (0, 1), err
    world["findings"] = json.loads(out)["findings"]


def _of(world, rule):
    return [f for f in world["findings"] if f["rule"] == rule]


@then(parsers.parse('không có phát hiện "{rule}"'))
def no_finding(world, rule):
    assert _of(world, rule) == []


@then(parsers.parse('có {n:d} phát hiện "{rule}"'))
def n_findings(world, rule, n):
    assert len(_of(world, rule)) == n, _of(world, rule)


@then(parsers.parse('phát hiện "{rule}" có {field} là "{value}"'))
def finding_field(world, rule, field, value):
    values = [str(f["location"]["line"] if field == "line" else f[field]) for f in _of(world, rule)]
    assert value in values, values


@then(parsers.parse('phát hiện "{rule}" nói "{text}"'))
def finding_says(world, rule, text):
    messages = [f["message"] for f in _of(world, rule)]
    assert any(text in m for m in messages), messages
