"""Rule examples: small passing and failing documents beside the rules (rules/examples/), each
with the exact findings its rule must give. `cascade rules test` and the test suite run them.

An example file names one rule and its cases; each case gives the higher documents (`given`),
the document under test, optional workspace `waivers` (judged at `as_of`), and `expect` —
every finding of that rule that stands (not waived), with the fields that matter (an empty
list means the document passes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cascade import pipeline
from cascade.errors import InputError, Problem
from cascade.hierarchy import Hierarchy
from cascade.load import check_hierarchy, expand_offices
from cascade.workspace import Rules, Workspace
from cascade.models import Document, HierarchyFile, RuleId, Strict, Waiver, WorkspaceConfig
from cascade.yaml_models import read_model

FIELDS = ("clause", "area", "indicator", "expected", "actual", "unit", "source", "line")


class Expected(Strict):
    clause: str | None = None
    area: str | None = None
    indicator: str | None = None
    expected: str | None = None
    actual: str | None = None
    unit: str | None = None
    source: str | None = None
    line: int | None = None


class Case(Strict):
    name: str
    given: list[Document] = []
    document: Document
    waivers: list[Waiver] = []  # workspace waivers in force for this case
    as_of: dt.date | None = None  # the date waivers are judged at (default: today)
    expect: list[Expected]


class ExampleFile(Strict):
    rule: RuleId
    cases: list[Case]


@dataclass
class Result:
    rule: str
    case: str
    passes: bool  # the case is a passing example (expects no finding)
    ok: bool
    detail: str
    where: str


def load_examples(directory: Path, rules: Rules) -> tuple[Hierarchy, list[ExampleFile]]:
    problems: list[Problem] = []
    tree, _ = read_model(directory / "hierarchy.yaml", HierarchyFile, problems)
    units = expand_offices(tree, problems) if tree else []
    check_hierarchy(units, problems)
    files = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name != "hierarchy.yaml":
            example, _ = read_model(path, ExampleFile, problems)
            if example is not None:
                files.append(example)
    known = {r.id for r in rules.checks.checks}
    problems += [Problem.at(f.loc_of("rule"), "unknown-rule", id=f.rule) for f in files if f.rule not in known]
    if problems:
        raise InputError(problems)
    return Hierarchy(units, rules.groups.groups), files


def run_case(rules: Rules, hierarchy: Hierarchy, rule_id: str, case: Case) -> Result:
    docs = {d.id: d for d in [*case.given, case.document]}
    ws = Workspace(None, rules, hierarchy, docs, WorkspaceConfig(waivers=case.waivers))
    found = pipeline.check(ws, [case.document.id], "en", as_of=case.as_of)
    findings = [f for f in found if f.rule == rule_id and f.waived is None]
    got = [{k: (f.location.line if k == "line" else getattr(f, k)) for k in FIELDS} for f in findings]
    ok = len(got) == len(case.expect) and all(_matches(e, g) for e, g in zip(case.expect, got))
    detail = "" if ok else f"expected {[_shown(e) for e in case.expect]}, got {got}"
    return Result(rule_id, case.name, not case.expect, ok, detail, str(case.loc))


def _matches(expected: Expected, got: dict) -> bool:
    return all(getattr(expected, k) is None or getattr(expected, k) == got[k] for k in FIELDS)


def _shown(expected: Expected) -> dict:
    return expected.model_dump(exclude_none=True)


def run_all(directory: Path, rules: Rules) -> tuple[list[Result], list[str], list[str]]:
    """Every case's result, then the rules without a failing example and without a passing one."""
    hierarchy, files = load_examples(directory, rules)
    results = [run_case(rules, hierarchy, f.rule, case) for f in files for case in f.cases]
    ids = [r.id for r in rules.checks.checks if r.enabled]
    no_fail = [i for i in ids if not any(r.rule == i and not r.passes for r in results)]
    no_pass = [i for i in ids if not any(r.rule == i and r.passes for r in results)]
    return results, no_fail, no_pass
