"""Below the trajectory: a yearly plan's target under the straight path from a known baseline
to a known later goal of the same indicator that reach its issuer (trajectory.py). Silent
where either end is unknown; `cascade explain` says which."""

from cascade.finding import Fact
from cascade.models import Strict
from cascade.targets import bound, doc_years, own_targets
from cascade.trajectory import path


MESSAGE_FIELDS = {"path"}


class Params(Strict):
    horizon: int = 2030  # the last year a goal may be set for
    since: int = 2021  # the first year a baseline may be set for


def check(doc, ctx, params: Params):
    years = doc_years(doc)
    if len(years) != 1:
        return  # a yearly figure: multi-year plans set their own path
    year = years.start
    obligations = None
    for area, own in own_targets(doc):
        b = bound(own) if own.indicator and own.unit == "percent" and own.change is None else None
        if not b or b[0] != "min":
            continue
        obligations = obligations if obligations is not None else ctx.obligations_in(range(params.since, params.horizon + 1))
        line = path(obligations, own.indicator, year)
        least = line.at(year)
        if least is not None and own.value < least:
            base, goal = line.baseline, line.goal
            yield Fact(own.loc_of("value"), clause=own.clause, area=area, indicator=own.indicator,
                       expected=f"≥ {least:.0f} %", actual=f"{own.value:g} %", source=f"{goal.document}, {goal.clause}",
                       params={"path": f"{base.value:g} % ({base.year}) → {goal.value:g} % ({goal.year})"})
