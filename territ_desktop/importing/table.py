"""The raw table a reader returns: rows of text cells with their row numbers in the file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

#: Most data rows (non-empty rows below the header) a file may hold.
MAX_DATA_ROWS = 20_000
#: How many rows from the top are searched for the header row.
HEADER_SCAN_ROWS = 50
#: Columns beyond this one are not read.
MAX_COLUMNS = 200
#: A non-empty row below this row number makes the file too large (formatted blank rows below
#: the data are fine).
MAX_ROW_NUMBER = 100_000
#: Largest file accepted, in bytes.
MAX_FILE_BYTES = 50 * 1024 * 1024


class FileKind(StrEnum):
    """How a file was read."""

    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class RawRow:
    """One row of the source: its 1-based row number and its cells as text (never ``None``)."""

    number: int
    cells: tuple[str, ...]

    @property
    def is_blank(self) -> bool:
        """Whether every cell is empty or white space."""
        return not "".join(self.cells).strip()

    def cell(self, index: int | None) -> str:
        """Return the cell at 0-based ``index``, or ``""`` if there is none."""
        if index is None or not 0 <= index < len(self.cells):
            return ""
        return self.cells[index]


@dataclass(frozen=True, slots=True)
class RawTable:
    """A sheet or CSV file as read, before any interpretation.

    ``rows`` holds every row from the first one to the last non-blank one (blank rows in between
    included, so row numbers match what the user sees in Excel); all rows have ``width`` cells.
    For a CSV file, ``encoding`` and ``delimiter`` are the values used (detected or given) so the
    preview can show them and offer to change them; for a workbook, ``sheet`` is the sheet read.
    ``notices`` are French remarks about the reading itself (columns cut, encoding guessed...).
    """

    path: Path
    kind: FileKind
    rows: tuple[RawRow, ...]
    width: int
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    notices: tuple[str, ...] = ()

    def row(self, number: int) -> RawRow | None:
        """Return the row with 1-based source row ``number``, if the table has it."""
        if 1 <= number <= len(self.rows) and self.rows[number - 1].number == number:
            return self.rows[number - 1]
        for row in self.rows:
            if row.number == number:
                return row
        return None


def build_rows(rows: list[list[str]], first_number: int = 1) -> tuple[tuple[RawRow, ...], int]:
    """Pad ``rows`` to a common width and number them from ``first_number``.

    Trailing empty columns and trailing blank rows are expected to be removed by the caller.
    Returns the rows and their width.
    """
    width = max((len(cells) for cells in rows), default=0)
    out: list[RawRow] = []
    for offset, cells in enumerate(rows):
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        out.append(RawRow(first_number + offset, tuple(cells)))
    return tuple(out), width


def format_count(number: int) -> str:
    """Format a count the French way, ``20000`` → ``"20 000"`` (no-break space)."""
    return f"{number:_}".replace("_", "\u00a0")
