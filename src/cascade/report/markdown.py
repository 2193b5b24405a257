"""Findings as a Markdown page for a person: summary, then a table per document."""

from itertools import groupby

from tabulate import tabulate

from cascade.report.summary import LABELS, severity_label, summary_line


def _cell(text) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def render(findings, summary, lang) -> str:
    labels = LABELS[lang]
    out = [f"# {labels['title']}", "", summary_line(summary, lang), ""]
    for document, group in groupby(findings, key=lambda f: f.document):
        rows = [[severity_label(f, lang), f.rule, f"`{f.location.file}:{f.location.line}`", _cell(f.clause),
                 _cell(f.message), _cell(f.fix)] for f in group]
        headers = [labels[k] for k in ("severity", "rule", "where", "clause", "message", "fix")]
        out += [f"## {document}", "", tabulate(rows, headers=headers, tablefmt="github"), ""]
    return "\n".join(out)
