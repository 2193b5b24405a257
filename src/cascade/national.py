"""The national layer's data: Vietnam's administrative units over both periods, and the
provincial departments every province has.

Where the data come from, the id scheme and the dating rules: national/SOURCE.md.
"""

from __future__ import annotations

import gzip
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

import yaml

from cascade.hierarchy import remember_keys
from cascade.models import Unit
from cascade.paths import national_dir

REFORM = date(2025, 7, 1)  # the two-tier local government starts
DATASET = {"name": "vietnamadminunits", "version": "1.0.4", "licence": "MIT",
           "url": "https://pypi.org/project/vietnamadminunits/1.0.4/"}


class NationalUnit(NamedTuple):  # a tuple: made 13,000 times at every start, in a third of a dataclass's time
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
    key: str  # name_key(name), computed by the build (tests/test_national_data.py keeps it current)

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
    lines = gzip.decompress((national_dir() / "units.tsv.gz").read_bytes()).decode("utf-8").split("\n")
    for line in filter(None, lines[1:]):  # after the header
        uid, code, name, kind, typ, parent, before, vfrom, vto, succ, key = line.split("\t")
        for d in (vfrom, vto):
            if d not in dates:
                dates[d] = date.fromisoformat(d)
        units.append(NationalUnit(uid, code, name, kind, typ, parent or None, before or None,
                                  dates[vfrom], dates[vto], tuple(succ.split(";")) if succ else (), key))
    return tuple(units)


@cache
def load_departments() -> dict:
    """departments.yaml as a dict: the 12 sở of NĐ 150/2025, the optional ones, the old ones."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((national_dir() / "departments.yaml").read_text(encoding="utf-8"), Loader=loader)


# ---------------------------------------------------------------- as hierarchy units

NATION = "chinh-phu"  # the root of national/hierarchy.yaml
SOURCE = f"{DATASET['name']} {DATASET['version']}"
BEFORE_REFORM = REFORM - timedelta(days=1)
# The type word as a unit's name writes it ("thành phố thuộc tỉnh" names start "Thành phố").
WRITTEN = {"thành phố thuộc tỉnh": "thành phố"}


TYPE_WORDS = ("thành phố", "thị trấn", "thị xã", "đặc khu", "huyện", "quận", "phường", "tỉnh", "xã")


def _split(unit: NationalUnit) -> tuple[str, str]:
    """("xã", "Mù Cả") from "Xã Mù Cả": the type word as the name writes it (7 units' names
    and types disagree in the dataset: the name wins), and the proper name."""
    word = WRITTEN.get(unit.type, unit.type)
    if not unit.name[:len(word)].lower() == word:
        word = next(w for w in TYPE_WORDS if unit.name.lower().startswith(w + " "))
    return word, unit.name[len(word) + 1:]


@cache
def hierarchy_units() -> tuple[Unit, ...]:
    """Every unit of the dataset and the mandatory departments of every province, as units of
    the hierarchy named as plans write their issuing body ("UBND xã Mù Cả"; name keys equate
    "Ủy ban nhân dân" and "UBND"), the official name ("Xã Mù Cả") an alias."""
    units, keys = [], []
    for n in load_units():
        word, proper = _split(n)
        keys += [(n.name, n.key), (f"UBND {word} {proper}", f"ubnd {n.key}")]
        units.append(Unit.trusted(
            id=n.id, name=f"UBND {word} {proper}", kind=n.kind, parent=n.parent or NATION,
            former_parent=n.parent_before, former_parent_until=BEFORE_REFORM if n.parent_before else None,
            valid_from=n.valid_from, valid_to=n.valid_to, successors=list(n.successors), aliases=[n.name],
            offices=None, code=n.code, source=SOURCE, note=None))
    remember_keys(keys)
    return (*units, *departments())


def departments() -> list[Unit]:
    """The 12 sở of NĐ 150/2025/NĐ-CP in every province that exists after the reform; one that
    existed before under the same name spans both periods where its province does."""
    data = load_departments()
    continuing = {d["slug"] for d in data["before_2025"]["departments"] if d["continues"]}
    start = data["mandatory"]["applies_from"]
    units = []
    for province in (u for u in load_units() if u.kind == "province" and u.exists_on(REFORM)):
        word, proper = _split(province)
        for dept in data["mandatory"]["departments"]:
            name = dept["name"].replace(" tỉnh", f" {word}")
            spans = province.valid_from is None and dept["slug"] in continuing
            written = [a for a in dept.get("aliases", []) if " " in a]  # acronyms alone are too loose
            units.append(Unit.trusted(
                id=f"{province.id}.{dept['slug']}", name=name, kind="dept", parent=province.id,
                former_parent=None, former_parent_until=None, valid_from=None if spans else start, valid_to=None,
                successors=[], aliases=[f"{name} {word} {proper}", *written], offices=None, code=None,
                source=data["source"]["decree"], note=None))
    return units


def named_only() -> list[tuple[dict, date | None, date | None]]:
    """The departments not assumed to exist anywhere — the optional ones of NĐ 150/2025 and
    those of before the 2025 mergers — with their dates: recognised only where a document names
    them (dept, valid_from, valid_to)."""
    data = load_departments()
    optional = [(d, REFORM, None) for d in data["optional"]["departments"]]
    before = [(d, None, BEFORE_REFORM) for d in data["before_2025"]["departments"] if not d["continues"]]
    return optional + before
