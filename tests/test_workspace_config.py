"""workspace.yaml: rules changed by id and added, command-line overrides, and waivers."""

import json
import shutil
import textwrap

import pytest

from cascade.workspace import example_workspace


@pytest.fixture
def lai_chau(tmp_path, monkeypatch):
    """A copy of the Lai Châu example with a workspace.yaml written by each test."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "ws"
    shutil.copytree(example_workspace(), root)

    def configure(text: str):
        (root / "workspace.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
        return root

    return configure


def findings(run, root, *args):
    code, out, err = run("check", "kh-xa-mu-ca-2026", "--workspace", root, "--format", "json", *args)
    assert code in (0, 1), err
    return code, json.loads(out)


def rules_of(data, **where):
    return sorted(f["rule"] for f in data["findings"] if all(f[k] == v for k, v in where.items()))


def test_override_by_id_changes_severity_and_switches_rules_off(lai_chau, run):
    root = lai_chau("""\
        overrides:
          - {id: TGT-003, severity: error}
          - {id: DOC-002, enabled: false}
        """)
    code, data = findings(run, root)
    assert data["summary"]["by_rule"].get("DOC-002") is None
    assert {f["severity"] for f in data["findings"] if f["rule"] == "TGT-003"} == {"error"}


def test_command_line_wins_over_the_workspace(lai_chau, run):
    root = lai_chau("overrides:\n  - {id: TGT-003, severity: error}\n")
    _, data = findings(run, root, "--severity", "TGT-003=info", "--disable", "NAM-001", "--disable", "YRS-001")
    assert {f["severity"] for f in data["findings"] if f["rule"] == "TGT-003"} == {"info"}
    assert "NAM-001" not in data["summary"]["by_rule"] and "YRS-001" not in data["summary"]["by_rule"]


def test_unknown_rule_on_the_command_line(lai_chau, run):
    code, _, err = run("check", "kh-xa-mu-ca-2026", "--disable", "XYZ-999", "--lang", "en")
    assert code == 2 and err.startswith("cascade: 'XYZ-999' is not a rule")


def test_override_params_are_validated_at_their_line(lai_chau, run):
    root = lai_chau("""\
        overrides:
          - id: TSK-001
            params: {min_share: "nửa"}
          - id: TGT-999
            severity: error
        """)
    code, _, err = run("validate", root, "--lang", "en")
    assert code == 2
    assert err.splitlines()[:2] == [
        "workspace.yaml:3:25: value 'nửa' has the wrong type — a number",
        "workspace.yaml:4:9: no rule 'TGT-999' — the id of a rule in rules/checks.yaml, e.g. TGT-001",
    ]


def test_a_workspace_can_add_a_rule_of_an_existing_kind(lai_chau, run):
    root = lai_chau("""\
        checks:
          - id: LOC-001
            kind: missing-indicator
            severity: warning
            params: {from_obligations: false, indicators: [online-dossiers, work-records-online]}
            applies_to: {levels: [commune], document_kinds: [plan]}
            message: {vi: "Xã phải đặt chỉ tiêu \\"{indicator}\\".", en: "Communes must set \\"{indicator}\\"."}
            fix: {vi: Bổ sung chỉ tiêu., en: Add the target.}
            description: {vi: Chỉ tiêu bắt buộc của tỉnh cho cấp xã., en: Indicators the province requires of communes.}
            legal_basis: Quyết định số 1/QĐ-UBND (ví dụ) của UBND tỉnh
        """)
    _, data = findings(run, root)
    assert [f["indicator"] for f in data["findings"] if f["rule"] == "LOC-001"] == []  # both are in the plan
    root = lai_chau((root / "workspace.yaml").read_text(encoding="utf-8").replace("online-dossiers", "official-email-use"))
    _, data = findings(run, root)
    assert [f["indicator"] for f in data["findings"] if f["rule"] == "LOC-001"] == ["official-email-use"]


def test_a_rule_id_cannot_be_taken_twice(lai_chau, run):
    root = lai_chau("""\
        checks:
          - id: TGT-001
            kind: missing-area
            severity: info
            message: {vi: x, en: x}
            fix: {vi: x, en: x}
            description: {vi: x, en: x}
            legal_basis: NQ 76/NQ-CP
        """)
    code, _, err = run("validate", root, "--lang", "en")
    assert code == 2 and err.startswith("workspace.yaml:2:9: duplicate id 'TGT-001'")


WAIVER = """\
    waivers:
      - id: MT-2026-03
        rule: NAM-001
        document: kh-xa-mu-ca-2026
        clause: Kết thúc
        reason: Lỗi đánh máy ở phần kết; bản ký chính thức đã sửa.
        decision: Công văn số 45/UBND-VP ngày 20/01/2026 của UBND xã Mù Cả
        approved_by: Chủ tịch UBND xã Mù Cả
        expires: 2026-12-31
    """


def test_a_waived_finding_stays_visible_but_counts_apart(lai_chau, run, monkeypatch):
    root = lai_chau(WAIVER)
    code, data = findings(run, root, "--as-of", "2026-06-30")
    waived = [f for f in data["findings"] if f["waived"]]
    assert [(f["rule"], f["waived"]) for f in waived] == [("NAM-001", "MT-2026-03")]
    assert data["summary"]["waived"] == 1 and data["summary"]["by_severity"]["error"] == 0
    assert code == 0  # the only error is waived
    monkeypatch.setenv("COLUMNS", "200")  # a terminal wide enough not to wrap the label
    code, out, _ = run("check", "kh-xa-mu-ca-2026", "--workspace", root, "--as-of", "2026-06-30", "--lang", "en")
    assert "error (waived MT-2026-03)" in out and "1 waived finding, counted apart." in out


def test_checking_another_document_is_not_stopped_by_a_waiver_on_one_left_unread(lai_chau, run):
    """Checking one document reads only what reaches it; a waiver naming another plan is not an
    unknown document for that (it was exit 2, "no document has id 'kh-xa-mu-ca-2026'")."""
    root = lai_chau(WAIVER)
    code, out, err = run("check", "kh-4745-2026", "--workspace", root, "--as-of", "2026-06-30", "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["summary"]["documents"] == 1
    code, _, err = run("check", "kh-4745-2026", "--workspace", root, "--lang", "en")
    assert code == 0
    bad = root / "workspace.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("kh-xa-mu-ca-2026", "kh-xa-mu-ca-2062"), encoding="utf-8")
    code, _, err = run("check", "kh-4745-2026", "--workspace", root, "--lang", "en")
    assert code == 2 and "workspace.yaml:4:15: no document has id 'kh-xa-mu-ca-2062'" in err


def test_an_expired_waiver_stops_applying_and_is_reported(lai_chau, run):
    root = lai_chau(WAIVER)
    code, data = findings(run, root, "--as-of", "2027-01-05")
    assert code == 1
    assert rules_of(data, waived=None).count("NAM-001") == 1
    expired = [f for f in data["findings"] if f["rule"] == "WAV-001"]
    assert [(f["actual"], f["location"]["file"], f["location"]["line"]) for f in expired] == [
        ("2026-12-31", "workspace.yaml", 9)]


def test_waivers_in_the_audit_reports(lai_chau, run, tmp_path):
    root = lai_chau(WAIVER)
    code, out, _ = run("audit", "--workspace", root, "--as-of", "2026-06-30", "--format", "sarif")
    results = json.loads(out)["runs"][0]["results"]
    suppressed = [r for r in results if "suppressions" in r]
    assert [r["ruleId"] for r in suppressed] == ["NAM-001"]
    assert suppressed[0]["suppressions"][0]["justification"].startswith("MT-2026-03: Lỗi đánh máy")
    code, out, _ = run("audit", "--workspace", root, "--as-of", "2026-06-30", "--format", "json")
    data = json.loads(out)
    assert data["summary"]["waived"] == 1
    mu_ca = next(u for u in data["units"] if u["unit"] == "xa-mu-ca")
    assert mu_ca["counts"]["error"] == 0 and mu_ca["status"] == "warnings"


def test_a_waiver_must_say_what_it_waives(lai_chau, run):
    root = lai_chau(WAIVER.replace("        document: kh-xa-mu-ca-2026\n", "").replace("        rule: NAM-001\n", "        rule: NAM-009\n"))
    code, _, err = run("validate", root, "--lang", "en")
    assert code == 2
    assert err.splitlines()[:2] == [
        "workspace.yaml:2:9: waiver 'MT-2026-03' names no unit and no document — a unit: or document: saying what it applies to",
        "workspace.yaml:3:11: no rule 'NAM-009' — the id of a rule in rules/checks.yaml, e.g. TGT-001",
    ]
