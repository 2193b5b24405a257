"""Hostile and broken input (issue 13): every case ends in exit 2 (or its documented outcome)
with one clear line first on standard error, no traceback, within a time bound, and leaves
what it read unchanged.

Each case is a workspace (files over the conftest's valid one) and a command line. The time
bound is an alarm, not a timed assertion: a case that hangs fails instead of blocking CI.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import signal
import zipfile
from pathlib import Path

import pytest

from cascade.limits import MAX_PARAGRAPH_CHARS, MAX_TEXT_BYTES, MAX_YAML_ALIASES, MAX_YAML_BYTES, MAX_YAML_DEPTH

TIME_BOUND = 60  # seconds per case: generous; every case takes well under one
ONE_LINE = re.compile(r"^(\S+:\d+:\d+: .+ — .+|cascade: .+)$")


class Hung(BaseException):
    """Raised by the alarm: a BaseException, so that no `except Exception` swallows it."""


@pytest.fixture
def bounded():
    def alarm(*_):
        raise Hung(f"no answer within {TIME_BOUND} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(TIME_BOUND)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def snapshot(root: Path) -> dict[str, str]:
    """Every regular file under root and its hash: what was read must not change."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


def refused(code: int, err: str, expected: int = 2) -> None:
    assert code == expected, err
    assert "Traceback" not in err
    lines = err.splitlines() or [""]
    if lines[0].startswith(("usage:", "cách dùng:")):  # a usage error: argparse's usage, then one line
        assert re.match(r"^cascade( \w+)*: (error|lỗi): .+$", lines[-1]), lines[-1]
    else:
        assert ONE_LINE.match(lines[0]), f"not one clear line: {lines[0]!r}"
    assert "\x1b" not in err and "\r" not in err, "a control character reached the terminal"


# ---------------------------------------------------------------- YAML documents

DOC = """\
id: kh-xa-b-2026
kind: plan
issuer: xa-b
issuer_as_written: UBND xã B
title: Kế hoạch cải cách hành chính năm 2026
date: {date}
period: {{start: {start}, end: {end}}}
areas: {{}}
"""


def doc(date: str = "2026-01", start: str = "2026", end: str = "2026") -> str:
    return DOC.format(date=date, start=start, end=end)


BAD_DATES = ['"2026-02-30"', '"2026-13"', '"0000"', '"9999-12"', '"2025-02-29"', '"2026-04-31"', '"2026-00"',
             '"2026-06-00"', '"2026-Q5"', '"1900"', '"2101-01-01"', '"20260101"', '"2026-1-1"', '"２０２６"',
             "2026-02-30", "2026-13-01", "0000-01-01", "2025-02-29", "9999-12-31", "1800-01-01", "2026-06-31",
             "99999999999999999999", "-2026", "2026.5", "true", "[2026]", "{y: 2026}", "null-ish"]
BAD_YEARS = ["-1", "0", "1944", "2101", "99999", "100000000000000000000000000000", "-99999999999", '"2026"x',
             "2026.5", "1e400", ".inf", ".nan"]


def deadline_doc(deadline: str) -> str:
    return doc() .replace("areas: {}", f"""areas:
  the-che:
    tasks:
      - clause: III.1
        text: Rà soát văn bản.
        lead: [UBND xã B]
        deadline: {deadline}
""")


YAML_CASES: dict[str, dict[str, str | bytes]] = {}
for i, d in enumerate(BAD_DATES):
    YAML_CASES[f"date-{i}-{d}"] = {"documents/plan.yaml": doc(date=d)}
for i, d in enumerate(BAD_DATES[:16]):
    YAML_CASES[f"deadline-{i}-{d}"] = {"documents/plan.yaml": deadline_doc(d)}
for i, y in enumerate(BAD_YEARS):
    YAML_CASES[f"period-start-{i}-{y}"] = {"documents/plan.yaml": doc(start=y)}
    YAML_CASES[f"period-end-{i}-{y}"] = {"documents/plan.yaml": doc(end=y)}
for i, d in enumerate(["2026-02-30", "1800-01-01", "2200-01-01", '"2025-13-01"', "0001-01-01"]):
    YAML_CASES[f"unit-date-{i}"] = {"hierarchy.yaml": f"""\
units:
  - id: tinh
    name: UBND tỉnh Lai Châu
    kind: province
    valid_from: {d}
  - id: xa-b
    name: UBND xã B
    kind: commune
    parent: tinh
"""}
    YAML_CASES[f"waiver-expiry-{i}"] = {"workspace.yaml": f"""\
waivers:
  - id: W-1
    rule: NAM-001
    document: kh-xa-b-2026
    reason: x
    decision: Công văn số 1/UBND
    approved_by: Chủ tịch
    expires: {d}
"""}

ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9))
TAGS = ["!!python/object:os.system {}", "!!python/object/apply:os.system [echo hi]", "!!python/name:os.system ''",
        "!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]", "!!binary aGVsbG8=", "!foo {a: 1}", "!foo [1]",
        "!!python/tuple [1, 2]", "!<tag:example.com,2000:x> {a: 1}", "!!map {a: 1}"]
for i, tag in enumerate(TAGS):
    YAML_CASES[f"tag-{i}"] = {"documents/plan.yaml": doc() + f"headings: {tag}\n"}
    YAML_CASES[f"tag-in-workspace-{i}"] = {"workspace.yaml": f"province: {tag}\n"}
YAML_CASES.update({
    "alias-bomb": {"documents/plan.yaml": doc() + ALIAS_BOMB},
    "alias-bomb-workspace": {"workspace.yaml": ALIAS_BOMB},
    "alias-bomb-hierarchy": {"hierarchy.yaml": ALIAS_BOMB},
    "many-aliases": {"documents/plan.yaml": doc() + "x: &x 1\n" + "".join(f"y{i}: *x\n" for i in range(MAX_YAML_ALIASES + 1))},
    "self-alias-seq": {"documents/plan.yaml": doc() + "headings: &r [*r]\n"},
    "self-alias-map": {"documents/plan.yaml": doc() + "headings: &r {a: *r}\n"},
    "self-alias-top": {"documents/plan.yaml": "&r\n" + doc() + "x: *r\n"},
    "undefined-alias": {"documents/plan.yaml": doc() + "headings: *nowhere\n"},
    "merge-key": {"documents/plan.yaml": doc() + "x: &x {a: 1}\ny:\n  <<: *x\n"},
    "deep-flow": {"documents/plan.yaml": doc() + "headings: " + "[" * 2000 + "]" * 2000 + "\n"},
    "deep-flow-limit": {"documents/plan.yaml": doc() + "headings: " + "[" * (MAX_YAML_DEPTH + 1) + "]" * (MAX_YAML_DEPTH + 1) + "\n"},
    "deep-block": {"documents/plan.yaml": doc() + "headings:\n" + "".join("  " * i + "- \n" for i in range(200))},
    "deep-dashes": {"documents/plan.yaml": doc() + "headings:\n" + "  " + "- " * 500 + "x\n"},
    "deep-map": {"documents/plan.yaml": doc() + "x:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(300))},
    "deep-hierarchy-yaml": {"hierarchy.yaml": "units: " + "[" * 900 + "]" * 900 + "\n"},
    "deep-workspace": {"workspace.yaml": "checks: " + "[" * 900 + "]" * 900 + "\n"},
    "control-char": {"documents/plan.yaml": doc().replace("Kế hoạch", "Kế\x07hoạch")},
    "nul-byte": {"documents/plan.yaml": doc().encode() + b"\x00"},
    "escape-seq": {"documents/plan.yaml": doc().replace("Kế hoạch", "Kế\x1b[31mhoạch")},
    "latin1": {"documents/plan.yaml": doc().encode("utf-8").replace("ế".encode(), b"\xe9")},
    "utf16": {"documents/plan.yaml": doc().encode("utf-16")},
    "unclosed-quote": {"documents/plan.yaml": doc().replace("title: Kế", 'title: "Kế')},
    "unclosed-single-quote": {"documents/plan.yaml": doc().replace("title: Kế", "title: 'Kế")},
    "tab-indent": {"documents/plan.yaml": doc() + "x:\n\ty: 1\n"},
    "duplicate-key": {"documents/plan.yaml": doc() + "kind: plan\n"},
    "not-a-mapping": {"documents/plan.yaml": "- a\n- b\n"},
    "scalar-file": {"documents/plan.yaml": "just text\n"},
    "empty": {"documents/plan.yaml": ""},
    "only-comment": {"documents/plan.yaml": "# nothing\n"},
    "only-bom": {"documents/plan.yaml": "\ufeff".encode()},
    "multi-document": {"documents/plan.yaml": doc() + "---\n" + doc()},
    "complex-key": {"documents/plan.yaml": doc() + "? [a, b]\n: 1\n"},
    "huge-int": {"documents/plan.yaml": doc() + "x: " + "9" * 5000 + "\n"},
    "too-large": {"documents/plan.yaml": doc() + "# " + "x" * (MAX_YAML_BYTES + 10) + "\n"},
    "hierarchy-not-mapping": {"hierarchy.yaml": "[1, 2]\n"},
    "hierarchy-empty": {"hierarchy.yaml": ""},
    "workspace-list": {"workspace.yaml": "- 1\n"},
    "unit-id-newline": {"hierarchy.yaml": 'units:\n  - id: "a\\nb"\n    name: x\n    kind: province\n'},
})


@pytest.mark.parametrize("files", YAML_CASES.values(), ids=YAML_CASES.keys())
def test_bad_yaml_is_one_located_line(files, workspace, run, bounded):
    root = workspace(files)
    before = snapshot(root)
    code, _, err = run("validate", root, "--lang", "en")
    refused(code, err)
    assert snapshot(root) == before


@pytest.mark.parametrize("quote", ['"', "'"])
def test_an_unclosed_quote_is_reported_where_it_opens(quote, workspace, run):
    root = workspace({"documents/plan.yaml": doc().replace("title: Kế", f"title: {quote}Kế")})
    code, _, err = run("validate", root, "--lang", "en")
    assert code == 2 and err.startswith("documents/plan.yaml:5:8: "), err


@pytest.mark.parametrize("char, where", [("\x07", "5:10"), ("\x1b", "5:10"), ("\x00", "5:10")])
def test_a_control_character_is_reported_at_its_line_and_column(char, where, workspace, run):
    root = workspace({"documents/plan.yaml": doc().replace("title: Kế hoạch", f"title: Kế{char}hoạch")})
    code, _, err = run("validate", root, "--lang", "en")
    assert code == 2 and err.startswith(f"documents/plan.yaml:{where}: control character U+00"), err


# ---------------------------------------------------------------- message templates in added rules

def added_rule(message: str) -> str:
    quoted = message.replace("\\", "\\\\").replace('"', '\\"')
    return ("checks:\n  - id: LOC-001\n    kind: missing-area\n    severity: info\n"
            f"    message: {{vi: x, en: \"{quoted}\"}}\n    fix: {{vi: x, en: x}}\n"
            "    description: {vi: x, en: x}\n    legal_basis: Nghị quyết 76/NQ-CP\n")


TEMPLATES = ["{0}", "{}", "{actual", "actual}", "{actual!z}", "{actual!r}", "{actual:>2000000000}", "{actual:{expected}}",
             "{actual.__class__}", "{actual[0]}", "{nope}", "{{{actual}}", "{actual:d}", "{ actual }", "{actual!s:>5}",
             "}{", "{unit.__init__.__globals__}", "{expected:%Y}"]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("command", ["check", "validate"])
def test_bad_message_template_is_refused_at_load(template, command, workspace, run, bounded):
    root = workspace({"workspace.yaml": added_rule(template)})
    code, _, err = run(command, *(["--workspace"] if command == "check" else []), root, "--lang", "en")
    refused(code, err)
    assert "workspace.yaml:5:" in err.splitlines()[0]


# ---------------------------------------------------------------- terminal safety

HOSTILE_TEXT = ["a\\e[31mred\\e[0m", "line\\nws/forged.yaml:1:1: forged — line", "bell\\a", "cr\\rover", "nul\\0x",
                "\\u202eevil", "del\\x7f", "c1\\x9b31m"]


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_control_characters_are_shown_escaped(text, workspace, run, bounded):
    root = workspace({"hierarchy.yaml": f'units:\n  - id: tinh\n    name: "{text}"\n    kind: provincee\n'})
    code, _, err = run("validate", root, "--lang", "en")
    refused(code, err)
    assert len(err.splitlines()) == 2  # the problem and the count: no forged second problem


@pytest.mark.parametrize("text", HOSTILE_TEXT[:4])
def test_control_characters_in_findings_are_escaped(text, workspace, run, bounded):
    plan = doc().replace("issuer_as_written: UBND xã B", f'issuer_as_written: "{text}"')
    root = workspace({"documents/plan.yaml": plan})
    code, out, err = run("check", "--workspace", root, "--lang", "en", "--fail-on", "never")
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif", "xlsx"])
def test_control_characters_in_the_audit(fmt, workspace, run, tmp_path, bounded):
    plan = doc().replace("issuer_as_written: UBND xã B", 'issuer_as_written: "UBND\\e[31m xã\\a B"')
    root = workspace({"documents/plan.yaml": plan})
    code, out, err = run("audit", "--workspace", root, "--period", "2026", "--format", fmt,
                         "--output", tmp_path / f"out.{fmt}", "--lang", "en")
    assert code == 0, err
    if fmt == "xlsx":
        import openpyxl
        book = openpyxl.load_workbook(tmp_path / "out.xlsx")
        text = "".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row)
    else:
        text = (tmp_path / f"out.{fmt}").read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x07" not in text


@pytest.mark.parametrize("files", [{"documents/plan.yaml": doc()}, {"documents/plan.yaml": deadline_doc('"2026-06"')}])
def test_the_valid_base_of_the_yaml_cases(files, workspace, run, bounded):
    code, _, err = run("validate", workspace(files), "--lang", "en")
    assert code == 0, err


@pytest.mark.parametrize("command", ["validate", "check", "audit"])
def test_the_valid_base_of_every_case(command, workspace, run, bounded):
    """The cases below break one thing in this valid workspace: without it, it passes."""
    root = workspace({"documents/plan.yaml": doc(), "workspace.yaml": added_rule("{actual}"),
                      "hierarchy.yaml": f'units:\n  - id: xa-b\n    name: "UBND xã B"\n    kind: commune\n    parent: lai-chau\n'})
    code, out, err = run(command, *([root] if command == "validate" else ["--workspace", root]), "--lang", "en",
                         *(["--fail-on", "never"] if command == "check" else []), *(["--period", "2026"] if command == "audit" else []))
    assert code == 0, err


# ---------------------------------------------------------------- what a workspace holds


def special_files(root: Path, kind: str) -> None:
    target = root / "documents" / "zz.yaml"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "dev-zero":
        target.symlink_to("/dev/zero")
    elif kind == "dev-null":
        target.symlink_to("/dev/null")
    elif kind == "dev-urandom":
        target.symlink_to("/dev/urandom")
    elif kind == "dangling":
        target.symlink_to(root / "nowhere.yaml")
    elif kind == "loop":
        target.symlink_to(target)
    elif kind == "directory":
        target.mkdir()
    elif kind == "documents-file":
        for p in (root / "documents").iterdir():
            p.unlink()
        (root / "documents").rmdir()
        (root / "documents").write_text("not a folder\n")
    elif kind == "documents-dev-zero":
        for p in (root / "documents").iterdir():
            p.unlink()
        (root / "documents").rmdir()
        (root / "documents").symlink_to("/dev/zero")
    elif kind == "reference-file":
        (root / "reference").write_text("x\n")
    elif kind == "hierarchy-fifo":
        (root / "hierarchy.yaml").unlink()
        os.mkfifo(root / "hierarchy.yaml")
    elif kind == "hierarchy-dev-zero":
        (root / "hierarchy.yaml").unlink()
        (root / "hierarchy.yaml").symlink_to("/dev/zero")
    elif kind == "hierarchy-directory":
        (root / "hierarchy.yaml").unlink()
        (root / "hierarchy.yaml").mkdir()
    elif kind == "workspace-fifo":
        os.mkfifo(root / "workspace.yaml")
    elif kind == "workspace-dev-zero":
        (root / "workspace.yaml").symlink_to("/dev/zero")
    elif kind == "workspace-directory":
        (root / "workspace.yaml").mkdir()


SPECIAL = ["fifo", "dev-zero", "dev-null", "dev-urandom", "dangling", "loop", "directory", "documents-file",
           "documents-dev-zero", "reference-file", "hierarchy-fifo", "hierarchy-dev-zero", "hierarchy-directory",
           "workspace-fifo", "workspace-dev-zero", "workspace-directory"]


@pytest.mark.parametrize("kind", SPECIAL)
@pytest.mark.parametrize("command", ["validate", "check", "audit"])
def test_only_regular_files_are_read(kind, command, workspace, run, bounded):
    root = workspace()
    special_files(root, kind)
    before = snapshot(root)
    argv = [root] if command == "validate" else ["--workspace", root]
    code, out, err = run(command, *argv, "--lang", "en", *(["--period", "2026"] if command == "audit" else []))
    refused(code, err)
    assert "0 documents" not in out
    assert snapshot(root) == before


@pytest.mark.parametrize("name", [".~lock.plan.yaml#", ".~lock.plan.yaml", "~$plan.yaml", ".#plan.yaml", "plan.yaml~",
                                  ".plan.yaml.swp"])
def test_editor_lock_files_are_skipped_with_a_note(name, workspace, run, bounded):
    root = workspace({f"documents/{name}": b"\x00\xff garbage"})
    code, out, err = run("validate", root, "--lang", "en")
    assert code == 0, err
    assert "Valid: 1 documents" in out or "Valid:" in out


@pytest.mark.parametrize("given", ["file", "missing", "dev-null", "fifo"])
def test_a_workspace_that_is_not_a_folder_is_an_error(given, tmp_path, run, bounded, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "ws"
    if given == "file":
        path.write_text("x\n")
    elif given == "dev-null":
        path.symlink_to("/dev/null")
    elif given == "fifo":
        os.mkfifo(path)
    for argv in (["validate", path], ["check", "--workspace", path], ["audit", "--workspace", path]):
        code, _, err = run(*argv, "--lang", "en")
        refused(code, err)


# ---------------------------------------------------------------- years on the command line

@pytest.mark.parametrize("period", ["99999", "-5", "0", "1944", "2101", "100000000000000000000000000000", "x", "2026.5"])
@pytest.mark.parametrize("command", ["audit", "explain"])
def test_period_out_of_range(period, command, run, bounded):
    argv = ["audit"] if command == "audit" else ["explain", "xa-mu-ca"]
    code, _, err = run(*argv, f"--period={period}", "--lang", "en")
    refused(code, err)


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "2026-02-30", "1900-01-01"])
@pytest.mark.parametrize("option", [("audit", "--as-of"), ("tree", "--date"), ("check", "--as-of")])
def test_dates_on_the_command_line(value, option, run, bounded):
    code, _, err = run(option[0], option[1], value, "--lang", "en")
    refused(code, err)


# ---------------------------------------------------------------- a deep hierarchy

def deep_hierarchy(levels: int) -> str:
    lines = ["units:", "  - id: u0", "    name: Đơn vị 0", "    kind: nation"]
    for i in range(1, levels):
        lines += [f"  - id: u{i}", f"    name: Đơn vị {i}", "    kind: office", f"    parent: u{i - 1}"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("argv", [["tree"], ["tree", "--format", "json"], ["tree", "--find", "Đơn vị 999"],
                                  ["validate"], ["explain", "u999"], ["check"], ["audit", "--period", "2026"]])
@pytest.mark.parametrize("levels", [1000, 5000])
def test_a_thousand_levels_do_not_recurse(levels, argv, workspace, run, bounded):
    root = workspace({"hierarchy.yaml": deep_hierarchy(levels), "documents/plan.yaml": doc().replace("xa-b", "u999")})
    code, out, err = run(*argv, *([root] if argv == ["validate"] else ["--workspace", root]), "--lang", "en",
                         *(["--fail-on", "never"] if argv == ["check"] else []))
    assert code == 0, err
    assert "Traceback" not in err


# ---------------------------------------------------------------- plans to import

def docx_bytes(document_xml: bytes, extra: dict[str, bytes] | None = None, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A minimal .docx package around a document part (and any other parts)."""
    ct = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          b'<Default Extension="xml" ContentType="application/xml"/>'
          b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        if document_xml is not None:
            z.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BODY = b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + W + b'><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>'
ENTITY_BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
    b'<!ENTITY lol%d "%s">' % (i + 1, (b"&lol%d;" % i if i else b"&lol;") * 10) for i in range(9)) +
    b']><w:document ' + W + b'><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
XXE = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ' + W +
       b'><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')

PLANS: dict[str, tuple[str, bytes]] = {
    "docx-entity-bomb": ("docx", docx_bytes(ENTITY_BOMB)),
    "docx-xxe": ("docx", docx_bytes(XXE)),
    "docx-zip-bomb": ("docx", docx_bytes(BODY % b"x", {"word/media/big.bin": b"\0" * (120 * 1024 * 1024)})),
    "docx-ratio-bomb": ("docx", docx_bytes(BODY % (b"a" * (30 * 1024 * 1024)))),
    "docx-no-document": ("docx", docx_bytes(None)),
    "docx-bad-xml": ("docx", docx_bytes(b"<w:document><w:body><w:p>")),
    "docx-not-xml": ("docx", docx_bytes(b"\xff\xfe garbage")),
    "docx-empty-body": ("docx", docx_bytes(b'<w:document ' + W + b'><w:body/></w:document>')),
    "docx-wrong-root": ("docx", docx_bytes(b'<x/>')),
    "docx-truncated-zip": ("docx", docx_bytes(BODY % b"x")[:200]),
    "docx-not-zip": ("docx", b"PK\x03\x04 not really a zip"),
    "docx-ole": ("docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100),
    "docx-empty": ("docx", b""),
    "docx-long-paragraph": ("docx", docx_bytes(BODY % ("Đạt 100% văn bản, " * 3000).encode())),
    "docx-stored-zip": ("docx", docx_bytes(BODY % b"x", compression=zipfile.ZIP_STORED)[:-30]),
    "txt-empty": ("txt", b""),
    "txt-whitespace": ("txt", b"   \n\t\n  \r\n"),
    "txt-only-decoration": ("txt", b"|---|---|\n------\n"),
    "txt-latin1": ("txt", "Kế hoạch cải cách".encode("utf-16")),
    "txt-nul": ("txt", b"\x00" * 100),
    "txt-too-large": ("txt", b"a" * (MAX_TEXT_BYTES + 1)),
    "txt-long-paragraph": ("txt", ("Đạt 100% văn bản được rà soát, " * 1000).encode()),
    "txt-long-line-tags": ("txt", b"<" * (MAX_PARAGRAPH_CHARS + 10)),
    "md-long-paragraph": ("md", ("**Mục tiêu** " * 3000).encode()),
    "doc-old": ("doc", b"\xd0\xcf\x11\xe0"),
    "no-suffix": ("", b"text"),
    "pdf": ("pdf", b"%PDF-1.4"),
}


@pytest.mark.parametrize("name", PLANS)
@pytest.mark.parametrize("command", ["import", "check"])
def test_a_bad_plan_is_one_line(name, command, tmp_path, run, bounded, monkeypatch):
    monkeypatch.chdir(tmp_path)
    suffix, content = PLANS[name]
    path = tmp_path / f"plan.{suffix}" if suffix else tmp_path / "plan"
    path.write_bytes(content)
    code, out, err = run(command, path, "--issuer", "xa-mu-ca", "--lang", "en")
    refused(code, err)
    assert path.read_bytes() == content
    assert not list(tmp_path.glob("*.yaml"))


ADVERSARIAL = {  # text that used to cost the square or the cube of its length, just under the limits
    "ngay-thang": "ngày tháng " * (MAX_PARAGRAPH_CHARS // 11 - 1),
    "co-phu-luc": "(Có " * (MAX_PARAGRAPH_CHARS // 4 - 1),
    "digits": "1" * (MAX_PARAGRAPH_CHARS - 10),
    "percent-run-on": "1. Cải cách thể chế: " + "Đảm bảo 100% văn bản được rà soát, " * 500,
    "ke-hoach-duoc": "Kế hoạch được " * (MAX_PARAGRAPH_CHARS // 14 - 1),
    "xay-dung": "UBND xây dựng " * (MAX_PARAGRAPH_CHARS // 14 - 1),
    "so": "Số: " * (MAX_PARAGRAPH_CHARS // 4 - 1),
    "tags": "<a " * (MAX_PARAGRAPH_CHARS // 3 - 1),
    "nam": "Năm 2026, " * (MAX_PARAGRAPH_CHARS // 10 - 1) + ".",
    "tren-day": "Trên đây là " + "của " * (MAX_PARAGRAPH_CHARS // 4 - 10),
    "many-lines": "\n".join("- Đạt 100% văn bản được rà soát." for _ in range(5000)),
    "many-headings": "\n".join(f"{i}. Cải cách thể chế" for i in range(3000)),
    "control": "Kế hoạch\x0b\x0c\x1c\x85\u2028 cải cách \x07\x1b[31m hành chính năm 2026\n- Đạt 100% văn bản.\x01",
    "bidi": "Kế hoạch \u202e2026 năm\n- Đạt 100% văn bản.",
    "year-1900": "UBND XÃ MÙ CẢ\nSố: 01/KH-UBND\nMù Cả, ngày 10 tháng 01 năm 1900\nKẾ HOẠCH\nCải cách hành chính năm 1900\n- Đạt 100% văn bản đến năm 1900.",
    "year-2200": "UBND XÃ MÙ CẢ\nSố: 01/KH-UBND\nMù Cả, ngày 10 tháng 01 năm 2200\nKẾ HOẠCH\nCải cách hành chính năm 2200\n- Đạt 100% văn bản đến năm 2200.",
    "year-0000": "UBND XÃ MÙ CẢ\nSố: 01/KH-UBND\nMù Cả, ngày 0 tháng 0 năm 0000\nKẾ HOẠCH\nCải cách hành chính năm 0000\n- Đạt 100% văn bản đến năm 0000.",
    "year-9999": "UBND XÃ MÙ CẢ\nSố: 01/KH-UBND\nMù Cả, ngày 30 tháng 02 năm 9999\nKẾ HOẠCH\nCải cách hành chính năm 9999\n- Đạt 100% văn bản đến năm 9999.",
    "year-2026": "UBND XÃ MÙ CẢ\nSố: 01/KH-UBND\nMù Cả, ngày 30 tháng 02 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n- Đạt 100% văn bản đến năm 2026.",
    "year-2026": "UBND XÃ MÙ CẢ\nSố: 01/KH-UBND\nMù Cả, ngày 0 tháng 13 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n- Đạt 100% văn bản đến năm 2026.",
    "year-99999": "UBND XÃ MÙ CẢ\nSố: 01/KH-UBND\nMù Cả, ngày 1 tháng 1 năm 99999\nKẾ HOẠCH\nCải cách hành chính năm 99999\n- Đạt 100% văn bản đến năm 99999.",
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_adversarial_text_imports_in_bounded_time_and_round_trips(name, tmp_path, run, bounded, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = ADVERSARIAL[name]
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    code, _, err = run("import", "plan.txt", "--issuer", "xa-mu-ca", "-o", "plan.yaml", "--lang", "en")
    if code == 2:  # refused: then in one line
        refused(code, err)
        return
    assert code == 0, err
    written = (tmp_path / "plan.yaml").read_bytes()
    assert len(written) < 40 * len(text.encode()) + 10_000  # proportional to the input
    code, _, err = run("check", "plan.yaml", "--lang", "en", "--fail-on", "never")
    assert code == 0, err  # check reads what import wrote


# ---------------------------------------------------------------- outputs


def special_output(tmp_path: Path, kind: str) -> Path:
    if kind == "dev-null":
        return Path("/dev/null")
    if kind == "fifo":
        os.mkfifo(tmp_path / "out")
        return tmp_path / "out"
    if kind == "link-to-dev-null":
        (tmp_path / "out").symlink_to("/dev/null")
        return tmp_path / "out"
    if kind == "folder":
        (tmp_path / "out").mkdir()
        return tmp_path / "out"
    if kind == "in-missing-folder":
        return tmp_path / "missing" / "out"
    if kind == "under-a-file":
        (tmp_path / "file").write_text("x")
        return tmp_path / "file" / "out"
    raise AssertionError(kind)


OUTPUTS = ["dev-null", "fifo", "link-to-dev-null", "folder", "in-missing-folder", "under-a-file"]


@pytest.mark.parametrize("kind", OUTPUTS)
@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("command", ["audit", "import", "docs"])
def test_outputs_are_new_paths_or_regular_files(kind, force, command, tmp_path, run, bounded, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = special_output(tmp_path, kind)
    (tmp_path / "plan.txt").write_text("KẾ HOẠCH\nCải cách hành chính năm 2026\n- Đạt 100% văn bản được rà soát.\n", encoding="utf-8")
    argv = {"audit": ["audit", "--period", "2026"], "import": ["import", "plan.txt", "--issuer", "xa-mu-ca"],
            "docs": ["rules", "docs"]}[command]
    code, _, err = run(*argv, "--output", target, *(["--force"] if force else []), "--lang", "en")
    refused(code, err)
    if kind in ("fifo", "link-to-dev-null", "folder"):
        assert os.path.lexists(target) and not Path(target).resolve().is_file()
    if kind not in ("dev-null",):
        assert "tmp" not in err.splitlines()[0].replace(str(tmp_path), "")  # names the file asked for
    assert not [p for p in tmp_path.rglob(".*.tmp")]


@pytest.mark.parametrize("given", ["newdir/", "newdir//", "./"])
def test_an_output_ending_in_a_slash_is_a_folder(given, tmp_path, run, bounded, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run("audit", "--output", given, "--lang", "en")
    refused(code, err)
    assert not (tmp_path / "newdir").exists()


@pytest.mark.parametrize("signum, expected", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_write_leaves_no_temporary_file(signum, expected, tmp_path, run, bounded, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def interrupted(fd):
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        os.kill(os.getpid(), signal.SIGTERM)  # the handler raises where the program is

    monkeypatch.setattr(os, "fsync", interrupted)
    code, _, err = run("audit", "--period", "2026", "--format", "html", "--output", "report.html", "--lang", "en")
    assert code == expected
    assert len(err.splitlines()) == 1 and err.startswith("cascade: stopped")
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None) or callable(signal.getsignal(signal.SIGTERM))


@pytest.mark.parametrize("signum, expected", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_to_a_running_audit(signum, expected, tmp_path):
    """A real process stopped while it works (its first line says it has started: the national
    layer alone, a whole-country audit): one line, 130/143, no temporary file left."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "CASCADE_WORKSPACE"}
    proc = subprocess.Popen([sys.executable, "-m", "cascade", "audit", "--period", "2026", "--format", "xlsx",
                             "--output", "out.xlsx", "--lang", "en"], cwd=tmp_path, stderr=subprocess.PIPE, text=True, env=env)
    first = proc.stderr.readline()  # printed inside main, once the handlers are set
    proc.send_signal(signum)
    rest = proc.stderr.read()
    proc.wait(timeout=TIME_BOUND)
    assert "national layer alone" in first
    if proc.returncode == 0:  # it finished first: nothing to stop
        return
    assert proc.returncode == expected, rest
    assert rest.startswith("cascade: stopped") and len(rest.splitlines()) == 1, rest
    assert not list(tmp_path.glob(".*.tmp")) and not (tmp_path / "out.xlsx").exists()
