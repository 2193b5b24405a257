"""The strict base every input model shares, and the small types they use."""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys
import types
import typing
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from cascade.errors import Location
from cascade.limits import MAX_YEAR, MIN_YEAR


Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")]  # "lai-chau.xa-mu-ca": a unit within its province

_PARTIAL_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?|-Q[1-4])?$")


def _partial_date(value: object) -> str:
    """Accept 2026, "2026-06", 2026-06-15 (YAML date) or "2026-Q3"; keep it as text. Only real
    calendar dates, in years MIN_YEAR..MAX_YEAR: the checks compute with them."""
    if isinstance(value, dt.date):
        value = value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    found = _PARTIAL_DATE.match(value) if isinstance(value, str) else None
    if found and _real(*found.groups()):
        return value
    raise PydanticCustomError("partial_date", "not a partial date", {"value": str(value)})


def _real(year: str, month: str | None, day: str | None) -> bool:
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return MIN_YEAR <= int(year) <= MAX_YEAR


def _year(value: int) -> int:
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise PydanticCustomError("year_range", "year out of range", {"value": str(value)})
    return value


def _date(value: dt.date) -> dt.date:
    _year(value.year)
    return value


Year = Annotated[int, AfterValidator(_year)]  # a year a plan can speak of
Date = Annotated[dt.date, AfterValidator(_date)]  # a full date in those years


# Drafts leave the day (or the month) blank, so a document date may be incomplete.
PartialDate = Annotated[str, BeforeValidator(_partial_date)]

UnitKind = Literal["nation", "ministry", "province", "dept", "district", "commune", "office", "external"]
Comparator = Literal[">=", ">", "=", "<=", "<"]
MeasureUnit = Literal["percent", "count", "level", "rank", "points", "minutes", "group"]  # group: a band, PAPI's "nhóm 2"
Recurrence = Literal["regular", "weekly", "monthly", "quarterly", "half-yearly", "annual", "on-demand", "as-guided"]
DocKind = Literal[
    "plan", "programme", "inspection-plan", "remediation-plan",
    "resolution", "decision", "directive", "conclusion", "official-letter", "decree",
    # issue 12: plans to raise PAR INDEX/SIPAS/PAPI, communication plans, reports of results, and
    # "other" (a plan on one component of CCHC, a notice) — none of them owes the seven areas
    "index-plan", "communication-plan", "report", "other",
]
Confidence = Literal["V", "S"]


_NOWHERE = {"loc": None, "path": (), "src": None}
_WRITTEN: dict[frozenset, frozenset] = {}  # the sets of fields objects were read with, one of each


class Strict(BaseModel):
    """Base of every input model: unknown keys are rejected; remembers where it was read.

    Where it was read lives in pydantic's slot for private attributes, set only by the methods
    below: declared as PrivateAttr, they cost pydantic two calls per object to initialise —
    a fifth of loading a national workspace's 150,000 targets and tasks."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    @classmethod
    def trusted(cls, **fields: object):
        """A model of values already known to be valid and complete (every field given; the
        shipped national data, checked by its tests): model_construct without its per-field
        work, which 13,000 units a run would pay for."""
        obj = cls.__new__(cls)
        object.__setattr__(obj, "__dict__", fields)
        object.__setattr__(obj, "__pydantic_fields_set__", _every_field(cls))
        object.__setattr__(obj, "__pydantic_extra__", None)
        object.__setattr__(obj, "__pydantic_private__", None)
        return obj

    def _place(self, **where: object) -> None:
        object.__setattr__(self, "__pydantic_private__", {**_NOWHERE, **where})  # BaseModel.__setattr__ is slow

    def locate(self, src: object, path: tuple) -> None:
        """Remember that this object was read at `path` in `src` (a source.SourceFile)."""
        object.__setattr__(self, "__pydantic_private__", {"loc": None, "path": path, "src": src})

    def freeze(self) -> None:
        """Share what equal objects can: one frozen set of written fields for every object that
        wrote the same ones, and one copy of each string (sys.intern, which lets it go when no
        longer used). A national workspace's documents held 300,000 sets of their own (200 MB)
        and 900,000 strings of 15,000 values (90 MB); they are never changed once read
        (assigning a field, or model_copy, would then fail loudly)."""
        written = frozenset(self.__pydantic_fields_set__)
        object.__setattr__(self, "__pydantic_fields_set__", _WRITTEN.setdefault(written, written))
        texts, lists = _text_fields(type(self))
        fields = self.__dict__
        for name in texts:
            if fields[name] is not None:
                fields[name] = sys.intern(fields[name])
        for name in lists:
            if fields[name]:
                fields[name][:] = map(sys.intern, fields[name])

    def locate_at(self, location: Location) -> None:
        """Remember a fixed place (an imported plan: the line its words were read from)."""
        self._place(loc=location)

    def place_like(self, other: Strict) -> None:
        """Take another object's place (an office made from its unit's template): the same
        record, shared, as a place is only ever replaced (15,000 offices in a national workspace)."""
        object.__setattr__(self, "__pydantic_private__", other.__pydantic_private__)

    @property
    def key_path(self) -> tuple:
        """Where in its file the object is written, as a key path."""
        return (self.__pydantic_private__ or _NOWHERE)["path"]

    @property
    def source_file(self) -> object:
        """The source.SourceFile it was read from, if any."""
        return (self.__pydantic_private__ or _NOWHERE)["src"]

    @property
    def loc(self) -> Location | None:
        """Where the object is written (found when asked: see source.SourceFile)."""
        return self.loc_of()

    def loc_of(self, *path: str | int) -> Location | None:
        """Where one of this object's fields (or an item of it) is written, else the object."""
        where = self.__pydantic_private__ or _NOWHERE
        if where["src"] is None:
            return where["loc"]
        return where["src"].value_at(where["path"] + path)


@functools.cache
def _every_field(model: type[BaseModel]) -> frozenset[str]:
    """The fields a trusted object was made with (all of them), one set for the class."""
    return frozenset(model.model_fields)


@functools.cache
def declared(model: type[BaseModel], names: tuple[str, ...]) -> tuple[str, ...]:
    """Those of `names` a model class has as fields, in their order: what a loop over 300,000
    models looks at in each."""
    return tuple(n for n in names if n in model.model_fields)


@functools.cache
def _text_fields(model: type[Strict]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The fields of a model class that hold a text, and those that hold a list of texts: the
    only ones freeze looks at in each of 300,000 objects."""
    kinds = {name: _text_kind(info.annotation) for name, info in model.model_fields.items()}
    return tuple(n for n, k in kinds.items() if k == "text"), tuple(n for n, k in kinds.items() if k == "list")


def _text_kind(tp: object) -> str | None:
    """"text" for str (and Literal texts, Optional or Annotated), "list" for a list of those."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Annotated:
        return _text_kind(args[0])
    if origin in (typing.Union, types.UnionType):
        kinds = {_text_kind(a) for a in args if a is not type(None)}
        return kinds.pop() if len(kinds) == 1 else None
    if tp is str or (origin is Literal and all(isinstance(a, str) for a in args)):
        return "text"
    return "list" if origin is list and args and _text_kind(args[0]) == "text" else None
