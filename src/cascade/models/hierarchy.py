"""Units of the dated hierarchy and the office templates."""

from __future__ import annotations



from pydantic import Field

from cascade.models.base import Date, Id, UnitKind, Strict


class Unit(Strict):
    id: Id
    name: str
    kind: UnitKind
    parent: Id | None = None
    # A unit that outlived a reorganisation under a new parent (a commune under its district
    # before 2025-07-01, under the province after): its parent until that date.
    former_parent: Id | None = None
    former_parent_until: Date | None = None
    valid_from: Date | None = None
    valid_to: Date | None = None
    successors: list[Id] = Field(default_factory=list)  # what a unit that ended became
    aliases: list[str] = Field(default_factory=list)
    offices: Id | None = None  # name of an office template that this unit's offices follow
    code: str | None = None  # official code (the national dataset's)
    source: str | None = None  # where the unit comes from, when not this file
    note: str | None = None


class OfficeTemplate(Strict):
    """An office every unit of a sort has (NĐ 150/2025: each commune has the same phòng)."""

    suffix: Id
    name: str
    aliases: list[str] = Field(default_factory=list)


class HierarchyFile(Strict):
    office_templates: dict[Id, list[OfficeTemplate]] = Field(default_factory=dict)
    units: list[Unit]

    @property
    def standalone(self) -> bool:
        """A hierarchy that declares its own nation (a test world, the rule examples) is a world
        of its own; a workspace's stands on the national layer, adding and correcting units."""
        return any(u.kind == "nation" for u in self.units)
