"""Command line: argv → load → output → exit code. The only module that prints or exits.

Exit codes: 0 clean, 2 bad input or usage (1 is kept for findings, from `cascade check`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from tabulate import tabulate

from cascade import __version__, load
from cascade.errors import InputError, Location, Problem
from cascade.hierarchy import as_date
from cascade.messages import render

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2

TEXT = {
    "vi": {
        "valid": "Hợp lệ: {docs} văn bản, {units} đơn vị ({path}).",
        "problems": "{n} lỗi trong dữ liệu đầu vào.",
        "no-doc": "không có văn bản '{id}'",
        "no-doc-expected": "mã một văn bản, ví dụ: {ids}",
        "other": "Ngoài bảy lĩnh vực", "area": "Lĩnh vực", "targets": "Mục tiêu", "tasks": "Nhiệm vụ", "headings": "Đề mục (như văn bản viết)",
        "absent": "(không có)",
        "tree-title": "Hệ thống đơn vị ngày {date}: {n} đơn vị",
    },
    "en": {
        "valid": "Valid: {docs} documents, {units} units ({path}).",
        "problems": "{n} problem(s) in the input.",
        "no-doc": "no document '{id}'",
        "no-doc-expected": "a document id, e.g. {ids}",
        "other": "Outside the seven areas", "area": "Area", "targets": "Targets", "tasks": "Tasks", "headings": "Headings (as written)",
        "absent": "(none)",
        "tree-title": "Hierarchy on {date}: {n} units",
    },
}

EXAMPLES = {
    "validate": "ví dụ / example:\n  cascade validate\n  cascade validate path/to/workspace --lang en",
    "tree": "ví dụ / example:\n  cascade tree --date 2024-03-01\n  cascade tree --date 2026-01-01 --format json",
    "show": "ví dụ / example:\n  cascade show kh-xa-mu-ca-2026\n  cascade show kh-vpubnd-2026-2030 --lang en",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cascade",
        description="Kiểm tra kế hoạch cải cách hành chính theo mục tiêu cấp trên / "
                    "Check PAR plans against what flows down the hierarchy.",
        epilog="ví dụ / example:\n  cascade validate\n  cascade tree --date 2024-03-01\n  cascade show kh-ttr-2026",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"cascade {__version__}")
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

    show = command("show", "Tóm tắt một văn bản theo lĩnh vực / summarise a document per area")
    show.add_argument("document", help="mã văn bản / document id")
    show.add_argument("--workspace", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    _utf8_stdout()
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # output piped into `head` and closed early
        return EXIT_OK
    except InputError as exc:
        for problem in exc.problems:
            print(render(problem, args.lang), file=sys.stderr)
        print(TEXT[args.lang]["problems"].format(n=len(exc.problems)), file=sys.stderr)
        return EXIT_INPUT


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


def cmd_show(args: argparse.Namespace) -> int:
    ws = load.load_workspace(args.workspace)
    text = TEXT[args.lang]
    doc = ws.documents.get(args.document)
    if doc is None:
        where = Location(args.document, 1, 1)
        raise InputError([Problem.at(where, "unknown-document", id=args.document)])
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


COMMANDS = {"validate": cmd_validate, "tree": cmd_tree, "show": cmd_show}
