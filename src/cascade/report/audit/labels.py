"""Words of the audit report: English message ids, seen in the reader's language as WORDS[lang]."""

from cascade.i18n import N_, Words

WORDS = Words({
    "title": N_("PAR plan consistency report {year} (as of {as_of})"), "summary": N_("Summary"),
    "plans": N_("Plan status per unit"), "coverage": N_("Coverage matrix"),
    "reverse": N_("Obligations from higher documents and who picked them up"), "findings": N_("Findings by unit"),
    "units": N_("Units expected to plan"), "documents": N_("Documents checked"), "obligations": N_("Obligations"),
    "findings_n": N_("Findings"), "waived_n": N_("Waived findings (counted apart)"), "error": N_("error"),
    "warning": N_("warning"), "info": N_("info"), "unit": N_("Unit"), "level": N_("Level"), "status": N_("Status"),
    "docs": N_("Documents"), "owed": N_("Documents owed by a date"), "document": N_("Document"),
    "clause": N_("Clause"), "kind": N_("Kind"), "area": N_("Area"), "required": N_("Required"),
    "reached": N_("Units reached"), "answered": N_("Answered"), "not_answered": N_("Not answered"),
    "unknown": N_("Unknown or not comparable"), "no_plan": N_("Plan not in the workspace"),
    "who_not": N_("Units not answering"), "severity": N_("Severity"), "rule": N_("Rule"), "message": N_("Message"),
    "expected": N_("Expected"), "actual": N_("Actual"), "source": N_("Source"), "where": N_("Where"),
    "item": N_("Item"), "value": N_("Value"), "by_rule": N_("Findings by rule"),
    "answers": N_("Obligations by outcome"), "target": N_("target"), "lead": N_("task"),
    "plans_held": N_("Plans of the year held in the workspace"), "chart_status": N_("Plan status (units)"),
    "chart_answers": N_("Obligations by outcome"), "chart_areas": N_("Findings by area and severity"),
    "no_area": N_("no area"), "figures": N_("The figures"), "deadline": N_("Deadline"), "count": N_("Count"),
    "share": N_("Share (%)"),
    "state": {
        "no-plan": N_("plan not in the workspace"), "plan-not-available": N_("plan exists, content not available"),
        "errors": N_("plan with errors"), "warnings": N_("plan with warnings only"), "clean": N_("plan clean")
    },
    "cell": {
        "covered": N_("covered"), "missing": N_("missing"), "weaker": N_("weaker"), "unknown": N_("unknown"),
        "no-plan": N_("—")
    },
    "answer": {
        "met": N_("met"), "picked-up": N_("picked up"), "weaker": N_("weaker"), "missed": N_("no target"),
        "not-picked-up": N_("not picked up"), "unknown": N_("unknown"), "not-comparable": N_("not comparable"),
        "not-yet-due": N_("assigned after the plan"), "no-plan": N_("plan not in the workspace")
    },
    "owed_state": {
        "filed": N_("filed"), "overdue": N_("overdue, not filed (by the register)"), "due": N_("not yet due"),
        "not-in-workspace": N_("past due; not in the workspace (no register of received documents to tell)")
    },
    "none": N_("none"),
    "kind_name": {
        "province": N_("province"), "dept": N_("department"), "district": N_("district"), "commune": N_("commune")
    }
})

ANSWERED = ("met", "picked-up")
NOT_ANSWERED = ("weaker", "missed", "not-picked-up")
