"""The conventions of the lint tools people already know (ruff, yamllint, cfn-lint): Ctrl-C,
colour, width, exit codes in --help, stdin and folders as arguments, shell completion."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest


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
