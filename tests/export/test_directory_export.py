"""The participant directory in XLSX and CSV: every field, French headers, text kept as text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from export_samples import leftovers
from openpyxl import load_workbook

from territ_desktop.domain import Audience, Participant
from territ_desktop.export import write_directory_csv, write_directory_xlsx
from territ_desktop.export.directory_export import DIRECTORY_HEADERS

PEOPLE = [
    Participant(
        "id-2",
        "Wójcik",
        "Łukasz",
        '=HYPERLINK("http://x")',
        function="Adjoint à la santé",
        audience=Audience.ELU,
        territory="Besançon",
        email="lw@example.org",
        phone="+33 6 12 34 56 78",
        notes="Vient avec\nune collègue",
    ),
    Participant("id-1", "abadie", "Zoé", phone="0612345678"),
]


def test_xlsx(tmp_path: Path) -> None:
    path = write_directory_xlsx(PEOPLE, tmp_path / "annuaire.xlsx")
    sheet = load_workbook(path)["Annuaire"]
    rows = list(sheet.iter_rows())
    assert tuple(c.value for c in rows[0]) == DIRECTORY_HEADERS
    assert DIRECTORY_HEADERS == (
        "Nom",
        "Prénom",
        "Organisme",
        "Fonction",
        "Public",
        "Commune / territoire",
        "Courriel",
        "Téléphone",
        "Notes",
        "Identifiant",
    )
    first, second = rows[1], rows[2]
    assert first[0].value == "abadie"  # sorted by folded name
    assert first[7].value == "0612345678"  # leading zero kept: text
    assert first[7].data_type == "s"
    assert second[2].value == '=HYPERLINK("http://x")'
    assert second[2].data_type == "s"
    assert second[4].value == "Élu·e"
    assert second[7].value == "+33 6 12 34 56 78"
    assert second[8].value == "Vient avec\nune collègue"
    assert second[9].value == "id-2"
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == "A1:J3"
    assert leftovers(tmp_path) == []


def test_csv(tmp_path: Path) -> None:
    path = write_directory_csv(PEOPLE, tmp_path / "annuaire.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0] == list(DIRECTORY_HEADERS)
    assert rows[1][0] == "abadie"
    assert rows[2][2] == '\'=HYPERLINK("http://x")'
    assert rows[2][7] == "'+33 6 12 34 56 78"
    assert rows[2][8] == "Vient avec\nune collègue"
    assert rows[1][7] == "0612345678"


def test_empty_directory(tmp_path: Path) -> None:
    sheet = load_workbook(write_directory_xlsx([], tmp_path / "a.xlsx"))["Annuaire"]
    assert sheet.max_row == 1
    assert write_directory_csv([], tmp_path / "a.csv").read_text("utf-8-sig").count("\n") == 1
