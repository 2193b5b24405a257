"""One meaning of met: `check`, `explain` and `audit` give every obligation of the Lai Châu
example the same outcome, and unknown or not comparable is never shown or counted as met."""

from __future__ import annotations

import datetime as dt

import pytest

from cascade import audit, explain
from cascade.answer import PREFERENCE, best, compare
from cascade.load import load_workspace
from cascade.paths import example_workspace
from cascade.models import Target
from cascade.report.audit import FORMATS as AUDIT_FORMATS
from cascade.targets import own_targets

AS_OF = {2024: dt.date(2024, 12, 31), 2026: dt.date(2026, 11, 21)}


@pytest.fixture(scope="module")
def ws():
    return load_workspace(example_workspace())


@pytest.fixture(scope="module", params=[2024, 2026])
def year_report(request, ws):
    year = request.param
    return year, audit.build(ws, year, AS_OF[year], "en")


def _explained(ws, report, year):
    """(unit, explain's entry) for every obligation of every unit expected to plan that year."""
    for status in report.units:
        for entry in (e for key in ("targets", "tasks") for e in explain.explain(ws, status.unit, year)[key]):
            yield status.unit, entry


def test_explain_and_audit_give_every_obligation_the_same_outcome(ws, year_report):
    year, report = year_report
    rows = {(r.document, r.clause, r.role, r.text, r.required, r.deadline, r.indicator): r for r in report.reverse}
    statuses = {u.unit: u.status for u in report.units}
    compared = 0
    for unit, entry in _explained(ws, report, year):
        if entry.get("role") == "support":
            continue  # the audit follows what a unit leads
        p = entry["provenance"]
        role = "target" if "required" in entry else entry["role"]  # a share of a target is on the target's row
        row = rows[(p["document"], p["clause"], role, p["text"], entry.get("required", ""),
                    entry.get("deadline") or "", entry.get("indicator"))]
        # no plan in the workspace; a plan known only as a reference copy answers "unknown"
        without = "unknown" if statuses[unit] == "plan-not-available" else "no-plan"
        expected = min((a["outcome"] for a in entry["answers"]), key=PREFERENCE.index, default=without)
        assert row.answers[unit] == expected, (unit, p)
        compared += 1
    assert compared > 20


def test_a_weaker_answer_in_explain_is_a_tgt001_finding_in_check(ws, year_report):
    """...or TGT-004 when what it is weaker than is a floor carried from an ended document."""
    year, report = year_report
    findings = {(f.rule, f.unit, f.indicator) for f in report.findings if f.rule in ("TGT-001", "TGT-004")}
    for unit, entry in _explained(ws, report, year):
        if entry.get("indicator") and entry["binding"] and any(a["outcome"] == "weaker" for a in entry["answers"]):
            rule = "TGT-004" if entry["carried_from"] else "TGT-001"
            assert (rule, unit, entry["indicator"]) in findings, (unit, entry["provenance"])


def test_every_tgt001_finding_is_a_weaker_answer_in_explain(ws, year_report):
    year, report = year_report
    for f in (f for f in report.findings if f.rule in ("TGT-001", "TGT-004")):
        entries = [e for u, e in _explained(ws, report, year) if u == f.unit and e.get("indicator") == f.indicator
                   and ", ".join(filter(None, (e["provenance"]["document"], e["provenance"]["clause_in_document"]))) == f.source]
        for e in entries:  # the source reaches the unit this year: explain agrees it is weaker
            assert [a["outcome"] for a in e["answers"] if a["document"] == f.document] == ["weaker"], f


def test_task_answers_agree_with_tsk001(ws, year_report):
    year, report = year_report
    flagged = {(f.document, f.source) for f in report.findings if f.rule == "TSK-001"}
    for unit, entry in _explained(ws, report, year):
        if entry.get("role") == "lead":
            source = f"{entry['provenance']['document']}, {entry['provenance']['clause']}"
            for a in entry["answers"]:
                assert (a["outcome"] == "not-picked-up") == ((a["document"], source) in flagged), (a, source)


def test_a_cut_against_a_baseline_is_not_comparable_with_a_plain_cut(ws):
    """NQ 66's "−≥ 50 % vs 2024" cannot be met by the Office's plain "30 % chi phí tuân thủ"."""
    data = explain.explain(ws, "van-phong-ubnd-tinh", 2026, "compliance-cost-cut")
    outcomes = {t["required"]: [a["outcome"] for a in t["answers"]] for t in data["targets"]}
    assert outcomes == {"≥ 30 %": ["met"], "−≥ 50 % vs 2024": ["not-comparable"]}


def test_internal_procedures_are_not_held_to_the_business_cut(ws):
    """The Inspectorate's 20 % cut concerns its internal procedures (TTHC nội bộ): NQ 66's 30 %
    for business-related procedures reaches it, and its plan sets no target on that."""
    data = explain.explain(ws, "thanh-tra-tinh", 2026, "compliance-cost-cut")
    assert {a["outcome"] for t in data["targets"] for a in t["answers"]} == {"missed"}


def test_unknown_and_not_comparable_are_never_met():
    cut = Target(clause="x", text="x", comparator=">=", value=20, unit="percent", change="decrease")
    against_2024 = cut.model_copy(update={"value": 50, "baseline_year": 2024, "change": "decrease"})
    plain = Target(clause="x", text="x", comparator=">=", value=20, unit="percent")
    by_province = Target(clause="x", text="x", assigned_by=["province"])
    assert compare(against_2024, plain)[0] == "not-comparable"
    assert compare(by_province, plain)[0] == "unknown"
    assert compare(plain, by_province)[0] == "unknown"
    assert best([]) is None


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_every_format_counts_not_comparable_apart_from_met(ws, fmt):
    report = audit.build(ws, 2026, AS_OF[2026], "en")
    answers = report.summary["answers"]
    met = sum(r.answers.get(u) == "met" for r in report.reverse for u in r.answers)
    assert answers["met"] == met and answers["not-comparable"] >= 1 and answers["unknown"] >= 1
    shown = AUDIT_FORMATS[fmt](report, "en")
    assert ("not comparable" in shown) or ('"not-comparable"' in shown)


def _targets(ws, unit, year=2026):
    return explain.explain(ws, unit, year)["targets"]


def test_a_national_target_stays_with_the_government(ws):
    """NQ 76's national databases and QĐ 282's national institutions are the Government's own
    (owner: issuer): they reach no province, department or commune."""
    for unit in ("lai-chau", "thanh-tra-tinh", "xa-mu-ca"):
        assert not [t for t in _targets(ws, unit) if t["indicator"] == "national-databases-done"
                    or t["provenance"]["clause"] == "par-facts §2, dòng 2"]


def test_a_figure_for_cap_tinh_is_a_departments_share_known_through_the_province(ws):
    """"Cấp tỉnh" reaches the province and, as a share, its departments: shown, answered unknown
    when the department's plan does not restate it, and held to the figure when it does."""
    shares = {t["indicator"]: t for t in _targets(ws, "thanh-tra-tinh") if t["role"] == "share"}
    assert {"online-payment-procedures", "data-governance-maturity"} <= set(shares)
    assert shares["data-governance-maturity"]["answers"][0]["outcome"] == "unknown"
    assert shares["work-records-online"]["answers"][0]["outcome"] == "met"  # its "trên 100%" (II.7)
    assert all(t["role"] == "target" for t in _targets(ws, "lai-chau") if t["provenance"]["via"] == "cấp tỉnh")


def test_an_advised_figure_is_not_the_plans_own(ws):
    """The Office's "tham mưu UBND tỉnh: … 80 %" figures are the province's (owner: parent)."""
    doc = ws.documents["kh-vpubnd-2026-2030"]
    advised = [t for a in doc.areas.values() for t in a.targets if t.owner == "parent"]
    assert len(advised) == 10
    assert not {id(t) for _, t in own_targets(doc)} & {id(t) for t in advised}


def _tasks(ws, unit, year):
    return {(t["provenance"]["clause"], t["role"]) for t in explain.explain(ws, unit, year)["tasks"]}


def test_a_unit_named_as_support_is_not_made_lead_by_a_group_phrase(ws):
    """KH 4745 dòng 1: "Các sở, ban, ngành tỉnh" lead, "Sở Nội vụ" support — the Department of
    Home Affairs supports; every other department leads."""
    row = "Biểu nhiệm vụ trọng tâm, dòng 1"
    assert {r for c, r in _tasks(ws, "so-noi-vu", 2026) if c == row} == {"support"}
    assert {r for c, r in _tasks(ws, "so-tu-phap", 2026) if c == row} == {"lead"}


def test_the_units_a_phrase_leaves_out_are_not_reached(ws):
    """The 2024 inspection plan asks the units *not* inspected (III.1 names nine) to self-inspect."""
    self_inspection = {"III.3", "V.3, ý 4"}
    assert not {c for c, _ in _tasks(ws, "so-noi-vu", 2024)} & self_inspection
    assert {c for c, _ in _tasks(ws, "so-tu-phap", 2024)} >= self_inspection


def test_an_activity_names_its_own_lead_and_support(ws):
    """001's appendix names a lead and support for each Hoạt động: the named office leads it and
    is not also a supporter through "Các phòng, ban, trung tâm"."""
    office = next(u for u, unit in ws.hierarchy.units.items() if unit.name == "Phòng Hành chính – Quản trị")
    roles = {r for c, r in _tasks(ws, office, 2026) if c == "Phụ lục, I, Hoạt động 1"}
    assert roles == {"lead"}
