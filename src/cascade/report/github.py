"""Findings as GitHub Actions workflow commands: each becomes an annotation on its file and
line in a pull request (`cascade check --format github` in a workflow)."""

from cascade.report.summary import summary_line

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(text: str, property_value: bool = False) -> str:
    """GitHub's escaping for workflow commands: %, CR and LF; in properties also : and ,."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def render(findings, summary, lang) -> str:
    lines = []
    for f in findings:
        if f.waived:
            continue  # an accepted deviation is not annotated
        where = (f"file={_escape(f.location.file, True)},line={f.location.line},col={f.location.column},"
                 f"title={_escape(f.rule, True)}")
        lines.append(f"::{LEVELS[f.severity]} {where}::{_escape(f'{f.message} {f.fix}')}")
    lines.append(summary_line(summary, lang))
    return "\n".join(lines) + "\n"
