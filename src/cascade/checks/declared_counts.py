"""Declared counts that do not match what follows them, and announced sections left empty.

"(2 Mục tiêu; 2 Nhiệm vụ; 3 Hoạt động)" is compared with the goals, tasks and activities
whose clause lies under the same heading; "(Có phụ lục kèm theo)" with whether anything is
written under the announced section at all.
"""

from typing import Literal

from cascade.finding import Fact, Terms
from cascade.models import Strict


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"text"}


# It concludes from what a document does not say: silent past the point where a cut text stops.
FROM_ABSENCE = True

class Params(Strict):
    mode: Literal["counts", "announced"]


def under(clause: str, section: str) -> bool:
    return clause == section or clause.startswith(section + ",") or clause.startswith(section + ".")


def found(doc, section: str) -> dict[str, int]:
    goals, tasks = set(), []
    for content in doc.areas.values():
        goals |= {t.clause for t in content.targets if under(t.clause, section)}
        tasks += [t for t in content.tasks if under(t.clause, section)]
    return {"goals": len(goals), "tasks": len(tasks), "activities": sum(len(t.activities) for t in tasks)}


def check(doc, ctx, params: Params):
    yield from (counts(doc) if params.mode == "counts" else announced(doc))


def counts(doc):
    for dc in doc.declared_counts:
        actual = found(doc, dc.clause)
        declared = {k: getattr(dc, k) for k in actual if getattr(dc, k) is not None}
        if any(actual[k] != v for k, v in declared.items()):
            yield Fact(dc.loc, clause=dc.clause, area=dc.area, params={"text": dc.text},
                       expected=Terms(list(declared), list(declared.values())),
                       actual=Terms(list(declared), [actual[k] for k in declared]))


def announced(doc):
    for note in doc.announced:
        headings = [h for h in doc.headings if under(h.clause, note.section)]
        if not headings and not any(found(doc, note.section).values()):
            yield Fact(note.loc, clause=note.clause, expected=note.section, actual="0", params={"text": note.text})
