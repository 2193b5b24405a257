"""`cascade rules lint`: every problem of a rules file at once, pinned to line and column.

tests/lint_cases/checks.yaml holds one mistake of each kind; the other rule files are the
shipped ones. Each expected line was checked by hand against that file.
"""

import shutil

from cascade.workspace import rules_dir

EXPECTED = [
    "rules/checks.yaml:6:5: unknown key 'severty' — one of: id, kind, severity, applies_to, params, message, fix, description, legal_basis, enabled",
    "rules/checks.yaml:15:44: indicator 'online-dosiers' is not in the indicator catalog — the id of an indicator in rules/indicators.yaml",
    'rules/checks.yaml:16:26: applies_to.levels selects no document — leave the key out to apply to all, or list levels/kinds that issue documents',
    'rules/checks.yaml:17:19: placeholder {unit_name} names no field of the finding — one of: actual, area, clause, document, expected, indicator, source, unit',
    "rules/checks.yaml:21:9: duplicate id 'TGT-002' (already used at rules/checks.yaml:12:9) — a unique id for each rule",
    "rules/checks.yaml:22:11: no check kind 'missing-indicators' — one of: below-trajectory, citation-mismatch, declared-counts, defunct-unit, draft-metadata, empty-task-cells, expired-waiver, heading-order, impossible-value, inspection-coverage, issuer-name, late-deadline, missing-area, missing-indicator, missing-parent-citation, stale-year, task-fields, task-not-picked-up, unknown-figure, weaker-than-inherited, weaker-than-last-year",
    "rules/checks.yaml:31:25: value '1.5' is out of range — <= 1.0",
    'rules/checks.yaml:32:26: applies_to.levels selects no document — leave the key out to apply to all, or list levels/kinds that issue documents',
    'rules/checks.yaml:36:18: the legal basis of TSK-001 names no document — a document number, e.g. "Nghị quyết 76/NQ-CP (15/7/2021)"',
    "rules/checks.yaml:40:29: value 'có' has the wrong type — true or false",
    'rules/checks.yaml:53:11: rule COV-009 contradicts COV-001 on severity for the same condition (indicator —) — one severity, or scopes (levels, document kinds) that do not overlap',
]


def test_every_problem_of_a_rules_file_at_once(tmp_path, monkeypatch, run):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(rules_dir(), tmp_path / "rules", ignore=shutil.ignore_patterns("examples"))
    shutil.copy(__file__.replace("test_lint.py", "lint_cases/checks.yaml"), tmp_path / "rules" / "checks.yaml")
    code, out, _ = run("rules", "lint", "rules", "--lang", "en")
    assert code == 1
    assert out.splitlines() == [*EXPECTED, "11 problems in the rule files."]


def test_the_shipped_rules_are_clean(run):
    assert run("rules", "lint", "--lang", "en") == (0, "0 problems in the rule files.\n", "")


def test_lint_a_workspace_configuration(tmp_path, monkeypatch, run):
    from cascade.workspace import example_workspace

    monkeypatch.chdir(tmp_path)
    shutil.copytree(example_workspace(), tmp_path / "ws")
    (tmp_path / "ws" / "workspace.yaml").write_text(
        "checks:\n  - id: LOC-001\n    kind: missing-area\n    severity: info\n    message: {vi: x, en: \"{areas}\"}\n"
        "    fix: {vi: x, en: x}\n    description: {vi: x, en: x}\n    legal_basis: theo chỉ đạo\n", encoding="utf-8")
    code, out, _ = run("rules", "lint", "ws/workspace.yaml", "--lang", "en")
    assert code == 1
    assert out.splitlines() == [
        "workspace.yaml:3:11: rule LOC-001 contradicts COV-001 on severity for the same condition (indicator —) — "
        "one severity, or scopes (levels, document kinds) that do not overlap",
        "workspace.yaml:3:11: rule LOC-001 contradicts COV-002 on severity for the same condition (indicator —) — "
        "one severity, or scopes (levels, document kinds) that do not overlap",
        "workspace.yaml:5:26: placeholder {areas} names no field of the finding — one of: actual, area, clause, "
        "document, expected, indicator, source, unit",
        "workspace.yaml:8:18: the legal basis of LOC-001 names no document — a document number, e.g. "
        "\"Nghị quyết 76/NQ-CP (15/7/2021)\"",
        "4 problems in the rule files.",
    ]
