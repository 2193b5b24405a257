"""End-to-end: the CLI on the shipped Lai Châu example."""

import json
import re

import pytest

from cascade import cli
from cascade.national import load_units


def test_validate_the_example(run):
    code, out, err = run("validate", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("Valid: ")


def communes_ended_in_2025() -> list:
    """Lai Châu's communes before the reform come from the national dataset; the 16 that went on
    unchanged are dated from 2025-07-01 by the example's own hierarchy.yaml (it knows nothing of
    their earlier life), so in 2024 the example has those that ended at the reform."""
    return [u for u in load_units() if u.kind == "commune" and u.id.startswith("lai-chau.") and u.valid_to]


def test_tree_json_at_two_dates(run):
    def kinds(day):
        code, out, _ = run("tree", "--date", day, "--format", "json", "--province", "lai-chau")
        assert code == 0
        found = []

        def walk(node):
            found.append(node["kind"])
            for child in node["children"]:
                walk(child)

        for root in json.loads(out)["units"]:
            walk(root)
        return found

    in_2024, in_2026 = kinds("2024-03-15"), kinds("2026-06-11")
    assert (in_2024.count("district"), in_2024.count("commune")) == (8, len(communes_ended_in_2025()))
    assert (in_2026.count("district"), in_2026.count("commune")) == (0, 38)


def test_tree_text_indents_children(run):
    code, out, _ = run("tree", "--date", "2026-06-11", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0].startswith("Hierarchy on 2026-06-11: ")
    assert "    UBND xã Mù Cả [xa-mu-ca, commune]" in out.splitlines()
    assert "      Phòng Văn hóa - Xã hội [xa-mu-ca-van-hoa-xa-hoi, office]" in out.splitlines()


def test_show_counts_per_area_with_headings_as_written(run):
    code, out, _ = run("show", "kh-xa-mu-ca-2026", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("kh-xa-mu-ca-2026: Cải cách hành chính xã Mù CẢ năm 2026 — UBND xã Mù CẢ")
    row = next(line for line in lines if line.startswith("E-government"))
    assert re.match(r"E-government and digital government\s+3\s+1\s", row)
    assert "II.7: Xây dựng và phát triển Chính phủ điện tử, Chính quyền số" in row


def test_the_tree_reads_no_document(run, tmp_path):
    """`cascade tree` shows units: a broken plan is for `cascade validate` to report, and a
    national workspace's 3,773 plans are not read to draw one province."""
    import shutil

    from cascade.workspace import example_workspace

    root = tmp_path / "ws"
    shutil.copytree(example_workspace(), root)
    _, whole, _ = run("tree", "--workspace", example_workspace(), "--date", "2026-03-01")
    (root / "documents" / "003-xa-mu-ca-2026.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    code, out, err = run("tree", "--workspace", root, "--date", "2026-03-01")
    assert (code, out, err) == (0, whole, "")
    code, _, err = run("validate", root, "--lang", "en")
    assert code == 2 and err.startswith("documents/003-xa-mu-ca-2026.yaml:2:1: YAML syntax error")


def test_show_unknown_document(run):
    code, _, err = run("show", "kh-khong-co", "--lang", "en")
    assert code == 2
    assert err.startswith("cascade: no document 'kh-khong-co' — expected a document id (kh-4745-2026, ")


@pytest.mark.parametrize("argv", [["frobnicate"], ["tree", "--date", "15/03/2024"], []])
def test_usage_errors_exit_2(run, argv):
    code, _, err = run(*argv)
    assert code == 2
    assert "cách dùng:" in err  # argparse's "usage:", in Vietnamese by default


@pytest.mark.parametrize("command", ["validate", "tree", "show", "check", "explain"])
def test_help_has_an_example(run, command):
    code, out, _ = run(command, "--help")
    assert code == 0
    assert f"cascade {command}" in out.split("ví dụ:")[1]


def test_check_every_plan_of_the_example_by_default(run):
    code, out, _ = run("check", "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["schema_version"] == 1 and data["summary"]["documents"] == 5
    assert data["summary"]["findings"] == len(data["findings"]) == 38


@pytest.mark.parametrize("fail_on, code", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_sets_the_exit_code(run, fail_on, code):
    assert run("check", "kh-kiem-tra-2024", "--fail-on", fail_on)[0] == code  # warnings and info only


def test_check_a_draft_file_outside_the_workspace(tmp_path, run):
    from cascade.workspace import example_workspace

    draft = tmp_path / "draft.yaml"
    text = (example_workspace() / "documents" / "003-xa-mu-ca-2026.yaml").read_text(encoding="utf-8")
    draft.write_text(text.replace("id: kh-xa-mu-ca-2026", "id: du-thao-xa-mu-ca").replace("UBND xã Mù Cỏ", "UBND xã Mù Cả"),
                     encoding="utf-8")
    code, out, _ = run("check", draft, "--format", "json")
    rules = [f["rule"] for f in json.loads(out)["findings"]]
    assert code == 0 and "NAM-001" not in rules and "YRS-001" in rules


def test_check_markdown_report(run):
    code, out, _ = run("check", "kh-xa-mu-ca-2026", "--format", "markdown", "--lang", "en")
    assert out.startswith("# Check results\n\n1 document, 8 findings: 1 error, 5 warnings, 2 info.\n")
    assert "| error      | NAM-001 |" in out


def test_explain_shows_provenance_and_answers(run):
    code, out, _ = run("explain", "UBND xã Mù Cả", "--period", "2026", "--lang", "en")
    assert code == 0
    assert out.startswith("Obligations of UBND xã Mù Cả in 2026: ")
    assert "    from: 4745/KH-UBND, Biểu nhiệm vụ trọng tâm, dòng 1; via \"UBND các xã, phường\"" in out
    assert "    UBND tỉnh Lai Châu → UBND xã Mù Cả" in out


def test_explain_json_marks_the_binding_target(run):
    code, out, _ = run("explain", "xa-mu-ca", "--indicator", "satisfaction-sipas", "--format", "json")
    data = json.loads(out)
    binding = [t for t in data["targets"] if t["binding"]]
    assert [t["provenance"]["document"] for t in binding] == ["nq-76-2021"]
    assert data["tasks"] == []


def test_explain_unknown_unit(run):
    code, _, err = run("explain", "UBND xã Không Có")
    assert code == 2 and "không có đơn vị" in err


def test_usage_errors_speak_vietnamese_by_default(run):
    code, _, err = run("check", "--fail-on", "sometimes")
    assert code == 2
    assert err.splitlines()[-1] == ("cascade check: lỗi: tham số --fail-on: 'sometimes' không hợp lệ — "
                                    "chọn một trong 'error', 'warning', 'info', 'never'")
    code, _, err = run("check", "--fail-on", "sometimes", "--lang", "en")
    assert err.splitlines()[-1].startswith("cascade check: error: argument --fail-on: invalid choice: 'sometimes'")


def test_lang_may_come_before_the_command(run):
    code, _, err = run("--lang", "en", "show", "no-such-plan")
    assert code == 2 and err.startswith("cascade: no document 'no-such-plan'")
    code, _, err = run("--lang", "en", "show", "no-such-plan", "--lang", "vi")
    assert err.startswith("cascade: không có văn bản 'no-such-plan'")


def test_a_bug_is_one_line_and_exit_3_not_a_traceback(run, monkeypatch):
    def broken(args):
        raise KeyError("reason")

    monkeypatch.setitem(cli.COMMANDS, "validate", broken)
    monkeypatch.delenv("CASCADE_DEBUG", raising=False)
    code, _, err = run("validate")
    assert code == 3 and err.startswith("cascade: lỗi nội bộ (KeyError: 'reason')") and "Traceback" not in err
    monkeypatch.setenv("CASCADE_DEBUG", "1")
    with pytest.raises(KeyError):
        run("validate")


def test_rule_commands_refuse_a_path_that_does_not_exist(tmp_path, run):
    for action in ("lint", "test", "docs"):
        code, _, err = run("rules", action, tmp_path / "khong-co", "--lang", "en")
        assert code == 2 and err.startswith(f"{tmp_path / 'khong-co'}:1:1: there is no such file or directory")


def test_an_unwritable_output_names_the_file_and_exits_2(tmp_path, run):
    target = tmp_path / "khong-co" / "bao-cao.html"
    code, _, err = run("audit", "--format", "html", "-o", target, "--lang", "en")
    assert code == 2 and err == f"cascade: cannot read or write '{target}': No such file or directory\n"


def test_check_writes_its_report_to_output_and_never_over_a_file(run, tmp_path):
    target = tmp_path / "ket-qua.json"
    code, out, _ = run("check", "kh-xa-mu-ca-2026", "--format", "json", "--output", target)
    assert code == 1 and out == "" and json.loads(target.read_text(encoding="utf-8"))["summary"]["findings"] == 8
    assert run("check", "kh-xa-mu-ca-2026", "--output", target)[0] == 2


def test_audit_fail_on_and_exit_codes_in_help(run, capsys):
    assert run("audit", "--as-of", "2026-11-21", "--format", "json")[0] == 0  # the report is the point: never
    assert run("audit", "--as-of", "2026-11-21", "--format", "json", "--fail-on", "error")[0] == 1
    assert "mã thoát:" in run("--help")[1] and "exit codes:" in run("--help", "--lang", "en")[1]


def test_one_rules_documentation(run):
    code, out, _ = run("rules", "show", "tgt-004")
    assert code == 0 and out.startswith("## TGT-004") and "carried: True" in out
    assert run("rules", "show", "XYZ-001")[0] == 2


def test_english_counts_take_plurals(run):
    code, out, _ = run("check", "kh-kiem-tra-2024", "--lang", "en")
    assert out.rstrip().endswith("1 document, 7 findings: 0 errors, 6 warnings, 1 info.")


def test_check_annotates_a_pull_request_in_githubs_format(run):
    code, out, _ = run("check", "kh-xa-mu-ca-2026", "--format", "github", "--lang", "en")
    lines = out.splitlines()
    assert code == 1 and len(lines) == 9 and lines[-1].startswith("1 document, 8 findings")
    # (the example's path depends on where cascade is installed: the file name does not)
    assert any(line.startswith("::error file=") and "003-xa-mu-ca-2026.yaml,line=" in line
               and "title=NAM-001" in line for line in lines)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines[:-1])


def test_a_shipped_file_is_named_as_in_the_project_wherever_cascade_is_installed(tmp_path, monkeypatch):
    """The example inside site-packages is shown as fixtures/lai-chau/…, as in a checkout, so
    the JSON contract is the same on every machine."""
    from cascade import paths, source

    data = tmp_path / "site-packages" / "cascade" / "data"
    plan = data / "fixtures" / "lai-chau" / "documents" / "plan.yaml"
    plan.parent.mkdir(parents=True)
    monkeypatch.setattr(paths, "packaged_data", lambda: data)
    monkeypatch.chdir(tmp_path)
    paths.data_dir.cache_clear()
    try:
        assert source.display_path(plan) == "fixtures/lai-chau/documents/plan.yaml"
        assert source.display_path(tmp_path / "ws" / "kh.yaml") == "ws/kh.yaml"
        assert source.display_path(tmp_path / "ws" / "kh.yaml", root=tmp_path / "ws") == "kh.yaml"
    finally:
        paths.data_dir.cache_clear()


def test_the_command_pauses_the_collector_before_its_imports():
    """The entry point pauses the garbage collector first: it re-scanned the rule models and the
    country's units a third of the time of checking one plan."""
    import subprocess
    import sys

    probe = "import gc, sys; import cascade.launch; print(gc.isenabled(), 'pydantic' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]
