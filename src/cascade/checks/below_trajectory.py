"""Below the trajectory: a yearly plan's target under the straight path from a known baseline
to a known later goal of the same indicator that reach its issuer (trajectory.py). Silent
where either end is unknown; `cascade explain` says which."""

from cascade.finding import Fact
from cascade.models import Strict
from cascade.targets import all_targets, doc_years, own_targets
from cascade.trajectory import levels, on_a_path, path


MESSAGE_FIELDS = {"path"}


class Params(Strict):
    horizon: int = 2030  # the last year a goal may be set for
    since: int = 2021  # the first year a baseline may be set for


def level_years(doc, ctx, params: Params) -> dict[str, set[int]]:
    """The years documents above the issuer set percent floors for ("by 2025"), by indicator:
    the ends any path can have, before asking which of them reach the issuer."""
    years: dict[str, set[int]] = {}
    for unit in ctx.hierarchy.lineage(doc.issuer):
        for d in ctx.documents_by(unit):
            for _, t in all_targets(d):
                if t.year and params.since <= t.year <= params.horizon and on_a_path(t):
                    years.setdefault(t.indicator, set()).add(t.year)
    return years


def check(doc, ctx, params: Params):
    years = doc_years(doc)
    if len(years) != 1:
        return  # a yearly figure: multi-year plans set their own path
    year = years.start
    ends = level_years(doc, ctx, params)
    found = None  # the levels reaching the issuer, by indicator, once a target may have a path
    for area, own in own_targets(doc):
        set_for = ends.get(own.indicator, ()) if on_a_path(own) else ()
        if not (any(y < year for y in set_for) and any(y > year for y in set_for)):
            continue  # no level before or none after: no path (asking what reaches costs most)
        if found is None:
            # this year's obligations hold the earlier level as a floor carried forward (a
            # commune formed in 2025 was not there to be reached when it was set)
            every = set().union(*ends.values())
            asked = [max(y for y in every if y < year), year, max(every)]
            found = levels(ctx.obligations_in(asked))
        line = path(found.get(own.indicator, []), year)
        least = line.at(year)
        if least is not None and own.value < least:
            base, goal = line.baseline, line.goal
            yield Fact(own.loc_of("value"), clause=own.clause, area=area, indicator=own.indicator,
                       expected=f"≥ {least:.0f} %", actual=f"{own.value:g} %", source=f"{goal.document}, {goal.clause}",
                       params={"path": f"{base.value:g} % ({base.year}) → {goal.value:g} % ({goal.year})"})
