"""Helpers for the import tests: tables built in memory, small files written on the fly."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import openpyxl

from territ_desktop.importing import FileKind, RawRow, RawTable

DATA = Path(__file__).resolve().parent / "data"
MESSY_XLSX = DATA / "inscriptions_desordre.xlsx"
MESSY_CSV = DATA / "inscriptions_desordre.csv"
PROTECTED_XLSX = DATA / "protege_mot_de_passe.xlsx"


def make_table(rows: Sequence[Sequence[str]], path: str = "liste.csv") -> RawTable:
    """A raw table as a reader would return it (rows padded, numbered from 1)."""
    width = max((len(r) for r in rows), default=0)
    raw = tuple(
        RawRow(number, tuple(r) + ("",) * (width - len(r)))
        for number, r in enumerate(rows, start=1)
    )
    return RawTable(Path(path), FileKind.CSV, raw, width, encoding="utf-8", delimiter=";")


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], title: str = "Feuil1") -> Path:
    """Write ``rows`` to a one-sheet workbook; text stays text even if it starts with "="."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row_index, row in enumerate(rows, start=1):
        for column_index, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            cell = sheet.cell(row_index, column_index)
            cell.value = value  # type: ignore[assignment]
            if isinstance(value, str):
                cell.data_type = "s"
    workbook.save(path)
    return path


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ";",
) -> Path:
    """Write ``rows`` as delimited text."""
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path
