"""Weaker than last year: a plan sets a lower target than the same unit's plan for the year
before did, on the same indicator. Both plans must be in the workspace; targets measured
differently (another unit, baseline or direction) are not compared."""

from cascade.answer import compare
from cascade.finding import Fact
from cascade.models import Strict
from cascade.targets import describe, doc_years, own_targets, target_years
from cascade.workspace import PLAN_KINDS


class Params(Strict):
    pass


def previous(doc, ctx):
    """The issuer's own plan for the year before this plan's first year, if the workspace has it."""
    years = doc_years(doc)
    if not years:
        return None
    before = years.start - 1
    return next((d for d in ctx.documents_by(doc.issuer) if d is not doc and not d.reference
                 and d.kind in PLAN_KINDS and before in doc_years(d)), None)


def check(doc, ctx, params: Params):
    last = previous(doc, ctx)
    if last is None:
        return
    before = doc_years(doc).start - 1
    earlier = {}
    for _, t in own_targets(last):
        if t.indicator and t.value is not None and before in target_years(t, last):
            earlier.setdefault(t.indicator, t)
    for area, own in own_targets(doc):
        was = earlier.get(own.indicator)
        if was is not None and own.value is not None and compare(was, own)[0] == "weaker":
            yield Fact(own.loc_of("value"), clause=own.clause, area=area, indicator=own.indicator,
                       expected=describe(was), actual=describe(own), source=f"{last.id}, {was.clause}")
