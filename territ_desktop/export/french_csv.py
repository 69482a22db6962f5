"""CSV the way French Excel opens it by a double click.

Choices, and why:

* ``;`` between cells: French Excel expects it, because ``,`` is the decimal separator.
* UTF-8 with a byte-order mark (``utf-8-sig``) rather than cp1252: Excel (2016 and later, on
  Windows and macOS) reads the mark and decodes accents correctly, and UTF-8 also carries names
  cp1252 cannot hold (Łukasz, Ştefan, Nguyễn). No ``sep=;`` first line: with it, Excel ignores
  the mark and garbles the accents.
* Decimal comma in numbers (``2,75``), Windows line ends, quotes only where needed.
* User text goes through :func:`csv_text`, so a cell that Excel would run as a formula gets the
  OWASP ``'`` prefix.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from territ_desktop.export.atomic import atomic_binary
from territ_desktop.export.french_format import decimal
from territ_desktop.export.safe_text import csv_text

ENCODING = "utf-8-sig"
DELIMITER = ";"

CsvValue = str | int | float | None


def csv_cell(value: CsvValue, *, places: int = 2) -> str:
    """Format one cell: text made safe, numbers with a decimal comma, ``None`` empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return decimal(value, places)
    return csv_text(value)


def write_csv(
    target: Path | str,
    header: Sequence[str],
    rows: Iterable[Sequence[CsvValue]],
) -> Path:
    """Write a French-Excel CSV file atomically.

    Args:
        target: The file to create or replace.
        header: Column titles.
        rows: Cell values; ``str`` is user text, ``float`` gets a decimal comma.

    Returns:
        The path written.

    Raises:
        ExportError: The file could not be written (folder, disk, file open in Excel).
    """
    target = Path(target)
    with atomic_binary(target) as stream:
        text = io.TextIOWrapper(stream, encoding=ENCODING, newline="")
        writer = csv.writer(text, delimiter=DELIMITER, lineterminator="\r\n")
        writer.writerow([csv_cell(h) for h in header])
        writer.writerows([csv_cell(v) for v in row] for row in rows)
        text.flush()
        text.detach()
    return target
