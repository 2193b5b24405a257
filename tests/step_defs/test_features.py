"""pytest-bdd bindings for features/*.feature (written in Vietnamese Gherkin)."""

import datetime as dt
import shlex
import shutil

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from cascade.load import load_hierarchy, load_rules
from cascade.workspace import example_workspace, rules_dir
from conftest import PLAN

scenarios("hierarchy.feature", "load_errors.feature", "rules_in_use.feature")


@pytest.fixture(scope="module")
def lai_chau():
    return load_hierarchy(example_workspace(), load_rules())


@pytest.fixture
def ctx():
    return {}


@when(parsers.parse("xem hệ thống đơn vị của tỉnh Lai Châu ngày {day}"))
def view_tree(lai_chau, ctx, day):
    on = dt.date.fromisoformat(day)
    ctx["tree"] = [u for u in lai_chau.tree(on) if "lai-chau" in lai_chau.lineage(u)]


@then("không có xã, phường nào thành lập từ 01/7/2025")
def no_new_commune(lai_chau, ctx):
    assert not [u for u in ctx["tree"] if lai_chau.units[u].kind == "commune" and lai_chau.units[u].valid_from]


@then(parsers.parse('có {n:d} đơn vị loại "{kind}"'))
def count_kind(lai_chau, ctx, n, kind):
    assert sum(lai_chau.units[u].kind == kind for u in ctx["tree"]) == n


@when(parsers.parse('{issuer} viết "{phrase}" ngày {day}'))
def write_phrase(lai_chau, ctx, issuer, phrase, day):
    issuer_id = lai_chau.find(issuer)[0]
    ctx["units"] = lai_chau.resolve(phrase, issuer_id, dt.date.fromisoformat(day))


@then(parsers.parse("cụm đó chỉ {n:d} đơn vị"))
def phrase_count(ctx, n):
    assert len(ctx["units"]) == n


@then(parsers.parse('trong đó có "{name}"'))
def phrase_contains(lai_chau, ctx, name):
    assert lai_chau.find(name)[0] in ctx["units"]


@given(parsers.parse('một kế hoạch giao nhiệm vụ cho "{name}" không có trong hệ thống'))
def plan_with_unknown_unit(workspace, ctx, name):
    ctx["ws"] = workspace({"documents/plan.yaml": PLAN.replace("lead: [UBND xã B]", f"lead: [{name}]")})


@given("một không gian làm việc hợp lệ")
def valid_workspace(workspace, ctx):
    ctx["ws"] = workspace()


@when("kiểm tra không gian làm việc")
def validate(run, ctx):
    ctx["code"], ctx["out"], ctx["err"] = run("validate", ctx["ws"])


@then(parsers.parse("mã thoát là {code:d}"))
def exit_code(ctx, code):
    assert ctx["code"] == code
    assert "Traceback" not in ctx["err"]


@then(parsers.parse('thông báo là "{line}"'))
def message(ctx, line):
    assert ctx["err"].splitlines()[0] == _placed(line, ctx)


@given(parsers.parse('thư mục này có rules/ với mức "{level}" ở quy tắc đầu tiên của checks.yaml'))
def rules_being_edited(tmp_path, monkeypatch, ctx, level):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(rules_dir(), tmp_path / "rules")
    checks = tmp_path / "rules" / "checks.yaml"
    lines = checks.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, text in enumerate(lines) if text.strip().startswith("severity:"))
    key = lines[at].split(":")[0]
    lines[at] = f"{key}: {level}\n"
    ctx["place"] = {"{dòng}": str(at + 1), "{cột}": str(len(key) + 3)}
    checks.write_text("".join(lines), encoding="utf-8")


@given("một thư mục không có rules/")
def no_rules_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


@when(parsers.parse('chạy "{command}"'))
def run_command(run, ctx, command):
    ctx["code"], ctx["out"], ctx["err"] = run(*shlex.split(command)[1:])


@then(parsers.parse('kết quả là "{line}"'))
def output_line(ctx, line):
    assert ctx["out"].splitlines()[0] == _placed(line, ctx)


def _placed(line: str, ctx: dict) -> str:
    """The line with {dòng}:{cột} replaced by where the scenario put its mistake."""
    for mark, value in ctx.get("place", {}).items():
        line = line.replace(mark, value)
    return line
