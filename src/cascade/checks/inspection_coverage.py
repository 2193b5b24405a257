"""Inspection coverage: the share of the issuer's subordinate units (its direct children in
the hierarchy at the plan's date: a province's departments and communes, a department's or a
commune's offices) that an inspection plan inspects, against the required share — the
strictest "units-inspected" target reaching the issuer, or one the issuer set itself in a
document for the same year. A requirement that counts groups ("từ 20% cơ quan chuyên môn cấp
tỉnh, UBND cấp xã") is met only when each group reaches the share: inspecting communes alone
does not meet it. When no document gives the required share, the computed share is reported as
unknown (unless every unit is inspected)."""

from typing import Literal

from cascade.finding import Fact
from cascade.models import Strict
from cascade.propagate import binding
from cascade.targets import describe, doc_years, own_targets


# It concludes from what a document does not say: silent past the point where a cut text stops.
FROM_ABSENCE = True

class Params(Strict):
    report: Literal["missed", "unknown"]  # a share below the requirement, or no requirement known
    kinds: list[str] | None = None  # which children count; default: all but external bodies
    indicator: str = "units-inspected"
    modes: list[str] = ["direct", "online"]


def required(doc, ctx, params: Params):
    ob = binding([o for o in ctx.obligations if o.indicator == params.indicator and o.carried_from is None]).get(params.indicator)
    if ob:
        return ob.target, f"{ob.document}, {ob.clause}"
    years = set(ctx.years)
    for own_doc in [doc, *(d for d in ctx.documents_by(doc.issuer) if d is not doc)]:
        if years & set(doc_years(own_doc)):
            for _, t in own_targets(own_doc):
                if t.indicator == params.indicator and t.value is not None:
                    return t, f"{own_doc.id}, {t.clause}"
    return None, None


def check(doc, ctx, params: Params):
    if not doc.inspections:
        return
    h, on = ctx.hierarchy, ctx.on
    kinds = params.kinds or ["ministry", "province", "dept", "district", "commune", "office"]
    subordinate = set(h.children(doc.issuer, on, kinds))
    inspected = {u for i in doc.inspections if i.mode in params.modes for name in i.units
                 for u in h.resolve(name, doc.issuer, on)} & subordinate
    target, source = required(doc, ctx, params)
    where, clause = doc.inspections[0].loc, doc.inspections[0].clause
    for group, units in counted(target, doc, h, on, subordinate):
        done = len(inspected & units)
        share = 100 * done / len(units) if units else 0.0
        actual = f"{share:.0f} % ({done}/{len(units)}{' ' + group if group else ''})"
        if target is None and params.report == "unknown" and share < 100:
            yield Fact(where, clause=clause, indicator=params.indicator, expected="?", actual=actual)
        elif target is not None and params.report == "missed" and (
                share < target.value or (share == target.value and target.comparator == ">")):
            yield Fact(where, clause=clause, indicator=params.indicator, expected=describe(target), actual=actual, source=source)


def counted(target, doc, h, on, subordinate: set[str]) -> list[tuple[str | None, set[str]]]:
    """What the share is taken of: each group the requirement counts, else every subordinate unit."""
    if target is not None and target.counts:
        return [(phrase, set(h.resolve(phrase, doc.issuer, on)) & subordinate) for phrase in target.counts]
    return [(None, subordinate)]
