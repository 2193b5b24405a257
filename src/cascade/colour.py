"""Colour on a terminal, as ruff and yamllint give it: the severity words of the text reports,
only when standard output is a terminal (or --color always), never with NO_COLOR set (unless
--color always: https://no-color.org). Applied to a report already made safe (messages.safe_report),
so that a plan's own text can never colour the screen: only cascade's words are painted, and
only where a report puts them — the severity column of a table, or a "Severity: …" line."""

from __future__ import annotations

import os
import re

from cascade.i18n import translation
from cascade.report.summary import HEADINGS, SEVERITY

SGR = {"error": "\x1b[1;31m", "warning": "\x1b[33m", "info": "\x1b[36m"}  # bold red, yellow, cyan
RESET = "\x1b[0m"
RULE = re.compile(r"^-+(?:  -+)+$")  # the line under the headers of a "simple" table


def wanted(choice: str, terminal: bool) -> bool:
    """--color auto|always|never, for output that goes to a terminal or not."""
    if choice != "auto":
        return choice == "always"
    return terminal and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def paint(report: str, lang: str) -> str:
    _ = translation(lang).gettext
    words = {_(SEVERITY[s]): s for s in SGR}
    header = _(HEADINGS["severity"])
    lines, span = report.split("\n"), None
    for i, line in enumerate(lines):
        if RULE.match(line):
            span = _column(lines, i, header)
        elif not line.strip():
            span = None  # the table has ended
        elif span:
            lines[i] = line[:span[0]] + _word(line[span[0]:span[1]], words) + line[span[1]:]
        elif line.startswith(f"{header}: "):  # a table shown a row at a time
            lines[i] = f"{header}: " + _word(line[len(header) + 2:], words)
    return "\n".join(lines)


def _column(lines: list[str], rule: int, header: str) -> tuple[int, int] | None:
    """The span of the column headed `header`, from the table's rule line and the header lines
    above it (a long header is wrapped over several)."""
    top = rule
    while top > 0 and lines[top - 1].strip() and not lines[top - 1].startswith("=="):
        top -= 1
    for match in re.finditer(r"-+", lines[rule]):
        start, end = match.span()
        if " ".join(line[start:end].strip() for line in lines[top:rule]).strip() == header:
            return start, end
    return None


def _word(cell: str, words: dict[str, str]) -> str:
    """The cell with its leading severity word painted (a waived finding's label goes on)."""
    found = next((w for w in sorted(words, key=len, reverse=True) if cell.startswith(w)), None)
    return f"{SGR[words[found]]}{found}{RESET}{cell[len(found):]}" if found else cell
