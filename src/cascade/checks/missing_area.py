"""Missing area: one of the seven areas is absent, or present with no target and no task."""

from cascade.finding import Fact
from cascade.models import Strict


# It concludes from what a document does not say: silent past the point where a cut text stops.
FROM_ABSENCE = True

class Params(Strict):
    pass


def check(doc, ctx, params: Params):
    for area in ctx.area_ids:
        content = doc.areas.get(area)
        if content is None or not (content.targets or content.tasks):
            headings = [h for h in doc.headings if h.area == area]
            where = headings[0].loc if headings else doc.loc
            yield Fact(where, clause=headings[0].clause if headings else None, area=area,
                       expected="≥ 1", actual="0")
