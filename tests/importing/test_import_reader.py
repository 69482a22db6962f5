"""Reading workbooks: cell values as text, the sheet Excel shows first, kinds by content."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from import_helpers import MESSY_XLSX, write_xlsx
from openpyxl.chart import BarChart, Reference

from territ_desktop.importing import FileKind, read_table, read_workbook_sheets
from territ_desktop.importing.xlsx_reader import cell_text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (612345678, "612345678"),
        (612345678.0, "612345678"),
        (33612345678, "33612345678"),
        (3.5, "3,5"),
        (0.1 + 0.2, "0,3"),
        (True, "VRAI"),
        (False, "FAUX"),
        (dt.datetime(2026, 5, 2), "02/05/2026"),
        (dt.datetime(2026, 5, 2, 9, 30), "02/05/2026 09:30"),
        (dt.date(2026, 12, 31), "31/12/2026"),
        (dt.time(14, 5), "14:05"),
        (dt.timedelta(hours=3, minutes=5), "3:05"),
        (Decimal("12.50"), "12.50"),
        ("=SOMME(A1)", "=SOMME(A1)"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_workbook_values_become_text(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Nom", "Téléphone", "Inscription", "Heure", "Présent"],
        ["Dupont", 612345678, dt.datetime(2026, 5, 2), dt.time(9, 0), True],
    ]
    table = read_table(write_xlsx(tmp_path / "valeurs.xlsx", rows))
    assert table.kind is FileKind.XLSX
    assert table.rows[1].cells == ("Dupont", "612345678", "02/05/2026", "09:00", "VRAI")


def test_formula_reads_its_cached_value_and_text_formula_stays_text(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "formules.xlsx", [["Nom", "Note"], ["=1+1 (texte)", ""]])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet["B2"] = "=1+1"  # a real formula, never computed: no cached value
    workbook.save(path)
    table = read_table(path)
    assert table.rows[1].cells == ("=1+1 (texte)", "")


def test_default_sheet_is_the_active_one(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Mode d'emploi"
    first["A1"] = "Remplissez la feuille Inscrits"
    second = workbook.create_sheet("Inscrits")
    second.append(["Nom"])
    second.append(["Dupont"])
    workbook.active = 1
    path = tmp_path / "classeur.xlsx"
    workbook.save(path)
    assert read_workbook_sheets(path) == ["Mode d'emploi", "Inscrits"]
    assert read_table(path).sheet == "Inscrits"
    assert read_table(path, sheet="Mode d'emploi").rows[0].cells == (
        "Remplissez la feuille Inscrits",
    )


def test_workbook_renamed_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "inscrits.csv"
    path.write_bytes(MESSY_XLSX.read_bytes())
    assert read_table(path).kind is FileKind.XLSX


def test_chart_sheets_are_not_listed(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nom"])
    sheet.append(["Dupont"])
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=1, min_row=1, max_row=2))
    workbook.create_chartsheet("Graphique").add_chart(chart)
    path = tmp_path / "graphique.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        assert any("chartsheets" in name for name in archive.namelist())
    assert read_workbook_sheets(path) == ["Sheet"]


def test_columns_beyond_the_limit_are_cut_with_a_notice(tmp_path: Path) -> None:
    row = ["Nom"] + [""] * 198 + ["dernière lue", "coupée"]
    table = read_table(write_xlsx(tmp_path / "large.xlsx", [row, ["Dupont"]]))
    assert table.width == 200
    assert table.rows[0].cells[-1] == "dernière lue"
    assert table.notices and "200 premières colonnes" in table.notices[0]
