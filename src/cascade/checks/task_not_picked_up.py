"""Tasks assigned to a unit — by name or through a group such as "UBND các xã, phường" — that
its plan does not pick up. Only assignments made before the plan was written count, unless
`include_later` is set (then later ones are reported too, to prompt an amendment)."""

from pydantic import Field

from cascade.answer import answer_task
from cascade.finding import Fact
from cascade.models import Strict


# Placeholders this kind fills in for its rules' messages, besides the common ones.
MESSAGE_FIELDS = {"via"}


# It concludes from what a document does not say: silent past the point where a cut text stops.
FROM_ABSENCE = True

class Params(Strict):
    min_share: float = Field(0.5, ge=0, le=1)  # share of the assigned task's words
    include_later: bool = False


def check(doc, ctx, params: Params):
    for ob in ctx.obligations:
        if ob.role != "lead":
            continue
        answer = answer_task(ob, doc, params.min_share, params.include_later)
        if answer.outcome == "not-picked-up":
            yield Fact(doc.loc, clause=ob.clause, area=ob.area, expected=ob.task.text,
                       actual=f"{answer.clause} ({answer.share:.0%})" if answer.clause else "—",
                       source=f"{ob.document}, {ob.clause}", params={"via": ob.via})
