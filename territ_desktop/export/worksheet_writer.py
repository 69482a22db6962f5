"""Streaming worksheet writing shared by the Excel exports.

Workbooks are written in openpyxl's write-only mode: rows stream to disk, which keeps large
exports fast and light. Every piece of user text goes through :func:`set_text_cell`, so a name
like ``=1+1`` is stored as text, never as a formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from territ_desktop.export.safe_text import set_text_cell, xlsx_text

DATE_FORMAT = "DD/MM/YYYY"
TIME_FORMAT = "HH:MM"
HOURS_FORMAT = "0.00"
RATE_FORMAT = "0.0%"
INTEGER_FORMAT = "0"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True, slots=True)
class Text:
    """User or fixed text: always stored as a string."""

    value: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Number:
    """A number with its display format (hours, rate, count)."""

    value: float | int
    number_format: str = "General"
    bold: bool = False


Value = Text | Number | str | int | float | dt.date | dt.time | None
"""What a row may hold; a bare ``str`` is treated as :class:`Text`."""


class SheetWriter:
    """Append typed rows to a write-only worksheet."""

    def __init__(self, workbook: Workbook, title: str) -> None:
        """Create the sheet ``title`` in ``workbook`` (which must be write-only)."""
        self.sheet: WriteOnlyWorksheet = workbook.create_sheet(title)
        self.rows = 0

    def cell(self, value: Value) -> Cell | str | float | None:
        """Turn one value into what the write-only sheet should receive.

        Plain text and numbers without a format go in as bare values (openpyxl stores them
        without building a cell object, which is most of the cost of a big sheet); anything
        that needs a format, a bold font, or protection from being read as a formula becomes
        a cell.
        """
        if value is None:
            return None
        if isinstance(value, str):
            text = xlsx_text(value)
            # openpyxl makes a formula of a bare string only when it starts with "=".
            return text if not text.startswith("=") else self._text_cell(text, bold=False)
        if isinstance(value, Text):
            return self._text_cell(value.value, bold=value.bold)
        if isinstance(value, Number):
            cell = WriteOnlyCell(self.sheet, value.value)
            cell.number_format = value.number_format
            if value.bold:
                cell.font = BOLD
            return cell
        if isinstance(value, int | float):
            return value
        cell = WriteOnlyCell(self.sheet)
        cell.value = value
        cell.number_format = TIME_FORMAT if isinstance(value, dt.time) else DATE_FORMAT
        return cell

    def _text_cell(self, text: str, *, bold: bool) -> Cell:
        cell = WriteOnlyCell(self.sheet)
        set_text_cell(cell, text)
        if bold:
            cell.font = BOLD
        return cell

    def append(self, values: Iterable[Value]) -> None:
        """Append one row."""
        self.sheet.append([self.cell(v) for v in values])
        self.rows += 1

    def header(self, labels: Sequence[str]) -> None:
        """Append a bold, shaded, wrapped header row."""
        cells = []
        for label in labels:
            cell = WriteOnlyCell(self.sheet)
            set_text_cell(cell, label)
            cell.font = BOLD
            cell.fill = HEADER_FILL
            cell.alignment = WRAP
            cells.append(cell)
        self.sheet.append(cells)
        self.rows += 1

    def title(self, text: str) -> None:
        """Append a title row (large bold text)."""
        cell = WriteOnlyCell(self.sheet)
        set_text_cell(cell, text)
        cell.font = TITLE
        self.sheet.append([cell])
        self.rows += 1

    def blank(self) -> None:
        """Append an empty row."""
        self.sheet.append([])
        self.rows += 1


def layout(sheet: WriteOnlyWorksheet) -> Worksheet:
    """The sheet's layout attributes (columns, page setup, filter...), typed.

    A write-only sheet carries the same layout attributes as a normal one (openpyxl sets them up
    with the same code) but the type stubs do not declare them.
    """
    return cast(Worksheet, sheet)


def set_widths(sheet: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    """Set column widths in characters (must happen before the first row in write-only mode)."""
    columns = layout(sheet).column_dimensions
    for index, width in enumerate(widths, start=1):
        columns[get_column_letter(index)].width = width


def text_width(values: Iterable[str], *, minimum: float = 8, maximum: float = 45) -> float:
    """A column width that shows the longest of ``values`` within bounds."""
    longest = max((len(v) for v in values), default=0)
    return float(min(maximum, max(minimum, longest + 2)))


def header_footer_text(text: str) -> str:
    """Escape user text for a print header or footer, where ``&`` starts a code.

    The text is cleaned like a cell's first: a control character there breaks the workbook.
    """
    return xlsx_text(text).replace("&", "&&")


def print_setup(
    sheet: WriteOnlyWorksheet,
    *,
    title: str,
    landscape: bool,
    title_rows: str | None = None,
) -> None:
    """A4, fit to the page width, repeated title rows, title in the header, page in the footer."""
    ws = layout(sheet)
    setup = ws.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.paperSize = Worksheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    if ws.sheet_properties.pageSetUpPr is not None:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    if title_rows:
        sheet.print_title_rows = title_rows
    # Excel caps a header section at 255 characters, codes included.
    header = header_footer_text(title[:120])
    if header and ws.oddHeader is not None:  # an empty "&C" part is unreadable to openpyxl
        ws.oddHeader.center.text = header
    if ws.oddFooter is not None:
        ws.oddFooter.center.text = "Page &P / &N"


def new_workbook() -> Workbook:
    """A write-only workbook (no default sheet)."""
    return Workbook(write_only=True)
