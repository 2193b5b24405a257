"""Why a unit is asked for what it is asked: its obligations for a year, each with its
provenance (document, clause, the phrase or cascade rule it came by, the path down the
hierarchy), and how each of the unit's own documents answers it: met, missed, unknown,
absent — or, for an assigned task, picked up or not."""

from __future__ import annotations

from cascade.load import Workspace
from cascade.pickup import best_match
from cascade.propagate import Obligation, Propagation, binding, describe, doc_years, own_targets, stricter

PICKED_UP = 0.5


def explain(ws: Workspace, unit: str, year: int, indicator: str | None = None) -> dict:
    prop = Propagation(ws, ws.rules.cascade)
    obligations = [ob for ob in prop.for_unit(unit, range(year, year + 1))
                   if indicator is None or ob.indicator == indicator]
    plans = [d for d in ws.documents.values() if d.issuer == unit and year in doc_years(d)]
    strictest = binding(obligations)
    targets = [ob for ob in obligations if ob.target]
    tasks = [ob for ob in obligations if ob.task and indicator is None]
    return {
        "unit": unit, "unit_name": ws.hierarchy.units[unit].name, "year": year,
        "documents": [d.id for d in plans],
        "targets": [_target(ws, ob, plans, strictest.get(ob.indicator) is ob) for ob in _ordered(targets)],
        "tasks": [_task(ws, ob, plans) for ob in _ordered(tasks)],
        "dropped": [vars(d) for d in prop.dropped.get(year, {}).values() if indicator is None],
    }


def _ordered(obligations: list[Obligation]) -> list[Obligation]:
    return sorted(obligations, key=lambda ob: (ob.area, ob.indicator or "", ob.document, ob.clause, ob.role))


def _provenance(ws: Workspace, ob: Obligation) -> dict:
    doc = ws.documents[ob.document]
    return {"document": ob.document, "number": doc.number, "clause": ob.clause, "via": ob.via,
            "path": [ws.hierarchy.units[u].name for u in ob.path], "text": (ob.target or ob.task).text}


def _target(ws: Workspace, ob: Obligation, plans, is_binding: bool) -> dict:
    return {"area": ob.area, "indicator": ob.indicator, "required": describe(ob.target), "binding": is_binding,
            "provenance": _provenance(ws, ob), "answers": [answer_target(ob, plan) for plan in plans]}


def by_indicator(plan) -> dict[str, list]:
    """A plan's (area, target) pairs by indicator, for answering many obligations at once."""
    index: dict[str, list] = {}
    for area, target in own_targets(plan):
        if target.indicator:
            index.setdefault(target.indicator, []).append((area, target))
    return index


def answer_target(ob: Obligation, plan, index: dict | None = None) -> dict:
    """How a plan answers a target obligation: met, missed, unknown (a figure is missing on
    either side) or absent (no target on that indicator)."""
    own = (index if index is not None else by_indicator(plan)).get(ob.indicator, [])
    if not own:
        return {"document": plan.id, "status": "absent"}
    area, target = own[0]
    if ob.target.value is None or target.value is None:
        status = "unknown"
    else:
        status = "missed" if stricter(ob.target, target) else "met"
    return {"document": plan.id, "status": status, "clause": target.clause, "actual": describe(target)}


def answer_task(ob: Obligation, plan) -> dict:
    """Whether a plan picks up an assigned task, with its closest item and the share of words."""
    match = best_match(plan, ob.area, ob.task.text)
    score = match[0] if match else 0.0
    return {"document": plan.id, "status": "picked-up" if score >= PICKED_UP else "not-picked-up",
            "best_match": match[1] if match else None, "share": round(score, 2)}


def _task(ws: Workspace, ob: Obligation, plans) -> dict:
    return {"area": ob.area, "role": ob.role, "deadline": ob.task.when or ob.task.deadline,
            "provenance": _provenance(ws, ob), "answers": [answer_task(ob, plan) for plan in plans]}
