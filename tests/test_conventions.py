"""The conventions of the lint tools people already know (ruff, yamllint, cfn-lint): Ctrl-C,
colour, width, exit codes in --help, stdin and folders as arguments, shell completion."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cascade.paths import example_workspace, rules_dir


def test_ctrl_c_while_cascade_is_still_starting_is_one_line_and_130():
    """A Ctrl-C while the modules are still being imported: no traceback. `-X importtime`
    prints a line as each module is imported: once pydantic (which only the heavy part of
    cascade imports) is in, the signal is sent — before cascade has parsed its command line."""
    env = {k: v for k, v in os.environ.items() if k != "CASCADE_WORKSPACE"}
    proc = subprocess.Popen([sys.executable, "-X", "importtime", "-m", "cascade", "check", "--example", "--lang", "en"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    for line in proc.stderr:
        if line.rsplit("|", 1)[-1].strip() == "pydantic":
            break
    proc.send_signal(signal.SIGINT)
    rest = [line for line in proc.stderr.read().splitlines() if not line.startswith("import time:")]
    assert proc.wait(timeout=60) == 130
    assert rest == ["cascade: stopped (Ctrl-C); no file was left half-written"]


@pytest.mark.parametrize("command", [None, "check", "audit", "rules", "tree", "schema", "serve"])
def test_every_help_lists_the_exit_codes(command, run):
    code, out, _ = run(*([command] if command else []), "--help")
    codes = out.split("mã thoát:\n", 1)[1].split()
    assert code == 0
    assert ("1" in codes) == (command in (None, "check", "audit", "rules"))
    assert {"0", "2", "3", "130"} <= set(codes)


# ---------------------------------------------------------------- the rules in use


def _rules_with_a_typo(folder):
    """A copy of the shipped rules whose first severity is misspelt; the typo's line."""
    shutil.copytree(rules_dir(), folder)
    lines = (folder / "checks.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("severity:"))
    lines[at] = lines[at].replace(lines[at].split(":", 1)[1].strip(), "warnng")
    (folder / "checks.yaml").write_text("".join(lines), encoding="utf-8")
    return at + 1


def test_rules_lint_test_and_check_read_the_rules_being_edited(tmp_path, monkeypatch, run):
    """A rule author edits rules/checks.yaml in a checkout: every command reads that copy, not
    the one cascade was installed with, and --verbose says which."""
    line = _rules_with_a_typo(tmp_path / "rules")
    monkeypatch.chdir(tmp_path / "rules")  # from a subfolder too, as linters find their configuration
    code, out, err = run("rules", "lint", "--verbose", "--lang", "en")
    assert code == 1 and out.startswith(f"checks.yaml:{line}:") and "'warnng' is not allowed" in out
    assert err == "cascade: rules read from . (a rules/ folder here or in a parent folder)\n"
    for command in (["rules", "test"], ["check"], ["audit"]):
        code, _, err = run(*command, "--lang", "en")
        assert code == 2 and "'warnng' is not allowed" in err, command


def test_a_workspace_with_its_own_rules_uses_them(tmp_path, monkeypatch, run):
    """A workspace that keeps a rules/ folder is checked with it (here: one rule made info)."""
    monkeypatch.chdir(tmp_path)
    shipped = json.loads(run("check", "--format", "json")[1])["findings"]
    rule = next(f["rule"] for f in shipped if f["severity"] == "error")
    shutil.copytree(example_workspace(), tmp_path / "ws")
    shutil.copytree(rules_dir(), tmp_path / "ws" / "rules")
    checks = tmp_path / "ws" / "rules" / "checks.yaml"
    text = checks.read_text(encoding="utf-8")
    start = text.index(f"id: {rule}")
    severity = text.index("severity: error", start)
    checks.write_text(text[:severity] + "severity: info " + text[severity + len("severity: error"):], encoding="utf-8")
    code, out, err = run("check", "--workspace", "ws", "--format", "json", "--verbose", "--lang", "en")
    own = json.loads(out)["findings"]
    assert {f["severity"] for f in own if f["rule"] == rule} == {"info"}
    assert len(own) == len(shipped)
    assert err == "cascade: rules read from ws/rules (the workspace's rules/ folder)\n"


def test_verbose_names_the_shipped_rules_by_their_real_path(tmp_path, monkeypatch, run):
    monkeypatch.chdir(tmp_path)
    _, _, err = run("tree", "--find", "Mù Cả", "--verbose", "--lang", "en")
    assert err == f"cascade: rules read from {rules_dir()} (shipped with cascade)\n"


# ---------------------------------------------------------------- locations and SARIF


def test_locations_are_relative_to_the_workspace_from_every_folder(workspace, tmp_path, monkeypatch, run):
    root = workspace()
    seen = []
    for where in (tmp_path, root / "documents", root):
        monkeypatch.chdir(where)
        code, out, _ = run("check", "--workspace", root, "--format", "json")
        seen.append(sorted({f["location"]["file"] for f in json.loads(out)["findings"]}))
        html = run("audit", "--workspace", root, "--period", "2026", "--format", "html")[1]
        assert "documents/plan.yaml:" in html and str(tmp_path) not in html
    assert seen[0] == seen[1] == seen[2] == ["documents/plan.yaml"]


def _sarif_problems(text: str) -> list[str]:
    import jsonschema

    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(json.loads(text))]


@pytest.mark.parametrize("command", ["check", "audit"])
def test_sarif_is_valid_against_the_oasis_schema(command, run):
    code, out, _ = run(command, "--format", "sarif", "--lang", "en")
    assert _sarif_problems(out) == []
    sarif = json.loads(out)["runs"][0]
    assert sarif["results"] and {r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"]
                                 for r in sarif["results"]} == {"CASCADE"}  # the shipped example
    assert set(sarif["originalUriBaseIds"]) == {"CASCADE"}
    assert all(r["helpUri"] == f"docs/rules.md#{r['id'].lower()}" for r in sarif["tool"]["driver"]["rules"])
    assert sarif["invocations"][0]["executionSuccessful"] is True


def test_sarif_of_a_workspace_names_its_root_as_the_base(workspace, run):
    root = workspace()
    code, out, _ = run("check", "--workspace", root, "--format", "sarif", "--fail-on", "never")
    assert code == 0 and _sarif_problems(out) == []
    sarif = json.loads(out)["runs"][0]
    assert sarif["originalUriBaseIds"]["WORKSPACE"]["uri"] == root.resolve().as_uri() + "/"
    assert {json.dumps(r["locations"][0]["physicalLocation"]["artifactLocation"], sort_keys=True)
            for r in sarif["results"]} == {'{"uri": "documents/plan.yaml", "uriBaseId": "WORKSPACE"}'}


def test_a_schema_violation_is_caught():
    """The validation above can fail: a result without a message is refused."""
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "cascade"}}, "results": [{"ruleId": "X"}]}]}
    assert _sarif_problems(json.dumps(broken))


# ---------------------------------------------------------------- files check cannot read


@pytest.mark.parametrize("name, content", [("ke-hoach.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504),
                                           ("ke-hoach.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")])
def test_check_refuses_doc_and_pdf_as_import_does(name, content, tmp_path, monkeypatch, run):
    """Not "not UTF-8" nor "YAML syntax error": the file, what cascade reads, exit 2."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_bytes(content)
    checked, imported = run("check", name, "--lang", "en"), run("import", name, "--lang", "en")
    assert checked[0] == imported[0] == 2
    assert checked[2] == imported[2]
    assert checked[2].startswith(f"{name}:1:1: cannot import files of type '{Path(name).suffix}' — a .docx, .md or .txt file")


# ---------------------------------------------------------------- colour and width


ESC = "\x1b["


@pytest.mark.parametrize("color, no_color, terminal, painted", [
    ("auto", None, False, False),   # a pipe or a file: never
    ("auto", None, True, True),     # a terminal
    ("auto", "1", True, False),     # NO_COLOR
    ("always", "1", False, True),   # asked for, on the command line: beats NO_COLOR
    ("never", None, True, False),
])
def test_colour_only_on_a_terminal_and_never_with_no_color(color, no_color, terminal, painted, run, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: terminal)
    monkeypatch.delenv("TERM", raising=False)
    if no_color:
        monkeypatch.setenv("NO_COLOR", no_color)
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    code, out, _ = run("check", "kh-xa-mu-ca-2026", "--color", color, "--lang", "en")
    assert (ESC in out) == painted
    if painted:  # only the severity words, each reset after
        assert f"{ESC}1;31merror{ESC}0m" in out and f"{ESC}33mwarning{ESC}0m" in out
        assert out.count(ESC) == 2 * sum(out.count(word) for word in (f"{ESC}1;31m", f"{ESC}33m", f"{ESC}36m"))


def test_only_the_severity_column_is_painted():
    """A message that says "error", or holds an escape sequence (already shown escaped by then),
    stays as it is: only cascade's severity words, where a report puts them, are painted."""
    from cascade.colour import paint
    from cascade.messages import safe_report
    from cascade.report.width import table

    report = safe_report(table([["error", "TGT-001", "an error \x1b[31min red"], ["info", "X", "warning"]],
                               ["Severity", "Rule", "Message"]))
    painted = paint(report, "en").splitlines()
    assert painted[2] == f"{ESC}1;31merror{ESC}0m       TGT-001  an error \\x1b[31min red"
    assert painted[3] == f"{ESC}36minfo{ESC}0m        X        warning"
    assert paint("Severity: warning (waived W-1)", "en") == f"Severity: {ESC}33mwarning{ESC}0m (waived W-1)"


@pytest.mark.parametrize("command", [["check"], ["audit", "--period", "2026"]])
def test_text_reports_fit_80_columns(command, run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = run(*command)[1]
    assert max(len(line) for line in out.splitlines()) <= 80
    monkeypatch.setenv("COLUMNS", "250")
    assert max(len(line) for line in run(*command)[1].splitlines()) > 80  # a wide terminal gets wide tables


def test_a_table_too_wide_to_wrap_is_shown_a_row_at_a_time():
    from cascade.report.width import table

    headers = [f"Column {i}" for i in range(12)]
    text = table([[f"value {i}" for i in range(12)]], headers, width=80)
    assert text.splitlines()[:2] == ["Column 0: value 0", "Column 1: value 1"]
    assert max(len(line) for line in table([["a" * 100, "b"]], ["A", "B"], width=40).splitlines()) <= 40


# ---------------------------------------------------------------- standard input, folders, completion


def test_a_plan_on_standard_input(run, monkeypatch, tmp_path):
    """`-` reads a plan from standard input (its type from its content) and names it "-"."""
    import io

    seed = sorted((example_workspace() / "seeds").glob("003_*.txt"))[0]
    (tmp_path / "plan.txt").write_bytes(seed.read_bytes())
    from_file = json.loads(run("check", tmp_path / "plan.txt", "--format", "json")[1])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(seed.read_bytes())))
    code, out, _ = run("check", "-", "--format", "json")
    from_stdin = json.loads(out)
    assert code == 1 and {f["location"]["file"] for f in from_stdin["findings"]} == {"-"}
    assert [f["rule"] for f in from_stdin["findings"]] == [f["rule"] for f in from_file["findings"]]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"%PDF-1.7\n")))
    code, _, err = run("check", "-", "--lang", "en")
    assert code == 2 and err.startswith("-:1:1: cannot import files of type '.pdf'")


def test_a_folder_is_every_plan_inside(run, tmp_path):
    seeds = sorted((example_workspace() / "seeds").glob("00[03]_*.txt"))
    (tmp_path / "plans" / "xa").mkdir(parents=True)
    (tmp_path / "plans" / "ttr.txt").write_bytes(seeds[0].read_bytes())
    (tmp_path / "plans" / "xa" / "mu-ca.md").write_bytes(seeds[1].read_bytes())
    (tmp_path / "plans" / "~$mu-ca.docx").write_bytes(b"lock")  # an editor's lock file: not a plan
    code, out, _ = run("check", tmp_path / "plans", "--format", "json")
    report = json.loads(out)
    assert report["summary"]["documents"] == 2
    assert {f["document"] for f in report["findings"]} == {"ttr", "mu-ca"}
    (tmp_path / "empty").mkdir()
    code, _, err = run("check", tmp_path / "empty", "--lang", "en")
    assert code == 2 and "the folder holds no plan" in err


def test_shell_completion_from_the_command_line_definition(run, tmp_path):
    code, script, _ = run("completion", "bash")
    assert code == 0
    (tmp_path / "cascade.bash").write_text(script, encoding="utf-8")
    complete = ('source {script}; COMP_WORDS=({words}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 )); '
                '_shtab_cascade; echo "${{COMPREPLY[@]}}"')
    said = [subprocess.run(["bash", "-c", complete.format(script=tmp_path / "cascade.bash", words=words)],
                           capture_output=True, text=True, check=True).stdout.split()
            for words in ("cascade che", "cascade check --format ''", "cascade audit --fail-on w")]
    assert said == [["check"], ["github", "json", "markdown", "sarif", "text"], ["warning"]]
    assert run("completion", "zsh")[1].startswith("#compdef cascade")
