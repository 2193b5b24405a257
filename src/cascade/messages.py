"""The wording of input problems, "<what is wrong> — <what was expected>", in the reader's language."""

from __future__ import annotations

import re

from cascade.errors import Problem
from cascade.finding import Terms
from cascade.i18n import N_, translation

# code -> (what is wrong, what was expected), English message ids; placeholders name Problem params.
INPUT: dict[str, tuple[str, str]] = {
    "yaml-syntax": (N_("YAML syntax error: {problem}"),
                    N_("valid YAML (check indentation, colons, brackets and quotes)")),
    "import-empty": (N_("the file has nothing to import ({detail})"),
                     N_("a plan as .docx, .md or .txt with content")),
    "import-too-large": (N_("the file is too large to be a plan ({detail})"),
                         N_("a plan within the limits: .docx 20 MB (10 MB of text), .txt/.md 2 MB")),
    "import-special": (N_("'{detail}' is not a regular file (a folder, a device or a FIFO)"),
                       N_("a regular .docx, .md or .txt file")),
    "import-paragraph": (N_("a paragraph is too long ({detail} characters)"),
                         N_("paragraphs and table rows within the limit; split it, or check that the file is a plan")),
    "import-bomb": (N_("the Word file has an abnormal structure, a zip or XML entity bomb ({detail})"),
                    N_("an ordinary .docx saved by Word or LibreOffice")),
    "import-format": (N_("cannot import files of type '{detail}'"),
                      N_("a .docx, .md or .txt file (an old .doc: save it as .docx)")),
    "import-protected": (N_("the Word file is password-protected or encrypted"),
                         N_("remove the password (File → Info → Protect Document) and import again")),
    "import-damaged": (N_("the Word file is damaged or not a .docx ({detail})"),
                       N_("open it and save it again as .docx with Word or LibreOffice")),
    "import-missing": (N_("there is no such file"),
                       N_("the path of an existing .docx, .md or .txt file")),
    "not-utf8-import": (N_("the text file is not UTF-8 ({detail})"),
                        N_("save the file again as UTF-8")),
    "unsafe-tag": (N_("YAML tag {tag} is not allowed"),
                   N_("plain YAML types only: strings, numbers, dates, lists, mappings")),
    "not-utf8": (N_("file is not UTF-8 (byte {byte})"),
                 N_("a UTF-8 text file")),
    "unreadable": (N_("cannot read the file: {reason}"),
                   N_("an existing, readable file")),
    "empty-file": (N_("the file is empty"),
                   N_("a YAML mapping with content")),
    "no-plans": (N_("the folder holds no plan"), N_("a folder with .docx, .md, .txt or .yaml plans in it")),
    "no-such-path": (N_("there is no such file or directory"),
                     N_("an existing rules directory or workspace.yaml file")),
    "no-workspace": (N_("there is no such workspace folder"),
                     N_("an existing folder (cascade init PROVINCE makes one)")),
    "missing-file": (N_("{name} is missing"),
                     N_("a workspace that has {name}")),
    "complex-key": (N_("complex or merge ('<<') key"),
                    N_("a plain string key")),
    "duplicate-key": (N_("duplicate key '{key}' (first at line {line})"),
                      N_("each key once per mapping")),
    "missing": (N_("required field '{field}' is missing"),
                N_("a '{field}' entry")),
    "extra_forbidden": (N_("unknown key '{field}'"),
                        N_("one of: {allowed}")),
    "wrong-type": (N_("value {value!r} has the wrong type"),
                   N_("{expected}")),
    "literal_error": (N_("value {value!r} is not allowed"),
                      N_("one of: {expected}")),
    "string_pattern_mismatch": (N_("identifier {value!r} is not valid"),
                                N_("lower-case ASCII letters, digits and hyphens, e.g. 'so-noi-vu'")),
    "partial_date": (N_("date {value!r} is not valid"),
                     N_("a year, year-month, full date or year-quarter: 2026, 2026-06, 2026-06-15, 2026-Q3")),
    "bad-date": (N_("date {value!r} is not valid"),
                 N_("a full date such as 2025-07-01")),
    "out-of-range": (N_("value {value!r} is out of range"),
                     N_("{expected}")),
    "invalid": (N_("invalid value: {detail}"),
                N_("a value that fits the schema")),
    "duplicate-id": (N_("duplicate id '{id}' (already used at {first})"),
                     N_("a unique id for each {what}")),
    "unknown-unit": (N_("unit '{name}' is not in the hierarchy"),
                     N_("the name or id of a unit in hierarchy.yaml, or a group phrase such as 'UBND các xã, phường'")),
    "unknown-unit-id": (N_("no unit has id '{id}'"),
                        N_("the id of a unit in hierarchy.yaml")),
    "unknown-area": (N_("area '{id}' is not in rules/areas.yaml"),
                     N_("one of: {allowed}")),
    "unknown-indicator": (N_("indicator '{id}' is not in the indicator catalog"),
                          N_("the id of an indicator in rules/indicators.yaml")),
    "unknown-document": (N_("no document has id '{id}'"),
                         N_("the id of a document under documents/ or reference/")),
    "unknown-goal": (N_("no target with id '{id}' in this document"),
                     N_("the id of a target (targets[].id) in the same document")),
    "cycle": (N_("the parent relation forms a cycle: {path}"),
              N_("parents that lead up to the root without a cycle")),
    "valid-range": (N_("valid from {start}, after its end {end}"),
                    N_("valid_from no later than valid_to")),
    "outside-parent": (N_("unit valid {child}, outside the life of its parent '{parent}' ({span})"),
                       N_("a validity within its parent's")),
    "ambiguous-name": (N_("name '{name}' is also used by unit '{other}' at the same time"),
                       N_("one unit per name at a time under the same parent")),
    "unknown-rule": (N_("no rule '{id}'"),
                     N_("the id of a rule in rules/checks.yaml, e.g. TGT-001")),
    "legal-basis": (N_("the legal basis of {id} names no document"),
                    N_("a document number, e.g. \"Nghị quyết 76/NQ-CP (15/7/2021)\"")),
    "placeholder": (N_("placeholder {{{name}}} names no field of the finding"),
                    N_("one of: {allowed}")),
    "applies-to-nothing": (N_("applies_to.{field} selects no document"),
                           N_("leave the key out to apply to all, or list levels/kinds that issue documents")),
    "duplicates": (N_("rule {id} duplicates {other} (same kind, parameters and scope)"),
                   N_("one rule per condition; switch one of them off or remove it")),
    "contradicts": (N_("rule {id} contradicts {other} on severity for the same condition (indicator {indicator})"),
                    N_("one severity, or scopes (levels, document kinds) that do not overlap")),
    "waiver-scope": (N_("waiver '{id}' names no unit and no document"),
                     N_("a unit: or document: saying what it applies to")),
    "unknown-kind": (N_("no check kind '{id}'"),
                     N_("one of: {allowed}")),
    "unknown-template": (N_("no office template '{id}'"),
                         N_("one of: {allowed}")),
    "control-char": (N_("control character {char}"),
                     N_("text without control characters (delete it, or write it escaped in a \"…\" string, e.g. \\x07)")),
    "special-file": (N_("not a regular file (a device, a FIFO or a link to one)"),
                     N_("a regular file")),
    "too-large": (N_("the file is too large ({size})"),
                  N_("a file of at most {limit}")),
    "too-deep": (N_("nested more than {limit} levels deep"),
                 N_("mappings and lists nested at most {limit} levels")),
    "too-many-aliases": (N_("more than {limit} YAML aliases (*name)"),
                         N_("at most {limit} aliases per file; write the values out instead")),
    "self-alias": (N_("alias *{name} refers to itself"),
                   N_("aliases only to a value already complete")),
    "not-a-folder": (N_("'{name}' is not a readable folder"),
                     N_("a folder of .yaml files")),
    "bad-template": (N_("invalid message template: {detail}"),
                     N_("plain {{name}} placeholders, no format specs; write {{{{ and }}}} for braces")),
    "paragraph-too-long": (N_("a paragraph of {length} characters"),
                           N_("paragraphs and table rows of at most {limit} characters")),
    "not-a-mapping": (N_("the file is not a mapping"),
                      N_("a YAML mapping with keys {expected}")),
}

# Short descriptions of the Python types pydantic reports, for "expected".
TYPE_NAMES = {"str": N_("a string"), "int": N_("an integer"), "float": N_("a number"), "bool": N_("true or false"),
              "list": N_("a list"), "dict": N_("a mapping"), "model": N_("a mapping of keys"),
              "date": N_("a date such as 2025-07-01")}

WHAT = {"unit": N_("unit"), "document": N_("document"), "item": N_("target or task"), "rule": N_("rule")}


# Control characters (C0, DEL, C1) and the bidirectional overrides that can make a line lie.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def safe(text: object) -> str:
    """User text for a terminal or a report: control characters and escape sequences shown
    escaped ("\\x1b[31m", "\\n"), so that a name can neither colour the screen nor forge a line."""
    text = str(text)
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_UNSAFE_IN_REPORT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def safe_report(text: str) -> str:
    """A whole report (text, Markdown, HTML): as safe(), but its own lines and tabs kept."""
    if not _UNSAFE_IN_REPORT.search(text):
        return text
    return _UNSAFE_IN_REPORT.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def render(problem: Problem, lang: str = "vi") -> str:
    """`path:line:col: <what is wrong> — <what was expected>` in the chosen language."""
    _ = translation(lang).gettext
    params = dict(problem.params)
    if "what" in params:
        params["what"] = _(WHAT[params["what"]])
    if isinstance(params.get("detail"), str):  # "paragraph 4: 12000 > 10000": a place the importer named
        params["detail"] = say_place(params["detail"], lang)
    if "expected_type" in params:
        name = TYPE_NAMES.get(params["expected_type"])
        params["expected"] = _(name) if name else params["expected_type"]
    what, expected = INPUT[problem.code]
    return safe(f"{problem.location}: {_(what).format(**params)} — {_(expected).format(**params)}")


# Words of cascade's vocabulary (finding.Terms) in the reader's language; other words are said as they are.
TERMS = {"goals": N_("goals"), "tasks": N_("tasks"), "activities": N_("activities"), "lead": N_("lead"),
         "support": N_("support"), "deadline": N_("deadline"), "products": N_("products"),
         "government": N_("the Government"), "province": N_("the province"), "ministry": N_("the ministry"),
         "date": N_("date"), "number": N_("number"),
         # targets.describe: "−≥ 50 % vs 2024", "≥ 3 (level)", "≥ 80 điểm"
         "vs": N_("vs"), "vs previous year": N_("vs previous year"), "(level)": N_("(level)"),
         "điểm": N_("points"), "phút": N_("minutes"),
         # where a passage is in the planner's file: "paragraph 23", "table 1, row 2", "line 12"
         "paragraph": N_("paragraph"), "table": N_("table"), "row": N_("row"), "line": N_("line")}


def say_place(place: str, lang: str) -> str:
    """A place as the importer writes it in a document ("paragraph 11", "line 67") in the reader's words."""
    _ = translation(lang).gettext
    return re.sub(r"[a-z]+(?= \d)", lambda m: _(TERMS[m.group()]) if m.group() in TERMS else m.group(), place)


def say(value: str | None, lang: str) -> str:
    """A finding's value for a reader: Terms in their language, other text as written, "—" when empty."""
    if isinstance(value, Terms):
        _ = translation(lang).gettext
        return value.say({word: _(message) for word, message in TERMS.items()})
    return value or "—"
