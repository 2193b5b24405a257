"""Findings as a Markdown page for a person: summary, then a table per document."""

from itertools import groupby

from tabulate import tabulate

from cascade.report.summary import headings, not_checked_lines, severity_label, summary_line


def cell(value) -> str:
    """A value in a Markdown table cell: its pipes escaped, on one line."""
    return ("" if value is None else str(value)).replace("|", "\\|").replace("\n", " ")


def render(findings, summary, lang) -> str:
    labels = headings(lang)
    out = [f"# {labels['title']}", "", summary_line(summary, lang), ""]
    for document, group in groupby(findings, key=lambda f: f.document):
        rows = [[severity_label(f, lang), f.rule, f"`{f.location.file}:{f.location.line}`", cell(f.clause),
                 cell(f.message), cell(f.fix)] for f in group]
        headers = [labels[k] for k in ("severity", "rule", "where", "clause", "message", "fix")]
        out += [f"## {document}", "", tabulate(rows, headers=headers, tablefmt="github"), ""]
    notes = not_checked_lines(summary, lang)
    if notes:
        out += [f"## {labels['not_checked']}", "", *(f"- {cell(line)}" for line in notes), ""]
    return "\n".join(out)
