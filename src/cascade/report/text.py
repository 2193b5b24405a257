"""Findings as terminal tables, one per document, and the summary line."""

from itertools import groupby

from tabulate import tabulate

from cascade.report.summary import headings, not_checked_lines, place, severity_label, summary_line


def render(findings, summary, lang) -> str:
    labels = headings(lang)
    parts = []
    for (document, file), group in groupby(findings, key=lambda f: (f.document, f.location.file)):
        rows = [[severity_label(f, lang), f.rule, place(f, lang), f.clause or "", f"{f.message}\n→ {f.fix}"] for f in group]
        headers = [labels[k] for k in ("severity", "rule", "where", "clause", "message")]
        parts.append(f"== {document} ({file})\n" + tabulate(rows, headers=headers, tablefmt="simple",
                                                             maxcolwidths=[None, None, None, 24, 80]))
    notes = not_checked_lines(summary, lang)
    if notes:
        parts.append(f"{labels['not_checked']}:\n" + "\n".join(f"- {line}" for line in notes))
    parts.append(summary_line(summary, lang) if findings else f"{labels['none']} {summary_line(summary, lang)}")
    return "\n\n".join(parts) + "\n"
