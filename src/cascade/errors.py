"""Where something was read, and the one shape of a bad-input report: path:line:col."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Location:
    file: str
    line: int  # 1-based
    column: int  # 1-based

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input; rendered in Vietnamese or English by messages.py."""

    location: Location
    code: str
    params: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def at(cls, location: Location, code: str, **params: object) -> "Problem":
        return cls(location, code, tuple(sorted((k, str(v)) for k, v in params.items())))


class InputError(Exception):
    """Raised with every problem found in the input, never only the first."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem{'s' * (len(problems) != 1)} in the input")
        self.problems = sorted(set(problems))
