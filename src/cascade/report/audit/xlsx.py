"""The audit as a workbook: one sheet per table, bold frozen headers, filters on every column."""

import io

from cascade.messages import safe
from cascade.report.audit import tables

SHEETS = {
    "vi": ["Tổng quan", "Tình trạng kế hoạch", "Ma trận bao phủ", "Nghĩa vụ cấp trên", "Phát hiện", "Chưa kiểm tra được"],
    "en": ["Summary", "Plan status", "Coverage", "Reverse coverage", "Findings", "Not checked"],
}


def render(a, lang: str) -> bytes:
    from openpyxl import Workbook  # imported here: it is slow to import and only this needs it

    book = Workbook()
    book.remove(book.active)
    for name, make in zip(SHEETS[lang], tables.ALL):
        _sheet(book.create_sheet(name), *make(a, lang)[1:])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet(sheet, headers, rows) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet.append(headers)
    for row in rows:
        sheet.append([safe(c) if isinstance(c, str) else c for c in row])  # openpyxl refuses control characters
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for i, header in enumerate(headers, 1):
        longest = max([len(str(header)), *(len(str(r[i - 1])) for r in rows)] if rows else [len(str(header))])
        sheet.column_dimensions[get_column_letter(i)].width = min(max(10, longest + 2), 60)
