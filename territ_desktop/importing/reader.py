"""Opening a registration file: recognise what it is, then read it as a :class:`RawTable`.

The kind of file is decided from its first bytes, not from its name: a workbook renamed
``.csv`` is read as a workbook, a PDF renamed ``.xlsx`` is refused with a French message.
"""

from __future__ import annotations

import os
from pathlib import Path

from territ_desktop.importing.csv_reader import read_csv
from territ_desktop.importing.errors import ImportFileError
from territ_desktop.importing.table import MAX_FILE_BYTES, FileKind, RawTable
from territ_desktop.importing.xlsx_reader import read_xlsx, xlsx_sheet_names

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods"}
_TEXT_SAMPLE = 8192


def _load(path: str | os.PathLike[str]) -> tuple[Path, bytes]:
    """Read the whole file (at most :data:`MAX_FILE_BYTES`), with French errors."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportFileError(f"« {path.name} » n'est pas un fichier : choisissez un fichier.")
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                f"Le fichier « {path.name} » est trop volumineux ({size // (1024 * 1024)} Mo, "
                f"au plus {MAX_FILE_BYTES // (1024 * 1024)} Mo) : gardez seulement la liste des "
                "inscrits, ou découpez-la en plusieurs fichiers."
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFileError(
            f"Le fichier « {path.name} » est introuvable : il a peut-être été déplacé ou "
            "supprimé. Choisissez-le de nouveau."
        ) from exc
    except OSError as exc:
        raise ImportFileError(
            f"Le fichier « {path.name} » ne peut pas être ouvert ({exc.strerror or exc}). "
            "Fermez-le s'il est ouvert dans un autre programme, puis réessayez."
        ) from exc
    if not data:
        raise ImportFileError(
            f"Le fichier « {path.name} » est vide : choisissez le fichier qui contient la liste "
            "des inscrits."
        )
    return path, data


def detect_kind(path: Path, data: bytes) -> FileKind:
    """Decide how to read ``data`` from its content; refuse files that are no spreadsheet."""
    if data.startswith(_ZIP_MAGIC):
        return FileKind.XLSX
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise ImportFileError(
                f"Le classeur « {path.name} » est protégé par un mot de passe. Ouvrez-le dans "
                "Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur) "
                "ou enregistrez une copie sans mot de passe, puis importez cette copie."
            )
        raise ImportFileError(
            f"Le fichier « {path.name} » est au format Excel 97-2003 (.xls), qui n'est pas pris "
            "en charge. Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel "
            "(.xlsx) », puis importez-le de nouveau."
        )
    if data.startswith(b"%PDF"):
        raise ImportFileError(
            f"Le fichier « {path.name} » est un document PDF, pas un tableur. Importez le "
            "fichier Excel (.xlsx) ou CSV de la liste des inscrits."
        )
    head = data[:_TEXT_SAMPLE]
    is_utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<table")):
        raise ImportFileError(
            f"Le fichier « {path.name} » est une page web ou un fichier XML, pas un tableur. "
            "Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) », puis "
            "importez-le de nouveau."
        )
    if b"\x00" in head and not is_utf16:
        if path.suffix.lower() in _WORKBOOK_SUFFIXES:
            raise ImportFileError(
                f"Le fichier « {path.name} » n'est pas un classeur Excel lisible (son contenu "
                "ne correspond pas à son nom). Choisissez le fichier .xlsx ou .csv des inscrits."
            )
        raise ImportFileError(
            f"Le fichier « {path.name} » n'est ni un classeur Excel ni un fichier texte CSV. "
            "Choisissez le fichier .xlsx ou .csv des inscrits."
        )
    if path.suffix.lower() in _WORKBOOK_SUFFIXES - {".xls"}:
        # Text renamed .xlsx is a mistake; text named .xls is what many web tools export.
        raise ImportFileError(
            f"Le fichier « {path.name} » n'est pas un classeur Excel valide (son contenu ne "
            "correspond pas à son nom). Choisissez le fichier .xlsx ou .csv des inscrits."
        )
    return FileKind.CSV


def read_workbook_sheets(path: str | os.PathLike[str]) -> list[str]:
    """Return the worksheet names of a workbook, in order; an empty list for a CSV file.

    Raises:
        ImportFileError: the file cannot be read as a spreadsheet.
    """
    file_path, data = _load(path)
    if detect_kind(file_path, data) is FileKind.CSV:
        return []
    return xlsx_sheet_names(file_path, data)


def read_table(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> RawTable:
    """Read a registration file into a raw table of text cells.

    Args:
        path: an Excel workbook (.xlsx, .xlsm) or a delimited text file (.csv, .txt, .tsv).
        sheet: the worksheet to read; default the one Excel shows first. Ignored for CSV.
        encoding: for CSV, a codec name overriding the detection (see ``CSV_ENCODINGS``).
        delimiter: for CSV, the separator overriding the detection (see ``CSV_DELIMITERS``).

    Returns:
        The table; for CSV its ``encoding`` and ``delimiter`` say what was used.

    Raises:
        ImportFileError: the file is missing, not a spreadsheet, damaged, protected by a
            password, too large or empty.
    """
    file_path, data = _load(path)
    kind = detect_kind(file_path, data)
    if kind is FileKind.XLSX:
        table = read_xlsx(file_path, data, sheet)
        where = f"La feuille « {table.sheet} » du classeur « {file_path.name} »"
        what = "choisissez la feuille qui contient la liste des inscrits"
    else:
        table = read_csv(file_path, data, encoding, delimiter)
        where = f"Le fichier « {file_path.name} »"
        what = "choisissez le fichier qui contient la liste des inscrits"
    if not table.rows:
        raise ImportFileError(f"{where} est vide : {what}.")
    return table
