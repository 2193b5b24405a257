"""Command line: argv → load → output → exit code. The only module that prints or exits.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage, 3 a bug in cascade.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gettext
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from cascade import __version__, audit, colour, explain, importer, json_schema, layering, lint, load, pipeline, ruledocs, ruletests, starter, startup, web
from cascade.errors import InputError, Location, Problem
from cascade.finding import at_or_above
from cascade.gcpause import collector_paused, collector_running
from cascade.i18n import N_, translation
from cascade.limits import MAX_YEAR, MIN_YEAR
from cascade.messages import render, safe, safe_report, say
from cascade.output import OutputExists, OutputSpecial, check_target, write_atomically
from cascade.report import FORMATS, explain_text, sarif, show, tree
from cascade.report.audit import FORMATS as AUDIT_FORMATS
from cascade.report.summary import summarise
from cascade.source import display_path
from cascade.web import upload
from cascade.workspace import Workspace

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = startup.EXIT_INTERRUPTED, 143  # 128 + SIGTERM, as shells report it

# Messages said in more than one place.
NATIONAL_ONLY = N_("cascade: no workspace found (workspace.yaml in this folder or a parent) — using the national layer "
                   "alone; provincial obligations are unknown. Choose one with --workspace DIR, --example, or start one "
                   "with cascade init PROVINCE")
NO_PROVINCE = N_("cascade: no province '{name}' — expected an id or a name, e.g. dong-nai or \"Đồng Nai\"")
UNKNOWN_RULE = N_("cascade: '{rule}' is not a rule or a valid level — expected a rule id (e.g. TGT-002) or "
                  "RULE=error|warning|info")

# Help epilogs: example command lines, with an optional note in the reader's language.
EXAMPLES = {
    "init": ["cascade init dong-nai ke-hoach-dong-nai", 'cascade init "Thanh Hóa"'],
    "validate": ["cascade validate", "cascade validate path/to/workspace --lang en"],
    "tree": ["cascade tree --province dong-nai", 'cascade tree --find "UBND xã Phú Lâm"',
             "cascade tree --date 2024-03-01 --province lai-chau --format json"],
    "show": ["cascade show ke-hoach-2026.docx", "cascade show --example kh-vpubnd-2026-2030 --lang en"],
    "explain": [('cascade explain "UBND xã Phú Lâm" --period 2026', N_("in a workspace")),
                "cascade explain --example xa-mu-ca --period 2026",
                "cascade explain --example thanh-tra-tinh --format json --lang en"],
    "audit": ["cascade audit --example", "cascade audit --period 2026 --format html --output bao-cao-2026.html",
              "cascade audit --format xlsx --output bao-cao-2026.xlsx --lang en --force",
              "cascade audit --period 2024 --as-of 2024-12-31 --format sarif --output cascade.sarif"],
    "rules": ["cascade rules lint", "cascade rules lint my-rules/ workspace.yaml", "cascade rules test",
              "cascade rules docs --output docs/rules.md --force", "cascade rules show TGT-001"],
    "schema": ["cascade schema document > document.schema.json", "cascade schema --output-dir schemas --force"],
    "completion": ["cascade completion bash > ~/.local/share/bash-completion/completions/cascade",
                   'eval "$(cascade completion bash)"', "cascade completion zsh > ~/.zfunc/_cascade"],
    "import": ["cascade import ke-hoach-2026.docx -o documents/ke-hoach-2026.yaml",
               "cascade import du-thao.txt --issuer xa-mu-ca", "cascade check ke-hoach-2026.docx"],
    "serve": ["cascade serve --example", "cascade serve --workspace ke-hoach-lai-chau --port 8080",
              ("cascade serve --host 0.0.0.0", N_("open to other machines on the network"))],
    "check": ["cascade check ke-hoach-2026.docx", "cascade check --example kh-xa-mu-ca-2026",
              "cascade check --example --format json --lang en",
              "cascade check du-thao.yaml --fail-on warning --output ket-qua.txt"],
    "cascade": ["cascade check ke-hoach-2026.docx", "cascade check --example", "cascade init dong-nai"],
}


# What exit code 1 means, for the commands that give it (every --help lists its exit codes).
EXIT_ONE = {
    "check": N_("findings at or above --fail-on (error)"),
    "audit": N_("findings at or above --fail-on (never)"),
    "rules": N_("lint: problems in the rule files; test: an example failed"),
    None: N_("check, audit: findings at or above --fail-on; rules lint|test: problems"),
}


def _exit_codes(command: str | None, _) -> str:
    """The exit-code block of a --help (of the program when command is None)."""
    one = EXIT_ONE.get(command)
    codes = [(0, _("done, nothing to fail on") if one else _("done")),
             *([(1, _(one))] if one else []),
             (2, _("bad input or usage")),
             (3, _("a bug in cascade (CASCADE_DEBUG=1 shows the traceback)")),
             (EXIT_INTERRUPTED, _("stopped with Ctrl-C"))]
    return _("exit codes:") + "\n" + "\n".join(f"  {code:>3}  {text}" for code, text in codes)


def _examples(name: str, _) -> str:
    lines = [f"  {line}" if isinstance(line, str) else f"  {line[0]}   # {_(line[1])}" for line in EXAMPLES[name]]
    return _("examples:") + "\n" + "\n".join(lines)


def _speak(lang: str) -> gettext.NullTranslations:
    """The catalog of the run's language, which argparse's own words ("usage: ", "options",
    its errors) come from too: argparse looks them up through its module's `_` and `ngettext`."""
    words = translation(lang)
    argparse._, argparse.ngettext = words.gettext, words.ngettext
    return words


def _year(_, text: str) -> int:
    """--period: a year a plan can speak of (see limits.py)."""
    if not re.fullmatch(r"[0-9]{4}", text.strip()) or not MIN_YEAR <= int(text) <= MAX_YEAR:
        raise argparse.ArgumentTypeError(_("'{value}' is not valid — {expected}").format(
            value=safe(text), expected=f"{MIN_YEAR}…{MAX_YEAR}"))
    return int(text)


def _date(_, text: str) -> dt.date:
    """--as-of, --date: a real date, YYYY-MM-DD, in those years."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        day = None
    if day is None or not MIN_YEAR <= day.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(_("'{value}' is not valid — {expected}").format(
            value=safe(text), expected=f"YYYY-MM-DD, {MIN_YEAR}…{MAX_YEAR}"))
    return day


def _output(_, text: str) -> Path:
    """--output: a file. A path ending in "/" or naming a folder is refused (a folder is not a
    file name: say the file, e.g. out/report.html)."""
    if text.endswith(("/", os.sep)) or Path(text).is_dir():
        raise argparse.ArgumentTypeError(_("'{value}' is a folder — a file name, e.g. {example}").format(
            value=safe(text), example=safe(Path(text) / "report")))
    return Path(text)


def _parser(_) -> argparse.ArgumentParser:
    """The command line, its help in the language of `_` (gettext of the language chosen)."""
    # The terminal's width read once, not by each of the ~80 formatters argparse makes.
    formatter = functools.partial(argparse.RawDescriptionHelpFormatter, width=shutil.get_terminal_size().columns - 2)
    parser = argparse.ArgumentParser(
        prog="cascade", formatter_class=formatter,
        description=_("Check public-administration-reform (CCHC) plans against what flows down the hierarchy."),
        epilog=_examples("cascade", _) + "\n\n" + _exit_codes(None, _),
    )
    parser.add_argument("--version", action="version", version=f"cascade {__version__}",
                        help=_("show program's version number and exit"))
    # also before the command ("cascade --lang en check"); main() applies the last --lang given
    parser.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS, help=_("language (vi)"))
    sub = parser.add_subparsers(dest="command", required=True, metavar=_("COMMAND"))

    def command(name: str, help_: str, reads_rules: bool = True) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_, description=help_, formatter_class=formatter,
                             epilog=f"{_examples(name, _)}\n\n{_exit_codes(name, _)}")
        cmd.add_argument("--lang", choices=["vi", "en"], default="vi", help=_("language (vi)"))
        if reads_rules:
            cmd.add_argument("--verbose", "-v", action="store_true", help=_("say which rules are read (on standard error)"))
        return cmd

    year, date, output = (functools.partial(kind, _) for kind in (_year, _date, _output))
    _workspace_commands(command, _, date)
    _check_commands(command, _, date, output)
    _report_commands(command, _, year, date, output)
    return parser


def _workspace_commands(command, _, date) -> None:
    validate = command("validate", _("Load and validate a whole workspace"))
    validate.add_argument("workspace", nargs="?", type=Path, metavar=_("FOLDER"), help=_("the workspace folder"))
    validate.add_argument("--example", action="store_true", help=_("use the shipped Lai Châu example"))

    init = command("init", _("Start a workspace for a province"))
    init.add_argument("province", metavar=_("PROVINCE"), help=_("the province's id or name, e.g. dong-nai"))
    init.add_argument("directory", nargs="?", type=Path, default=Path("."), metavar=_("FOLDER"),
                      help=_("folder (default: this one)"))
    init.add_argument("--force", action="store_true", help=_("overwrite existing files"))

    tree = command("tree", _("Print the unit tree at a date"))
    tree.add_argument("--date", type=date, metavar="YYYY-MM-DD", help=_("the date (default: today)"))
    tree.add_argument("--format", choices=["text", "json"], default="text", help=_("output format (text)"))
    tree.add_argument("--province", metavar=_("PROVINCE"), help=_("one province only (id or name)"))
    tree.add_argument("--find", metavar=_("NAME"), help=_("find units by name"))
    _workspace_options(tree, _)

    show = command("show", _("Summarise a document per area"))
    show.add_argument("document", metavar=_("DOCUMENT"), help=_("a document id, or a .docx, .md, .txt or .yaml file"))
    _workspace_options(show, _)


def _check_commands(command, _, date, output) -> None:
    check = command("check", _("Check plans against what flows down to them"))
    check.add_argument("documents", nargs="*", metavar=_("DOCUMENT"),
                       help=_("document ids, or .docx, .md, .txt or .yaml files (default: every plan)"))
    _workspace_options(check, _)
    check.add_argument("--format", choices=sorted([*FORMATS, "sarif"]), default="text", help=_("output format (text)"))
    check.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default="error",
                       help=_("the severity that makes the exit code 1 (error)"))
    check.add_argument("--issuer", metavar=_("UNIT"), help=_("the issuer of a .docx, .md or .txt file, when it is not recognised"))
    check.add_argument("--output", "-o", type=Path, metavar=_("FILE"), help=_("write the report to a file"))
    check.add_argument("--force", action="store_true", help=_("overwrite an existing --output"))
    check.add_argument("--as-of", type=date, metavar="YYYY-MM-DD", help=_("the date waivers are judged at (default: today)"))
    _rule_switches(check, _)
    _colour_option(check, _)

    imp = command("import", _("Import a plan from Word or text"))
    imp.add_argument("file", type=Path, metavar=_("FILE"), help=_("a .docx, .md or .txt file"))
    imp.add_argument("--output", "-o", type=output, metavar=_("FILE"), help=_("write the YAML to a file (default: print it)"))
    imp.add_argument("--issuer", metavar=_("UNIT"), help=_("the issuing unit, when it is not recognised"))
    _workspace_options(imp, _)
    imp.add_argument("--force", action="store_true", help=_("overwrite an existing --output"))

    rules = command("rules", _("Tools for rule authors"))
    rules.add_argument("action", choices=["lint", "test", "docs", "show"],
                       help=_("lint: check rule files; test: run the rules' examples; docs: write the reference; "
                              "show: one rule's documentation"))
    rules.add_argument("paths", nargs="*", type=Path, metavar=_("PATH"), help=_("rules folder or files"))
    rules.add_argument("--output", "-o", type=output, metavar=_("FILE"), help=_("docs: write the reference to a file"))
    rules.add_argument("--force", action="store_true", help=_("overwrite an existing --output"))
    _workspace_options(rules, _)

    comp = command("completion", _("Print the shell's completion script for cascade"), reads_rules=False)
    comp.add_argument("shell", choices=["bash", "zsh"], help=_("the shell"))

    sch = command("schema", _("JSON Schema of a YAML file kind, for editors"), reads_rules=False)
    sch.add_argument("kind", nargs="?", choices=list(json_schema.FILE_KINDS), help=_("file kind"))
    sch.add_argument("--output-dir", type=Path, metavar=_("FOLDER"), help=_("write every schema to a folder"))
    sch.add_argument("--force", action="store_true", help=_("overwrite existing files"))


def _report_commands(command, _, year, date, output) -> None:
    aud = command("audit", _("The consistency report of a year across every unit"))
    _workspace_options(aud, _)
    aud.add_argument("--period", type=year, metavar=_("YEAR"), help=_("the year (default: the latest with plans)"))
    aud.add_argument("--as-of", type=date, metavar="YYYY-MM-DD", help=_("the unit tree as of this date"))
    aud.add_argument("--format", choices=list(AUDIT_FORMATS), default="text", help=_("output format (text)"))
    aud.add_argument("--output", "-o", type=output, metavar=_("FILE"), help=_("write to a file (needed for xlsx)"))
    aud.add_argument("--force", action="store_true", help=_("overwrite an existing --output"))
    aud.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default="never",
                     help=_("the severity that makes the exit code 1 (never)"))
    _rule_switches(aud, _)
    _colour_option(aud, _)

    expl = command("explain", _("A unit's obligations and where they come from"))
    expl.add_argument("unit", metavar=_("UNIT"), help=_("a unit's id or name"))
    expl.add_argument("--indicator", metavar=_("INDICATOR"), help=_("one indicator only"))
    expl.add_argument("--period", type=year, metavar=_("YEAR"), help=_("the year (default: the unit's latest plan)"))
    expl.add_argument("--format", choices=["text", "json"], default="text", help=_("output format (text)"))
    _workspace_options(expl, _)

    srv = command("serve", _("The web page for planners and auditors"))
    srv.add_argument("--host", default=web.LOOPBACK, metavar=_("ADDRESS"),
                     help=_("the address to listen on (127.0.0.1: this machine only)"))
    srv.add_argument("--port", type=int, default=8000, metavar=_("PORT"), help=_("the port (8000)"))
    _workspace_options(srv, _)


def _workspace_options(cmd: argparse.ArgumentParser, _) -> None:
    cmd.add_argument("--workspace", type=Path, metavar=_("FOLDER"), help=_(
        "the workspace folder (default: $CASCADE_WORKSPACE, or a workspace.yaml in this folder or a parent)"))
    cmd.add_argument("--example", action="store_true", help=_("use the shipped Lai Châu example"))


# How the rules in use were found (load.find_rules), said by --verbose.
RULES_FOUND = {"workspace": N_("the workspace's rules/ folder"), "found": N_("a rules/ folder here or in a parent folder"),
               "shipped": N_("shipped with cascade")}


def _rules_in_use(args: argparse.Namespace) -> tuple[Path | None, Path]:
    """The workspace in use (None: the national layer alone) and the folder of its rules."""
    root, _ = load.find_workspace(getattr(args, "workspace", None), getattr(args, "example", False), Path.cwd())
    return root, load.find_rules(root, Path.cwd())[0]


def _say_rules(args: argparse.Namespace, root: Path | None) -> None:
    """With --verbose, one line on standard error: which rule files are read."""
    if not getattr(args, "verbose", False):
        return
    _ = translation(args.lang).gettext
    folder, how = load.find_rules(root, Path.cwd())
    config = root / load.WORKSPACE_FILE if root else None
    shown = str(folder) if how == "shipped" else display_path(folder)  # which copy: the installed one's real path
    line = _("cascade: rules read from {path} ({how})").format(path=safe(shown), how=_(RULES_FOUND[how]))
    if config and config.is_file():
        line += _(", then {path} (rules added and changed, waivers)").format(path=safe(display_path(config)))
    print(line, file=sys.stderr)


def _colour_option(cmd: argparse.ArgumentParser, _) -> None:
    cmd.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                     help=_("colour the severity words: auto (on a terminal, unless NO_COLOR is set), always or never"))


def _rule_switches(cmd: argparse.ArgumentParser, _) -> None:
    cmd.add_argument("--disable", action="append", default=[], metavar=_("RULE"),
                     help=_("switch a rule off (repeatable)"))
    cmd.add_argument("--severity", action="append", default=[], metavar=_("RULE=LEVEL"),
                     help=_("change a rule's severity, e.g. TGT-002=error (repeatable)"))


def _workspace(args: argparse.Namespace, focus: list[str] | None = None, units: list[str] | None = None,
               documents: bool = True) -> Workspace:
    """The workspace the options, the environment or the current folder name (one line on
    standard error when there is none), with --disable and --severity over its rules; only what
    `focus` documents or `units` need is read, or no document (see load.load_workspace)."""
    _ = translation(args.lang).gettext
    root, how = load.find_workspace(args.workspace, getattr(args, "example", False), Path.cwd())
    if how == "none":
        print(_(NATIONAL_ONLY), file=sys.stderr)
    _say_rules(args, root)
    ws = load.load_workspace(root, focus, units, documents)
    for path in ws.skipped:
        print(_("cascade: skipped {path} (an editor's lock file or a hidden file, not a document)").format(
            path=safe(display_path(path))), file=sys.stderr)
    if hasattr(args, "disable"):
        ws.rules = layering.apply_command_line(ws.rules, args.disable, args.severity)
    return ws


def main(argv: list[str] | None = None) -> int:
    lang = startup.lang_of(list(sys.argv[1:] if argv is None else argv))
    parser = _parser(_speak(lang or "vi").gettext)
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
        print(translation(args.lang).gettext(startup.STOPPED).format(signal=name), file=sys.stderr)
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


# Failures that are the input's fault: exception -> (message, its fields).
FAILURES = {
    importer.NoIssuer: (N_("cascade: the issuing unit could not be matched ({name}) — name it with --issuer UNIT_ID "
                           "(find it with cascade tree --find NAME)"), lambda e: {"name": e.args[0] or "?"}),
    importer.AmbiguousIssuer: (N_("cascade: '{name}' is the name of several units and the text does not say which — "
                                  "choose with --issuer ID:{units}"), lambda e: {"name": e.name, "units": "".join(
        f"\n  {uid}  {name} ({where})" for uid, name, where in e.candidates)}),
    layering.UnknownRule: (UNKNOWN_RULE, lambda e: {"rule": e.args[0]}),
    OutputExists: (N_("cascade: {path} already exists — use --force to overwrite it, or choose another file"),
                   lambda e: {"path": e.args[0]}),
    OutputSpecial: (N_("cascade: {path} is not a regular file (a device, a FIFO or a folder) — never replaced, even "
                       "with --force; choose another file"), lambda e: {"path": e.args[0]}),
    load.UnknownDocument: (N_("cascade: no document '{id}' — expected a document id ({ids}, …) or a .yaml file path"),
                           lambda e: {"id": e.args[0], "ids": ", ".join(e.args[1])}),
    # the machine's refusal ("-": standard output)
    OSError: (N_("cascade: cannot read or write '{path}': {reason}"),
              lambda e: {"path": e.filename or "-", "reason": e.strerror or e}),
}


def _failure(exc: Exception, lang: str) -> int:
    """What went wrong, on standard error, and the exit code that says so."""
    words = translation(lang)
    if isinstance(exc, BrokenPipeError):  # output piped into `head` and closed early
        return EXIT_OK
    if isinstance(exc, InputError):
        for problem in exc.problems:
            print(render(problem, lang), file=sys.stderr)
        n = len(exc.problems)
        print(words.ngettext("{n} problem in the input.", "{n} problems in the input.", n).format(n=n), file=sys.stderr)
        return EXIT_INPUT
    if isinstance(exc, pipeline.InternalError):
        print(words.gettext("cascade: internal error in rule {rule} on document {document}: {cause}. Please report "
                            "this bug.").format(rule=exc.rule, document=exc.document, cause=exc.cause), file=sys.stderr)
        return EXIT_INTERNAL
    for kind, (message, fields) in FAILURES.items():
        if isinstance(exc, kind):
            values = {k: safe_report(v) if k == "units" else safe(v) for k, v in fields(exc).items()}
            print(words.gettext(message).format(**values), file=sys.stderr)
            return EXIT_INPUT
    if os.environ.get("CASCADE_DEBUG"):  # a bug: one line and exit 3, not a traceback, unless asked for
        raise exc
    print(words.gettext("cascade: internal error ({cause}). Please report this bug with the command you ran; "
                        "CASCADE_DEBUG=1 shows the details.").format(cause=safe(f"{type(exc).__name__}: {exc}")),
          file=sys.stderr)
    return EXIT_INTERNAL


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


# ---------------------------------------------------------------- commands


def cmd_validate(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    words = translation(args.lang)
    docs, units = len(ws.documents), len(ws.hierarchy.units)
    print(words.gettext("Valid: {docs}, {units} ({path}).").format(
        docs=words.ngettext("{n} document", "{n} documents", docs).format(n=docs),
        units=words.ngettext("{n} unit", "{n} units", units).format(n=units),
        path=display_path(ws.root) if ws.root else "—"))
    return EXIT_OK


def cmd_tree(args: argparse.Namespace) -> int:
    ws = _workspace(args, documents=False)  # the units alone
    on = args.date or dt.date.today()
    if args.find:
        print(safe_report(tree.render_found(ws.hierarchy, args.find, on, args.format, args.lang)), end="")
        return EXIT_OK
    top = None
    if args.province:
        top = load.province(ws.hierarchy, args.province, on)
        if top is None:
            print(translation(args.lang).gettext(NO_PROVINCE).format(name=safe(args.province)), file=sys.stderr)
            return EXIT_INPUT
    print(safe_report(tree.render(ws.hierarchy, on, args.format, args.lang, top)), end="")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    _say_rules(args, None)
    hierarchy = load.load_hierarchy(None, load.load_rules(load.find_rules(None, Path.cwd())[0]))
    found = load.province(hierarchy, args.province, dt.date.today())
    if found is None:
        print(translation(args.lang).gettext(NO_PROVINCE).format(name=safe(args.province)), file=sys.stderr)
        return EXIT_INPUT
    name = hierarchy.units[found].name
    written = starter.files(found, name)
    for path in written:
        if (args.directory / path).exists() and not args.force:
            raise OutputExists(args.directory / path)
    for path, text in written.items():
        (args.directory / path).parent.mkdir(parents=True, exist_ok=True)
        write_atomically(args.directory / path, text, args.force)
    print(translation(args.lang).gettext("Created a workspace for {name} in {path}: {files}.").format(
        name=name, path=args.directory, files=", ".join(written)))
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
    unclassified = translation(args.lang).gettext("not classified")
    for item in imported.unclassified:
        print(safe(f"{display_path(args.file)}: {say(item['where'], args.lang)}: {unclassified}: {item['text'][:200]}"),
              file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    if args.output and args.output.exists() and not args.force:
        raise OutputExists(args.output)
    documents = [plan for arg in args.documents for plan in (load.plans_in(Path(arg)) if Path(arg).is_dir() else [arg])]
    # Checking named documents needs only them and what reaches them: read no more.
    ws = _workspace(args, focus=documents if _ids_only(documents) else None)
    with tempfile.TemporaryDirectory(prefix="cascade-stdin-") as folder:
        ids, unread = [], {}
        for arg in documents:
            if arg == "-":
                imported = load.import_plan(_stdin_plan(Path(folder)), ws, args.issuer, shown="-")
                doc_id = ws.add(imported.document)
            else:
                doc_id, imported = load.document_arg(ws, arg, args.issuer)
            ids.append(doc_id)
            unread[doc_id] = len(imported.unclassified) if imported else 0
    ids = ids or [d.id for d in ws.documents.values() if not d.reference]
    findings = pipeline.check(ws, ids, args.lang, as_of=args.as_of)
    notes = pipeline.not_checked(ws, ids, unread)
    if args.format == "sarif":  # names the rules and waivers in force, so it takes more than the findings
        _emit(args, sarif.render(findings, [r for r in ws.rules.checks.checks if r.enabled],
                                 {w.id: w for w in ws.config.waivers}, notes, ws.root, args.lang))
    else:
        _emit(args, FORMATS[args.format](findings, summarise(findings, ids, notes), args.lang))
    return _exit_code(findings, args.fail_on)


# What standard input is saved as, when its content is not a plan cascade reads: the importer says why.
STDIN_SUFFIX = {"doc": ".doc", "pdf": ".pdf", "damaged": ".docx", "not-word": ".docx", "zip-bomb": ".docx"}


def _stdin_plan(folder: Path) -> Path:
    """Standard input ("-") saved as a file for the importer, its type told from its content."""
    content = sys.stdin.buffer.read()
    try:
        suffix = upload.kind_of(content)
    except upload.Refused as exc:
        suffix = STDIN_SUFFIX.get(exc.code, ".txt")
    path = folder / f"stdin{suffix}"
    path.write_bytes(content)
    return path


def _exit_code(findings, fail_on: str) -> int:
    failing = any(at_or_above(f.severity, fail_on) for f in findings if f.waived is None)
    return EXIT_FINDINGS if failing else EXIT_OK


def _emit(args: argparse.Namespace, content: str | bytes) -> None:
    """The report to --output (written whole or not at all), else to standard output; control
    characters from the plans' text shown escaped, then the severity words coloured (--color)."""
    content = safe_report(content) if isinstance(content, str) else content
    if args.format == "text" and colour.wanted(args.color, not args.output and sys.stdout.isatty()):
        content = colour.paint(content, args.lang)
    if args.output:
        write_atomically(args.output, content, args.force)
        if sys.stderr.isatty():
            print(translation(args.lang).gettext("Wrote {path}.").format(path=args.output), file=sys.stderr)
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
            line = translation(self.lang).gettext("auditing {i}/{n} units").format(i=i, n=n)
            print("\r" + line, end=end, file=sys.stderr, flush=True)


def cmd_audit(args: argparse.Namespace) -> int:
    if args.format == "xlsx" and not args.output:
        print(translation(args.lang).gettext("cascade: the xlsx format needs --output FILE.xlsx"), file=sys.stderr)
        return EXIT_INPUT
    if args.output:
        check_target(args.output, args.force)
    ws = _workspace(args)
    year = args.period or audit.default_year(ws, dt.date.today())
    report = audit.build(ws, year, args.as_of, args.lang, Progress(args.lang))
    _emit(args, AUDIT_FORMATS[args.format](report, args.lang))
    return _exit_code(report.findings, args.fail_on)


def cmd_completion(args: argparse.Namespace) -> int:
    """The completion script, generated by shtab from the command line's own definition."""
    import shtab  # only this command needs it: 30 ms of every other command's start

    print(shtab.complete(_parser(translation(args.lang).gettext), shell=args.shell), end="")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    if args.output_dir:
        args.output_dir.mkdir(parents=True, exist_ok=True)
        for kind in json_schema.FILE_KINDS:
            write_atomically(args.output_dir / f"{kind}.schema.json", json_schema.schema(kind), args.force)
        return EXIT_OK
    if not args.kind:
        print(translation(args.lang).gettext("cascade: expected a file kind ({kinds}) or --output-dir DIR").format(
            kinds=", ".join(json_schema.FILE_KINDS)), file=sys.stderr)
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
    problems = lint.lint(args.paths or _rule_files(args))
    for problem in problems:
        print(render(problem, args.lang))
    print(translation(args.lang).ngettext("{n} problem in the rule files.", "{n} problems in the rule files.",
                                          len(problems)).format(n=len(problems)))
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
        print(translation(args.lang).gettext(UNKNOWN_RULE).format(rule=rule_id or "?"), file=sys.stderr)
        return EXIT_INPUT
    print(text, end="")
    return EXIT_OK


def _rules_dir(args: argparse.Namespace) -> Path:
    """The rules folder given, else the one in use (said with --verbose)."""
    dirs = [p for p in args.paths if p.is_dir()]
    if dirs:
        return dirs[0]
    root, folder = _rules_in_use(args)
    _say_rules(args, root)
    return folder


def _rule_files(args: argparse.Namespace) -> list[Path]:
    """What `rules lint` reads when given nothing: the rules in use and the workspace's changes to them."""
    root, folder = _rules_in_use(args)
    _say_rules(args, root)
    config = root / load.WORKSPACE_FILE if root else None
    return [folder, *([config] if config and config.is_file() else [])]


def _rules_test(args: argparse.Namespace) -> int:
    directory = _rules_dir(args)
    results, no_fail, no_pass = ruletests.run_all(directory / "examples", load.load_rules(directory))
    _ = translation(args.lang).gettext
    for r in results:
        mark = "ok  " if r.ok else "FAIL"
        print(f"{mark} {r.rule} {r.case} ({r.where})" + (f"\n     {r.detail}" if r.detail else ""))
    if no_fail:
        print(_("Rules without a failing example: {rules}").format(rules=", ".join(no_fail)))
    if no_pass:
        print(_("Rules without a passing example: {rules}").format(rules=", ".join(no_pass)))
    failed = sum(not r.ok for r in results)
    print(_("{passed} passed, {failed} failed").format(passed=len(results) - failed, failed=failed))
    return EXIT_FINDINGS if failed else EXIT_OK


def _ids_only(arguments: list[str]) -> bool:
    """Whether document arguments are all ids (no file to import, no standard input)."""
    return bool(arguments) and not any(Path(a).suffix or a == "-" or Path(a).is_file() for a in arguments)


def cmd_explain(args: argparse.Namespace) -> int:
    ws = _workspace(args, units=[args.unit])  # only the documents that can reach it
    found = ws.hierarchy.find(args.unit)  # an id or a name
    if not found:
        print(translation(args.lang).gettext("cascade: no unit '{name}' — expected a unit id or name, e.g. xa-mu-ca").format(
            name=safe(args.unit)), file=sys.stderr)
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
    ws = _workspace(args, focus=[args.document] if _ids_only([args.document]) else None)
    doc_id, _ = load.document_arg(ws, args.document)
    print(safe_report(show.render(ws.documents[doc_id], ws.rules.areas, args.lang)), end="")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    _ = translation(args.lang).gettext
    root = _workspace(args).root  # a broken workspace is reported now, in one line per problem, not on the first page
    if not web.can_listen(args.host, args.port):
        print(_("cascade: cannot listen on port {port} of {host} (another program uses it, or the address is not this "
                "machine's) — choose another with --port, e.g. --port 8080").format(host=args.host, port=args.port),
              file=sys.stderr)
        return EXIT_INPUT
    if args.host != web.LOOPBACK:
        print(_("cascade: warning — the web page accepts connections from other machines ({host}); use it only on a "
                "trusted network.").format(host=args.host), file=sys.stderr)
    print(_("The plan checker is running: open http://{host}:{port}/ in a browser (stop it with Ctrl+C).").format(
        host=args.host, port=args.port), file=sys.stderr, flush=True)
    with collector_running():  # the rest of a run pauses it; a server lives long
        web.serve(root, args.host, args.port)
    return EXIT_OK


COMMANDS = {"serve": cmd_serve, "init": cmd_init, "validate": cmd_validate, "tree": cmd_tree, "show": cmd_show, "check": cmd_check, "explain": cmd_explain,
            "audit": cmd_audit, "rules": cmd_rules, "schema": cmd_schema, "import": cmd_import, "completion": cmd_completion}
