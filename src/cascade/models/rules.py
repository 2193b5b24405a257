"""The rule data: areas, group phrases, indicators, check rules and cascade rules."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from cascade.models.base import Id, UnitKind, MeasureUnit, DocKind, Strict


class Area(Strict):
    id: Id
    order: int
    name_vi: str
    name_en: str
    synonyms: list[str] = Field(default_factory=list)  # how headings name the area
    keywords: list[str] = Field(default_factory=list)  # words that place a sentence in the area when no heading does


class AreasFile(Strict):
    areas: list[Area]


class Group(Strict):
    """A phrase such as "UBND các xã, phường" and the units it stands for at a date."""

    id: Id
    phrases: list[str]
    anchor: UnitKind | Literal["issuer"]
    kinds: list[UnitKind]
    # "các sở, ngành có liên quan": the units concerned, not named — which ones is unknown, so
    # the phrase reaches no unit for sure (explain lists what it could not place)
    related: bool = False
    # Kinds that owe a share of the level's figure ("cấp tỉnh": the departments): their plan's
    # target on it is compared, but they need not restate it; without one the answer is unknown.
    shares: list[UnitKind] = Field(default_factory=list)


class GroupsFile(Strict):
    groups: list[Group]


class Indicator(Strict):
    id: Id
    area: Id
    unit: MeasureUnit
    name_vi: str
    name_en: str
    phrases: list[str] = Field(default_factory=list)
    # A narrower indicator: a sentence that names `refines` means this one when it also says
    # one of `context` ("chi phí tuân thủ" of "TTHC nội bộ" is not the business-related cost).
    refines: Id | None = None
    context: list[str] = Field(default_factory=list)


class IndicatorsFile(Strict):
    indicators: list[Indicator]




Severity = Literal["error", "warning", "info"]
RuleId = Annotated[str, Field(pattern=r"^[A-Z]{3}-\d{3}$")]


class Message(Strict):
    vi: str
    en: str


class AppliesTo(Strict):
    """Which documents a rule looks at: by the issuer's level and the document's kind."""

    levels: list[UnitKind] = Field(default_factory=list)  # empty: every level
    document_kinds: list[DocKind] = Field(default_factory=list)  # empty: every kind
    reference: bool = False  # whether reference documents are checked too


class CheckRule(Strict):
    id: RuleId
    kind: Id
    severity: Severity
    applies_to: AppliesTo = AppliesTo()
    params: dict[str, object] = Field(default_factory=dict)
    message: Message
    fix: Message
    description: Message
    legal_basis: str
    enabled: bool = True


class ChecksFile(Strict):
    checks: list[CheckRule]


class Flow(Strict):
    """Targets of a higher document reach lower units: those its `applies_to` names, else
    the issuer's descendants of `to_levels` at the document's date."""

    id: RuleId
    from_levels: list[UnitKind]
    document_kinds: list[DocKind]
    to_levels: list[UnitKind]
    description: Message
    legal_basis: str


class DefunctLevel(Strict):
    """A level that ended (districts on 2025-07-01): what its targets become afterwards."""

    level: UnitKind
    ended: dt.date
    action: Literal["drop"]  # its targets reach nobody once it has ended (explain lists them)
    description: Message
    legal_basis: str


class FigureSource(Strict):
    """Where "theo mục tiêu tỉnh giao" (assigned_by: province) finds its figure."""

    assigned_by: Literal["government", "ministry", "province"]
    issuer_levels: list[UnitKind]
    document_kinds: list[DocKind]


class RequiredDocument(Strict):
    """An assigned task whose product names a document ("kế hoạch khắc phục") asks each unit it
    reaches for a document of these kinds by the task's deadline."""

    product_phrases: list[str]
    document_kinds: list[DocKind]


class CascadeFile(Strict):
    flows: list[Flow]
    defunct_levels: list[DefunctLevel] = Field(default_factory=list)
    figure_sources: list[FigureSource] = Field(default_factory=list)
    planning_levels: list[UnitKind] = Field(default_factory=list)  # units expected to write a PAR plan every year
    required_documents: list[RequiredDocument] = Field(default_factory=list)
