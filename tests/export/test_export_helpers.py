"""French formatting, text fitting, file names, and the package's independence from Qt/ORM."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from territ_desktop.export.file_names import ascii_slug, person_stem, unique_stems
from territ_desktop.export.french_format import (
    clock,
    date_list,
    decimal,
    hours_out_of,
    long_date,
    percent,
)
from territ_desktop.export.pdf_drawing import ELLIPSIS, fit_text
from territ_desktop.export.pdf_fonts import register_fonts


def test_french_formats() -> None:
    assert long_date(dt.date(2026, 6, 1), weekday=True) == "lundi 1er juin 2026"
    assert clock(dt.time(9, 5)) == "9 h 05"
    assert hours_out_of(630, 1260) == "10 h 30 sur 21 h 00"
    assert percent(0.875) == "88\u202f%"
    assert decimal(2.75) == "2,75"


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ([dt.date(2026, 6, 11)], "le 11 juin 2026"),
        ([dt.date(2026, 6, 11), dt.date(2026, 6, 12)], "du 11 au 12 juin 2026"),
        ([dt.date(2026, 6, 30), dt.date(2026, 7, 1)], "du 30 juin au 1er juillet 2026"),
        ([dt.date(2026, 12, 31), dt.date(2027, 1, 1)], "du 31 décembre 2026 au 1er janvier 2027"),
        (
            [dt.date(2026, 3, 12), dt.date(2026, 5, 14), dt.date(2027, 1, 7)],
            "les 12 mars, 14 mai 2026 et 7 janvier 2027",
        ),
        ([], ""),
    ],
)
def test_date_list(dates: list[dt.date], expected: str) -> None:
    assert date_list(dates) == expected


def test_fit_prefers_shrinking_over_splitting_a_name() -> None:
    font = register_fonts().regular
    fitted = fit_text("Marie-Christine", font, 8.5, 57, 27, min_size=5.5)
    assert fitted.lines == ("Marie-Christine",)
    assert fitted.size < 8.5


def test_fit_keeps_no_break_spaces_together() -> None:
    font = register_fonts().regular
    fitted = fit_text("matin de 9\u00a0h\u00a000 à 12\u00a0h\u00a030", font, 9, 60, 100)
    assert all("9\u00a0h\u00a000" in line or "9" not in line for line in fitted.lines)


@settings(deadline=None)  # no timing assertions: the machine may be busy
@given(st.text(max_size=300), st.floats(min_value=20, max_value=200))
def test_fitted_lines_always_fit(text: str, width: float) -> None:
    font = register_fonts().regular
    fitted = fit_text(text, font, 9, width, 30, min_size=5)
    assert len(fitted.lines) * fitted.leading <= 30 or len(fitted.lines) == 1
    for line in fitted.lines:
        assert stringWidth(line, font, fitted.size) <= width or len(line) <= 1
    if ELLIPSIS not in text and fitted.lines and fitted.lines[-1].endswith(ELLIPSIS):
        assert fitted.size == 5


def test_file_names() -> None:
    assert ascii_slug("Nguyễn Thị") == "Nguyen-Thi"
    assert ascii_slug("Œuvre Łódź Straße") == "OEuvre-Lodz-Strasse"
    assert person_stem("Wójcik", "Łukasz") == "WOJCIK_Lukasz"
    assert person_stem("", "") == "participant"
    assert person_stem("Nul", "") == "NUL_"
    assert unique_stems(["A_b", "a_B", "A_b", "A_b_2"]) == ["A_b", "a_B_2", "A_b_3", "A_b_2_2"]


@settings(deadline=None)  # no timing assertions: the machine may be busy
@given(st.lists(st.tuples(st.text(), st.text()), max_size=20))
def test_person_stems_are_safe_and_unique(names: list[tuple[str, str]]) -> None:
    stems = unique_stems(person_stem(last, first) for last, first in names)
    assert len({s.casefold() for s in stems}) == len(stems)
    for stem in stems:
        assert stem and stem.isascii()
        assert all(c.isalnum() or c in "-_" for c in stem)


def test_export_imports_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, territ_desktop.export, territ_desktop.domain.attendance_checks\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
