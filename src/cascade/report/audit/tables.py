"""The five parts of the audit as plain tables (title, headers, rows), shared by the text,
Markdown and spreadsheet renderers."""

from cascade.audit import ANSWERS, Audit
from cascade.messages import say
from cascade.report.summary import headings, reason_text, severity_label
from cascade.report.audit.labels import ANSWERED, NOT_ANSWERED, WORDS


def key_figures(a: Audit, lang: str) -> list[list]:
    """The audit's size: units, plans, documents, obligations, findings."""
    w, s = WORDS[lang], a.summary
    return [[w[k], s[v]] for k, v in (("units", "units"), ("plans_held", "plans_held"), ("documents", "documents"),
                                          ("obligations", "obligations"), ("findings_n", "findings"), ("waived_n", "waived"))]


def summary(a: Audit, lang: str):
    """Every figure as a number: a count, and a share in per cent where there is one."""
    w, s = WORDS[lang], a.summary
    rows = [[*r, ""] for r in key_figures(a, lang)]
    rows += [[f"  {w[sev]}", n, ""] for sev, n in s["by_severity"].items()]
    rows += [[f"{w['answers']}: {w['answer'][k]}", s["answers"][k], s["shares"][k]] for k in ANSWERS]
    rows += [[f"{w['by_rule']}: {rule}", n, ""] for rule, n in s["by_rule"].items()]
    return w["summary"], [w["item"], w["count"], w["share"]], rows


def plans(a: Audit, lang: str):
    w = WORDS[lang]
    rows = []
    for u in a.units:
        owed = "; ".join(f"{o['source']} ({o['clause']}), {o['due']}: {w['owed_state'][o['state']]}" for o in u.owed)
        rows.append([u.name, w["kind_name"].get(u.kind, u.kind), w["state"][u.status], ", ".join(u.documents) or "—",
                     u.counts["error"], u.counts["warning"], u.counts["info"], owed or "—"])
    headers = [w["unit"], w["level"], w["status"], w["docs"], w["error"], w["warning"], w["info"], w["owed"]]
    return w["plans"], headers, rows


def coverage(a: Audit, lang: str):
    w = WORDS[lang]
    rows = [[a.names[unit], *[w["cell"][cells[area]] for area in a.areas]] for unit, cells in a.matrix.items()]
    return w["coverage"], [w["unit"], *[a.area_names[area] for area in a.areas]], rows


def reverse(a: Audit, lang: str):
    w = WORDS[lang]
    rows = []
    for r in a.reverse:
        states = list(r.answers.values())
        missing = [a.names[u] for u, st in r.answers.items() if st in NOT_ANSWERED]
        required = f"{r.text}: {r.required}" if r.role == "target" else r.text  # a task asks for itself
        rows.append([r.document, r.shown_clause or "—", w[r.role], a.area_names.get(r.area, r.area), required, r.deadline or "—", len(states),
                     sum(st in ANSWERED for st in states), len(missing), sum(st in ("unknown", "not-comparable") for st in states),
                     states.count("no-plan"), ", ".join(missing) or "—"])
    headers = [w["document"], w["clause"], w["kind"], w["area"], w["required"], w["deadline"], w["reached"], w["answered"],
               w["not_answered"], w["unknown"], w["no_plan"], w["who_not"]]
    return w["reverse"], headers, rows


def findings(a: Audit, lang: str):
    w = WORDS[lang]
    rows = [[a.names.get(f.unit, f.unit), f.document, severity_label(f, lang), f.rule, f.clause or "", f.message,
             say(f.expected, lang), say(f.actual, lang), f.source or "", f"{f.location.file}:{f.location.line}"]
            for f in sorted(a.findings, key=lambda f: (a.names.get(f.unit, f.unit), f.sort_key))]
    headers = [w["unit"], w["document"], w["severity"], w["rule"], w["clause"], w["message"], w["expected"],
               w["actual"], w["source"], w["where"]]
    return w["findings"], headers, rows


def not_checked(a: Audit, lang: str):
    """What could not be checked, per document, and why."""
    w = WORDS[lang]
    rows = [[n.document, reason_text(n.reason, n.detail, lang)] for n in a.not_checked]
    return headings(lang)["not_checked"], [w["document"], w["message"]], rows


ALL = (summary, plans, coverage, reverse, findings, not_checked)
