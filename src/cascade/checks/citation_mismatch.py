"""A citation whose number or date differs from the cited document's own.

"Kế hoạch số 2943/KH-UBND ngày 21/9/2021" when the plan is dated 20/9/2021: the reader cannot
be sure which document is meant.
"""

from cascade.finding import Fact, Terms
from cascade.models import Strict


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"field", "text"}


class Params(Strict):
    pass


def check(doc, ctx, params: Params):
    for cite in doc.cites:
        cited = ctx.document(cite.document)
        if cited is None:
            continue
        for field in ("number", "date"):
            written, actual = getattr(cite, field), getattr(cited, field)
            # A citation may give less than the document ("năm 2021"): compare what it gives.
            if written and actual and not (field == "date" and actual.startswith(written)) and written != actual:
                yield Fact(cite.loc_of(field), clause=cite.clause, expected=actual, actual=written,
                           source=cited.id, params={"field": Terms([field]), "text": cite.text})
