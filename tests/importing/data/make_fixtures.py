"""Regenerate the messy registration workbook and its French-Excel CSV twin.

Run ``.venv/bin/python tests/importing/data/make_fixtures.py`` from the repository root; the
files are committed, this script documents how they were made. ``protege_mot_de_passe.xlsx``
(password "territ") was encrypted once with msoffcrypto-tool's ``OOXMLFile.encrypt``, in a
throw-away virtual environment: it is not a dependency.

The CSV twin is what French Excel writes with "CSV (séparateur : point-virgule)": cp1252, `;`,
CRLF, every row as wide as the used range, dates as displayed (dd/mm/yyyy), numbers as digits.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import PatternFill

HERE = Path(__file__).resolve().parent
TITLE = "Formation TERRIT – Lyon, 12 et 13 juin 2026 : liste des inscrits"
HEADER = [
    "NOM Prénom", "Structure / Organisme", "Fonction", "Adresse e-mail", "Tél.", "Commune",
    "Vous êtes :", "Date d'inscription", "Remarques",
]  # fmt: skip
SEPARATE_HEADER = [
    "Nom", "Prénom", "Structure", "Fonction", "Courriel", "Téléphone", "Ville", "Public",
    "Date d'inscription", "Commentaires",
]  # fmt: skip
FORMULA_NAME = '=HYPERLINK("http://exemple.fr";"Clic")'

Cell = str | int | dt.date | None
# (full name, last name, first name, then the other columns); None is a blank row.
PEOPLE: list[tuple[str, str, str, list[Cell]] | None] = [
    ("DUPONT Jean", "DUPONT", "Jean", ["Mairie de Lyon", "Adjoint au maire", "JEAN.DUPONT@LYON.FR",
     612345678, "Lyon", "Élu", dt.date(2026, 5, 2), ""]),
    ("Marie-Claire LEFÈVRE", "LEFÈVRE", "Marie-Claire", ["ARS Auvergne-Rhône-Alpes",
     "Chargée de mission", "mc.lefevre@ars.sante.fr", "04 72 34 56 78", "Lyon", "ARS",
     dt.date(2026, 5, 3), ""]),
    None,
    ("ŒILLET Zoé", "ŒILLET", "Zoé", ["Association Cœur de Quartier", "Coordonatrice CLS",
     "zoe.oeillet@coeur-quartier.org", "+33 6 98 76 54 32", "Vénissieux", "coordonatrice",
     dt.date(2026, 5, 3), "Arrivera à 10 h ; pas le 2e jour"]),
    (FORMULA_NAME, FORMULA_NAME, "", ["Inconnu", "", "", "", "", "", dt.date(2026, 5, 4), ""]),
    ("dupont jean", "dupont", "jean", ["MAIRIE DE LYON", "", "Jean.Dupont@Lyon.fr", "", "",
     "élu(e)", dt.date(2026, 5, 5), "Végétarien"]),
    ("MARTIN Paul", "MARTIN", "Paul", ["Centre social Mermoz", "Animateur", "paul.martin@@mermoz",
     "06 11 22 33 44", "Lyon 8e", "Chargé de mission", dt.date(2026, 5, 5), ""]),
    ("   ", "   ", "", ["", "", "", "", "", "", None, ""]),
    ("", "", "", ["Mairie de Bron", "Secrétaire", "accueil@bron.fr", "", "Bron", "Autre",
     dt.date(2026, 5, 6), ""]),
    ("BERNARD  Luc", "BERNARD ", "Luc", ["Métropole de Lyon", "Chef de projet",
     "LUC.BERNARD@GRANDLYON.COM", "", "Lyon", "Chef de projet PV", dt.date(2026, 5, 6), ""]),
    ("PETIT Sophie", "PETIT", "Sophie", ["Asso Santé Quartiers", "Directrice",
     "Sophie.Petit@Asso.fr", "07 00 00 00 01", "Bron", "associatif", dt.date(2026, 5, 7), ""]),
    ("GIRARD Ana", "GIRARD", "Ana", ["", "", "ana.girard@exemple.fr", "", "Villeurbanne",
     "habitante", dt.date(2026, 5, 7), ""]),
    ("Ana GIRARD", "GIRARD", "Ana", ["", "", "ANA.GIRARD@EXEMPLE.FR", "0600000002", "",
     "Citoyenne", dt.date(2026, 5, 8), ""]),
    ("MÜLLER-DURAND Hélène", "MÜLLER-DURAND", "Hélène", ["DDETS du Rhône", "Inspectrice",
     "h.muller@rhone.gouv.fr", "", "Lyon", "DDETS", dt.date(2026, 5, 8), ""]),
]  # fmt: skip


def full_name_rows() -> list[list[Cell]]:
    """The "Inscriptions" sheet: a title, a blank row, the header, the people."""
    rows: list[list[Cell]] = [[TITLE], [], list(HEADER)]
    for person in PEOPLE:
        if person is None:
            rows.append([])
            continue
        full, _, _, rest = person
        structure, function, email, phone, town, audience, date, notes = rest
        rows.append([full, structure, function, email, phone, town, audience, date, notes])
    return rows


def separate_rows() -> list[list[Cell]]:
    """The "Colonnes séparées" sheet: the header on row 1, last and first names apart."""
    rows: list[list[Cell]] = [list(SEPARATE_HEADER)]
    for person in PEOPLE:
        if person is None:
            rows.append([])
            continue
        _, last, first, rest = person
        structure, function, email, phone, town, audience, date, notes = rest
        rows.append([last, first, structure, function, email, phone, town, audience, date, notes])
    return rows


def write_workbook(path: Path) -> None:
    """Write the workbook: two sheets of the same people and an empty sheet."""
    workbook = openpyxl.Workbook()
    for sheet, rows in (
        (workbook.active, full_name_rows()),
        (workbook.create_sheet(), separate_rows()),
    ):
        for row_index, row in enumerate(rows, start=1):
            for column_index, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                cell = sheet.cell(row_index, column_index)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # text, even "=HYPERLINK(...)": never a formula
                if isinstance(value, dt.date):
                    cell.number_format = "DD/MM/YYYY"
    workbook.worksheets[0].title = "Inscriptions"
    workbook.worksheets[1].title = "Colonnes séparées"
    workbook.create_sheet("Vide")
    # Formatted but empty rows below the list, as Excel leaves them.
    fill = PatternFill("solid", fgColor="FFFF00")
    for row_index in range(30, 41):
        workbook.worksheets[0].cell(row_index, 1).fill = fill
    workbook.active = 0
    workbook.save(path)


def excel_text(value: Cell) -> str:
    """A cell as French Excel writes it to CSV: as displayed."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def write_csv(path: Path) -> None:
    """Write the first sheet as French Excel does ("CSV (séparateur : point-virgule)")."""
    rows = full_name_rows()
    width = len(HEADER)
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        for row in rows:
            cells = [excel_text(v) for v in row]
            writer.writerow(cells + [""] * (width - len(cells)))


if __name__ == "__main__":
    write_workbook(HERE / "inscriptions_desordre.xlsx")
    write_csv(HERE / "inscriptions_desordre.csv")
