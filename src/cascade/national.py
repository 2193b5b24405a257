"""The national layer's data: Vietnam's administrative units over both periods, and the
provincial departments every province has.

Reads the files shipped in cascade/data/national/ and knows no other cascade module.
Where the data come from, the id scheme and the dating rules: data/national/SOURCE.md.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "national"
REFORM = date(2025, 7, 1)  # the two-tier local government starts
DATASET = {"name": "vietnamadminunits", "version": "1.0.4", "licence": "MIT",
           "url": "https://pypi.org/project/vietnamadminunits/1.0.4/"}


@dataclass(frozen=True, slots=True)
class NationalUnit:
    id: str
    code: str  # official code, leading zeros kept
    name: str  # full name with its type word: "Xã Mù Cả"
    kind: str  # province | district | commune
    type: str  # tỉnh, thành phố, huyện, quận, thị xã, thành phố thuộc tỉnh, xã, phường, ...
    parent: str | None  # the post-reform parent when the unit spans both periods
    parent_before: str | None  # the pre-reform parent, only where it differs
    valid_from: date | None
    valid_to: date | None
    successors: tuple[str, ...]

    def exists_on(self, day: date) -> bool:
        return ((self.valid_from is None or self.valid_from <= day)
                and (self.valid_to is None or day <= self.valid_to))

    def parent_on(self, day: date) -> str | None:
        return self.parent_before if self.parent_before and day < REFORM else self.parent


@cache
def load_units() -> tuple[NationalUnit, ...]:
    """Every unit of both periods, in file order (provinces, districts, communes)."""
    dates: dict[str, date | None] = {"": None}
    units = []
    with gzip.open(DATA / "units.tsv.gz", "rt", encoding="utf-8") as f:
        next(f)  # header
        for line in f:
            uid, code, name, kind, typ, parent, before, vfrom, vto, succ = \
                line.rstrip("\n").split("\t")
            for d in (vfrom, vto):
                if d not in dates:
                    dates[d] = date.fromisoformat(d)
            units.append(NationalUnit(uid, code, name, kind, typ, parent or None,
                                      before or None, dates[vfrom], dates[vto],
                                      tuple(succ.split(";")) if succ else ()))
    return tuple(units)


@cache
def load_departments() -> dict:
    """departments.yaml as a dict: the 12 sở of NĐ 150/2025, the optional ones, the old ones."""
    return yaml.safe_load((DATA / "departments.yaml").read_text(encoding="utf-8"))
