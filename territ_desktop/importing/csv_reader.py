"""Reading CSV and other delimited text files, as written by French Excel and others.

Encoding: UTF-8 (with or without a BOM) is tried first, then Windows-1252, which French Excel
writes ("CSV (séparateur : point-virgule)"); an encoding guesser alone reads that as cp1250 and
breaks ``Œ``, so charset-normalizer is only the last resort. A UTF-16 BOM (Excel's "Texte
Unicode") is honoured.

Separator: ``;``, tab and ``,`` are each tried on the first records, and the one giving the
same number of fields (more than one) on the most records wins, ``;`` first on a tie; a
one-column file gets ``;``. ``csv.Sniffer`` is not used: it fails on one column and picks ``,``
when decimals use commas. A first line ``sep=X`` (an Excel convention) sets the separator.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
from collections import Counter
from pathlib import Path

import charset_normalizer

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

#: Separators the user can choose, with their French names (for the preview's combo box).
CSV_DELIMITERS: dict[str, str] = {";": "Point-virgule (;)", ",": "Virgule (,)", "\t": "Tabulation"}
#: Encodings the user can choose, with their French names.
CSV_ENCODINGS: dict[str, str] = {
    "utf-8": "UTF-8 (Unicode)",
    "cp1252": "Windows (Europe occidentale, cp1252)",
    "iso-8859-15": "ISO Latin-9",
    "mac_roman": "Mac (ancien format)",
    "utf-16": "UTF-16 (Texte Unicode d'Excel)",
}

_SEP_HINTS = ";,\t|"
_DETECTION_CHARS = 64 * 1024
_DETECTION_RECORDS = 50


def decode_text(path: Path, data: bytes, encoding: str | None = None) -> tuple[str, str, bool]:
    """Decode ``data``; return the text, the codec name used and whether it was only guessed.

    With ``encoding`` given, only that one is used. Otherwise UTF-8 (BOM or not), then
    Windows-1252, then charset-normalizer's best guess.
    """
    if encoding is not None:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError as exc:
            raise ImportFileError(
                f"L'encodage « {encoding} » est inconnu : choisissez-en un dans la liste."
            ) from exc
        if codec == "utf-8":
            codec = "utf-8-sig"  # a BOM is not part of the text
        try:
            return data.decode(codec), encoding, False
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                f"Le fichier « {path.name} » ne peut pas être lu avec l'encodage « {encoding} » : "
                "choisissez un autre encodage."
            ) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", False
        except UnicodeDecodeError as exc:
            raise _undecodable(path) from exc
    for codec, name in (("utf-8-sig", "utf-8"), ("cp1252", "cp1252")):
        try:
            return data.decode(codec), name, False
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise _undecodable(path)
    _log.info("encoding of %s guessed as %s", path, best.encoding)
    return str(best), best.encoding, True


def _undecodable(path: Path) -> ImportFileError:
    return ImportFileError(
        f"Le texte du fichier « {path.name} » est illisible (encodage inconnu). Dans Excel, "
        "enregistrez-le au format « CSV UTF-8 » ou « Classeur Excel (.xlsx) »."
    )


def _field_counts(sample: str, delimiter: str) -> list[int]:
    counts: list[int] = []
    try:
        for record in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
            if "".join(record).strip():
                counts.append(len(record))
                if len(counts) >= _DETECTION_RECORDS:
                    break
    except csv.Error:
        pass
    return counts


def detect_delimiter(text: str) -> str:
    """Return the separator among ``;``, tab and ``,`` that splits the first records evenly.

    The score of a separator is the number of records that have its most common field count,
    counting only field counts above one; ``;`` wins a tie, then tab, then ``,``.
    """
    sample = text[:_DETECTION_CHARS]
    if len(text) > _DETECTION_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    best, best_score = ";", 0
    for delimiter in (";", "\t", ","):
        counts = _field_counts(sample, delimiter)
        several = [count for count in counts if count > 1]
        if not several:
            continue
        mode = Counter(several).most_common(1)[0][0]
        score = sum(1 for count in counts if count == mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(
    path: Path, data: bytes, encoding: str | None = None, delimiter: str | None = None
) -> RawTable:
    """Read the delimited text ``data`` of ``path``, detecting what is not given.

    ``encoding`` is a Python codec name (see :data:`CSV_ENCODINGS`), ``delimiter`` one character.
    """
    text, used_encoding, guessed = decode_text(path, data, encoding)
    notices: list[str] = []
    if guessed:
        notices.append(
            f"L'encodage du fichier a été deviné ({used_encoding}) : vérifiez les accents dans "
            "l'aperçu et choisissez un autre encodage s'ils sont faux."
        )
    first_line, _, rest = text.partition("\n")
    first_line = first_line.rstrip("\r")
    if len(first_line) == 5 and first_line.startswith("sep=") and first_line[4] in _SEP_HINTS:
        # Excel's own hint; Excel hides the line, so row numbers start after it.
        if delimiter is None:
            delimiter = first_line[4]
        text = rest
    if delimiter is None:
        delimiter = detect_delimiter(text)
    elif len(delimiter) != 1 or delimiter in '"\r\n':
        raise ImportFileError(
            f"Le séparateur « {delimiter} » n'est pas utilisable : choisissez le point-virgule, "
            "la virgule ou la tabulation."
        )
    rows, cut = _parse(path, text, delimiter)
    if cut:
        notices.append(f"Seules les {MAX_COLUMNS} premières colonnes du fichier ont été lues.")
    table_rows, width = build_rows(rows)
    return RawTable(
        path,
        FileKind.CSV,
        table_rows,
        width,
        encoding=used_encoding,
        delimiter=delimiter,
        notices=tuple(notices),
    )


def _parse(path: Path, text: str, delimiter: str) -> tuple[list[list[str]], bool]:
    """Split ``text`` into rows down to the last non-blank one; stop early if too large."""
    rows: list[list[str]] = []
    blank_run = 0
    kept = 0
    cut = False
    limit = MAX_DATA_ROWS + HEADER_SCAN_ROWS
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            if len(cells) > MAX_COLUMNS:
                cut = cut or any(cells[MAX_COLUMNS:])
                del cells[MAX_COLUMNS:]
            if not "".join(cells).strip():
                blank_run += 1
                continue
            kept += 1
            if kept > limit or number > MAX_ROW_NUMBER:
                raise ImportFileError(
                    f"Le fichier « {path.name} » est trop volumineux : une liste d'inscriptions "
                    f"peut compter au plus {format_count(MAX_DATA_ROWS)} lignes. Découpez-le "
                    "en plusieurs fichiers."
                )
            if blank_run:
                rows.extend([] for _ in range(blank_run))
                blank_run = 0
            while not cells[-1]:
                cells.pop()
            rows.append(cells)
    except csv.Error as exc:
        raise ImportFileError(
            f"Le fichier « {path.name} » est mal formé près de la ligne {reader.line_num} "
            "(guillemet non fermé ou cellule trop longue). Ouvrez-le dans Excel et "
            "enregistrez-le de nouveau, puis importez-le."
        ) from exc
    return rows, cut
