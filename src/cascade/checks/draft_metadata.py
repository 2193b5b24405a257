"""Drafts: a document without its number or with an incomplete date ("ngày  tháng 12 năm 2025").

An unsigned draft leaves the number and the day blank; a plan is only in force once both are
filled in. `field` chooses which of the two a rule looks at.
"""

from typing import Literal

from cascade.finding import Fact, Terms
from cascade.models import Strict


class Params(Strict):
    field: Literal["number", "date"]


def check(doc, ctx, params: Params):
    if params.field == "number" and not doc.number:
        yield Fact(doc.loc_of("number_as_written"), clause="Mở đầu", expected=Terms(["number"]),
                   actual=doc.number_as_written)
    if params.field == "date" and (doc.date is None or len(doc.date) < 10):
        yield Fact(doc.loc_of("date_as_written") if doc.date_as_written else doc.loc, clause="Mở đầu",
                   expected=Terms(["date"]), actual=doc.date_as_written)
