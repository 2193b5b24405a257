"""Units of the dated hierarchy and the office templates."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from cascade.models.base import Id, UnitKind, Strict


class Unit(Strict):
    id: Id
    name: str
    kind: UnitKind
    parent: Id | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    successor: Id | None = None
    aliases: list[str] = Field(default_factory=list)
    offices: Id | None = None  # name of an office template that this unit's offices follow
    note: str | None = None


class OfficeTemplate(Strict):
    """An office every unit of a sort has (NĐ 150/2025: each commune has the same phòng)."""

    suffix: Id
    name: str
    aliases: list[str] = Field(default_factory=list)


class HierarchyFile(Strict):
    office_templates: dict[Id, list[OfficeTemplate]] = Field(default_factory=dict)
    units: list[Unit]
