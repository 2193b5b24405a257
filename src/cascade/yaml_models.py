"""YAML file → pydantic model, with every validation error at the file's line and column.

pydantic reports where an error is as a key path ("areas", "the-che", "targets", 0, "value");
the position index of source.py turns that path into the place the user must edit.
"""

from __future__ import annotations

import functools
import types
import typing
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from cascade import source
from cascade.errors import Problem
from cascade.limits import MAX_YEAR, MIN_YEAR
from cascade.models import Strict

M = TypeVar("M", bound=Strict)


def read_model(path: Path, model: type[M], problems: list[Problem], shown_as: str | None = None,
               values: object = None, frozen: bool = False, nodes: list | None = None) -> tuple[M | None, source.SourceFile]:
    """A file as a model; `frozen`: a model never changed after loading (see Strict.freeze);
    `nodes`: a list to receive walk(model), for a caller that looks at every part too."""
    src = source.read(path, shown_as, values)
    problems.extend(src.problems)
    if src.problems:
        return None, src
    if not isinstance(src.data, dict):
        problems.append(Problem.at(src.value_at(()), "not-a-mapping", expected=", ".join(model.model_fields)))
        return None, src
    obj = validate_part(src, (), model, src.data, problems, frozen, nodes)
    if obj is not None:
        src.data = None  # the model holds the values now: a national workspace need not keep both
    return obj, src


def walk(obj: BaseModel, path: tuple = ()) -> list[tuple[tuple, Strict]]:
    """Every model inside obj (obj first, depth first), with its key path. A list built by plain
    recursion: nested generators cost a national workspace's 300,000 models a second."""
    found: list[tuple[tuple, Strict]] = []
    _collect(obj, path, found)
    return found


def _collect(obj: BaseModel, path: tuple, found: list) -> None:
    found.append((path, obj))
    fields = obj.__dict__  # the field values (faster than getattr per field)
    for name in _nested(type(obj)):
        value = fields.get(name)
        if isinstance(value, BaseModel):
            _collect(value, path + (name,), found)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    _collect(item, path + (name, i), found)
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, BaseModel):
                    _collect(item, path + (name, key), found)


@functools.cache
def _nested(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model class whose type can hold a model: the only ones walk looks into."""
    return tuple(name for name, info in model.model_fields.items() if _holds_model(info.annotation))


def _holds_model(tp: object) -> bool:
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return True
    return any(_holds_model(arg) for arg in typing.get_args(tp))


_TYPE_PREFIXES = ("string", "int", "float", "bool", "list", "dict", "model", "date")


def read_items(path: Path, key: str, item: type[M], problems: list[Problem]) -> tuple[list[M] | None, source.SourceFile]:
    """A file holding one list (`checks:`), each item validated on its own, so that one broken
    item does not hide the problems of the others."""
    src = source.read(path)
    problems.extend(src.problems)
    if src.problems:
        return None, src
    data = src.data
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        problems.append(Problem.at(src.value_at(()), "not-a-mapping", expected=key))
        return None, src
    problems.extend(Problem.at(src.key_at((k,)), "extra_forbidden", field=k, allowed=key) for k in data if k != key)
    items = [validate_part(src, (key, i), item, entry, problems) for i, entry in enumerate(data[key])]
    return [x for x in items if x is not None], src


def validate_part(src: source.SourceFile, path: tuple, model: type[M], data: object, problems: list[Problem],
                  frozen: bool = False, nodes: list | None = None) -> M | None:
    """Validate one part of a file (e.g. a rule's params) against its own model."""
    try:
        obj = model.model_validate(data if data is not None else {})
    except ValidationError as exc:
        problems.extend(_schema_problem(src, model, err, path) for err in exc.errors())
        return None
    found = walk(obj, path)
    for sub, node in found:
        node.locate(src, sub)
        if frozen:
            node.freeze()
    if nodes is not None:
        nodes += found
    return obj


def _schema_problem(src: source.SourceFile, model: type[BaseModel], err: dict, prefix: tuple = ()) -> Problem:
    """One pydantic error as a Problem at its place in the file (prefix: where the model starts)."""
    model_loc, kind = tuple(err["loc"]), err["type"]
    loc = prefix + model_loc
    value = err.get("input")
    if loc and loc[-1] == "[key]":
        return Problem.at(src.key_at(loc[:-1]), kind if kind in ("string_pattern_mismatch",) else "invalid",
                          value=loc[-2], detail=err["msg"])
    if kind == "missing":
        return Problem.at(src.value_at(loc[:-1]), "missing", field=loc[-1])
    if kind == "extra_forbidden":
        allowed = ", ".join(_model_at(model, model_loc[:-1]).model_fields) or "—"
        return Problem.at(src.key_at(loc), "extra_forbidden", field=loc[-1], allowed=allowed)
    where = src.value_at(loc)
    if kind in ("literal_error", "enum"):
        return Problem.at(where, "literal_error", value=value, expected=err["ctx"]["expected"].replace(" or ", ", "))
    if kind in ("string_pattern_mismatch", "partial_date"):
        return Problem.at(where, kind, value=value)
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = {"greater_than_equal": ">=", "less_than_equal": "<=", "greater_than": ">", "less_than": "<"}[kind]
        limit = next(iter(err["ctx"].values()))
        return Problem.at(where, "out-of-range", value=value, expected=f"{bound} {limit}")
    if kind == "year_range":
        return Problem.at(where, "out-of-range", value=value, expected=f"{MIN_YEAR}–{MAX_YEAR}")
    if kind.startswith("date"):
        return Problem.at(where, "bad-date", value=value)
    prefix = kind.split("_")[0]
    if prefix in _TYPE_PREFIXES:
        expected = {"string": "str", "model": "model"}.get(prefix, prefix)
        return Problem.at(where, "wrong-type", value=value, expected_type=expected)
    return Problem.at(where, "invalid", detail=err["msg"])


def _strip(tp: object) -> object:
    """The type inside Annotated[...] and Optional[...]."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated:
        return _strip(args[0])
    if origin in (typing.Union, types.UnionType):
        return _strip(next(a for a in args if a is not type(None)))
    return tp


def _model_at(model: type[BaseModel], path: tuple) -> type[BaseModel]:
    """The model class that describes the mapping at path (for listing its allowed keys)."""
    current: object = model
    for key in path:
        current = _strip(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            current = current.model_fields[key].annotation
        else:  # a list or a dict: step into its items, whatever the index or key
            current = typing.get_args(current)[-1]
    return _strip(current)  # type: ignore[return-value]
