"""Rules as configured: shipped < workspace.yaml < command line.

A workspace can add rules, and change a shipped rule by id — its severity, some parameters,
on or off — without copying it; `--disable RULE` and `--severity RULE=LEVEL` win over both.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace

from cascade import source
from cascade.checks import KINDS
from cascade.errors import Problem
from cascade.models import CheckRule, ChecksFile, Strict, WorkspaceConfig
from cascade.workspace import Rules
from cascade.yaml_models import validate_part


class UnknownRule(Exception):
    """A command-line override names no rule."""


def check_params(rules: list[tuple[tuple, CheckRule]], src: source.SourceFile, problems: list[Problem]) -> dict[str, Strict]:
    """Each rule's params validated by its kind's own model, at `path` + params in src: one
    validator for shipped and workspace rules."""
    params: dict[str, Strict] = {}
    for path, rule in rules:
        if rule.kind not in KINDS:
            problems.append(Problem.at(src.value_at(path + ("kind",)), "unknown-kind", id=rule.kind,
                                       allowed=", ".join(sorted(KINDS))))
            continue
        if _CHECK_TEMPLATES[0]:
            problems.extend(template_problems(rule))
        parsed = validate_part(src, path + ("params",), KINDS[rule.kind].Params, rule.params, problems)
        if parsed is not None:
            params[rule.id] = parsed
    return params


# The fields every finding's message may name; a check kind adds its own (MESSAGE_FIELDS).
COMMON_FIELDS = {"expected", "actual", "clause", "document", "source", "unit", "area", "indicator"}


TEMPLATE_CODES = {"placeholder", "bad-template"}
_CHECK_TEMPLATES = [True]


@contextmanager
def templates_unchecked():
    """Load without refusing bad templates: lint reports them along with everything else."""
    _CHECK_TEMPLATES[0] = False
    try:
        yield
    finally:
        _CHECK_TEMPLATES[0] = True


def template_problems(rule: CheckRule) -> list[Problem]:
    """A rule's messages and fixes as templates: only {field} placeholders the finding has, no
    conversion or format spec ("{actual!r}", "{actual:>2000000000}"), balanced braces — so that
    rendering a finding can never fail or blow up."""
    allowed = COMMON_FIELDS | getattr(KINDS.get(rule.kind), "MESSAGE_FIELDS", set())
    problems = []
    for part in ("message", "fix"):
        for lang in ("vi", "en"):
            text, where = getattr(getattr(rule, part), lang), rule.loc_of(part, lang)
            try:
                fields = [(name, spec, conv) for _, name, spec, conv in string.Formatter().parse(text) if name is not None]
            except ValueError as exc:  # an unclosed or a lone brace
                problems.append(Problem.at(where, "bad-template", detail=str(exc)))
                continue
            for name, spec, conv in fields:
                if spec or conv:
                    shown = "{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"
                    problems.append(Problem.at(where, "bad-template", detail=shown))
                elif name not in allowed:
                    problems.append(Problem.at(where, "placeholder", name=name, allowed=", ".join(sorted(allowed))))
    return problems


def apply_workspace(rules: Rules, config: WorkspaceConfig, src: source.SourceFile, problems: list[Problem]) -> Rules:
    by_id = {r.id: r for r in rules.checks.checks}
    params = dict(rules.params)
    added = []
    for i, rule in enumerate(config.checks):
        if rule.id in by_id:
            problems.append(Problem.at(rule.loc_of("id"), "duplicate-id", id=rule.id, first=by_id[rule.id].loc, what="rule"))
        else:
            added.append((("checks", i), rule))
    params.update(check_params(added, src, problems))
    for i, override in enumerate(config.overrides):
        rule = by_id.get(override.id)
        if rule is None:
            problems.append(Problem.at(override.loc_of("id"), "unknown-rule", id=override.id))
            continue
        changes = {k: v for k, v in (("severity", override.severity), ("enabled", override.enabled)) if v is not None}
        if override.params is not None:
            changes["params"] = {**rule.params, **override.params}
        by_id[rule.id] = rule.model_copy(update=changes)
        if override.params is not None:
            params.update(check_params([(("overrides", i), by_id[rule.id])], src, problems))
    checks = ChecksFile(checks=[*by_id.values(), *(rule for _, rule in added)])
    return replace(rules, checks=checks, params=params)


def apply_command_line(rules: Rules, disable: list[str], severities: list[str]) -> Rules:
    """--disable RULE and --severity RULE=LEVEL, applied last."""
    by_id = {r.id: r for r in rules.checks.checks}
    for rule_id in disable:
        if rule_id not in by_id:
            raise UnknownRule(rule_id)
        by_id[rule_id] = by_id[rule_id].model_copy(update={"enabled": False})
    for item in severities:
        rule_id, _, level = item.partition("=")
        if rule_id not in by_id or level not in ("error", "warning", "info"):
            raise UnknownRule(item)
        by_id[rule_id] = by_id[rule_id].model_copy(update={"severity": level})
    return replace(rules, checks=ChecksFile(checks=list(by_id.values())))


def waiver_problems(config: WorkspaceConfig, rules: Rules, units, holds_document: Callable[[str], bool]) -> list[Problem]:
    """Waivers must name what they waive: an existing rule, unit or document (Workspace.holds:
    one a focused load left unread counts)."""
    problems = []
    known_rules = {r.id for r in rules.checks.checks}
    for w in config.waivers:
        if w.rule and w.rule not in known_rules:
            problems.append(Problem.at(w.loc_of("rule"), "unknown-rule", id=w.rule))
        if w.unit and w.unit not in units:
            problems.append(Problem.at(w.loc_of("unit"), "unknown-unit-id", id=w.unit))
        if w.document and not holds_document(w.document):
            problems.append(Problem.at(w.loc_of("document"), "unknown-document", id=w.document))
        if not (w.unit or w.document):
            problems.append(Problem.at(w.loc_of("id"), "waiver-scope", id=w.id))
    return problems
