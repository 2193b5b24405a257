"""Bad input: one exact `path:line:col: what — expected` line per problem, exit code 2.

Each case breaks one thing in an otherwise valid workspace (tests/conftest.py). The expected
lines were checked by hand against the broken files: line and column point at the key or
value at fault (1-based, as editors count).
"""

import pytest

from cascade.models import Document, Target
from conftest import HIERARCHY, PLAN

DOCUMENT_KEYS = ", ".join(Document.model_fields)  # the schema grows; the message shape must not

PLAN_FILE = "documents/plan.yaml"
TREE_FILE = "hierarchy.yaml"

CASES = {
    "yaml-syntax": (
        {"documents/plan.yaml": PLAN.replace("end: 2026}", "end: 2026")},
        [f"{PLAN_FILE}:8:6: YAML syntax error: did not find expected ',' or '}}' — valid YAML (check indentation, colons, brackets and quotes)"],
    ),
    "duplicate-key": (
        {"documents/plan.yaml": PLAN.replace("kind: plan\n", "kind: plan\nkind: programme\n")},
        [f"{PLAN_FILE}:3:1: duplicate key 'kind' (first at line 2) — each key once per mapping"],
    ),
    "unknown-key": (
        {"documents/plan.yaml": PLAN.replace("title:", "titel: x\ntitle:")},
        [f"{PLAN_FILE}:5:1: unknown key 'titel' — one of: {DOCUMENT_KEYS}"],
    ),
    "unknown-key-deep-inside": (
        {"documents/plan.yaml": PLAN.replace("        unit: percent", "        unit: percent\n        year_: 2026")},
        [f"{PLAN_FILE}:17:9: unknown key 'year_' — one of: " + ", ".join(Target.model_fields)],
    ),
    "missing-field": (
        {"documents/plan.yaml": PLAN.replace("title: Kế hoạch cải cách hành chính năm 2026\n", "")},
        [f"{PLAN_FILE}:1:1: required field 'title' is missing — a 'title' entry"],
    ),
    "wrong-type": (
        {"documents/plan.yaml": PLAN.replace("value: 100", "value: một trăm")},
        [f"{PLAN_FILE}:15:16: value 'một trăm' has the wrong type — a number"],
    ),
    "not-allowed-value": (
        {"documents/plan.yaml": PLAN.replace('comparator: ">="', 'comparator: "≥"')},
        [f"{PLAN_FILE}:14:21: value '≥' is not allowed — one of: '>=', '>', '=', '<=', '<'"],
    ),
    "bad-partial-date": (
        {"documents/plan.yaml": PLAN.replace("date: 2026-01", "date: 2026-13")},
        [f"{PLAN_FILE}:6:7: date '2026-13' is not valid — a year, year-month, full date or year-quarter: "
         "2026, 2026-06, 2026-06-15, 2026-Q3"],
    ),
    "bad-id": (
        {"documents/plan.yaml": PLAN.replace("id: kh-xa-b-2026", "id: Kế hoạch xã B")},
        [f"{PLAN_FILE}:1:5: identifier 'Kế hoạch xã B' is not valid — lower-case ASCII letters, digits and hyphens, e.g. 'so-noi-vu'"],
    ),
    "unknown-unit": (
        {"documents/plan.yaml": PLAN.replace("lead: [UBND xã B]", "lead: [UBND xã C]")},
        [f"{PLAN_FILE}:20:16: unit 'UBND xã C' is not in the hierarchy — the name or id of a unit in "
         "hierarchy.yaml, or a group phrase such as 'UBND các xã, phường'"],
    ),
    "unknown-area": (
        {"documents/plan.yaml": PLAN.replace("  the-che:", "  the-thao:")},
        [f"{PLAN_FILE}:9:3: area 'the-thao' is not in rules/areas.yaml — one of: che-do-cong-vu, "
         "chi-dao-dieu-hanh, chinh-quyen-so, other, tai-chinh-cong, the-che, thu-tuc-hanh-chinh, to-chuc-bo-may"],
    ),
    "unknown-indicator": (
        {"documents/plan.yaml": PLAN.replace("indicator: legal-docs-reviewed", "indicator: legal-docs-read")},
        [f"{PLAN_FILE}:13:20: indicator 'legal-docs-read' is not in the indicator catalog — the id of an indicator in rules/indicators.yaml"],
    ),
    "duplicate-document-id": (
        {"documents/plan2.yaml": PLAN},
        ["documents/plan2.yaml:1:5: duplicate id 'kh-xa-b-2026' (already used at documents/plan.yaml:1:5) — a unique id for each document"],
    ),
    "unknown-cited-document": (
        {"documents/plan.yaml": PLAN + "cites:\n  - clause: Căn cứ\n    text: Kế hoạch số 8328/KH-UBND\n    document: kh-8328-2025\n"},
        [f"{PLAN_FILE}:24:15: no document has id 'kh-8328-2025' — the id of a document under documents/ or reference/"],
    ),
    "unknown-goal": (
        {"documents/plan.yaml": PLAN.replace("        lead: [UBND xã B]", "        lead: [UBND xã B]\n        goals: [mt-9]")},
        [f"{PLAN_FILE}:21:17: no target with id 'mt-9' in this document — the id of a target (targets[].id) in the same document"],
    ),
    "heading-level-out-of-range": (
        {"documents/plan.yaml": PLAN + "headings:\n  - clause: II\n    text: MỤC TIÊU\n    level: 7\n"},
        [f"{PLAN_FILE}:24:12: value '7' is out of range — <= 4"],
    ),
    "not-a-mapping": (
        {"documents/plan.yaml": "- a\n- b\n"},
        [f"{PLAN_FILE}:1:1: the file is not a mapping — a YAML mapping with keys {DOCUMENT_KEYS}"],
    ),
    "unsafe-tag": (
        {"documents/plan.yaml": PLAN.replace("title: Kế", "title: !!python/name:os.system Kế")},
        [f"{PLAN_FILE}:5:8: YAML tag tag:yaml.org,2002:python/name:os.system is not allowed — plain YAML types only: "
         "strings, numbers, dates, lists, mappings"],
    ),
    "not-utf8": (
        {"documents/plan.yaml": PLAN.encode().replace("Kế".encode(), b"K\xe1")},
        [f"{PLAN_FILE}:5:9: file is not UTF-8 (byte 79) — a UTF-8 text file"],
    ),
    "empty-file": (
        {"documents/plan.yaml": ""},
        [f"{PLAN_FILE}:1:1: the file is empty — a YAML mapping with content"],
    ),
    "every-schema-problem-at-once": (
        {"documents/plan.yaml": PLAN.replace("value: 100", "value: một trăm").replace("date: 2026-01", "date: 2026-13")},
        [f"{PLAN_FILE}:6:7: date '2026-13' is not valid — a year, year-month, full date or year-quarter: "
         "2026, 2026-06, 2026-06-15, 2026-Q3",
         f"{PLAN_FILE}:15:16: value 'một trăm' has the wrong type — a number"],
    ),
    "hierarchy-cycle": (
        {"hierarchy.yaml": HIERARCHY.replace("    kind: nation\n", "    kind: nation\n    parent: so-noi-vu\n")},
        [f"{TREE_FILE}:2:5: the parent relation forms a cycle: nation → tinh → so-noi-vu → nation — "
         "parents that lead up to the root without a cycle"],
    ),
    "child-outside-parent": (
        {"hierarchy.yaml": HIERARCHY + "  - id: phong-x\n    name: Phòng X\n    kind: office\n    parent: huyen-a\n    valid_to: 2025-12-31\n"},
        [f"{TREE_FILE}:23:5: unit valid …–2025-12-31, outside the life of its parent 'huyen-a' (…–2025-06-30) — "
         "a validity within its parent's"],
    ),
    "unknown-parent": (
        {"hierarchy.yaml": HIERARCHY.replace("parent: nation", "parent: chinh-phu")},
        [f"{TREE_FILE}:5:5: no unit has id 'chinh-phu' — the id of a unit in hierarchy.yaml"],
    ),
    "validity-reversed": (
        {"hierarchy.yaml": HIERARCHY.replace("    valid_to: 2025-06-30\n", "    valid_from: 2025-07-01\n    valid_to: 2025-06-30\n")},
        [f"{TREE_FILE}:13:5: valid from 2025-07-01, after its end 2025-06-30 — valid_from no later than valid_to"],
    ),
    "ambiguous-unit-name": (
        {"hierarchy.yaml": HIERARCHY + "  - id: so-noi-vu-2\n    name: SỞ  NỘI VỤ\n    kind: dept\n    parent: tinh\n"},
        [f"{TREE_FILE}:23:5: name 'sở nội vụ' is also used by unit 'so-noi-vu' at the same time — "
         "one unit per name at a time under the same parent"],
    ),
    "bad-hierarchy-date-hides-follow-on-errors": (
        {"hierarchy.yaml": HIERARCHY.replace("valid_to: 2025-06-30", "valid_to: 30/06/2025")},
        [f"{TREE_FILE}:17:15: date '30/06/2025' is not valid — a full date such as 2025-07-01"],
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_input_is_reported_exactly(case, workspace, run):
    files, expected = CASES[case]
    code, out, err = run("validate", workspace(files), "--lang", "en")
    assert code == 2
    assert err.splitlines() == [*expected, f"{len(expected)} problem{'' if len(expected) == 1 else 's'} in the input."]
    assert "Traceback" not in out + err


def test_messages_are_vietnamese_by_default(workspace, run):
    files, _ = CASES["unknown-unit"]
    code, _, err = run("validate", workspace(files))
    assert code == 2
    assert err.splitlines() == [
        f"{PLAN_FILE}:20:16: không tìm thấy đơn vị 'UBND xã C' trong hệ thống đơn vị — tên hoặc mã một "
        "đơn vị trong hierarchy.yaml, hoặc một cụm nhóm như 'UBND các xã, phường'",
        "1 lỗi trong dữ liệu đầu vào.",
    ]


def test_input_files_are_never_modified(workspace, run):
    root = workspace(CASES["wrong-type"][0])
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    run("validate", root)
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_an_empty_folder_stands_on_the_national_layer_and_a_missing_one_is_named(tmp_path, monkeypatch, run):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty-ws").mkdir()
    code, out, _ = run("validate", "empty-ws", "--lang", "en")
    assert code == 0 and out.startswith("Valid: 10 documents")  # the national reference documents
    code, _, err = run("validate", "khong-co", "--lang", "en")
    assert code == 2
    assert err.splitlines()[0] == "khong-co:1:1: there is no such workspace folder — an existing folder (cascade init PROVINCE makes one)"


def test_valid_workspace_exits_zero(workspace, run):
    code, out, err = run("validate", workspace(), "--lang", "en")
    assert (code, err) == (0, "")
    assert out == "Valid: 1 document, 5 units (ws).\n"


def test_rule_files_get_the_same_treatment(tmp_path, monkeypatch):
    """A rule author's mistake in rules/ is reported at its line too (here: an unknown area)."""
    from cascade.errors import InputError
    from cascade.load import load_rules
    from cascade.workspace import rules_dir
    from cascade.messages import render

    monkeypatch.chdir(tmp_path)
    rules = tmp_path / "rules"
    rules.mkdir()
    for name in ("areas.yaml", "groups.yaml", "checks.yaml", "cascade.yaml"):
        (rules / name).write_text((rules_dir() / name).read_text(encoding="utf-8"), encoding="utf-8")
    (rules / "indicators.yaml").write_text(
        "indicators:\n  - id: x\n    area: the-thao\n    unit: percent\n"
        "    name_vi: X\n    name_en: X\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_rules(rules)
    assert [render(p, "en") for p in caught.value.problems] == [
        "rules/indicators.yaml:2:5: area 'the-thao' is not in rules/areas.yaml — one of: che-do-cong-vu, "
        "chi-dao-dieu-hanh, chinh-quyen-so, tai-chinh-cong, the-che, thu-tuc-hanh-chinh, to-chuc-bo-may"]


def test_a_broken_file_among_good_ones_is_read_the_careful_way(workspace, run):
    """The fast path reads the good files and gives up on the broken one, which the careful
    path reads again and reports exactly."""
    files, expected = CASES["duplicate-key"]
    code, _, err = run("validate", workspace({**files, "documents/b.yaml": PLAN.replace("kh-xa-b-2026", "kh-b"),
                                                 "documents/c.yaml": PLAN.replace("kh-xa-b-2026", "kh-c")}), "--lang", "en")
    assert code == 2 and err.splitlines()[0] == expected[0]


def test_every_cycle_of_parents_is_found_once_from_where_the_file_starts_it():
    from cascade.errors import Location
    from cascade.load import _check_cycles
    from cascade.messages import render
    from cascade.models import Unit

    units = {}
    for line, (uid, parent) in enumerate([("a", "c"), ("b", "a"), ("c", "b"), ("d", "d"), ("e", "a"), ("f", None)], 1):
        units[uid] = Unit(id=uid, name=uid.upper(), kind="office", parent=parent)
        units[uid].locate_at(Location("h.yaml", line, 5))
    problems: list = []
    _check_cycles(units, problems)
    assert [render(p, "en").split(" — ")[0] for p in problems] == [
        "h.yaml:1:5: the parent relation forms a cycle: a → b → c → a",
        "h.yaml:4:5: the parent relation forms a cycle: d → d"]
