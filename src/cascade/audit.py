"""The auditor's consistency report for one year, across every unit expected to plan.

Builds, without printing anything: the summary, each unit's plan status (including documents a
parent required by a date that were not filed), the units × seven areas coverage matrix, the
reverse coverage of every obligation and assigned task, and all findings.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cascade import pipeline
from cascade.answer import answer_task, best, by_indicator, target_outcome
from cascade.checks.task_not_picked_up import Params as TaskParams
from cascade.finding import SEVERITIES, Finding
from cascade.hierarchy import as_date, valid_on
from cascade.models import CheckRule, Waiver
from cascade.pickup import asks_for_document
from cascade.propagate import Obligation, Propagation
from cascade.targets import clause_in_document, describe, doc_years
from cascade.targets import due as due_date
from cascade.workspace import PLAN_KINDS, Workspace

# How a cell of the coverage matrix reads a unit's findings in that area (first match wins).
CELL_KINDS = (("weaker-than-inherited", "weaker"), ("missing-area", "missing"), ("unknown-figure", "unknown"))


@dataclass
class UnitStatus:
    unit: str
    name: str
    kind: str
    documents: list[str]
    status: str  # no-plan | plan-not-available | errors | warnings | clean
    counts: dict[str, int]
    owed: list[dict]  # documents required by a date: {source, clause, kinds, due, filed}


@dataclass
class ReverseRow:
    document: str
    clause: str
    role: str  # target | lead
    area: str
    text: str
    required: str  # a target's bound ("≥ 80 %"); empty for a task
    indicator: str | None = None
    deadline: str = ""  # a task's deadline as written; empty for a target
    answers: dict[str, str] = field(default_factory=dict)  # unit -> outcome
    # the clause as the document has it: none for a figure read from a summary of the document,
    # whose `clause` points into our reference notes (targets.clause_in_document)
    shown_clause: str | None = None


@dataclass
class Audit:
    year: int
    as_of: dt.date
    summary: dict
    units: list[UnitStatus]
    areas: list[str]
    matrix: dict[str, dict[str, str]]  # unit -> area -> covered | missing | weaker | unknown | no-plan
    reverse: list[ReverseRow]
    findings: list[Finding]
    area_names: dict[str, str]
    rules: list[CheckRule]
    waivers: dict[str, Waiver]
    not_checked: list[pipeline.NotChecked] = field(default_factory=list)
    root: Path | None = None  # the workspace's root folder (None: the national layer alone)

    @property
    def names(self) -> dict[str, str]:
        return {u.unit: u.name for u in self.units}


def build(ws: Workspace, year: int, as_of: dt.date | None = None, lang: str = "vi",
          progress: Callable[[int, int], None] | None = None, propagation: Propagation | None = None,
          findings: list[Finding] | None = None) -> Audit:
    """The audit; `propagation` and `findings` may be given when already computed."""
    as_of = as_of or min(dt.date(year, 12, 31), max(dt.date.today(), dt.date(year, 1, 1)))
    prop = propagation or Propagation(ws, ws.rules.cascade)
    units = planning_units(ws, as_of)
    by_issuer = defaultdict(list)
    for d in ws.documents.values():
        if not d.reference and year in doc_years(d):
            by_issuer[d.issuer].append(d)
    docs = {u: by_issuer.get(u, []) for u in units}
    checked = [d.id for u in units for d in docs[u]]
    if findings is None:
        findings = pipeline.check(ws, checked, lang, prop, as_of)
    by_unit = defaultdict(list)
    for f in findings:
        if f.waived is None:  # an accepted deviation does not make a plan fail
            by_unit[f.unit].append(f)
    statuses, reverse, answers = _units(ws, units, docs, by_unit, prop, year, as_of, progress)
    matrix = {s.unit: _cells(ws, s, docs[s.unit], by_unit[s.unit]) for s in statuses}
    summary = _summary(units, checked, answers, findings)
    summary["plans_held"] = sum(1 for u in units for d in docs[u] if d.kind in PLAN_KINDS)  # of the year, in the workspace
    summary["register"] = ws.register is not None
    rows = sorted(reverse.values(), key=lambda r: (r.document, r.area, r.clause, r.role))
    return Audit(year, as_of, summary, statuses, ws.rules.area_ids, matrix, rows, findings, ws.rules.area_names(lang),
                 [r for r in ws.rules.checks.checks if r.enabled], {w.id: w for w in ws.config.waivers},
                 pipeline.not_checked(ws, checked), ws.root)


def _units(ws, units, docs, by_unit, prop, year, as_of, progress):
    """Each unit's status, and what became of each obligation that reached it."""
    statuses, reverse, answers = [], {}, Counter()
    params = ws.rules.params_of("task-not-picked-up", TaskParams)
    for i, unit in enumerate(units, 1):
        plans = ws.plans(unit, year)
        obligations = prop.for_unit(unit, range(year, year + 1))
        statuses.append(_status(ws, unit, docs[unit], plans, by_unit[unit], obligations, as_of, year))
        unknown = statuses[-1].status == "plan-not-available"  # its plan exists, its content is not here
        for ob, status in _answers(obligations, plans, year, params, "unknown" if unknown else "no-plan"):
            answers[status] += 1
            key = (ob.document, ob.clause, "target" if ob.target else ob.role, id(ob.target or ob.task))
            if key not in reverse:  # one row per obligation of any unit, made once
                reverse[key] = _row(ob, ws.documents[ob.document])
            reverse[key].answers[unit] = status
        if progress:
            progress(i, len(units))
    return statuses, reverse, answers


def planning_units(ws: Workspace, on: dt.date) -> list[str]:
    """The units expected to plan, by level, then in Vietnamese alphabetical order."""
    levels = ws.rules.cascade.planning_levels
    order = {kind: i for i, kind in enumerate(levels)}
    alive = [u for u, unit in ws.hierarchy.units.items()
             if unit.kind in levels and valid_on(unit, on) and ws.in_scope(u)]
    return sorted(alive, key=lambda u: (order[ws.hierarchy.units[u].kind], collation_key(ws.hierarchy.units[u].name)))


def collation_key(name: str) -> tuple[str, str]:
    """Sort Vietnamese names by their letters first, then by their marks (Bình < Bum)."""
    base = unicodedata.normalize("NFD", name.replace("đ", "dz").replace("Đ", "Dz"))
    return "".join(c for c in base if not unicodedata.combining(c)).casefold(), name


def _answers(obligations: list[Obligation], plans, year: int, params: TaskParams, without: str):
    """(obligation, outcome) for every target and every task the unit leads: the best answer
    any of its plans gives (answer.py decides), or `without` when no plan is in the workspace."""
    years = range(year, year + 1)
    indexed = [(p, by_indicator(p)) for p in plans]
    for ob in obligations:
        if ob.target:
            yield ob, best([target_outcome(ob, p, years, index)[0] for p, index in indexed]) or without
        elif ob.role == "lead":
            yield ob, best([answer_task(ob, p, params.min_share, params.include_later).outcome for p in plans]) or without


def _row(ob: Obligation, doc) -> ReverseRow:
    shown = clause_in_document(doc, ob.clause)
    if ob.target:  # a target is one row, whether a unit owes it or a share of it
        return ReverseRow(ob.document, ob.clause, "target", ob.area, ob.target.text, describe(ob.target), ob.indicator,
                          shown_clause=shown)
    return ReverseRow(ob.document, ob.clause, ob.role, ob.area, ob.task.text, "", deadline=ob.task.when or ob.task.deadline or "",
                      shown_clause=shown)


def _status(ws, unit, documents, plans, findings, obligations, as_of, year) -> UnitStatus:
    counts = Counter(f.severity for f in findings)
    known_only = [d for d in ws.issued_by(unit) if d.reference and d.kind in PLAN_KINDS
                  and year in doc_years(d) and len(doc_years(d)) == 1]
    status = ("plan-not-available" if not plans and known_only else "no-plan" if not plans
              else "errors" if counts["error"] else "warnings" if counts["warning"] else "clean")
    u = ws.hierarchy.units[unit]
    return UnitStatus(unit, u.name, u.kind, [d.id for d in documents], status,
                      {s: counts.get(s, 0) for s in SEVERITIES}, _owed(ws, unit, documents, obligations, as_of))


def _owed(ws, unit, documents, obligations, as_of) -> list[dict]:
    """Documents a parent asked this unit for by a date, and whether one was filed: in the
    workspace, or in its register of received documents. Only a register can show that one was
    not filed; without it a missing document is "not in the workspace", not "overdue"."""
    owed = []
    for ob in obligations:
        kinds = asks_for_document(ob.task, ws.rules.cascade.required_documents) if ob.role == "lead" else []
        if kinds and ob.task.deadline:
            due = due_date(ob.task)
            filed = [d.id for d in documents if d.kind in kinds]
            filed += [r.number or f"{r.kind} {r.received.isoformat()}" for r in (ws.register.received if ws.register else [])
                      if r.unit == unit and r.kind in kinds]
            state = ("filed" if filed else "due" if due >= as_of else "overdue" if ws.register
                     else "not-in-workspace")
            owed.append({"source": ob.document, "clause": ob.clause, "kinds": kinds, "due": due.isoformat(),
                         "state": state, "filed": filed})
    return owed


def _cells(ws, status: UnitStatus, documents, findings) -> dict[str, str]:
    plans = [d for d in documents if d.kind in PLAN_KINDS]
    if not plans:  # a plan known only as a reference copy: its content is unknown, not absent
        state = "unknown" if status.status == "plan-not-available" else "no-plan"
        return {area: state for area in ws.rules.area_ids}
    cells = {}
    for area in ws.rules.area_ids:
        kinds = {f.kind for f in findings if f.area == area}
        cells[area] = next((state for kind, state in CELL_KINDS if kind in kinds), "covered")
        if cells[area] == "covered" and not any(p.areas.get(area) and (p.areas[area].targets or p.areas[area].tasks) for p in plans):
            cells[area] = "missing"
    return cells


def _summary(units, checked, answers: Counter, findings) -> dict:
    total = sum(answers.values())
    standing = [f for f in findings if f.waived is None]
    by_severity = Counter(f.severity for f in standing)
    return {
        "units": len(units), "documents": len(checked), "obligations": total, "findings": len(standing),
        "waived": len(findings) - len(standing),
        "by_severity": {s: by_severity.get(s, 0) for s in SEVERITIES},
        "by_rule": dict(sorted(Counter(f.rule for f in standing).items())),
        "answers": {k: answers.get(k, 0) for k in ANSWERS},
        "shares": {k: round(100 * answers.get(k, 0) / total, 1) if total else 0.0 for k in ANSWERS},
    }


# Every outcome an obligation can end in, in report order: unknown and not comparable are
# never folded into met.
ANSWERS = ("met", "picked-up", "weaker", "missed", "not-picked-up", "unknown", "not-comparable", "not-yet-due",
           "no-plan")


def default_year(ws: Workspace, today: dt.date) -> int:
    """The latest year a plan covers, up to this one."""
    years = [y for d in ws.documents.values() if not d.reference for y in doc_years(d) if y <= today.year]
    return max(years) if years else today.year
