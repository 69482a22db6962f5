"""Reading Excel workbooks (.xlsx, .xlsm) with openpyxl in read-only (streaming) mode.

Every failure of openpyxl on a damaged or hostile file (bad zip, malformed XML, an XML bomb
refused by defusedxml, a missing part) becomes an :class:`ImportFileError` with a French
message; openpyxl's warnings about features it drops are logged, never shown or raised.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import openpyxl
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from territ_desktop.importing.errors import ImportFileError
from territ_desktop.importing.table import (
    HEADER_SCAN_ROWS,
    MAX_COLUMNS,
    MAX_DATA_ROWS,
    MAX_ROW_NUMBER,
    FileKind,
    RawTable,
    build_rows,
    format_count,
)

_log = logging.getLogger(__name__)

#: Largest uncompressed part of a workbook, and all parts together, in bytes (zip bombs).
MAX_PART_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

_SAVE_AS_XLSX = "Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format Excel (.xlsx)"


def _damaged(path: Path) -> ImportFileError:
    return ImportFileError(
        f"Le fichier « {path.name} » est endommagé ou n'est pas un classeur Excel lisible. "
        f"{_SAVE_AS_XLSX}, puis importez-le de nouveau."
    )


def _check_archive(path: Path, handle: IO[bytes]) -> None:
    """Refuse a zip that is not a workbook, or that would unpack to too much data."""
    try:
        with zipfile.ZipFile(handle) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        _log.info("bad zip %s: %s", path, exc)
        raise _damaged(path) from exc
    if b"opendocument" in mimetype:
        raise ImportFileError(
            f"Le fichier « {path.name} » est au format OpenDocument (LibreOffice, .ods). "
            f"{_SAVE_AS_XLSX} ou CSV, puis importez-le de nouveau."
        )
    if "xl/workbook.bin" in names:
        raise ImportFileError(
            f"Le fichier « {path.name} » est un classeur binaire Excel (.xlsb). "
            f"{_SAVE_AS_XLSX}, puis importez-le de nouveau."
        )
    if "xl/workbook.xml" not in names:
        raise ImportFileError(
            f"Le fichier « {path.name} » n'est pas un classeur Excel (c'est une archive zip "
            "ou un autre document Office). Choisissez le fichier .xlsx ou .csv des inscriptions."
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_BYTES or any(info.file_size > MAX_PART_BYTES for info in infos):
        raise _too_large(path)
    handle.seek(0)


def _too_large(path: Path) -> ImportFileError:
    return ImportFileError(
        f"Le fichier « {path.name} » est trop volumineux : une liste d'inscriptions peut compter "
        f"au plus {format_count(MAX_DATA_ROWS)} lignes. Découpez-le en plusieurs fichiers."
    )


@contextmanager
def _open_workbook(path: Path, data: bytes) -> Iterator[Workbook]:
    """Open ``path`` read-only; turn every openpyxl failure into an :class:`ImportFileError`.

    The ``with`` body runs inside the same guard, so failures while streaming rows are caught
    too; warnings openpyxl emits (unsupported extensions, missing styles) are only logged.
    """
    with warnings.catch_warnings(record=True) as caught, io.BytesIO(data) as handle:
        warnings.simplefilter("always")
        _check_archive(path, handle)
        workbook: Workbook | None = None
        try:
            workbook = openpyxl.load_workbook(
                handle, read_only=True, data_only=True, keep_links=False
            )
            yield workbook
        except ImportFileError:
            raise
        except Exception as exc:  # openpyxl raises anything on a hostile file: see module doc
            _log.info("unreadable workbook %s", path, exc_info=True)
            raise _damaged(path) from exc
        finally:
            if workbook is not None:
                workbook.close()
            for warning in caught:
                _log.debug("openpyxl: %s", warning.message)


def _sheets(workbook: Workbook) -> list[ReadOnlyWorksheet]:
    return [ws for ws in workbook.worksheets if isinstance(ws, ReadOnlyWorksheet)]


def xlsx_sheet_names(path: Path, data: bytes) -> list[str]:
    """Return the names of the worksheets of workbook ``data`` (chart sheets left out)."""
    with _open_workbook(path, data) as workbook:
        names = [ws.title for ws in _sheets(workbook)]
    if not names:
        raise ImportFileError(
            f"Le classeur « {path.name} » ne contient aucune feuille de calcul : choisissez le "
            "fichier qui contient la liste des inscrits."
        )
    return names


def default_sheet(workbook: Workbook) -> ReadOnlyWorksheet | None:
    """Return the sheet Excel shows first (the active one), else the first worksheet."""
    sheets = _sheets(workbook)
    try:
        active = workbook.active
    except (IndexError, KeyError):
        active = None
    if isinstance(active, ReadOnlyWorksheet):
        return active
    return sheets[0] if sheets else None


def read_xlsx(path: Path, data: bytes, sheet: str | None = None) -> RawTable:
    """Read one sheet (``sheet`` by name, else the active one) of workbook ``data``."""
    with _open_workbook(path, data) as workbook:
        if sheet is None:
            ws = default_sheet(workbook)
            if ws is None:
                raise ImportFileError(
                    f"Le classeur « {path.name} » ne contient aucune feuille de calcul : "
                    "choisissez le fichier qui contient la liste des inscrits."
                )
        else:
            found = [ws for ws in _sheets(workbook) if ws.title == sheet]
            if not found:
                raise ImportFileError(
                    f"Le classeur « {path.name} » n'a pas de feuille « {sheet} » : choisissez "
                    "une des feuilles proposées."
                )
            ws = found[0]
        rows, cut = _read_rows(path, ws)
        title = ws.title
    table_rows, width = build_rows(rows)
    notices: tuple[str, ...] = ()
    if cut:
        notices = (f"Seules les {MAX_COLUMNS} premières colonnes de la feuille ont été lues.",)
    return RawTable(path, FileKind.XLSX, table_rows, width, sheet=title, notices=notices)


def _read_rows(path: Path, ws: ReadOnlyWorksheet) -> tuple[list[list[str]], bool]:
    """Stream the rows of ``ws`` as text, stopping as soon as the sheet is too large.

    Returns the rows down to the last non-blank one, and whether columns were cut.
    """
    # The stored dimension is often wrong (some programs write "A1"); openpyxl would then stop
    # after the first row, so read until the real end of the sheet.
    ws.reset_dimensions()
    rows: list[list[str]] = []
    blank_run = 0
    kept = 0
    cut = False
    limit = MAX_DATA_ROWS + HEADER_SCAN_ROWS
    number = 0
    # types-openpyxl binds iter_rows to Worksheet only; ReadOnlyWorksheet borrows the method.
    values_by_row: Iterator[tuple[object, ...]] = ws.iter_rows(values_only=True)  # type: ignore[misc]
    for values in values_by_row:
        number += 1
        if len(values) > MAX_COLUMNS:
            cut = cut or any(v is not None for v in values[MAX_COLUMNS:])
            values = values[:MAX_COLUMNS]
        cells = [v if type(v) is str else ("" if v is None else cell_text(v)) for v in values]
        if not "".join(cells).strip():
            blank_run += 1
            continue
        kept += 1
        if kept > limit or number > MAX_ROW_NUMBER:
            raise _too_large(path)
        if blank_run:
            rows.extend([] for _ in range(blank_run))
            blank_run = 0
        while not cells[-1]:
            cells.pop()
        rows.append(cells)
    return rows, cut


def cell_text(value: object) -> str:
    """Turn a cell value openpyxl returns into the text Excel would show, as near as makes sense.

    Whole numbers keep all their digits (a phone number typed as 612345678 stays
    ``"612345678"``), dates become ``dd/mm/yyyy`` (plus ``HH:MM`` when there is a time),
    decimals use a French comma, booleans ``VRAI``/``FAUX`` like French Excel.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return f"{value:.15g}".replace(".", ",")
    if isinstance(value, dt.datetime):
        day = f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
        if value.hour or value.minute or value.second:
            return f"{day} {value.hour:02d}:{value.minute:02d}"
        return day
    if isinstance(value, dt.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, dt.timedelta):
        minutes = int(value.total_seconds()) // 60
        return f"{minutes // 60}:{minutes % 60:02d}"
    return str(value)
