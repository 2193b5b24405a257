"""`cascade show`: one document per area — how many targets and tasks, and its headings as written."""

from __future__ import annotations

from tabulate import tabulate

from cascade.i18n import N_, Words
from cascade.models import AreasFile, Document
from cascade.workspace import OTHER_AREA, area_names

WORDS = Words({"area": N_("Area"), "targets": N_("Targets"), "tasks": N_("Tasks"),
               "headings": N_("Headings (as written)"), "absent": N_("(none)")})


def render(doc: Document, areas: AreasFile, lang: str) -> str:
    w = WORDS[lang]
    written = ", ".join(part for part in (doc.issuer_as_written, doc.number_as_written, doc.date_as_written) if part)
    names = area_names(areas, lang)
    rows = []
    for area in [*(a.id for a in sorted(areas.areas, key=lambda a: a.order)), OTHER_AREA]:
        content = doc.areas.get(area)
        headings = [f"{h.clause}: {h.text}" for h in doc.headings if h.area == area]
        if content is None and not headings and area == OTHER_AREA:
            continue
        rows.append([names.get(area, area), len(content.targets) if content else 0,
                     len(content.tasks) if content else 0, "\n".join(headings) or w["absent"]])
    table = tabulate(rows, headers=[w["area"], w["targets"], w["tasks"], w["headings"]], tablefmt="simple")
    return f"{doc.id}: {doc.title} — {written}\n{table}\n"
