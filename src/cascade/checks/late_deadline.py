"""Deadlines later than the parent's: a plan task that picks up an assigned task but sets a
later deadline; and a document the parent required by a date (a remediation plan "trước
ngày 15/6/2026", see required_documents in rules/cascade.yaml) issued after that date."""

from pydantic import Field

from cascade.finding import Fact
from cascade.hierarchy import as_date
from cascade.models import Strict
from cascade.pickup import asks_for_document, best_match
from cascade.targets import due as last_day


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"what"}


class Params(Strict):
    min_share: float = Field(0.5, ge=0, le=1)  # share of the assigned task's words


def check(doc, ctx, params: Params):
    for ob in ctx.obligations:
        if ob.role != "lead" or not ob.task.deadline:
            continue
        due = last_day(ob.task)
        source = f"{ob.document}, {ob.clause}"
        if doc.kind in asks_for_document(ob.task, ctx.cascade.required_documents):
            issued = as_date(doc.date)
            if issued and issued > due:
                yield Fact(doc.loc_of("date"), clause="Mở đầu", expected=f"≤ {due.isoformat()}",
                           actual=issued.isoformat(), source=source, params={"what": "document"})
            continue
        match = best_match(doc, ob.area, ob.task.text)
        if match and match[0] >= params.min_share and getattr(match[2], "deadline", None):
            own = last_day(match[2])
            if own > due:
                yield Fact(match[2].loc_of("deadline"), clause=match[1], area=ob.area, expected=f"≤ {due.isoformat()}",
                           actual=own.isoformat(), source=source, params={"what": "task"})
