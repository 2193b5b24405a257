"""Command line: argv → load → output → exit code. The only module that prints or exits.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage, 3 a bug in cascade.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import re
import sys
import time
from pathlib import Path

from tabulate import tabulate

from cascade import __version__, audit, explain, importer, layering, lint, load, pipeline, ruledocs, ruletests, schemas
from cascade.errors import InputError, Location, Problem
from cascade.finding import at_or_above
from cascade.messages import render
from cascade.output import OutputExists, write_atomically
from cascade.report import FORMATS, explain_text
from cascade.report.audit import FORMATS as AUDIT_FORMATS
from cascade.report.summary import summarise

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3

TEXT = {
    "vi": {
        "valid": "Hợp lệ: {docs} văn bản, {units} đơn vị ({path}).",
        "problems": "{n} lỗi trong dữ liệu đầu vào.",
        "no-doc": "cascade: không có văn bản '{id}' — cần mã một văn bản ({ids}, …) hoặc đường dẫn tệp .yaml",
        "no-unit": "cascade: không có đơn vị '{name}' — cần mã hoặc tên một đơn vị, ví dụ xa-mu-ca",
        "exists": "cascade: tệp {path} đã tồn tại — dùng --force để ghi đè, hoặc chọn tệp khác",
        "needs-output": "cascade: định dạng xlsx cần --output TỆP.xlsx",
        "progress": "đang rà soát {i}/{n} đơn vị",
        "written": "Đã ghi {path}.",
        "no-failing-example": "Quy tắc chưa có ví dụ vi phạm: {rules}",
        "lint": "{n} vấn đề trong tệp quy tắc.",
        "unclassified": "chưa phân loại",
        "no-issuer": "cascade: không nhận ra đơn vị ban hành ({name}) — chỉ rõ bằng --issuer MÃ_ĐƠN_VỊ (xem cascade tree)",
        "schema-kinds": "cascade: cần một loại tệp ({kinds}) hoặc --output-dir THƯ_MỤC",
        "no-passing-example": "Quy tắc chưa có ví dụ đạt: {rules}",
        "unknown-rule": "cascade: '{rule}' không phải quy tắc hoặc mức hợp lệ — cần mã quy tắc (ví dụ TGT-002) hoặc QUY_TẮC=error|warning|info",
        "internal": "cascade: lỗi nội bộ khi chạy quy tắc {rule} trên văn bản {document}: {cause}. Xin báo lỗi này cho nhóm phát triển.",
        "os": "cascade: không đọc hoặc ghi được '{path}': {reason}",
        "bug": "cascade: lỗi nội bộ ({cause}). Xin báo lỗi này cho nhóm phát triển, kèm lệnh đã chạy; CASCADE_DEBUG=1 cho xem chi tiết.",
        "other": "Ngoài bảy lĩnh vực", "area": "Lĩnh vực", "targets": "Mục tiêu", "tasks": "Nhiệm vụ", "headings": "Đề mục (như văn bản viết)",
        "absent": "(không có)",
        "tree-title": "Hệ thống đơn vị ngày {date}: {n} đơn vị",
    },
    "en": {
        "valid": "Valid: {docs} documents, {units} units ({path}).",
        "problems": "{n} problem(s) in the input.",
        "no-doc": "cascade: no document '{id}' — expected a document id ({ids}, …) or a .yaml file path",
        "no-unit": "cascade: no unit '{name}' — expected a unit id or name, e.g. xa-mu-ca",
        "exists": "cascade: {path} already exists — use --force to overwrite it, or choose another file",
        "needs-output": "cascade: the xlsx format needs --output FILE.xlsx",
        "progress": "auditing {i}/{n} units",
        "written": "Wrote {path}.",
        "no-failing-example": "Rules without a failing example: {rules}",
        "lint": "{n} problem(s) in the rule files.",
        "unclassified": "not classified",
        "no-issuer": "cascade: the issuing unit could not be matched ({name}) — name it with --issuer UNIT_ID (see cascade tree)",
        "schema-kinds": "cascade: expected a file kind ({kinds}) or --output-dir DIR",
        "no-passing-example": "Rules without a passing example: {rules}",
        "unknown-rule": "cascade: '{rule}' is not a rule or a valid level — expected a rule id (e.g. TGT-002) or RULE=error|warning|info",
        "internal": "cascade: internal error in rule {rule} on document {document}: {cause}. Please report this bug.",
        "os": "cascade: cannot read or write '{path}': {reason}",
        "bug": "cascade: internal error ({cause}). Please report this bug with the command you ran; CASCADE_DEBUG=1 shows the details.",
        "other": "Outside the seven areas", "area": "Area", "targets": "Targets", "tasks": "Tasks", "headings": "Headings (as written)",
        "absent": "(none)",
        "tree-title": "Hierarchy on {date}: {n} units",
    },
}

EXAMPLES = {
    "validate": "ví dụ / example:\n  cascade validate\n  cascade validate path/to/workspace --lang en",
    "tree": "ví dụ / example:\n  cascade tree --date 2024-03-01\n  cascade tree --date 2026-01-01 --format json",
    "show": "ví dụ / example:\n  cascade show kh-xa-mu-ca-2026\n  cascade show kh-vpubnd-2026-2030 --lang en",
    "explain": "ví dụ / example:\n  cascade explain xa-mu-ca --period 2026\n  cascade explain \"UBND xã Mù Cả\" --indicator online-dossiers\n"
               "  cascade explain thanh-tra-tinh --format json --lang en",
    "audit": "ví dụ / example:\n  cascade audit\n  cascade audit --period 2026 --format html --output bao-cao-2026.html\n"
             "  cascade audit --format xlsx --output bao-cao-2026.xlsx --lang en --force\n"
             "  cascade audit --period 2024 --as-of 2024-12-31 --format sarif --output cascade.sarif",
    "rules": "ví dụ / example:\n  cascade rules lint\n  cascade rules lint my-rules/ workspace.yaml\n  cascade rules test\n"
             "  cascade rules docs --output docs/rules.md --force",
    "schema": "ví dụ / example:\n  cascade schema document > document.schema.json\n  cascade schema --output-dir schemas --force",
    "import": "ví dụ / example:\n  cascade import ke-hoach-2026.docx -o documents/ke-hoach-2026.yaml\n"
              "  cascade import du-thao.txt --issuer xa-mu-ca\n  cascade check ke-hoach-2026.docx",
    "check": "ví dụ / example:\n  cascade check kh-xa-mu-ca-2026\n  cascade check kh-ttr-2026 kh-xa-mu-ca-2026 --format json --lang en\n"
             "  cascade check path/to/draft-plan.yaml --fail-on warning",
}


# argparse speaks English; its usage errors are put into Vietnamese unless --lang en is given.
USAGE_VI = [
    (r"argument (\S+): invalid choice: '(.*?)' \(choose from (.*)\)", r"tham số \1: '\2' không hợp lệ — chọn một trong \3"),
    (r"the following arguments are required: (.*)", r"thiếu tham số bắt buộc: \1"),
    (r"unrecognized arguments: (.*)", r"tham số không nhận ra: \1"),
    (r"argument (\S+): expected one argument", r"tham số \1 cần một giá trị"),
    (r"argument (\S+): invalid (\S+) value: '(.*?)'", r"tham số \1: giá trị '\3' không hợp lệ"),
]


class _Parser(argparse.ArgumentParser):
    english = False  # set by main() from the command line, before parsing it

    def error(self, message: str):  # argparse's hook for usage errors
        english = _Parser.english
        if not english:
            for pattern, replacement in USAGE_VI:
                message = re.sub(pattern, replacement, message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"{self.prog}: {'error' if english else 'lỗi'}: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cascade",
        description="Kiểm tra kế hoạch cải cách hành chính theo mục tiêu cấp trên / "
                    "Check PAR plans against what flows down the hierarchy.",
        epilog="ví dụ / example:\n  cascade validate\n  cascade tree --date 2024-03-01\n  cascade show kh-ttr-2026",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"cascade {__version__}")
    # also before the command ("cascade --lang en check"); main() applies the last --lang given
    parser.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS, help="ngôn ngữ / language (vi)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_, description=help_, epilog=EXAMPLES[name],
                             formatter_class=argparse.RawDescriptionHelpFormatter)
        cmd.add_argument("--lang", choices=["vi", "en"], default="vi", help="ngôn ngữ / language (vi)")
        return cmd

    validate = command("validate", "Đọc và kiểm tra toàn bộ không gian làm việc / load and validate a workspace")
    validate.add_argument("workspace", nargs="?", type=Path, help="thư mục (mặc định: ví dụ Lai Châu) / directory")

    tree = command("tree", "In hệ thống đơn vị tại một ngày / print the unit tree at a date")
    tree.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today(), help="YYYY-MM-DD (hôm nay / today)")
    tree.add_argument("--format", choices=["text", "json"], default="text")
    tree.add_argument("--workspace", type=Path)

    check = command("check", "Kiểm tra kế hoạch theo mục tiêu cấp trên / check plans against what flows down")
    check.add_argument("documents", nargs="*", metavar="DOCUMENT",
                       help="mã văn bản hoặc tệp .yaml (mặc định: mọi kế hoạch) / document id or .yaml file (default: every plan)")
    check.add_argument("--workspace", type=Path)
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default="error",
                       help="mức gây mã thoát 1 / severity that makes the exit code 1 (error)")
    check.add_argument("--issuer", help="đơn vị ban hành của tệp .docx/.md/.txt / issuer of an imported file")
    check.add_argument("--as-of", type=dt.date.fromisoformat, help="ngày xét hạn miễn trừ / date waivers are judged at (today)")
    _rule_switches(check)

    rules = command("rules", "Công cụ cho người soạn quy tắc / tools for rule authors")
    rules.add_argument("action", choices=["lint", "test", "docs"],
                       help="lint: kiểm tra tệp quy tắc / check rule files; test: chạy ví dụ / run the examples; "
                            "docs: tài liệu tham chiếu / write the reference")
    rules.add_argument("paths", nargs="*", type=Path, help="thư mục quy tắc hoặc tệp / rules directory or files")
    rules.add_argument("--output", "-o", type=Path, help="docs: ghi ra tệp / write the reference to a file")
    rules.add_argument("--force", action="store_true", help="ghi đè / overwrite --output")

    imp = command("import", "Nhập kế hoạch từ Word hoặc văn bản / import a plan from Word or text")
    imp.add_argument("file", type=Path, help="tệp .docx, .md hoặc .txt / a .docx, .md or .txt file")
    imp.add_argument("--output", "-o", type=Path, help="ghi YAML ra tệp (mặc định: in ra) / write the YAML to a file")
    imp.add_argument("--issuer", help="đơn vị ban hành, khi không tự nhận ra / the issuing unit, when it is not recognised")
    imp.add_argument("--workspace", type=Path)
    imp.add_argument("--force", action="store_true", help="ghi đè / overwrite --output")

    sch = command("schema", "Lược đồ JSON cho trình soạn thảo / JSON Schema of a YAML kind, for editors")
    sch.add_argument("kind", nargs="?", choices=list(schemas.KINDS), help="loại tệp / file kind")
    sch.add_argument("--output-dir", type=Path, help="ghi mọi lược đồ vào thư mục / write every schema to a folder")
    sch.add_argument("--force", action="store_true", help="ghi đè / overwrite existing files")

    aud = command("audit", "Báo cáo rà soát toàn tỉnh cho một năm / the consistency report across every unit")
    aud.add_argument("--workspace", type=Path)
    aud.add_argument("--period", type=int, help="năm / year (mặc định: năm gần nhất có kế hoạch)")
    aud.add_argument("--as-of", type=dt.date.fromisoformat, help="hệ thống đơn vị tại ngày / the tree as of YYYY-MM-DD")
    aud.add_argument("--format", choices=list(AUDIT_FORMATS), default="text")
    aud.add_argument("--output", "-o", type=Path, help="ghi ra tệp (bắt buộc với xlsx) / write to a file (needed for xlsx)")
    aud.add_argument("--force", action="store_true", help="ghi đè tệp đã có / overwrite an existing --output")
    _rule_switches(aud)

    expl = command("explain", "Nghĩa vụ của một đơn vị và nguồn gốc / a unit's obligations and where they come from")
    expl.add_argument("unit", help="mã hoặc tên đơn vị / unit id or name")
    expl.add_argument("--indicator", help="chỉ một chỉ tiêu / one indicator only")
    expl.add_argument("--period", type=int, help="năm / year (mặc định: năm kế hoạch mới nhất của đơn vị)")
    expl.add_argument("--format", choices=["text", "json"], default="text")
    expl.add_argument("--workspace", type=Path)

    show = command("show", "Tóm tắt một văn bản theo lĩnh vực / summarise a document per area")
    show.add_argument("document", help="mã văn bản / document id")
    show.add_argument("--workspace", type=Path)
    return parser


def _rule_switches(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--disable", action="append", default=[], metavar="RULE",
                     help="tắt một quy tắc / switch a rule off (repeatable)")
    cmd.add_argument("--severity", action="append", default=[], metavar="RULE=LEVEL",
                     help="đổi mức của quy tắc / change a rule's severity, e.g. TGT-002=error (repeatable)")


def _workspace(args: argparse.Namespace, focus: list[str] | None = None) -> load.Workspace:
    """The workspace, with --disable and --severity applied over its rules."""
    ws = load.load_workspace(args.workspace, focus)
    ws.rules = layering.apply_command_line(ws.rules, args.disable, args.severity)
    # The loaded workspace lives until the end: keep the garbage collector from re-scanning
    # its millions of objects on every collection (a national audit runs much faster).
    gc.freeze()
    return ws


def _lang(words: list[str]) -> str | None:
    """The last --lang on the command line, before or after the command; read before argparse
    so that argparse's own usage errors speak it too."""
    found = None
    for word, following in zip(words, words[1:] + [None]):
        if word == "--lang":
            found = following
        elif word.startswith("--lang="):
            found = word.partition("=")[2]
    return found


def main(argv: list[str] | None = None) -> int:
    lang = _lang(list(sys.argv[1:] if argv is None else argv))
    _Parser.english = lang == "en"
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    args.lang = lang or args.lang
    _utf8_stdout()
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # output piped into `head` and closed early
        return EXIT_OK
    except importer.NoIssuer as exc:
        print(TEXT[args.lang]["no-issuer"].format(name=exc.args[0] or "?"), file=sys.stderr)
        return EXIT_INPUT
    except layering.UnknownRule as exc:
        print(TEXT[args.lang]["unknown-rule"].format(rule=exc.args[0]), file=sys.stderr)
        return EXIT_INPUT
    except OutputExists as exc:
        print(TEXT[args.lang]["exists"].format(path=exc.args[0]), file=sys.stderr)
        return EXIT_INPUT
    except UnknownDocument as exc:
        print(TEXT[args.lang]["no-doc"].format(id=exc.args[0], ids=", ".join(exc.args[1])), file=sys.stderr)
        return EXIT_INPUT
    except pipeline.InternalError as exc:
        print(TEXT[args.lang]["internal"].format(rule=exc.rule, document=exc.document, cause=exc.cause), file=sys.stderr)
        return EXIT_INTERNAL
    except InputError as exc:
        for problem in exc.problems:
            print(render(problem, args.lang), file=sys.stderr)
        print(TEXT[args.lang]["problems"].format(n=len(exc.problems)), file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:  # the machine's refusal (no such directory, no permission, disk full)
        print(TEXT[args.lang]["os"].format(path=exc.filename or "?", reason=exc.strerror or exc), file=sys.stderr)
        return EXIT_INPUT
    except Exception as exc:  # a bug: one line and exit 3, not a traceback, unless asked for
        if os.environ.get("CASCADE_DEBUG"):
            raise
        print(TEXT[args.lang]["bug"].format(cause=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_INTERNAL


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


# ---------------------------------------------------------------- commands


def cmd_validate(args: argparse.Namespace) -> int:
    ws = load.load_workspace(args.workspace)
    print(TEXT[args.lang]["valid"].format(docs=len(ws.documents), units=len(ws.hierarchy.units), path=load.display_path(ws.root)))
    return EXIT_OK


def cmd_tree(args: argparse.Namespace) -> int:
    ws = load.load_workspace(args.workspace)
    tree = ws.hierarchy.tree(args.date)
    roots = sorted(n for n in tree if tree.in_degree(n) == 0)
    if args.format == "json":
        print(json.dumps({"date": args.date.isoformat(), "units": [_tree_json(ws, tree, r) for r in roots]},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    print(TEXT[args.lang]["tree-title"].format(date=args.date.isoformat(), n=tree.number_of_nodes()))
    for root in roots:
        _print_tree(ws, tree, root, 0)
    return EXIT_OK


def _tree_json(ws: load.Workspace, tree, unit_id: str) -> dict:
    unit = ws.hierarchy.units[unit_id]
    node = {"id": unit.id, "name": unit.name, "kind": unit.kind,
            "valid_from": unit.valid_from and unit.valid_from.isoformat(),
            "valid_to": unit.valid_to and unit.valid_to.isoformat()}
    node["children"] = [_tree_json(ws, tree, c) for c in sorted(tree.successors(unit_id))]
    return node


def _print_tree(ws: load.Workspace, tree, unit_id: str, depth: int) -> None:
    unit = ws.hierarchy.units[unit_id]
    print(f"{'  ' * depth}{unit.name} [{unit.id}, {unit.kind}]")
    for child in sorted(tree.successors(unit_id)):
        _print_tree(ws, tree, child, depth + 1)


class UnknownDocument(Exception):
    """A document argument that is neither a document id nor a file."""


def _document(ws: load.Workspace, arg: str, issuer: str | None = None) -> str:
    if arg in ws.documents:
        return arg
    path = Path(arg)
    if path.suffix.lower() in IMPORTABLE:
        imported = _import(path, ws, issuer)
        _print_unclassified(imported)
        ws.documents[imported.document.id] = imported.document
        return imported.document.id
    if path.is_file():
        return load.add_document(ws, path)
    raise UnknownDocument(arg, sorted(d.id for d in ws.documents.values() if not d.reference)[:5])


IMPORTABLE = (".docx", ".md", ".txt")


def _import(path: Path, ws: load.Workspace, issuer: str | None):
    try:
        return importer.import_file(path, ws, issuer)
    except importer.Unreadable as exc:
        code, detail = exc.args
        raise InputError([Problem.at(Location(load.display_path(path), 1, 1), code, detail=detail)]) from exc


def _print_unclassified(imported) -> None:
    """What the importer did not understand goes to standard error: nothing is dropped silently."""
    if imported.unclassified and sys.stderr.isatty():
        print(f"{imported.source}: {len(imported.unclassified)} đoạn chưa phân loại / passages not classified "
              f"(cascade import {imported.source} for the list)", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    if args.output and args.output.exists() and not args.force:
        raise OutputExists(args.output)
    ws = load.load_workspace(args.workspace)
    imported = _import(args.file, ws, args.issuer)
    text = imported.to_yaml()
    if args.output:
        write_atomically(args.output, text, args.force)
    else:
        print(text, end="")
    for item in imported.unclassified:
        print(f"{load.display_path(args.file)}: {item['where']}: {TEXT[args.lang]['unclassified']}: {item['text'][:200]}",
              file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    # Checking named documents needs only them and what reaches them: read no more.
    names_only = args.documents and not any(Path(a).suffix for a in args.documents)
    ws = _workspace(args, focus=args.documents if names_only else None)
    ids = [_document(ws, arg, args.issuer) for arg in args.documents] or [d.id for d in ws.documents.values() if not d.reference]
    findings = pipeline.check(ws, ids, args.lang, as_of=args.as_of)
    print(FORMATS[args.format](findings, summarise(findings, ids), args.lang), end="")
    failing = any(at_or_above(f.severity, args.fail_on) for f in findings if f.waived is None)
    return EXIT_FINDINGS if failing else EXIT_OK


class Progress:
    """A one-line counter on standard error, only on a terminal and only once a run is slow."""

    def __init__(self, lang: str, after: float = 0.5):
        self.lang, self.after, self.start, self.shown = lang, after, time.monotonic(), False

    def __call__(self, i: int, n: int) -> None:
        if sys.stderr.isatty() and (self.shown or time.monotonic() - self.start > self.after):
            self.shown = True
            end = "\n" if i == n else ""
            print("\r" + TEXT[self.lang]["progress"].format(i=i, n=n), end=end, file=sys.stderr, flush=True)


def cmd_audit(args: argparse.Namespace) -> int:
    if args.format == "xlsx" and not args.output:
        print(TEXT[args.lang]["needs-output"], file=sys.stderr)
        return EXIT_INPUT
    if args.output and args.output.exists() and not args.force:
        raise OutputExists(args.output)
    ws = _workspace(args)
    years = [y for d in ws.documents.values() if not d.reference for y in explain.doc_years(d) if y <= dt.date.today().year]
    year = args.period or (max(years) if years else dt.date.today().year)
    report = audit.build(ws, year, args.as_of, args.lang, Progress(args.lang))
    content = AUDIT_FORMATS[args.format](report, args.lang)
    if args.output:
        write_atomically(args.output, content, args.force)
        if sys.stderr.isatty():
            print(TEXT[args.lang]["written"].format(path=args.output), file=sys.stderr)
    else:
        print(content, end="")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    if args.output_dir:
        args.output_dir.mkdir(parents=True, exist_ok=True)
        for kind in schemas.KINDS:
            write_atomically(args.output_dir / f"{kind}.schema.json", schemas.schema(kind), args.force)
        return EXIT_OK
    if not args.kind:
        print(TEXT[args.lang]["schema-kinds"].format(kinds=", ".join(schemas.KINDS)), file=sys.stderr)
        return EXIT_INPUT
    print(schemas.schema(args.kind), end="")
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    missing = [Problem.at(Location(load.display_path(p), 1, 1), "no-such-path") for p in args.paths if not p.exists()]
    if missing:
        raise InputError(missing)
    return {"test": _rules_test, "lint": _rules_lint, "docs": _rules_docs}[args.action](args)


def _rules_lint(args: argparse.Namespace) -> int:
    problems = lint.lint(args.paths or [load.rules_dir()])
    for problem in problems:
        print(render(problem, args.lang))
    print(TEXT[args.lang]["lint"].format(n=len(problems)))
    return EXIT_FINDINGS if problems else EXIT_OK


def _rules_docs(args: argparse.Namespace) -> int:
    directory = _rules_dir(args)
    text = ruledocs.render(load.load_rules(directory), directory / "examples")
    if args.output:
        write_atomically(args.output, text, args.force)
    else:
        print(text, end="")
    return EXIT_OK


def _rules_dir(args: argparse.Namespace) -> Path:
    dirs = [p for p in args.paths if p.is_dir()]
    return dirs[0] if dirs else load.rules_dir()


def _rules_test(args: argparse.Namespace) -> int:
    directory = _rules_dir(args)
    results, no_fail, no_pass = ruletests.run_all(directory / "examples", load.load_rules(directory))
    text = TEXT[args.lang]
    for r in results:
        mark = "ok  " if r.ok else "FAIL"
        print(f"{mark} {r.rule} {r.case} ({r.where})" + (f"\n     {r.detail}" if r.detail else ""))
    if no_fail:
        print(text["no-failing-example"].format(rules=", ".join(no_fail)))
    if no_pass:
        print(text["no-passing-example"].format(rules=", ".join(no_pass)))
    failed = sum(not r.ok for r in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    return EXIT_FINDINGS if failed else EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    ws = load.load_workspace(args.workspace)
    found = [args.unit] if args.unit in ws.hierarchy.units else ws.hierarchy.find(args.unit)
    if not found:
        print(TEXT[args.lang]["no-unit"].format(name=args.unit), file=sys.stderr)
        return EXIT_INPUT
    unit = found[0]
    years = [y for d in ws.documents.values() if d.issuer == unit for y in explain.doc_years(d)]
    year = args.period or (max(years) if years else dt.date.today().year)
    data = explain.explain(ws, unit, year, args.indicator)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(explain_text.render(data, args.lang), end="")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    ws = load.load_workspace(args.workspace)
    text = TEXT[args.lang]
    doc = ws.documents[_document(ws, args.document)]
    written = ", ".join(part for part in (doc.issuer_as_written, doc.number_as_written, doc.date_as_written) if part)
    print(f"{doc.id}: {doc.title} — {written}")
    rows = []
    names = {a.id: (a.name_vi if args.lang == "vi" else a.name_en) for a in ws.rules.areas.areas}
    names[load.OTHER_AREA] = text["other"]
    for area in [*ws.rules.area_ids, load.OTHER_AREA]:
        content = doc.areas.get(area)
        headings = [f"{h.clause}: {h.text}" for h in doc.headings if h.area == area]
        if content is None and not headings and area == load.OTHER_AREA:
            continue
        rows.append([names.get(area, area), len(content.targets) if content else 0,
                     len(content.tasks) if content else 0, "\n".join(headings) or text["absent"]])
    print(tabulate(rows, headers=[text["area"], text["targets"], text["tasks"], text["headings"]], tablefmt="simple"))
    return EXIT_OK


COMMANDS = {"validate": cmd_validate, "tree": cmd_tree, "show": cmd_show, "check": cmd_check, "explain": cmd_explain,
            "audit": cmd_audit, "rules": cmd_rules, "schema": cmd_schema, "import": cmd_import}
