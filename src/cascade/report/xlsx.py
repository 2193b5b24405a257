"""Check results as a workbook: the findings, then what could not be checked (the web page's
download; the same sheet shape as the audit's)."""

import io

from cascade.i18n import N_, translation
from cascade.messages import say
from cascade.report.audit.xlsx import _sheet
from cascade.report.summary import headings, not_checked_lines, place, severity_label

SHEETS = (N_("Findings"), N_("Not checked"))


def findings_workbook(findings, summary: dict, lang: str) -> bytes:
    from openpyxl import Workbook  # slow to import; only this needs it

    w, _ = headings(lang), translation(lang).gettext
    headers = [w[k] for k in ("where", "severity", "rule", "clause", "message", "fix", "expected", "actual", "source")]
    rows = [[place(f, lang), severity_label(f, lang), f.rule, f.clause or "", f.message, f.fix,
             say(f.expected, lang), say(f.actual, lang), f.source or ""] for f in findings]
    book = Workbook()
    book.remove(book.active)
    _sheet(book.create_sheet(_(SHEETS[0])), headers, rows)
    _sheet(book.create_sheet(_(SHEETS[1])), [w["not_checked"]], [[line] for line in not_checked_lines(summary, lang)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
