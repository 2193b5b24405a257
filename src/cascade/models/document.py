"""Documents as written: targets, tasks, headings, citations and the rest."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from cascade.models.base import Id, PartialDate, Year, Comparator, MeasureUnit, Recurrence, DocKind, Confidence, Strict


class Period(Strict):
    start: Year
    end: Year


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
    assigned_by: list[Literal["government", "ministry", "province"]] = Field(default_factory=list)
    change: Literal["increase", "decrease"] | None = None
    baseline_year: Year | None = None
    baseline_previous_year: bool = False  # "so với năm trước liền kề"
    year: Year | None = None
    period: Period | None = None
    deadline: PartialDate | None = None
    applies_to: list[str] = Field(default_factory=list)  # who owes it, as written
    # Who owes it when no phrase says so and it must not flow down: "issuer" for a target the
    # issuer keeps for itself (a national database the Government completes; a share of the
    # issuer's own offices inspected), "parent" for a figure the issuer only advises its parent
    # on ("tham mưu UBND tỉnh: ... đạt 80%"): the parent's target, not the plan's own.
    owner: Literal["issuer", "parent"] | None = None
    counts: list[str] = Field(default_factory=list)  # what the figure counts, when not who owes it
    excluding: list[str] = Field(default_factory=list)  # units the text leaves out of its phrase
    source: Source | None = None


class Activity(Strict):
    clause: str
    text: str
    products: list[str] = Field(default_factory=list)
    lead: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)
    when: str | None = None
    deadline: PartialDate | None = None
    recurrence: Recurrence | None = None


class Task(Strict):
    id: Id | None = None
    clause: str
    text: str
    lead: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)
    # units a group phrase leaves out, as the text says: "Các cơ quan, đơn vị, địa phương không
    # thuộc đối tượng có tên tại mục 1" lists here the units named in mục 1
    excluding: list[str] = Field(default_factory=list)
    when: str | None = None
    deadline: PartialDate | None = None
    recurrence: Recurrence | None = None
    products: list[str] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    goals: list[Id] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)


class AreaContent(Strict):
    targets: list[Target] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)


class TaskTable(Strict):
    """A table of tasks and the columns it has ("Cơ quan chủ trì", "Thời gian hoàn thành"): a
    row that leaves one of them empty says nothing there. `clause` starts its rows' clauses."""

    clause: str
    columns: list[Literal["lead", "support", "deadline", "products"]]


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
    year: Year | None = None


class Reporting(Strict):
    clause: str
    text: str
    to: list[str] = Field(default_factory=list)
    recurrence: list[Recurrence] = Field(default_factory=list)
    deadline: PartialDate | None = None


class Inspection(Strict):
    clause: str
    units: list[str]
    mode: Literal["direct", "online", "self", "unannounced"]
    content: str | None = None
    when: str | None = None
    lead: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)


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
    cites: list[Citation] = Field(default_factory=list)
    headings: list[Heading] = Field(default_factory=list)
    areas: dict[Id, AreaContent] = Field(default_factory=dict)
    declared_counts: list[DeclaredCount] = Field(default_factory=list)
    announced: list[Announcement] = Field(default_factory=list)
    requirements: list[Requirement] = Field(default_factory=list)
    task_tables: list[TaskTable] = Field(default_factory=list)
    self_references: list[SelfReference] = Field(default_factory=list)
    reporting: list[Reporting] = Field(default_factory=list)
    inspections: list[Inspection] = Field(default_factory=list)
    # what a Quyết định adopts ("ban hành kèm theo Quyết định này Kế hoạch …"): the plan's kind
    adopts: DocKind | None = None
    # whether the text holds the whole document: False for one cut short (it stops mid-sentence or
    # at a cut marker, or lacks the closing and signature every plan has); None when not judged.
    # cut_after: where the text stops ("line 67"); checks that conclude from absence stay silent past it.
    complete: bool | None = None
    cut_after: str | None = None
