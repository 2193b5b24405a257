"""Check results as a workbook: the findings, then what could not be checked (the web page's
download; the same sheet shape as the audit's)."""

import io

from cascade.messages import say
from cascade.report.audit.xlsx import _sheet
from cascade.report.summary import LABELS, not_checked_lines, severity_label

SHEETS = {"vi": ("Phát hiện", "Chưa kiểm tra được"), "en": ("Findings", "Not checked")}


def findings_workbook(findings, summary: dict, lang: str) -> bytes:
    from openpyxl import Workbook  # slow to import; only this needs it

    w = LABELS[lang]
    headers = [w[k] for k in ("lineno", "severity", "rule", "clause", "message", "fix", "expected", "actual", "source")]
    rows = [[f.location.line, severity_label(f, lang), f.rule, f.clause or "", f.message, f.fix,
             say(f.expected, lang), say(f.actual, lang), f.source or ""] for f in findings]
    book = Workbook()
    book.remove(book.active)
    _sheet(book.create_sheet(SHEETS[lang][0]), headers, rows)
    _sheet(book.create_sheet(SHEETS[lang][1]), [w["not_checked"]], [[line] for line in not_checked_lines(summary, lang)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
