"""Why a unit is asked for what it is asked: its obligations for a year, each with its
provenance (document, clause, the phrase or cascade rule it came by, the path down the
hierarchy), and how each of the unit's own documents answers it (see answer.py)."""

from __future__ import annotations

import functools

from cascade.answer import answer_target, answer_task
from cascade.checks.below_trajectory import Params as PathParams
from cascade.checks.task_not_picked_up import Params as TaskParams
from cascade.i18n import LANGS, N_, translation
from cascade.propagate import Obligation, Propagation, binding
from cascade.targets import clause_in_document, describe, doc_years
from cascade.trajectory import levels, on_a_path, path
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
    span = ws.rules.params_of("below-trajectory", PathParams)
    around = functools.cache(lambda: levels(prop.for_unit(unit, range(span.since, span.horizon + 1), levels_only=True)))
    return {
        "unit": unit, "unit_name": ws.hierarchy.units[unit].name, "year": year,
        "documents": [d.id for d in plans], "document_names": [document_name(d) for d in plans],
        "targets": [_target(ws, ob, plans, year, strictest.get(ob.indicator) is ob, around) for ob in _ordered(targets)],
        "tasks": [_task(ws, ob, plans, params) for ob in _ordered(tasks)],
        "dropped": [_dropped(ws, d) for d in prop.dropped.get(year, {}).values() if indicator is None],
    }


def document_name(doc) -> str:
    """A document as people name it: its number ("4745/KH-UBND"), else (a draft) its title."""
    return doc.number or doc.title or doc.id


def _words(message) -> dict:
    return {"vi": message.vi, "en": message.en}


def _area_name(ws: Workspace, area: str) -> dict:
    return {lang: ws.rules.area_names(lang).get(area, area) for lang in LANGS}


def _both(message: str) -> dict:
    """One of our messages in every language, as the JSON carries the rules' names."""
    return {lang: translation(lang).gettext(message) for lang in LANGS}


def _dropped(ws: Workspace, d) -> dict:
    """A target that reached no unit, and why in the rules' words (a level that ended) or ours."""
    level = next((lv for lv in ws.rules.cascade.defunct_levels if lv.level == d.reason), None)
    why = _words(level.description) if level else _both(N_("the units concerned are not named"))
    doc = ws.documents[d.document]
    return {**vars(d), "document_name": document_name(doc), "clause_in_document": clause_in_document(doc, d.clause),
            "reason_text": why}


def _ordered(obligations: list[Obligation]) -> list[Obligation]:
    return sorted(obligations, key=lambda ob: (ob.area, ob.indicator or "", ob.document, ob.clause, ob.role))


def _provenance(ws: Workspace, ob: Obligation) -> dict:
    doc = ws.documents[ob.document]
    flow = next((f for f in ws.rules.cascade.flows if f.id == ob.via), None)  # reached by a cascade rule
    return {"document": ob.document, "number": doc.number, "document_name": document_name(doc), "clause": ob.clause,
            "clause_in_document": clause_in_document(doc, ob.clause),
            "via": ob.via, "via_rule": _words(flow.description) if flow else None,
            "path": [ws.hierarchy.units[u].name for u in ob.path], "text": (ob.target or ob.task).text}


def _path(ob: Obligation, year: int, around) -> dict | None:
    """The straight path through this year of a binding percent floor, or why there is none."""
    if not on_a_path(ob.target):
        return None
    line = path(around().get(ob.indicator, []), year)
    if line.reason:
        return {"unknown": line.reason}
    return {"least": round(line.at(year), 1), "baseline": vars(line.baseline), "goal": vars(line.goal)}


def _target(ws: Workspace, ob: Obligation, plans, year: int, is_binding: bool, around) -> dict:
    answers = [{**answer_target(ob, plan, range(year, year + 1)).to_json(), "document_name": document_name(plan)}
               for plan in plans]
    names = {lang: ws.rules.indicator_names(lang).get(ob.indicator) for lang in LANGS}
    return {"area": ob.area, "area_name": _area_name(ws, ob.area), "role": ob.role, "indicator": ob.indicator,
            "indicator_name": None if None in names.values() else names, "required": describe(ob.target),
            "binding": is_binding,
            "carried_from": ob.carried_from, "provenance": _provenance(ws, ob), "answers": answers,
            "path": _path(ob, year, around) if is_binding else None}


def _task(ws: Workspace, ob: Obligation, plans, params: TaskParams) -> dict:
    answers = []
    for plan in plans:
        answer = answer_task(ob, plan, params.min_share, params.include_later).to_json()
        answers.append({**answer, "share": round(answer["share"], 2), "document_name": document_name(plan)})
    return {"area": ob.area, "area_name": _area_name(ws, ob.area), "role": ob.role, "deadline": ob.task.when or ob.task.deadline,
            "provenance": _provenance(ws, ob), "answers": answers}
