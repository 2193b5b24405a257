"""Inspection coverage: the share of the issuer's subordinate units an inspection plan
inspects, computed from the hierarchy at the plan's date, against the required share — the
strictest "units-inspected" target reaching the issuer, or the plan's own. When no document
gives the required share, the computed share is reported as unknown against it."""

from typing import Literal

from cascade.finding import Fact
from cascade.models import Strict
from cascade.propagate import binding, describe, own_targets


class Params(Strict):
    report: Literal["missed", "unknown"]  # a share below the requirement, or no requirement known
    kinds: list[str] = ["dept", "district", "commune"]
    indicator: str = "units-inspected"
    modes: list[str] = ["direct", "online"]


def required(doc, ctx, params: Params):
    ob = binding([o for o in ctx.obligations if o.indicator == params.indicator]).get(params.indicator)
    if ob:
        return ob.target, f"{ob.document}, {ob.clause}"
    own = [t for _, t in own_targets(doc) if t.indicator == params.indicator and t.value is not None]
    return (own[0], f"{doc.id}, {own[0].clause}") if own else (None, None)


def check(doc, ctx, params: Params):
    if not doc.inspections:
        return
    h, on = ctx.hierarchy, ctx.on
    subordinate = set(h.descendants(doc.issuer, on, params.kinds))
    inspected = {u for i in doc.inspections if i.mode in params.modes for name in i.units
                 for u in h.resolve(name, doc.issuer, on)} & subordinate
    share = 100 * len(inspected) / len(subordinate) if subordinate else 0.0
    actual = f"{share:.0f} % ({len(inspected)}/{len(subordinate)})"
    target, source = required(doc, ctx, params)
    where, clause = doc.inspections[0].loc, doc.inspections[0].clause
    if target is None and params.report == "unknown":
        yield Fact(where, clause=clause, indicator=params.indicator, expected="?", actual=actual)
    elif target is not None and params.report == "missed" and (
            share < target.value or (share == target.value and target.comparator == ">")):
        yield Fact(where, clause=clause, indicator=params.indicator, expected=describe(target), actual=actual, source=source)
