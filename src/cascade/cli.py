"""Command line: argv → load → output → exit code. The only module that prints or exits.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage, 3 a bug in cascade.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import re
import shutil
import signal
import sys
import time
from pathlib import Path

from cascade import __version__, audit, explain, importer, json_schema, layering, lint, load, pipeline, ruledocs, ruletests, starter, startup, web
from cascade.errors import InputError, Location, Problem
from cascade.finding import at_or_above
from cascade.gcpause import collector_paused
from cascade.limits import MAX_YEAR, MIN_YEAR
from cascade.messages import render, safe, safe_report
from cascade.output import OutputExists, OutputSpecial, check_target, write_atomically
from cascade.report import FORMATS, explain_text, show, tree
from cascade.report.audit import FORMATS as AUDIT_FORMATS
from cascade.report.summary import summarise
from cascade.source import display_path
from cascade.workspace import Workspace, rules_dir

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = startup.EXIT_INTERRUPTED, 143  # 128 + SIGTERM, as shells report it

TEXT = {
    "vi": {
        "valid": "Hợp lệ: {docs}, {units} ({path}).",
        "document": "văn bản", "unit": "đơn vị", "problem": "lỗi", "issue": "vấn đề",
        "national-only": "cascade: không tìm thấy không gian làm việc (workspace.yaml ở thư mục này hoặc thư mục cha) — "
                         "chỉ dùng lớp quốc gia; nghĩa vụ cấp tỉnh không rõ. Chọn bằng --workspace THƯ_MỤC, --example, "
                         "hoặc tạo bằng cascade init TỈNH",
        "init": "Đã tạo không gian làm việc cho {name} tại {path}: {files}.",
        "no-province": "cascade: không có tỉnh, thành phố '{name}' — cần mã hoặc tên, ví dụ dong-nai hoặc \"Đồng Nai\"",
        "found": "{n} đơn vị có tên '{name}':",
        "problems": "{n} trong dữ liệu đầu vào.",
        "no-doc": "cascade: không có văn bản '{id}' — cần mã một văn bản ({ids}, …) hoặc đường dẫn tệp .yaml",
        "no-unit": "cascade: không có đơn vị '{name}' — cần mã hoặc tên một đơn vị, ví dụ xa-mu-ca",
        "exists": "cascade: tệp {path} đã tồn tại — dùng --force để ghi đè, hoặc chọn tệp khác",
        "special-output": "cascade: {path} không phải tệp thông thường (thiết bị, FIFO hoặc thư mục) — không ghi đè, kể cả với --force; chọn một tệp khác",
        "needs-output": "cascade: định dạng xlsx cần --output TỆP.xlsx",
        "progress": "đang rà soát {i}/{n} đơn vị",
        "written": "Đã ghi {path}.",
        "no-failing-example": "Quy tắc chưa có ví dụ vi phạm: {rules}",
        "lint": "{n} trong tệp quy tắc.",
        "unclassified": "chưa phân loại",
        "no-issuer": "cascade: không nhận ra đơn vị ban hành ({name}) — chỉ rõ bằng --issuer MÃ_ĐƠN_VỊ (tìm mã bằng cascade tree --find TÊN)",
        "ambiguous-issuer": "cascade: '{name}' là tên của nhiều đơn vị và văn bản không cho biết đơn vị nào — chọn bằng --issuer MÃ:{units}",
        "schema-kinds": "cascade: cần một loại tệp ({kinds}) hoặc --output-dir THƯ_MỤC",
        "no-passing-example": "Quy tắc chưa có ví dụ đạt: {rules}",
        "unknown-rule": "cascade: '{rule}' không phải quy tắc hoặc mức hợp lệ — cần mã quy tắc (ví dụ TGT-002) hoặc QUY_TẮC=error|warning|info",
        "internal": "cascade: lỗi nội bộ khi chạy quy tắc {rule} trên văn bản {document}: {cause}. Xin báo lỗi này cho nhóm phát triển.",
        "os": "cascade: không đọc hoặc ghi được '{path}': {reason}",
        "serving": "Trang kiểm tra kế hoạch đang chạy: mở http://{host}:{port}/ trong trình duyệt (dừng bằng Ctrl+C).",
        "port": "cascade: không mở được cổng {port} trên {host} (đang có chương trình khác dùng, hoặc địa chỉ không thuộc máy này) — chọn cổng khác bằng --port, ví dụ --port 8080",
        "exposed": "cascade: cảnh báo — trang web nhận kết nối từ máy khác ({host}); chỉ dùng trong mạng tin cậy.",
        "skipped": "cascade: bỏ qua {path} (tệp khóa của trình soạn thảo hoặc tệp ẩn, không phải văn bản)",
        "bug": "cascade: lỗi nội bộ ({cause}). Xin báo lỗi này cho nhóm phát triển, kèm lệnh đã chạy; CASCADE_DEBUG=1 cho xem chi tiết.",
    },
    "en": {
        "valid": "Valid: {docs}, {units} ({path}).",
        "document": "document", "unit": "unit", "problem": "problem", "issue": "problem",
        "national-only": "cascade: no workspace found (workspace.yaml in this folder or a parent) — using the national "
                         "layer alone; provincial obligations are unknown. Choose one with --workspace DIR, --example, "
                         "or start one with cascade init PROVINCE",
        "init": "Created a workspace for {name} in {path}: {files}.",
        "no-province": "cascade: no province '{name}' — expected an id or a name, e.g. dong-nai or \"Đồng Nai\"",
        "found": "{n} unit(s) named '{name}':",
        "problems": "{n} in the input.",
        "no-doc": "cascade: no document '{id}' — expected a document id ({ids}, …) or a .yaml file path",
        "no-unit": "cascade: no unit '{name}' — expected a unit id or name, e.g. xa-mu-ca",
        "exists": "cascade: {path} already exists — use --force to overwrite it, or choose another file",
        "special-output": "cascade: {path} is not a regular file (a device, a FIFO or a folder) — never replaced, even with --force; choose another file",
        "needs-output": "cascade: the xlsx format needs --output FILE.xlsx",
        "progress": "auditing {i}/{n} units",
        "written": "Wrote {path}.",
        "no-failing-example": "Rules without a failing example: {rules}",
        "lint": "{n} in the rule files.",
        "unclassified": "not classified",
        "no-issuer": "cascade: the issuing unit could not be matched ({name}) — name it with --issuer UNIT_ID (find it with cascade tree --find NAME)",
        "ambiguous-issuer": "cascade: '{name}' is the name of several units and the text does not say which — choose with --issuer ID:{units}",
        "schema-kinds": "cascade: expected a file kind ({kinds}) or --output-dir DIR",
        "no-passing-example": "Rules without a passing example: {rules}",
        "unknown-rule": "cascade: '{rule}' is not a rule or a valid level — expected a rule id (e.g. TGT-002) or RULE=error|warning|info",
        "internal": "cascade: internal error in rule {rule} on document {document}: {cause}. Please report this bug.",
        "os": "cascade: cannot read or write '{path}': {reason}",
        "serving": "The plan checker is running: open http://{host}:{port}/ in a browser (stop it with Ctrl+C).",
        "port": "cascade: cannot listen on port {port} of {host} (another program uses it, or the address is not this machine's) — choose another with --port, e.g. --port 8080",
        "exposed": "cascade: warning — the web page accepts connections from other machines ({host}); use it only on a trusted network.",
        "skipped": "cascade: skipped {path} (an editor's lock file or a hidden file, not a document)",
        "bug": "cascade: internal error ({cause}). Please report this bug with the command you ran; CASCADE_DEBUG=1 shows the details.",
    },
}

EXAMPLES = {
    "init": "ví dụ / example:\n  cascade init dong-nai ke-hoach-dong-nai\n  cascade init \"Thanh Hóa\"",
    "validate": "ví dụ / example:\n  cascade validate\n  cascade validate path/to/workspace --lang en",
    "tree": "ví dụ / example:\n  cascade tree --province dong-nai\n  cascade tree --find \"UBND xã Phú Lâm\"\n"
            "  cascade tree --date 2024-03-01 --province lai-chau --format json",
    "show": "ví dụ / example:\n  cascade show ke-hoach-2026.docx\n  cascade show --example kh-vpubnd-2026-2030 --lang en",
    "explain": "ví dụ / example:\n  cascade explain \"UBND xã Phú Lâm\" --period 2026   # trong không gian làm việc / in a workspace\n"
               "  cascade explain --example xa-mu-ca --period 2026\n"
               "  cascade explain --example thanh-tra-tinh --format json --lang en",
    "audit": "ví dụ / example:\n  cascade audit --example\n  cascade audit --period 2026 --format html --output bao-cao-2026.html\n"
             "  cascade audit --format xlsx --output bao-cao-2026.xlsx --lang en --force\n"
             "  cascade audit --period 2024 --as-of 2024-12-31 --format sarif --output cascade.sarif",
    "rules": "ví dụ / example:\n  cascade rules lint\n  cascade rules lint my-rules/ workspace.yaml\n  cascade rules test\n"
             "  cascade rules docs --output docs/rules.md --force\n  cascade rules show TGT-001",
    "schema": "ví dụ / example:\n  cascade schema document > document.schema.json\n  cascade schema --output-dir schemas --force",
    "import": "ví dụ / example:\n  cascade import ke-hoach-2026.docx -o documents/ke-hoach-2026.yaml\n"
              "  cascade import du-thao.txt --issuer xa-mu-ca\n  cascade check ke-hoach-2026.docx",
    "serve": "ví dụ / example:\n  cascade serve --example\n  cascade serve --workspace ke-hoach-lai-chau --port 8080\n"
             "  cascade serve --host 0.0.0.0   # mở cho máy khác trong mạng / open to other machines",
    "check": "ví dụ / example:\n  cascade check ke-hoach-2026.docx\n  cascade check --example kh-xa-mu-ca-2026\n"
             "  cascade check --example --format json --lang en\n  cascade check du-thao.yaml --fail-on warning --output ket-qua.txt",
}


# What exit code 1 means, for the commands that give it (every --help lists its exit codes).
EXIT_ONE = {
    "check": "có phát hiện ở mức --fail-on trở lên / findings at or above --fail-on (error)",
    "audit": "có phát hiện ở mức --fail-on trở lên / findings at or above --fail-on (never)",
    "rules": "lint: tệp quy tắc có vấn đề; test: có ví dụ không đạt / lint: problems in the rule files; test: an example failed",
    None: "check, audit: có phát hiện ở mức --fail-on / findings at or above --fail-on; rules lint|test: có vấn đề / problems",
}


def _exit_codes(command: str | None) -> str:
    """The exit-code block of a --help (of the program when command is None)."""
    one = EXIT_ONE.get(command)
    codes = [(0, "xong, không có gì ở mức gây lỗi / done, nothing to fail on" if one else "xong / done"),
             *([(1, one)] if one else []),
             (2, "dữ liệu vào hoặc cách dùng sai / bad input or usage"),
             (3, "lỗi nội bộ / a bug in cascade (CASCADE_DEBUG=1 shows the traceback)"),
             (EXIT_INTERRUPTED, "dừng bằng Ctrl-C / stopped with Ctrl-C")]
    return "mã thoát / exit codes:\n" + "\n".join(f"  {code:>3}  {text}" for code, text in codes)


# argparse speaks English; its usage errors are put into Vietnamese unless --lang en is given.
USAGE_VI = [
    (r"argument (\S+): invalid choice: '(.*?)' \(choose from (.*)\)", r"tham số \1: '\2' không hợp lệ — chọn một trong \3"),
    (r"the following arguments are required: (.*)", r"thiếu tham số bắt buộc: \1"),
    (r"unrecognized arguments: (.*)", r"tham số không nhận ra: \1"),
    (r"argument (\S+): expected one argument", r"tham số \1 cần một giá trị"),
    (r"argument (\S+): invalid (\S+) value: '(.*?)'", r"tham số \1: giá trị '\3' không hợp lệ"),
    (r"argument (\S+): '(.*)' is a folder — a file name, e.g. (.*)", r"tham số \1: '\2' là thư mục — cần tên tệp, ví dụ \3"),
    (r"argument (\S+): '(.*)' — (.*)", r"tham số \1: giá trị '\2' không hợp lệ — \3"),
]


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, english: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.english = english  # read from the command line before parsing it

    def error(self, message: str):  # argparse's hook for usage errors
        english = self.english
        if not english:
            for pattern, replacement in USAGE_VI:
                message = re.sub(pattern, replacement, message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"{self.prog}: {'error' if english else 'lỗi'}: {message}\n")


def _year(text: str) -> int:
    """--period: a year a plan can speak of (see limits.py)."""
    if not re.fullmatch(r"[0-9]{4}", text.strip()) or not MIN_YEAR <= int(text) <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"'{safe(text)}' — {MIN_YEAR}…{MAX_YEAR}")
    return int(text)


def _date(text: str) -> dt.date:
    """--as-of, --date: a real date, YYYY-MM-DD, in those years."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        day = None
    if day is None or not MIN_YEAR <= day.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"'{safe(text)}' — YYYY-MM-DD, {MIN_YEAR}…{MAX_YEAR}")
    return day


def _output(text: str) -> Path:
    """--output: a file. A path ending in "/" or naming a folder is refused (a folder is not a
    file name: say the file, e.g. out/report.html)."""
    if text.endswith(("/", os.sep)) or Path(text).is_dir():
        raise argparse.ArgumentTypeError(f"'{safe(text)}' is a folder — a file name, e.g. {safe(Path(text) / 'report')}")
    return Path(text)


def _parser(english: bool = False) -> argparse.ArgumentParser:
    # The terminal's width read once, not by each of the ~80 formatters argparse makes.
    formatter = functools.partial(argparse.RawDescriptionHelpFormatter, width=shutil.get_terminal_size().columns - 2)
    parser = _Parser(
        english=english,
        prog="cascade",
        description="Kiểm tra kế hoạch cải cách hành chính theo mục tiêu cấp trên / "
                    "Check PAR plans against what flows down the hierarchy.",
        epilog="ví dụ / example:\n  cascade check ke-hoach-2026.docx\n  cascade check --example\n  cascade init dong-nai\n\n"
               + _exit_codes(None),
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"cascade {__version__}")
    # also before the command ("cascade --lang en check"); main() applies the last --lang given
    parser.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS, help="ngôn ngữ / language (vi)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, english=english, help=help_, description=help_,
                             epilog=f"{EXAMPLES[name]}\n\n{_exit_codes(name)}",
                             formatter_class=formatter)
        cmd.add_argument("--lang", choices=["vi", "en"], default="vi", help="ngôn ngữ / language (vi)")
        return cmd

    validate = command("validate", "Đọc và kiểm tra toàn bộ không gian làm việc / load and validate a workspace")
    validate.add_argument("workspace", nargs="?", type=Path, help="thư mục / directory")
    validate.add_argument("--example", action="store_true", help="dùng ví dụ Lai Châu kèm theo / use the shipped Lai Châu example")

    init = command("init", "Tạo không gian làm việc cho một tỉnh / start a workspace for a province")
    init.add_argument("province", help="mã hoặc tên tỉnh, thành phố / province id or name, e.g. dong-nai")
    init.add_argument("directory", nargs="?", type=Path, default=Path("."), help="thư mục (mặc định: thư mục này) / folder (.)")
    init.add_argument("--force", action="store_true", help="ghi đè tệp đã có / overwrite existing files")

    tree = command("tree", "In hệ thống đơn vị tại một ngày / print the unit tree at a date")
    tree.add_argument("--date", type=_date, help="YYYY-MM-DD (hôm nay / today)")
    tree.add_argument("--format", choices=["text", "json"], default="text")
    tree.add_argument("--province", help="chỉ một tỉnh (mã hoặc tên) / one province only (id or name)")
    tree.add_argument("--find", metavar="NAME", help="tìm đơn vị theo tên / find units by name")
    _workspace_options(tree)

    check = command("check", "Kiểm tra kế hoạch theo mục tiêu cấp trên / check plans against what flows down")
    check.add_argument("documents", nargs="*", metavar="DOCUMENT",
                       help="mã văn bản hoặc tệp .yaml (mặc định: mọi kế hoạch) / document id or .yaml file (default: every plan)")
    _workspace_options(check)
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default="error",
                       help="mức gây mã thoát 1 / severity that makes the exit code 1 (error)")
    check.add_argument("--issuer", help="đơn vị ban hành của tệp .docx/.md/.txt / issuer of an imported file")
    check.add_argument("--output", "-o", type=Path, help="ghi ra tệp / write the report to a file")
    check.add_argument("--force", action="store_true", help="ghi đè tệp đã có / overwrite an existing --output")
    check.add_argument("--as-of", type=_date, help="ngày xét hạn miễn trừ / date waivers are judged at (today)")
    _rule_switches(check)

    rules = command("rules", "Công cụ cho người soạn quy tắc / tools for rule authors")
    rules.add_argument("action", choices=["lint", "test", "docs", "show"],
                       help="lint: kiểm tra tệp quy tắc / check rule files; test: chạy ví dụ / run the examples; "
                            "docs: tài liệu tham chiếu / write the reference")
    rules.add_argument("paths", nargs="*", type=Path, help="thư mục quy tắc hoặc tệp / rules directory or files")
    rules.add_argument("--output", "-o", type=_output, help="docs: ghi ra tệp / write the reference to a file")
    rules.add_argument("--force", action="store_true", help="ghi đè / overwrite --output")

    imp = command("import", "Nhập kế hoạch từ Word hoặc văn bản / import a plan from Word or text")
    imp.add_argument("file", type=Path, help="tệp .docx, .md hoặc .txt / a .docx, .md or .txt file")
    imp.add_argument("--output", "-o", type=_output, help="ghi YAML ra tệp (mặc định: in ra) / write the YAML to a file")
    imp.add_argument("--issuer", help="đơn vị ban hành, khi không tự nhận ra / the issuing unit, when it is not recognised")
    _workspace_options(imp)
    imp.add_argument("--force", action="store_true", help="ghi đè / overwrite --output")

    sch = command("schema", "Lược đồ JSON cho trình soạn thảo / JSON Schema of a YAML kind, for editors")
    sch.add_argument("kind", nargs="?", choices=list(json_schema.FILE_KINDS), help="loại tệp / file kind")
    sch.add_argument("--output-dir", type=Path, help="ghi mọi lược đồ vào thư mục / write every schema to a folder")
    sch.add_argument("--force", action="store_true", help="ghi đè / overwrite existing files")

    aud = command("audit", "Báo cáo rà soát toàn tỉnh cho một năm / the consistency report across every unit")
    _workspace_options(aud)
    aud.add_argument("--period", type=_year, help="năm / year (mặc định: năm gần nhất có kế hoạch)")
    aud.add_argument("--as-of", type=_date, help="hệ thống đơn vị tại ngày / the tree as of YYYY-MM-DD")
    aud.add_argument("--format", choices=list(AUDIT_FORMATS), default="text")
    aud.add_argument("--output", "-o", type=_output, help="ghi ra tệp (bắt buộc với xlsx) / write to a file (needed for xlsx)")
    aud.add_argument("--force", action="store_true", help="ghi đè tệp đã có / overwrite an existing --output")
    aud.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default="never",
                     help="mức gây mã thoát 1 / severity that makes the exit code 1 (never)")
    _rule_switches(aud)

    expl = command("explain", "Nghĩa vụ của một đơn vị và nguồn gốc / a unit's obligations and where they come from")
    expl.add_argument("unit", help="mã hoặc tên đơn vị / unit id or name")
    expl.add_argument("--indicator", help="chỉ một chỉ tiêu / one indicator only")
    expl.add_argument("--period", type=_year, help="năm / year (mặc định: năm kế hoạch mới nhất của đơn vị)")
    expl.add_argument("--format", choices=["text", "json"], default="text")
    _workspace_options(expl)

    srv = command("serve", "Trang web kiểm tra kế hoạch và báo cáo rà soát / the web page for planners and auditors")
    srv.add_argument("--host", default=web.LOOPBACK, help="địa chỉ lắng nghe / address to listen on (127.0.0.1: only this machine)")
    srv.add_argument("--port", type=int, default=8000, help="cổng / port (8000)")
    _workspace_options(srv)

    show = command("show", "Tóm tắt một văn bản theo lĩnh vực / summarise a document per area")
    show.add_argument("document", help="mã văn bản / document id")
    _workspace_options(show)
    return parser


def _workspace_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--workspace", type=Path, help="thư mục không gian làm việc / workspace folder "
                     "(mặc định: $CASCADE_WORKSPACE, hoặc workspace.yaml ở thư mục này hay thư mục cha)")
    cmd.add_argument("--example", action="store_true", help="dùng ví dụ Lai Châu kèm theo / use the shipped Lai Châu example")


def _rule_switches(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--disable", action="append", default=[], metavar="RULE",
                     help="tắt một quy tắc / switch a rule off (repeatable)")
    cmd.add_argument("--severity", action="append", default=[], metavar="RULE=LEVEL",
                     help="đổi mức của quy tắc / change a rule's severity, e.g. TGT-002=error (repeatable)")


def _workspace(args: argparse.Namespace, focus: list[str] | None = None) -> Workspace:
    """The workspace the options, the environment or the current folder name (one line on
    standard error when there is none), with --disable and --severity over its rules."""
    root, how = load.find_workspace(args.workspace, getattr(args, "example", False), Path.cwd())
    if how == "none":
        print(TEXT[args.lang]["national-only"], file=sys.stderr)
    ws = load.load_workspace(root, focus)
    for path in ws.skipped:
        print(TEXT[args.lang]["skipped"].format(path=safe(display_path(path))), file=sys.stderr)
    if hasattr(args, "disable"):
        ws.rules = layering.apply_command_line(ws.rules, args.disable, args.severity)
    return ws


def main(argv: list[str] | None = None) -> int:
    lang = startup.lang_of(list(sys.argv[1:] if argv is None else argv))
    parser = _parser(english=lang == "en")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    args.lang = lang or args.lang
    _utf8_stdout()
    previous = _on_sigterm(_terminated)
    try:
        # A run builds millions of long-lived objects with no cycles worth collecting: the
        # collector would re-scan them again and again (half the load time at national scale).
        with collector_paused():
            return COMMANDS[args.command](args)
    except (KeyboardInterrupt, Terminated) as exc:  # temporary files are removed on the way out
        name = "SIGTERM" if isinstance(exc, Terminated) else "Ctrl-C"
        print(startup.STOPPED[args.lang].format(signal=name), file=sys.stderr)
        return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 — every failure ends in one line and an exit code
        return _failure(exc, args.lang)
    finally:
        _on_sigterm(previous if previous is not None else signal.SIG_DFL)


class Terminated(BaseException):
    """SIGTERM, raised where the program is so that cleanup runs as for Ctrl-C."""


def _terminated(signum, frame):
    raise Terminated


def _on_sigterm(handler):
    """Set the SIGTERM handler (only the main thread can); the previous one."""
    try:
        return signal.signal(signal.SIGTERM, handler)
    except (ValueError, TypeError):  # not the main thread, or no previous Python handler
        return None


def run() -> None:
    """The `cascade` command: main(), then exit without tearing down what the run built (freeing
    a national hierarchy object by object takes longer than checking a plan). Output is flushed
    first; nothing is left half-written (files are written atomically)."""
    startup.ctrl_c_raises()
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:  # piped into `head`, which has stopped reading
            pass
    os._exit(code)


# Failures that are the input's fault: exception -> (message key, its fields).
FAILURES = {
    importer.NoIssuer: ("no-issuer", lambda e: {"name": e.args[0] or "?"}),
    importer.AmbiguousIssuer: ("ambiguous-issuer", lambda e: {"name": e.name, "units": "".join(
        f"\n  {uid}  {name} ({where})" for uid, name, where in e.candidates)}),
    layering.UnknownRule: ("unknown-rule", lambda e: {"rule": e.args[0]}),
    OutputExists: ("exists", lambda e: {"path": e.args[0]}),
    OutputSpecial: ("special-output", lambda e: {"path": e.args[0]}),
    load.UnknownDocument: ("no-doc", lambda e: {"id": e.args[0], "ids": ", ".join(e.args[1])}),
    OSError: ("os", lambda e: {"path": e.filename or "-", "reason": e.strerror or e}),  # the machine's refusal ("-": standard output)
}


def _failure(exc: Exception, lang: str) -> int:
    """What went wrong, on standard error, and the exit code that says so."""
    if isinstance(exc, BrokenPipeError):  # output piped into `head` and closed early
        return EXIT_OK
    if isinstance(exc, InputError):
        for problem in exc.problems:
            print(render(problem, lang), file=sys.stderr)
        print(TEXT[lang]["problems"].format(n=_count(len(exc.problems), "problem", lang)), file=sys.stderr)
        return EXIT_INPUT
    if isinstance(exc, pipeline.InternalError):
        print(TEXT[lang]["internal"].format(rule=exc.rule, document=exc.document, cause=exc.cause), file=sys.stderr)
        return EXIT_INTERNAL
    for kind, (key, fields) in FAILURES.items():
        if isinstance(exc, kind):
            values = {k: safe_report(v) if k == "units" else safe(v) for k, v in fields(exc).items()}
            print(TEXT[lang][key].format(**values), file=sys.stderr)
            return EXIT_INPUT
    if os.environ.get("CASCADE_DEBUG"):  # a bug: one line and exit 3, not a traceback, unless asked for
        raise exc
    print(TEXT[lang]["bug"].format(cause=safe(f"{type(exc).__name__}: {exc}")), file=sys.stderr)
    return EXIT_INTERNAL


def _count(n: int, noun: str, lang: str) -> str:
    """"1 document", "2 documents"; Vietnamese nouns do not change."""
    word = TEXT[lang][noun]
    return f"{n} {word}" if lang == "vi" or n == 1 else f"{n} {word}s"


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


# ---------------------------------------------------------------- commands


def cmd_validate(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    print(TEXT[args.lang]["valid"].format(docs=_count(len(ws.documents), "document", args.lang),
                                          units=_count(len(ws.hierarchy.units), "unit", args.lang),
                                          path=display_path(ws.root) if ws.root else "—"))
    return EXIT_OK


def cmd_tree(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    on = args.date or dt.date.today()
    if args.find:
        print(safe_report(tree.render_found(ws.hierarchy, args.find, on, args.format, args.lang)), end="")
        return EXIT_OK
    top = None
    if args.province:
        top = load.province(ws.hierarchy, args.province, on)
        if top is None:
            print(TEXT[args.lang]["no-province"].format(name=safe(args.province)), file=sys.stderr)
            return EXIT_INPUT
    print(safe_report(tree.render(ws.hierarchy, on, args.format, args.lang, top)), end="")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    hierarchy = load.load_hierarchy(None, load.load_rules())
    found = load.province(hierarchy, args.province, dt.date.today())
    if found is None:
        print(TEXT[args.lang]["no-province"].format(name=safe(args.province)), file=sys.stderr)
        return EXIT_INPUT
    name = hierarchy.units[found].name
    written = starter.files(found, name)
    for path in written:
        if (args.directory / path).exists() and not args.force:
            raise OutputExists(args.directory / path)
    for path, text in written.items():
        (args.directory / path).parent.mkdir(parents=True, exist_ok=True)
        write_atomically(args.directory / path, text, args.force)
    print(TEXT[args.lang]["init"].format(name=name, path=args.directory, files=", ".join(written)))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    if args.output:
        check_target(args.output, args.force)
    ws = _workspace(args)
    imported = load.import_plan(args.file, ws, args.issuer)
    text = imported.to_yaml()
    if args.output:
        write_atomically(args.output, text, args.force)
    else:
        print(text, end="")
    for item in imported.unclassified:
        print(safe(f"{display_path(args.file)}: {item['where']}: {TEXT[args.lang]['unclassified']}: {item['text'][:200]}"),
              file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    if args.output and args.output.exists() and not args.force:
        raise OutputExists(args.output)
    # Checking named documents needs only them and what reaches them: read no more.
    names_only = args.documents and not any(Path(a).suffix for a in args.documents)
    ws = _workspace(args, focus=args.documents if names_only else None)
    ids, unread = [], {}
    for arg in args.documents:
        doc_id, imported = load.document_arg(ws, arg, args.issuer)
        ids.append(doc_id)
        unread[doc_id] = len(imported.unclassified) if imported else 0
    ids = ids or [d.id for d in ws.documents.values() if not d.reference]
    findings = pipeline.check(ws, ids, args.lang, as_of=args.as_of)
    summary = summarise(findings, ids, pipeline.not_checked(ws, ids, unread))
    _emit(args, FORMATS[args.format](findings, summary, args.lang))
    return _exit_code(findings, args.fail_on)


def _exit_code(findings, fail_on: str) -> int:
    failing = any(at_or_above(f.severity, fail_on) for f in findings if f.waived is None)
    return EXIT_FINDINGS if failing else EXIT_OK


def _emit(args: argparse.Namespace, content: str | bytes) -> None:
    """The report to --output (written whole or not at all), else to standard output; control
    characters from the plans' text shown escaped."""
    content = safe_report(content) if isinstance(content, str) else content
    if args.output:
        write_atomically(args.output, content, args.force)
        if sys.stderr.isatty():
            print(TEXT[args.lang]["written"].format(path=args.output), file=sys.stderr)
    else:
        print(content, end="")


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
    if args.output:
        check_target(args.output, args.force)
    ws = _workspace(args)
    year = args.period or audit.default_year(ws, dt.date.today())
    report = audit.build(ws, year, args.as_of, args.lang, Progress(args.lang))
    _emit(args, AUDIT_FORMATS[args.format](report, args.lang))
    return _exit_code(report.findings, args.fail_on)


def cmd_schema(args: argparse.Namespace) -> int:
    if args.output_dir:
        args.output_dir.mkdir(parents=True, exist_ok=True)
        for kind in json_schema.FILE_KINDS:
            write_atomically(args.output_dir / f"{kind}.schema.json", json_schema.schema(kind), args.force)
        return EXIT_OK
    if not args.kind:
        print(TEXT[args.lang]["schema-kinds"].format(kinds=", ".join(json_schema.FILE_KINDS)), file=sys.stderr)
        return EXIT_INPUT
    print(json_schema.schema(args.kind), end="")
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    paths = args.paths if args.action != "show" else args.paths[1:]  # show: the first is a rule id
    missing = [Problem.at(Location(display_path(p), 1, 1), "no-such-path") for p in paths if not p.exists()]
    if missing:
        raise InputError(missing)
    return {"test": _rules_test, "lint": _rules_lint, "docs": _rules_docs, "show": _rules_show}[args.action](args)


def _rules_lint(args: argparse.Namespace) -> int:
    problems = lint.lint(args.paths or [rules_dir()])
    for problem in problems:
        print(render(problem, args.lang))
    print(TEXT[args.lang]["lint"].format(n=_count(len(problems), "issue", args.lang)))
    return EXIT_FINDINGS if problems else EXIT_OK


def _rules_docs(args: argparse.Namespace) -> int:
    directory = _rules_dir(args)
    text = ruledocs.render(load.load_rules(directory), directory / "examples")
    if args.output:
        write_atomically(args.output, text, args.force)
    else:
        print(text, end="")
    return EXIT_OK


def _rules_show(args: argparse.Namespace) -> int:
    """`cascade rules show TGT-001`: one rule's documentation, its examples included."""
    directory = _rules_dir(args)
    rule_id = str(args.paths[0]) if args.paths else ""
    text = ruledocs.one(load.load_rules(directory), directory / "examples", rule_id)
    if text is None:
        print(TEXT[args.lang]["unknown-rule"].format(rule=rule_id or "?"), file=sys.stderr)
        return EXIT_INPUT
    print(text, end="")
    return EXIT_OK


def _rules_dir(args: argparse.Namespace) -> Path:
    dirs = [p for p in args.paths if p.is_dir()]
    return dirs[0] if dirs else rules_dir()


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
    ws = _workspace(args)
    found = [args.unit] if args.unit in ws.hierarchy.units else ws.hierarchy.find(args.unit)
    if not found:
        print(TEXT[args.lang]["no-unit"].format(name=safe(args.unit)), file=sys.stderr)
        return EXIT_INPUT
    unit = found[0]
    year = args.period or explain.default_year(ws, unit, dt.date.today().year)
    data = explain.explain(ws, unit, year, args.indicator)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(safe_report(explain_text.render(data, args.lang)), end="")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    doc_id, _ = load.document_arg(ws, args.document)
    print(safe_report(show.render(ws.documents[doc_id], ws.rules.areas, args.lang)), end="")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    root, how = load.find_workspace(args.workspace, args.example, Path.cwd())
    if how == "none":
        print(TEXT[args.lang]["national-only"], file=sys.stderr)
    load.load_workspace(root)  # a broken workspace is reported now, in one line per problem, not on the first page
    if not web.can_listen(args.host, args.port):
        print(TEXT[args.lang]["port"].format(host=args.host, port=args.port), file=sys.stderr)
        return EXIT_INPUT
    if args.host != web.LOOPBACK:
        print(TEXT[args.lang]["exposed"].format(host=args.host), file=sys.stderr)
    print(TEXT[args.lang]["serving"].format(host=args.host, port=args.port), file=sys.stderr, flush=True)
    web.serve(root, args.host, args.port)
    return EXIT_OK


COMMANDS = {"serve": cmd_serve, "init": cmd_init, "validate": cmd_validate, "tree": cmd_tree, "show": cmd_show, "check": cmd_check, "explain": cmd_explain,
            "audit": cmd_audit, "rules": cmd_rules, "schema": cmd_schema, "import": cmd_import}
