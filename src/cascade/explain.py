"""Why a unit is asked for what it is asked: its obligations for a year, each with its
provenance (document, clause, the phrase or cascade rule it came by, the path down the
hierarchy), and how each of the unit's own documents answers it (see answer.py)."""

from __future__ import annotations

from cascade.answer import answer_target, answer_task
from cascade.checks.task_not_picked_up import Params as TaskParams
from cascade.propagate import Obligation, Propagation, binding
from cascade.targets import describe, doc_years
from cascade.workspace import Workspace


def default_year(ws: Workspace, unit: str, today_year: int) -> int:
    """The latest year the unit has a document for, else this year."""
    years = [y for d in ws.issued_by(unit) for y in doc_years(d)]
    return max(years) if years else today_year


def explain(ws: Workspace, unit: str, year: int, indicator: str | None = None) -> dict:
    prop = Propagation(ws, ws.rules.cascade)
    obligations = [ob for ob in prop.for_unit(unit, range(year, year + 1))
                   if indicator is None or ob.indicator == indicator]
    plans = ws.plans(unit, year)
    strictest = binding(obligations)
    targets = [ob for ob in obligations if ob.target]
    tasks = [ob for ob in obligations if ob.task and indicator is None]
    params = ws.rules.params_of("task-not-picked-up", TaskParams)
    return {
        "unit": unit, "unit_name": ws.hierarchy.units[unit].name, "year": year,
        "documents": [d.id for d in plans],
        "targets": [_target(ws, ob, plans, year, strictest.get(ob.indicator) is ob) for ob in _ordered(targets)],
        "tasks": [_task(ws, ob, plans, params) for ob in _ordered(tasks)],
        "dropped": [vars(d) for d in prop.dropped.get(year, {}).values() if indicator is None],
    }


def _ordered(obligations: list[Obligation]) -> list[Obligation]:
    return sorted(obligations, key=lambda ob: (ob.area, ob.indicator or "", ob.document, ob.clause, ob.role))


def _provenance(ws: Workspace, ob: Obligation) -> dict:
    doc = ws.documents[ob.document]
    return {"document": ob.document, "number": doc.number, "clause": ob.clause, "via": ob.via,
            "path": [ws.hierarchy.units[u].name for u in ob.path], "text": (ob.target or ob.task).text}


def _target(ws: Workspace, ob: Obligation, plans, year: int, is_binding: bool) -> dict:
    answers = [answer_target(ob, plan, range(year, year + 1)).to_json() for plan in plans]
    indicator = next((i for i in ws.rules.indicators.indicators if i.id == ob.indicator), None)
    names = {"vi": indicator.name_vi, "en": indicator.name_en} if indicator else None
    return {"area": ob.area, "indicator": ob.indicator, "indicator_name": names, "required": describe(ob.target),
            "binding": is_binding,
            "carried_from": ob.carried_from, "provenance": _provenance(ws, ob), "answers": answers}


def _task(ws: Workspace, ob: Obligation, plans, params: TaskParams) -> dict:
    answers = []
    for plan in plans:
        answer = answer_task(ob, plan, params.min_share, params.include_later).to_json()
        answers.append({**answer, "share": round(answer["share"], 2)})
    return {"area": ob.area, "role": ob.role, "deadline": ob.task.when or ob.task.deadline,
            "provenance": _provenance(ws, ob), "answers": answers}
