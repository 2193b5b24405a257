"""The audit as a workbook: one sheet per table, bold frozen headers repeated on every printed
page, filters on every column, numbers as numbers (shares in a per-cent format), coverage cells
filled by outcome with a legend, and A4 landscape pages fitted to the width."""

import io

from cascade.i18n import N_, translation
from cascade.messages import safe
from cascade.report.audit import tables
from cascade.report.audit.labels import WORDS

SHEETS = [N_("Summary"), N_("Plan status"), N_("Coverage"), N_("Reverse coverage"), N_("Findings"), N_("Not checked")]
CELL_FILLS = {"covered": "C8E6C9", "missing": "EF9A9A", "weaker": "FFCC80", "unknown": "B3C7E6", "no-plan": "EEEEEE"}  # as the HTML


def render(a, lang: str) -> bytes:
    from openpyxl import Workbook  # imported here: it is slow to import and only this needs it

    book = Workbook()
    book.remove(book.active)
    for name, make in zip(SHEETS, tables.ALL):
        sheet = book.create_sheet(translation(lang).gettext(name))
        _sheet(sheet, *make(a, lang)[1:], percent=WORDS[lang]["share"])
        if make is tables.coverage:
            _fill_matrix(sheet, a, WORDS[lang])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet(sheet, headers, rows, percent: str | None = None) -> None:
    """One table; the column headed `percent` holds per-cent figures, written as fractions."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet.append(headers)
    shares = {i for i, h in enumerate(headers) if h == percent}
    for row in rows:
        sheet.append([safe(c) if isinstance(c, str) else c / 100 if i in shares else c for i, c in enumerate(row)])
    for i in shares:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
            cell.number_format = "0.0%"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for i, header in enumerate(headers, 1):
        longest = max([len(str(header)), *(len(str(r[i - 1])) for r in rows)] if rows else [len(str(header))])
        sheet.column_dimensions[get_column_letter(i)].width = min(max(10, longest + 2), 60)
    _print_setup(sheet)


def _print_setup(sheet) -> None:
    """A4 landscape, as wide as the page, the header row on every page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def _fill_matrix(sheet, a, w: dict) -> None:
    """Each unit × area cell filled by its outcome, and a legend under the table."""
    from openpyxl.styles import PatternFill

    fills = {state: PatternFill("solid", fgColor=colour) for state, colour in CELL_FILLS.items()}
    for row, cells in enumerate(a.matrix.values(), 2):
        for col, area in enumerate(a.areas, 2):
            sheet.cell(row, col).fill = fills[cells[area]]
    legend = sheet.max_row + 2
    for col, state in enumerate(CELL_FILLS, 2):
        label = w["cell"][state] if state != "no-plan" else f"— {w['answer']['no-plan']}"
        sheet.cell(legend, col, label).fill = fills[state]
