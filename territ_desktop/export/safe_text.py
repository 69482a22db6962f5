"""Make user text harmless in every export format.

Names and organisations are typed (or imported) by people, and each output format gives some
characters a meaning: reportlab's ``Paragraph`` reads markup (``<SARL`` breaks the build, ``<a>``
makes a live link), openpyxl turns a string starting with ``=`` into a formula, and Excel runs a
CSV cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula too (CSV injection).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from openpyxl.cell.cell import Cell

# Control characters other than tab and line breaks, and what XML 1.0 cannot hold at all (lone
# surrogates, U+FFFE, U+FFFF): XML (hence XLSX and PDF markup) refuses them, and a workbook
# holding one cannot be opened again.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_XLSX_MAX_LENGTH = 32_767  # Excel's limit for one cell.


def clean_text(value: object) -> str:
    """Return ``value`` as a string without control characters (tab and line breaks kept).

    The characters XML cannot hold (lone surrogates, U+FFFE, U+FFFF) are dropped too.
    """
    return _CONTROL.sub("", "" if value is None else str(value))


def pdf_markup(value: object) -> str:
    """Escape user text for a reportlab ``Paragraph`` so it prints literally.

    ``&``, ``<`` and ``>`` become entities and line breaks become ``<br/>``, so
    ``Org <SARL & <a href="x">`` prints exactly as typed and never becomes a link.
    """
    text = escape(clean_text(value), {'"': "&quot;"})
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def xlsx_text(value: object) -> str:
    """Return user text ready for a worksheet cell (no control characters, Excel's length cap).

    Line breaks (CR LF, a lone CR) become LF, Excel's own: an XML reader turns a stored CR into
    LF anyway, so the text returned is exactly what the file reads back as.
    """
    text = clean_text(value).replace("\r\n", "\n").replace("\r", "\n")
    return text[:_XLSX_MAX_LENGTH]


def set_text_cell(cell: Cell, value: object) -> None:
    """Store ``value`` in an openpyxl cell as text, even if it looks like a formula.

    openpyxl marks any string starting with ``=`` as a formula when it is assigned; forcing the
    data type back to ``"s"`` makes the writer store it as an inline string instead.

    Args:
        cell: An openpyxl ``Cell`` or ``WriteOnlyCell``.
        value: The user text.
    """
    cell.value = xlsx_text(value)
    cell.data_type = "s"


def csv_text(value: object) -> str:
    """Return user text for a CSV cell, with the OWASP quote prefix when Excel would run it.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    ``'`` so that Excel shows it as text instead of evaluating it.
    """
    text = clean_text(value)
    if text.startswith(_CSV_TRIGGERS):
        return "'" + text
    return text
