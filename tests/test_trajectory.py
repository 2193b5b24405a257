"""The even path between two known levels (TGT-006 and `cascade explain`)."""

from __future__ import annotations

from cascade import explain
from cascade.load import load_workspace
from cascade.models import Target
from cascade.paths import example_workspace
from cascade.propagate import Obligation
from cascade.trajectory import levels, path


def _floor(value: float, year: int, doc: str) -> Obligation:
    target = Target(clause="1", text="…", indicator="work-records-online", comparator=">=", value=value,
                    unit="percent", year=year)
    return Obligation("xa", "chinh-quyen-so", doc, "1", "cấp xã", ("nation", "xa"), target=target)


def test_the_path_runs_straight_from_the_last_level_to_the_furthest_goal():
    found = levels([_floor(60, 2025, "qd-942"), _floor(80, 2028, "mid"), _floor(100, 2030, "qd-2030")])
    line = path(found["work-records-online"], 2026)
    assert (line.baseline.value, line.goal.year) == (60, 2030) and line.at(2026) == 68


def test_without_either_end_there_is_no_path_and_it_says_which():
    def line(*floors):
        return path(levels(list(floors))["work-records-online"], 2026)
    assert line(_floor(60, 2025, "qd-942")).reason == "no-goal"
    assert line(_floor(100, 2030, "qd-2030")).reason == "no-baseline"
    assert line(_floor(60, 2025, "qd-942")).at(2026) is None


def test_explain_says_why_the_example_has_no_path():
    """The example's levels end in 2025 (QĐ 942) or start later without an earlier level."""
    ws = load_workspace(example_workspace())
    paths = [t["path"] for t in explain.explain(ws, "xa-mu-ca", 2026)["targets"] if t["path"]]
    assert paths and all(set(p) == {"unknown"} for p in paths)
    assert {p["unknown"] for p in paths} == {"no-goal", "no-baseline"}
