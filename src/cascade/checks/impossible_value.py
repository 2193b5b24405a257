"""Impossible values: a share outside 0–100 % or a cut of more than 100 %, "trên 100%", a level
outside its scale. A rise may exceed 100 % ("tăng 150 % so với 2025")."""

from pydantic import Field, model_validator

from cascade.finding import Fact
from cascade.models import Strict
from cascade.targets import all_targets, describe


class Params(Strict):
    level_min: int = Field(1, ge=0, le=10)
    level_max: int = Field(5, ge=0, le=10)

    @model_validator(mode="after")
    def _ordered(self):
        if self.level_min > self.level_max:
            raise ValueError("level_min must not exceed level_max")
        return self


def impossible(target, params: Params) -> str | None:
    v = target.value
    if v is None:
        return None
    if target.unit == "percent" and target.change == "increase":  # "tăng 150 % so với 2025" can be
        return "≥ 0 %" if v < 0 else None
    if target.unit == "percent" and (v < 0 or v > 100 or (v == 100 and target.comparator == ">")):
        return "0–100 %"
    if target.unit == "level" and not params.level_min <= v <= params.level_max:
        return f"{params.level_min}–{params.level_max}"
    return None


def check(doc, ctx, params: Params):
    for area, target in all_targets(doc):
        scale = impossible(target, params)
        if scale:
            yield Fact(target.loc_of("value"), clause=target.clause, area=area, indicator=target.indicator,
                       expected=scale, actual=describe(target))
