"""User text is harmless in PDF markup, worksheet cells and CSV cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_samples import HOSTILE, pdf_text
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from territ_desktop.export.pdf_fonts import register_fonts
from territ_desktop.export.safe_text import clean_text, csv_text, pdf_markup, set_text_cell

FORMULA_LIKE = ["=1+1", "@SUM(A1)", "+33 6 12 34 56 78", "-2", '=HYPERLINK("http://x")']


def test_pdf_markup_escapes_tags_and_ampersands() -> None:
    assert pdf_markup("Org <SARL") == "Org &lt;SARL"
    assert pdf_markup(HOSTILE) == "Org &lt;SARL &amp; &lt;a href=&quot;x&quot;&gt;"
    assert pdf_markup("ligne 1\nligne 2") == "ligne 1<br/>ligne 2"


def test_hostile_text_prints_literally_in_a_paragraph(tmp_path: Path) -> None:
    fonts = register_fonts()
    style = ParagraphStyle("t", fontName=fonts.regular, fontSize=10)
    path = tmp_path / "p.pdf"
    text = f"{HOSTILE} Łukasz Ştefan Nguyễn 10\u202f%"
    SimpleDocTemplate(str(path)).build([Paragraph(pdf_markup(text), style)])
    assert HOSTILE in pdf_text(path)
    assert "Łukasz Ştefan Nguyễn" in pdf_text(path)
    assert b"/URI" not in path.read_bytes()  # no live link


@settings(deadline=None)  # no timing assertions: the machine may be busy
@given(st.text())
def test_any_text_builds_a_paragraph(text: str) -> None:
    fonts = register_fonts()
    Paragraph(pdf_markup(text), ParagraphStyle("t", fontName=fonts.regular)).wrap(300, 1000)


def test_text_cells_never_become_formulas(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row, value in enumerate(FORMULA_LIKE, start=1):
        cell = sheet.cell(row, 1)
        assert isinstance(cell, Cell)
        set_text_cell(cell, value)
    path = tmp_path / "t.xlsx"
    workbook.save(path)
    reread = load_workbook(path).active
    assert reread is not None
    for row, value in enumerate(FORMULA_LIKE, start=1):
        cell = reread.cell(row, 1)
        assert cell.value == value
        assert cell.data_type == "s"


def test_control_characters_are_dropped() -> None:
    assert clean_text("a\x00b\x1bc\td\ne") == "abc\td\ne"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 6", "'+33 6"),
        ("-Auxerre", "'-Auxerre"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Dupont", "Dupont"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_csv_owasp_prefix(value: str, expected: str) -> None:
    assert csv_text(value) == expected
