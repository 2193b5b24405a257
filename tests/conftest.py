"""Shared test helpers: build a workspace from a dict of files, run the CLI in-process."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cascade import cli
from cascade.paths import example_workspace

HIERARCHY = """\
units:
  - id: nation
    name: Chính phủ
    kind: nation
  - id: tinh
    name: UBND tỉnh Lai Châu
    kind: province
    parent: nation
  - id: so-noi-vu
    name: Sở Nội vụ
    kind: dept
    parent: tinh
  - id: huyen-a
    name: UBND huyện A
    kind: district
    parent: tinh
    valid_to: 2025-06-30
  - id: xa-b
    name: UBND xã B
    kind: commune
    parent: tinh
    valid_from: 2025-07-01
"""

PLAN = """\
id: kh-xa-b-2026
kind: plan
issuer: xa-b
issuer_as_written: UBND xã B
title: Kế hoạch cải cách hành chính năm 2026
date: 2026-01
period: {start: 2026, end: 2026}
areas:
  the-che:
    targets:
      - clause: II.2, ý 1
        text: 100% văn bản được rà soát.
        indicator: legal-docs-reviewed
        comparator: ">="
        value: 100
        unit: percent
    tasks:
      - clause: III.2
        text: Rà soát văn bản.
        lead: [UBND xã B]
"""


def make_workspace(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write a workspace: a valid hierarchy and plan, overridden or extended by `files`."""
    contents = {"hierarchy.yaml": HIERARCHY, "documents/plan.yaml": PLAN, **files}
    for name, content in contents.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Build a workspace under tmp_path; paths in messages are relative to it."""
    monkeypatch.chdir(tmp_path)

    def build(files: dict[str, str | bytes] | None = None) -> Path:
        return make_workspace(tmp_path / "ws", files or {})

    return build


@pytest.fixture
def run(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch):
    """Run the CLI in-process; return (exit code, stdout, stderr). Commands run in the Lai Châu
    example (through $CASCADE_WORKSPACE) unless they name another workspace."""
    monkeypatch.setenv("CASCADE_WORKSPACE", str(example_workspace()))

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke
