"""The rule examples beside the shipped rules (rules/examples/) pass, and every shipped rule
has at least one passing and one failing example."""

import pytest

from cascade.load import load_rules
from cascade.workspace import rules_dir
from cascade.ruletests import run_all

RESULTS, NO_FAIL, NO_PASS = run_all(rules_dir() / "examples", load_rules())


@pytest.mark.parametrize("result", RESULTS, ids=[f"{r.rule}-{r.case}" for r in RESULTS])
def test_example(result):
    assert result.ok, f"{result.where}: {result.detail}"


def test_every_rule_has_a_passing_and_a_failing_example():
    assert (NO_FAIL, NO_PASS) == ([], [])


def test_cascade_rules_test_command(run):
    code, out, _ = run("rules", "test", "--lang", "en")
    assert code == 0
    assert out.splitlines()[-1] == f"{len(RESULTS)} passed, 0 failed"
