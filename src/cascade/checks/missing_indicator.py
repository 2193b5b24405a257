"""Missing indicator: a numeric target reaches the issuer from a higher document, and the plan
sets no target on that indicator for the years it applies in. `indicators` adds indicators a
rule requires anyway (for a level or document kind chosen by the rule's applies_to).

Targets addressed to every level at once ("các cấp") are goals of the whole administration:
when a plan sets one, TGT-001 compares it, but a plan is not required to restate each of them
(`not_required_via`). What a higher document assigns to the unit's own level or to the unit
by name is required; a department's share of a "cấp tỉnh" figure is not (Group.shares)."""

from cascade.answer import by_indicator, candidates
from cascade.finding import Fact
from cascade.hierarchy import name_key
from cascade.models import Strict
from cascade.propagate import binding
from cascade.targets import describe


# It concludes from what a document does not say: silent past the point where a cut text stops.
FROM_ABSENCE = True

class Params(Strict):
    from_obligations: bool = True
    indicators: list[str] = []
    not_required_via: list[str] = ["các cấp", "tất cả các cấp", "từ Trung ương đến địa phương"]


def where(doc, area):
    """The area's first heading, else the document: where the missing target belongs."""
    heading = next((h for h in doc.headings if h.area == area), None)
    return (heading.loc, heading.clause) if heading else (doc.loc, None)


def check(doc, ctx, params: Params):
    skip = {name_key(p) for p in params.not_required_via}
    addressed = [ob for ob in ctx.obligations if ob.target and ob.carried_from is None and ob.role != "share"
                 and name_key(ob.via) not in skip] if params.from_obligations else []
    index = by_indicator(doc)
    missed = [ob for ob in addressed if ob.indicator and not candidates(ob, doc, ctx.years, index)]
    for indicator, ob in sorted(binding(missed).items()):
        loc, clause = where(doc, ob.area)
        yield Fact(loc, clause=clause, area=ob.area, indicator=indicator, expected=describe(ob.target), actual="—",
                   source=f"{ob.document}, {ob.clause}")
    required = set(binding(addressed))
    for indicator in params.indicators:
        if indicator not in index and indicator not in required and indicator in ctx.indicators:
            loc, clause = where(doc, ctx.indicators[indicator].area)
            yield Fact(loc, clause=clause, area=ctx.indicators[indicator].area, indicator=indicator, expected="≥ 1", actual="—")
