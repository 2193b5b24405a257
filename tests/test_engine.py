"""Edge cases of the engine's pieces: numbering, target strength, years, propagation, matching."""

import datetime as dt

import pytest

from cascade.checks.heading_order import number, styled
from cascade.checks.impossible_value import Params as ImpossibleParams, impossible
from cascade.errors import Location
from cascade.finding import Finding, at_or_above
from cascade.hierarchy import Hierarchy
from cascade.load import load_rules
from cascade.workspace import Workspace
from cascade.models import Document, Target, Unit
from cascade.pickup import best_match, words
from cascade.propagate import Propagation
from cascade.targets import describe, stricter, target_years


def T(**kw) -> Target:
    return Target(clause="x", text="x", **kw)


@pytest.mark.parametrize("numbering, n", [("IV", 4), ("IX", 9), ("XIV", 14), ("2.1", 1), ("7", 7), ("a", 1), ("đ", 5), ("e)", 6)])
def test_heading_numbers(numbering, n):
    assert number(numbering) == n


@pytest.mark.parametrize("n, like, written", [(4, "VI", "IV"), (9, "I", "IX"), (3, "7", "3"), (5, "a", "đ")])
def test_expected_number_is_written_like_its_siblings(n, like, written):
    assert styled(n, like) == written


@pytest.mark.parametrize("a, b, a_is_stricter", [
    (T(comparator=">", value=95, unit="percent"), T(comparator=">=", value=95, unit="percent"), True),
    (T(comparator=">=", value=95, unit="percent"), T(comparator=">", value=95, unit="percent"), False),
    (T(comparator=">=", value=95, unit="percent"), T(comparator="=", value=95, unit="percent"), False),
    (T(comparator="<=", value=20, unit="rank"), T(comparator="<=", value=30, unit="rank"), True),   # lower is better
    (T(comparator=">=", value=30, unit="percent", change="decrease"), T(comparator=">=", value=20, unit="percent", change="decrease"), True),
    (T(comparator=">=", value=50, unit="percent", change="decrease", baseline_year=2024),
     T(comparator=">=", value=20, unit="percent", change="decrease", baseline_year=2025), False),  # other baseline
    (T(comparator=">=", value=3, unit="level"), T(comparator=">=", value=80, unit="percent"), False),  # other unit
    (T(assigned_by=["province"]), T(comparator=">=", value=80, unit="percent"), False),              # unknown figure
])
def test_which_target_is_stricter(a, b, a_is_stricter):
    assert stricter(a, b) is a_is_stricter


@pytest.mark.parametrize("target, text", [
    (T(comparator=">", value=100, unit="percent"), "> 100 %"),
    (T(comparator=">=", value=3, unit="level"), "≥ 3 (level)"),
    (T(comparator=">=", value=10, unit="percent", change="decrease", baseline_year=2025), "−≥ 10 % vs 2025"),
    (T(assigned_by=["province"]), "= province"),
])
def test_describe(target, text):
    assert describe(target) == text


def test_target_years():
    doc = Document(id="d", kind="resolution", issuer="x", issuer_as_written="x", title="t", period={"start": 2021, "end": 2030})
    assert list(target_years(T(year=2025), doc)) == list(range(2025, 2031))  # a 2025 floor holds until 2030
    assert list(target_years(T(period={"start": 2028, "end": 2030}), doc)) == [2028, 2029, 2030]
    assert list(target_years(T(), doc)) == list(range(2021, 2031))


@pytest.mark.parametrize("target, bad", [
    (T(comparator=">=", value=100, unit="percent"), False), (T(comparator=">", value=100, unit="percent"), True),
    (T(comparator=">=", value=0, unit="percent"), False), (T(comparator=">=", value=-1, unit="percent"), True),
    (T(comparator=">=", value=120, unit="count"), False), (T(comparator=">=", value=6, unit="level"), True),
])
def test_impossible_values(target, bad):
    assert bool(impossible(target, ImpossibleParams())) is bad


def _world(docs) -> Workspace:
    rules = load_rules()
    units = [Unit(id="cp", name="Chính phủ", kind="nation"),
             Unit(id="tinh", name="UBND tỉnh", kind="province", parent="cp"),
             Unit(id="huyen", name="UBND huyện A", kind="district", parent="tinh", valid_to=dt.date(2025, 6, 30)),
             Unit(id="xa", name="UBND xã B", kind="commune", parent="tinh", valid_from=dt.date(2025, 7, 1))]
    return Workspace(root=None, rules=rules, hierarchy=Hierarchy(units, rules.groups.groups),
                     documents={d.id: d for d in docs})


def _decision(*targets) -> Document:
    return Document(id="qd", kind="decision", issuer="cp", issuer_as_written="Chính phủ", title="QĐ",
                    date="2021-06-15", period={"start": 2021, "end": 2030},
                    areas={"chinh-quyen-so": {"targets": list(targets)}})


def test_a_2021_national_target_reaches_the_communes_of_2026():
    ws = _world([_decision(T(indicator="work-records-online", comparator=">=", value=60, unit="percent", applies_to=["cấp xã"]))])
    obligations = Propagation(ws, ws.rules.cascade).for_unit("xa", range(2026, 2027))
    assert [(o.document, o.via, o.path) for o in obligations] == [("qd", "cấp xã", ("cp", "tinh", "xa"))]


def test_district_targets_are_dropped_after_the_reform_and_remembered():
    ws = _world([_decision(T(indicator="work-records-online", comparator=">=", value=80, unit="percent", applies_to=["cấp huyện"]))])
    prop = Propagation(ws, ws.rules.cascade)
    assert prop.for_unit("huyen", range(2024, 2025))  # it still reached the district in 2024
    assert prop.for_unit("xa", range(2026, 2027)) == []
    assert [(d.phrase, d.reason) for d in prop.dropped[2026].values()] == [("cấp huyện", "district")]


def test_the_strictest_of_several_sources_binds():
    from cascade.propagate import binding
    ws = _world([_decision(T(indicator="work-records-online", comparator=">=", value=60, unit="percent", applies_to=["cấp xã"]),
                           T(indicator="work-records-online", comparator=">", value=60, unit="percent", applies_to=["các cấp"]))])
    obligations = Propagation(ws, ws.rules.cascade).for_unit("xa", range(2026, 2027))
    assert len(obligations) == 2
    assert binding(obligations)["work-records-online"].target.comparator == ">"


def test_pickup_ignores_words_every_plan_uses():
    assert words("Tăng cường công tác cải cách hành chính") == frozenset()
    assert words("Số hóa 100% hồ sơ") == {"số", "hóa", "hồ", "sơ"}
    plan = Document(id="p", kind="plan", issuer="xa", issuer_as_written="x", title="t",
                    areas={"thu-tuc-hanh-chinh": {"tasks": [{"clause": "III.4", "text": "Đẩy mạnh số hóa hồ sơ thủ tục."}]}})
    score, clause, _ = best_match(plan, "thu-tuc-hanh-chinh", "Số hóa hồ sơ, giấy tờ")
    assert clause == "III.4" and score == pytest.approx(4 / 6)  # "giấy tờ" is not in the plan
    assert best_match(plan, "the-che", "Số hóa hồ sơ") is None


def test_fingerprint_survives_rewording_and_moving():
    base = dict(rule="TGT-001", kind="k", severity="error", unit="xa", document="d", area="a", indicator="i",
                expected="≥ 60 %", actual="≥ 50 %", fix="f", clause="II.7", source=None)
    one = Finding(message="one", location=Location("a.yaml", 3, 1), **base)
    two = Finding(message="two", location=Location("a.yaml", 9, 5), **base)
    assert one.fingerprint == two.fingerprint


@pytest.mark.parametrize("severity, threshold, fails", [
    ("error", "error", True), ("warning", "error", False), ("warning", "warning", True),
    ("info", "warning", False), ("info", "info", True), ("error", "never", False)])
def test_fail_on_thresholds(severity, threshold, fails):
    assert at_or_above(severity, threshold) is fails
