"""Edge cases of the check kinds, called directly on small documents (no CLI, no files)."""

import datetime as dt

import pytest

from cascade.checks import KINDS
from cascade.context import Context
from cascade.hierarchy import Hierarchy
from cascade.load import load_rules
from cascade.workspace import Workspace
from cascade.models import Document, Unit
from cascade.propagate import Propagation

RULES = load_rules()
UNITS = [
    Unit(id="cp", name="Chính phủ", kind="nation"),
    Unit(id="tinh", name="UBND tỉnh Lai Châu", kind="province", parent="cp", aliases=["UBND tỉnh"]),
    Unit(id="snv", name="Sở Nội vụ", kind="dept", parent="tinh"),
    Unit(id="huyen", name="UBND huyện Mường Tè", kind="district", parent="tinh", valid_to=dt.date(2025, 6, 30)),
    Unit(id="xa", name="UBND xã Mù Cả", kind="commune", parent="tinh", valid_from=dt.date(2025, 7, 1)),
]


def doc(**kw) -> Document:
    base = dict(id="d", kind="plan", issuer="xa", issuer_as_written="UBND xã Mù Cả", title="t",
                number="1/KH-UBND", date="2026-01-15", period={"start": 2026, "end": 2026})
    return Document(**{**base, **kw})


def run(kind: str, document: Document, *others: Document, **params) -> list:
    ws = Workspace(None, RULES, Hierarchy(UNITS, RULES.groups.groups), {d.id: d for d in (document, *others)})
    ctx = Context.of(ws, Propagation(ws, RULES.cascade), document, dt.date(2026, 12, 1))
    module = KINDS[kind]
    return list(module.check(document, ctx, module.Params(**params)))


def test_issuer_name_ignores_unicode_form_spacing_and_aliases():
    written = [{"clause": "a", "text": "x", "issuer_as_written": "UBND  xã Mu\u0300 Ca\u0309"},
               {"clause": "b", "text": "x", "issuer_as_written": "ubnd xã mù cả"}]
    assert run("issuer-name", doc(self_references=written)) == []
    assert run("issuer-name", doc(issuer="tinh", issuer_as_written="UBND tỉnh")) == []
    assert [f.actual for f in run("issuer-name", doc(issuer_as_written="UBND xã Mù Cỏ"))] == ["UBND xã Mù Cỏ"]


def test_stale_year_within_a_multi_year_period_and_without_a_year():
    refs = [{"clause": "a", "text": "kế hoạch năm 2028", "year": 2028}, {"clause": "b", "text": "kế hoạch này"}]
    assert run("stale-year", doc(period={"start": 2026, "end": 2030}, self_references=refs)) == []
    assert [f.expected for f in run("stale-year", doc(self_references=[{"clause": "a", "text": "x", "year": 2031}],
                                                      period={"start": 2026, "end": 2030}))] == ["2026–2030"]


def test_declared_goals_count_a_split_figure_once():
    plan = doc(declared_counts=[{"clause": "Phụ lục, III", "text": "(1 Mục tiêu)", "goals": 1}],
               areas={"thu-tuc-hanh-chinh": {"targets": [
                   {"clause": "Phụ lục, III, Mục tiêu 1", "text": "30% thời gian, 30% chi phí", "indicator": "processing-time-cut"},
                   {"clause": "Phụ lục, III, Mục tiêu 1", "text": "30% thời gian, 30% chi phí", "indicator": "compliance-cost-cut"}]}})
    assert run("declared-counts", plan, mode="counts") == []


@pytest.mark.parametrize("task, missing", [
    ({"lead": ["Sở Nội vụ"], "recurrence": "regular", "products": ["Báo cáo"]}, None),
    ({"lead": ["Sở Nội vụ"], "when": "Theo kế hoạch", "activities": [{"clause": "HĐ1", "text": "x", "products": ["Kế hoạch"]}]}, None),
    ({"lead": ["Sở Nội vụ"], "targets": [{"clause": "x", "text": "100% hồ sơ đúng hạn"}], "deadline": 2026}, None),
    ({"products": ["Báo cáo"], "deadline": 2026}, "lead"),
])
def test_task_fields_accept_recurrence_activity_products_and_results(task, missing):
    plan = doc(kind="remediation-plan", issuer="tinh", issuer_as_written="UBND tỉnh",
               requirements=[{"clause": "I.2", "text": "x", "task_fields": ["lead", "deadline", "products"]}],
               areas={"the-che": {"tasks": [{"clause": "Biểu, dòng 1", "text": "Rà soát.", **task}]}})
    assert [f.expected for f in run("task-fields", plan)] == ([missing] if missing else [])


def test_a_requirement_for_subordinates_does_not_apply_to_its_own_document():
    plan = doc(requirements=[{"clause": "I.2", "text": "x", "task_fields": ["lead"], "scope": "subordinates"}],
               areas={"the-che": {"tasks": [{"clause": "III.2", "text": "Rà soát."}]}})
    assert run("task-fields", plan) == []


def test_defunct_unit_by_date():
    named = {"the-che": {"tasks": [{"clause": "V.2", "text": "x", "lead": ["UBND huyện Mường Tè", "UBND các huyện, thành phố"]}]}}
    assert run("defunct-unit", doc(issuer="tinh", issuer_as_written="UBND tỉnh", date="2024-03", period={"start": 2024, "end": 2024}, areas=named)) == []
    assert len(run("defunct-unit", doc(issuer="tinh", issuer_as_written="UBND tỉnh", areas=named))) == 2


def test_no_parent_plan_in_the_workspace_means_nothing_to_cite():
    assert run("missing-parent-citation", doc()) == []


def test_unannounced_inspections_do_not_count_towards_coverage():
    plan = doc(kind="inspection-plan", issuer="tinh", issuer_as_written="UBND tỉnh",
               inspections=[{"clause": "III.1", "units": ["Sở Nội vụ"], "mode": "unannounced"}])
    assert [f.actual for f in run("inspection-coverage", plan, report="unknown")] == ["0 % (0/2)"]


def test_a_quarter_deadline_ends_on_the_last_day_of_the_quarter():
    parent = doc(id="p", issuer="tinh", issuer_as_written="UBND tỉnh", date="2026-01-02",
                 areas={"the-che": {"tasks": [{"clause": "1", "text": "Rà soát văn bản quy phạm pháp luật", "lead": ["UBND các xã, phường"], "deadline": "2026-Q3"}]}})
    on_time = doc(areas={"the-che": {"tasks": [{"clause": "III.3", "text": "Rà soát văn bản quy phạm pháp luật", "deadline": "2026-09-30"}]}})
    late = doc(areas={"the-che": {"tasks": [{"clause": "III.3", "text": "Rà soát văn bản quy phạm pháp luật", "deadline": "2026-10-01"}]}})
    assert run("late-deadline", on_time, parent) == []
    assert [f.expected for f in run("late-deadline", late, parent)] == ["≤ 2026-09-30"]


def test_a_full_date_is_not_a_draft():
    assert run("draft-metadata", doc(), field="date") == []
    assert run("draft-metadata", doc(date="2026"), field="date") != []
