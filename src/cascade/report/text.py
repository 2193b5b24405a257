"""Findings as terminal tables, one per document, and the summary line, fitting the terminal."""

import textwrap
from itertools import groupby

from cascade.report.summary import headings, not_checked_lines, place, severity_label, summary_line
from cascade.report.width import table, terminal_width


def render(findings, summary, lang) -> str:
    labels, width = headings(lang), terminal_width()
    parts = []
    for (document, file), group in groupby(findings, key=lambda f: (f.document, f.location.file)):
        rows = [[severity_label(f, lang), f.rule, place(f, lang), f.clause or "", f"{f.message}\n→ {f.fix}"] for f in group]
        headers = [labels[k] for k in ("severity", "rule", "where", "clause", "message")]
        title = f"== {document} ({file})"
        parts.append((title if len(title) <= width else f"== {document}\n   ({file})") + "\n" + table(rows, headers, width))
    notes = not_checked_lines(summary, lang)
    if notes:
        parts.append(f"{labels['not_checked']}:\n" + "\n".join(textwrap.fill(line, width, initial_indent="- ", subsequent_indent="  ")
                                                                for line in notes))
    # the summary stays one line, the last: what a person reads first and a script looks for
    parts.append(summary_line(summary, lang) if findings else f"{labels['none']} {summary_line(summary, lang)}")
    return "\n\n".join(parts) + "\n"
