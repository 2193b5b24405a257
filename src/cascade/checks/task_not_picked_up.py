"""Tasks assigned to a unit — by name or through a group such as "UBND các xã, phường" — that
its plan does not pick up. Only assignments made before the plan was written count, unless
`include_later` is set (then later ones are reported too, to prompt an amendment)."""

from pydantic import Field

from cascade.finding import Fact
from cascade.hierarchy import as_date
from cascade.models import Strict
from cascade.pickup import best_match


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"via"}


class Params(Strict):
    min_share: float = Field(0.5, ge=0, le=1)  # share of the assigned task's words
    include_later: bool = False


def assigned(doc, ctx, params: Params):
    """The lead assignments that reach the issuer and the plan could have known of."""
    written = as_date(doc.date, end=True) if doc.date else as_date(str(ctx.years.start)) if ctx.years else None
    for ob in ctx.obligations:
        if ob.role != "lead":
            continue
        issued = as_date(ctx.ws.documents[ob.document].date)
        if params.include_later or (written and issued and issued <= written):
            yield ob


def check(doc, ctx, params: Params):
    for ob in assigned(doc, ctx, params):
        match = best_match(doc, ob.area, ob.task.text)
        score = match[0] if match else 0.0
        if score < params.min_share:
            yield Fact(doc.loc, clause=ob.clause, area=ob.area, expected=ob.task.text,
                       actual=f"{match[1]} ({score:.0%})" if match else "—",
                       source=f"{ob.document}, {ob.clause}", params={"via": ob.via})
