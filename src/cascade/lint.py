"""`cascade rules lint`: every problem in rule files at once, each at its path:line:col.

Beyond what loading already rejects (YAML errors, unknown keys, unknown check kinds, duplicate
ids, parameters of the wrong type or out of range), it looks for what a loader cannot:
parameters naming unknown indicators or areas, message placeholders that name no field, rules
that can apply to nothing, two rules that duplicate or contradict each other, and legal bases
that name no document.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

from cascade import layering, source
from cascade.checks import KINDS
from cascade.errors import InputError, Problem
from cascade.load import load_rules, load_workspace
from cascade.workspace import Rules
from cascade.models import CheckRule

# Placeholders every message may use (filled in by pipeline.stamp).
COMMON_FIELDS = layering.COMMON_FIELDS
# Levels whose units never issue the documents rules look at.
NON_ISSUING = {"office", "external"}
# A document number as Vietnamese legal texts write them: 76/NQ-CP, 30/2020/NĐ-CP, 57-NQ/TW.
DOCUMENT_NUMBER = re.compile(r"\d+(/\d{4})?[/-][A-ZĐ][\wĐđ/-]*")


def lint(paths: list[Path]) -> list[Problem]:
    """Problems in the given rules directories and workspace.yaml files (sorted)."""
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            rules = load_rules(path, problems)
            problems += lint_rules(rules, [(r, r.source_file) for r in rules.checks.checks])
        else:
            problems += _lint_workspace(path)
    return sorted(set(problems))


def _lint_workspace(path: Path) -> list[Problem]:
    try:
        ws = load_workspace(path.parent)
    except InputError as exc:
        if any(p.code not in layering.TEMPLATE_CODES for p in exc.problems):
            return exc.problems
        with layering.templates_unchecked():  # only templates are wrong: lint the rest too
            ws = load_workspace(path.parent)
    added = {r.id for r in ws.config.checks}
    return lint_rules(ws.rules, [(r, r.source_file) for r in ws.rules.checks.checks if r.id in added])


def lint_rules(rules: Rules, checked: list[tuple[CheckRule, source.SourceFile]]) -> list[Problem]:
    """Lint `checked` rules (shipped or added by a workspace) against all rules in force."""
    problems = []
    for rule, _ in checked:
        problems += _references(rule, rules)
        problems += _placeholders(rule)
        problems += _scope(rule)
        if not DOCUMENT_NUMBER.search(rule.legal_basis):
            problems.append(Problem.at(rule.loc_of("legal_basis"), "legal-basis", id=rule.id))
    problems += _conflicts([r for r, _ in checked], rules.checks.checks)
    return problems


def _references(rule: CheckRule, rules: Rules) -> list[Problem]:
    indicators = {i.id for i in rules.indicators.indicators}
    areas = set(rules.area_ids)
    problems = []
    for key, value in rule.params.items():
        values = value if isinstance(value, list) else [value]
        for i, item in enumerate(values):
            where = rule.loc_of("params", key, i) if isinstance(value, list) else rule.loc_of("params", key)
            if key in ("indicator", "indicators") and item not in indicators:
                problems.append(Problem.at(where, "unknown-indicator", id=item))
            if key in ("area", "areas") and item not in areas:
                problems.append(Problem.at(where, "unknown-area", id=item, allowed=", ".join(sorted(areas))))
    return problems


def _placeholders(rule: CheckRule) -> list[Problem]:
    return layering.template_problems(rule)


def _scope(rule: CheckRule) -> list[Problem]:
    scope, problems = rule.applies_to, []
    for field in ("levels", "document_kinds"):
        written = rule.source_file is not None and rule.source_file.written(rule.key_path + ("applies_to", field))
        if written and not getattr(scope, field):
            problems.append(Problem.at(rule.loc_of("applies_to", field), "applies-to-nothing", field=field))
    if scope.levels and set(scope.levels) <= NON_ISSUING:
        problems.append(Problem.at(rule.loc_of("applies_to", "levels"), "applies-to-nothing", field="levels"))
    return problems


def _overlap(a: list, b: list) -> bool:
    return not a or not b or bool(set(a) & set(b))


def _conflicts(checked: list[CheckRule], everything: list[CheckRule]) -> list[Problem]:
    """Two enabled rules of one kind with the same parameters over overlapping documents: the
    same finding twice, or — with different severities — a contradiction."""
    problems, ids = [], {r.id for r in checked}
    for i, a in enumerate(everything):
        for b in everything[i + 1:]:
            if (b.id in ids and a.enabled and b.enabled and a.kind == b.kind and a.params == b.params
                    and a.applies_to.reference == b.applies_to.reference
                    and _overlap(a.applies_to.levels, b.applies_to.levels)
                    and _overlap(a.applies_to.document_kinds, b.applies_to.document_kinds)):
                code = "contradicts" if a.severity != b.severity else "duplicates"
                problems.append(Problem.at(b.loc_of("kind"), code, id=b.id, other=a.id,
                                           indicator=a.params.get("indicator") or a.params.get("indicators") or "—"))
    return problems
