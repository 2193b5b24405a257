"""Weaker than inherited: a plan's target asks for less than the strictest target that reaches
its issuer on the same indicator in the same years.

Direction- and comparator-aware: "trên 95%" is stricter than "đạt 95%"; for a cut, a cut of
20% is weaker than a required cut of 30%. Targets measured differently (other unit, other
baseline year) are not compared: they are "not comparable", which `explain` shows. With
`carried`, the comparison is with the floors: levels set "by year Y" by documents that have
ended, which no newer document replaces.
"""

from cascade.answer import compare
from cascade.finding import Fact
from cascade.models import Strict
from cascade.propagate import binding
from cascade.targets import describe, own_targets, target_years


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"floor"}


class Params(Strict):
    # False: the targets in force for the plan's years; True: the "by year Y" levels of ended
    # documents that no newer document replaces (floors, reported by a rule of their own)
    carried: bool = False


def check(doc, ctx, params: Params):
    by_indicator: dict[str, list] = {}
    for ob in ctx.obligations:
        if ob.indicator and (ob.carried_from is not None) == params.carried:
            by_indicator.setdefault(ob.indicator, []).append(ob)
    for area, own in own_targets(doc):
        if not own.indicator or own.value is None or own.indicator not in by_indicator:
            continue
        years = set(target_years(own, doc))
        required = binding([ob for ob in by_indicator[own.indicator] if not years.isdisjoint(ob.years)]).get(own.indicator)
        if required and compare(required.target, own)[0] == "weaker":
            yield Fact(own.loc_of("value"), clause=own.clause, area=area, indicator=own.indicator,
                       expected=describe(required.target), actual=describe(own),
                       source=f"{required.document}, {required.clause}", params={"floor": str(required.carried_from or "")})
