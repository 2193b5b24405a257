"""Pydantic v2 models of everything cascade reads: units, rule data and documents.

Every model forbids unknown keys, so a misspelt key in YAML is an error at its line and
column, never silently ignored. Text is kept exactly as the document wrote it (NFC).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr
from pydantic_core import PydanticCustomError

from cascade.errors import Location

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$")


def _partial_date(value: object) -> str:
    """Accept 2026, "2026-06", 2026-06-15 (YAML date) or "2026-Q3"; keep it as text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and _PARTIAL_DATE.match(value):
        return value
    raise PydanticCustomError("partial_date", "not a partial date", {"value": str(value)})


# Drafts leave the day (or the month) blank, so a document date may be incomplete.
PartialDate = Annotated[str, BeforeValidator(_partial_date)]

UnitKind = Literal["nation", "ministry", "province", "dept", "district", "commune", "office", "external"]
Comparator = Literal[">=", ">", "=", "<=", "<"]
MeasureUnit = Literal["percent", "count", "level", "rank", "points", "minutes"]
Recurrence = Literal["regular", "weekly", "monthly", "quarterly", "half-yearly", "annual", "on-demand", "as-guided"]
DocKind = Literal[
    "plan", "programme", "inspection-plan", "remediation-plan",
    "resolution", "decision", "directive", "conclusion", "official-letter", "decree",
]
Confidence = Literal["V", "S"]


class Strict(BaseModel):
    """Base of every input model: unknown keys are rejected; remembers where it was read."""

    model_config = ConfigDict(extra="forbid")
    _loc: Location | None = PrivateAttr(default=None)
    _path: tuple = PrivateAttr(default=())
    _src: object = PrivateAttr(default=None)  # the SourceFile it was read from

    @property
    def loc(self) -> Location | None:
        return self._loc

    def loc_of(self, *path: str | int) -> Location | None:
        """Where one of this object's fields (or an item of it) is written, else the object."""
        if self._src is None:
            return self._loc
        return self._src.value_at(self._path + path)


# ---------------------------------------------------------------- hierarchy


class Unit(Strict):
    id: Id
    name: str
    kind: UnitKind
    parent: Id | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    successor: Id | None = None
    aliases: list[str] = []
    offices: Id | None = None  # name of an office template that this unit's offices follow
    note: str | None = None


class OfficeTemplate(Strict):
    """An office every unit of a sort has (NĐ 150/2025: each commune has the same phòng)."""

    suffix: Id
    name: str
    aliases: list[str] = []


class HierarchyFile(Strict):
    office_templates: dict[Id, list[OfficeTemplate]] = {}
    units: list[Unit]


# ---------------------------------------------------------------- rules


class Area(Strict):
    id: Id
    order: int
    name_vi: str
    name_en: str
    synonyms: list[str] = []


class AreasFile(Strict):
    areas: list[Area]


class Group(Strict):
    """A phrase such as "UBND các xã, phường" and the units it stands for at a date."""

    id: Id
    phrases: list[str]
    anchor: UnitKind | Literal["issuer"]
    kinds: list[UnitKind]


class GroupsFile(Strict):
    groups: list[Group]


class Indicator(Strict):
    id: Id
    area: Id
    unit: MeasureUnit
    better: Literal["higher", "lower"]
    name_vi: str
    name_en: str
    phrases: list[str] = []


class IndicatorsFile(Strict):
    indicators: list[Indicator]


# ---------------------------------------------------------------- documents


class Period(Strict):
    start: int
    end: int


class Source(Strict):
    """Where a reference figure was read, with its confidence (par-facts.md labels)."""

    url: str
    confidence: Confidence


class Citation(Strict):
    clause: str
    text: str
    document: Id | None = None
    number: str | None = None
    date: PartialDate | None = None


class Heading(Strict):
    clause: str
    numbering: str | None = None
    text: str
    level: int = Field(ge=1, le=4)
    area: Id | None = None


class Target(Strict):
    """One target as written: a number, a reference to a parent's figure, a cut or a level."""

    id: Id | None = None
    clause: str
    text: str
    indicator: Id | None = None
    comparator: Comparator | None = None
    value: float | None = None
    unit: MeasureUnit | None = None
    # "theo mục tiêu tỉnh giao": the figure is whatever these levels assigned.
    assigned_by: list[Literal["government", "ministry", "province"]] = []
    change: Literal["increase", "decrease"] | None = None
    baseline_year: int | None = None
    baseline_previous_year: bool = False  # "so với năm trước liền kề"
    year: int | None = None
    period: Period | None = None
    deadline: PartialDate | None = None
    applies_to: list[str] = []
    source: Source | None = None


class Activity(Strict):
    clause: str
    text: str
    products: list[str] = []
    lead: list[str] = []
    support: list[str] = []
    when: str | None = None
    deadline: PartialDate | None = None
    recurrence: Recurrence | None = None


class Task(Strict):
    id: Id | None = None
    clause: str
    text: str
    lead: list[str] = []
    support: list[str] = []
    when: str | None = None
    deadline: PartialDate | None = None
    recurrence: Recurrence | None = None
    products: list[str] = []
    targets: list[Target] = []
    goals: list[Id] = []
    activities: list[Activity] = []


class AreaContent(Strict):
    targets: list[Target] = []
    tasks: list[Task] = []


class DeclaredCount(Strict):
    """Counts a document announces, e.g. "(3 Mục tiêu; 03 nhiệm vụ; 05 Hoạt động)"."""

    clause: str
    text: str
    area: Id | None = None
    goals: int | None = None
    tasks: int | None = None
    activities: int | None = None


class Announcement(Strict):
    """Content the text announces elsewhere, e.g. "(Có phụ lục kèm theo)": `section` is the
    clause prefix its content would carry ("Phụ lục")."""

    clause: str
    text: str
    section: str


class Requirement(Strict):
    """What a document requires of every task: "xác định rõ cơ quan chủ trì, cơ quan phối hợp,
    thời gian thực hiện, sản phẩm đầu ra" — of its own tasks (self) or of the plans below."""

    clause: str
    text: str
    task_fields: list[Literal["lead", "support", "deadline", "products"]]
    scope: Literal["self", "subordinates"] = "self"


class SelfReference(Strict):
    """A place where the text names itself or its issuer (checked for year and name)."""

    clause: str
    text: str
    issuer_as_written: str | None = None
    year: int | None = None


class Reporting(Strict):
    clause: str
    text: str
    to: list[str] = []
    recurrence: list[Recurrence] = []
    deadline: PartialDate | None = None


class Inspection(Strict):
    clause: str
    units: list[str]
    mode: Literal["direct", "online", "self", "unannounced"]
    content: str | None = None
    when: str | None = None
    lead: list[str] = []
    support: list[str] = []


class Document(Strict):
    id: Id
    kind: DocKind
    issuer: Id
    issuer_as_written: str
    number: str | None = None
    number_as_written: str | None = None
    date: PartialDate | None = None
    date_as_written: str | None = None
    place: str | None = None
    title: str
    period: Period | None = None
    seed: str | None = None
    reference: bool = False
    note: str | None = None
    cites: list[Citation] = []
    headings: list[Heading] = []
    areas: dict[Id, AreaContent] = {}
    declared_counts: list[DeclaredCount] = []
    announced: list[Announcement] = []
    requirements: list[Requirement] = []
    self_references: list[SelfReference] = []
    reporting: list[Reporting] = []
    inspections: list[Inspection] = []


# ---------------------------------------------------------------- check and cascade rules

Severity = Literal["error", "warning", "info"]
RuleId = Annotated[str, Field(pattern=r"^[A-Z]{3}-\d{3}$")]


class Message(Strict):
    vi: str
    en: str


class AppliesTo(Strict):
    """Which documents a rule looks at: by the issuer's level and the document's kind."""

    levels: list[UnitKind] = []  # empty: every level
    document_kinds: list[DocKind] = []  # empty: every kind
    reference: bool = False  # whether reference documents are checked too


class CheckRule(Strict):
    id: RuleId
    kind: Id
    severity: Severity
    applies_to: AppliesTo = AppliesTo()
    params: dict[str, object] = {}
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
    action: Literal["drop", "map"]
    map_to: UnitKind | None = None
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
    defunct_levels: list[DefunctLevel] = []
    figure_sources: list[FigureSource] = []
    planning_levels: list[UnitKind] = []  # units expected to write a PAR plan every year
    required_documents: list[RequiredDocument] = []
