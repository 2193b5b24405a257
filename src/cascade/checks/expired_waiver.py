"""An expired waiver: the deviation it accepted is reported again, and so is the waiver itself,
so that someone renews it with a new decision or fixes the plan."""

from cascade.finding import Fact
from cascade.models import Strict


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"waiver", "decision", "waived_rule"}


class Params(Strict):
    pass


def check(doc, ctx, params: Params):
    for w in ctx.waivers:
        concerns = w.document == doc.id or (w.document is None and w.unit == doc.issuer)
        if concerns and w.expires < ctx.as_of:
            yield Fact(w.loc_of("expires"), clause=w.clause, area=w.area, indicator=w.indicator,
                       expected=f"≥ {ctx.as_of.isoformat()}", actual=w.expires.isoformat(),
                       params={"waiver": w.id, "decision": w.decision, "waived_rule": w.rule or "—"})
