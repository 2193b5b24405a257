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


def level_years(doc, ctx, params: Params) -> list[int]:
    """The years documents above the issuer set levels for ("by 2025"): only the obligations of
    the last before the plan's year and of the furthest after it can hold the path's ends."""
    years = {t.year for unit in ctx.hierarchy.lineage(doc.issuer) for d in ctx.documents_by(unit)
             for _, t in all_targets(d) if t.year}
    return sorted(y for y in years if params.since <= y <= params.horizon)


def check(doc, ctx, params: Params):
    years = doc_years(doc)
    if len(years) != 1:
        return  # a yearly figure: multi-year plans set their own path
    year = years.start
    ends = level_years(doc, ctx, params)
    if not (ends and ends[0] < year < ends[-1]):
        return  # no level before or none after: no path
    # this year's obligations hold the earlier level as a floor carried forward (a commune
    # formed in 2025 was not there to be reached when it was set)
    asked = [max(y for y in ends if y < year), year, ends[-1]]
    found = None  # the levels reaching the issuer, by indicator, once a target asks
    for area, own in own_targets(doc):
        if not on_a_path(own):
            continue
        found = found if found is not None else levels(ctx.obligations_in(asked))
        line = path(found.get(own.indicator, []), year)
        least = line.at(year)
        if least is not None and own.value < least:
            base, goal = line.baseline, line.goal
            yield Fact(own.loc_of("value"), clause=own.clause, area=area, indicator=own.indicator,
                       expected=f"≥ {least:.0f} %", actual=f"{own.value:g} %", source=f"{goal.document}, {goal.clause}",
                       params={"path": f"{base.value:g} % ({base.year}) → {goal.value:g} % ({goal.year})"})
