"""The straight path a unit's yearly figure should follow between two known levels of the same
indicator that reach it: a baseline set "by year Y0" (QĐ 942's 60 % by 2025) and a later goal
set "by year Y1" (100 % by 2030). In a year between them the figure should be at least the
point on the line. Only where both ends are known and measured alike; otherwise the path is
unknown, and `reason` says which end is missing. Levels are percent floors with no baseline of
their own, so any two measure alike."""

from __future__ import annotations

from dataclasses import dataclass

from cascade.models import Target
from cascade.propagate import Obligation
from cascade.targets import bound


@dataclass(frozen=True)
class Level:
    year: int
    value: float
    document: str
    clause: str


@dataclass(frozen=True)
class Path:
    baseline: Level | None
    goal: Level | None
    reason: str | None = None  # why there is no path: no-baseline | no-goal

    def at(self, year: int) -> float | None:
        """The least figure on the line in this year (None without a path)."""
        if self.reason:
            return None
        b, g = self.baseline, self.goal
        return b.value + (g.value - b.value) * (year - b.year) / (g.year - b.year)


def on_a_path(target: Target | None) -> bool:
    """Whether a target is a percent floor on an indicator (not a cut or a rise): what a path
    is drawn between, and what a yearly plan's target is held to it by."""
    b = bound(target) if target is not None and target.indicator else None
    return bool(b and b[0] == "min" and target.unit == "percent" and target.change is None)


def levels(obligations: list[Obligation]) -> dict[str, list[Level]]:
    """Percent floors "by year Y" among a unit's obligations, by indicator."""
    out: dict[str, dict[tuple, Level]] = {}
    for ob in obligations:
        t = ob.target
        if on_a_path(t) and t.year:
            out.setdefault(ob.indicator, {}).setdefault((t.year, ob.document, ob.clause),
                                                        Level(t.year, t.value, ob.document, ob.clause))
    return {indicator: list(found.values()) for indicator, found in out.items()}


def path(found: list[Level], year: int) -> Path:
    """The path through `year` among an indicator's levels: the latest before it and the
    furthest goal after it (the highest figure when several documents set the same year)."""
    before = max((x for x in found if x.year < year), key=lambda x: (x.year, x.value), default=None)
    after = max((x for x in found if x.year > year), key=lambda x: (x.year, x.value), default=None)
    if before is None:
        return Path(None, after, "no-baseline")
    if after is None:
        return Path(before, None, "no-goal")
    return Path(before, after)
