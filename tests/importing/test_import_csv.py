"""CSV reading: encodings tried in order, separator counted consistently, overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import write_csv

from territ_desktop.importing import read_table
from territ_desktop.importing.csv_reader import detect_delimiter

ROWS = [
    ["NOM", "Prénom", "Structure", "Heures"],
    ["ŒILLET", "Zoé", "Cœur de Quartier", "3,5"],
    ["LEFÈVRE", "Hélène", "Mairie de Saint-Étienne", "7,25"],
    ["Nguyễn", "Thị Lan", "Association Ŝ", "1,5"],
]


def _cells(path: Path, **kwargs: str) -> list[tuple[str, ...]]:
    return [row.cells for row in read_table(path, **kwargs).rows]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_unicode_encodings(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "liste.csv", ROWS, encoding=encoding)
    table = read_table(path)
    assert [list(r.cells) for r in table.rows] == ROWS
    assert table.encoding in ("utf-8", "utf-16")


def test_cp1252_with_oe_ligature_is_not_read_as_cp1250(tmp_path: Path) -> None:
    rows = [r for r in ROWS if "Nguyễn" not in r]  # cp1252 cannot hold Vietnamese
    path = write_csv(tmp_path / "excel.csv", rows, encoding="cp1252")
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.rows[1].cells[:3] == ("ŒILLET", "Zoé", "Cœur de Quartier")


def test_encoding_override(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "liste.csv", [["Nom"], ["Lefèvre"]], encoding="utf-8")
    # Forcing cp1252 on UTF-8 gives mojibake, as asked: the preview lets the user compare.
    table = read_table(path, encoding="cp1252")
    assert table.encoding == "cp1252"
    assert table.rows[1].cells == ("LefÃ¨vre",)


def test_last_resort_guess_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    # 0x81 is undefined in cp1252 and invalid in UTF-8: only the guesser can read this.
    path.write_bytes("Nom;Ville\r\nDvořák;Plzeň\r\n".encode("cp1250") + b"\x81\r\n")
    table = read_table(path)
    assert table.encoding not in ("utf-8", "cp1252")
    assert any("deviné" in notice for notice in table.notices)


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_separators(tmp_path: Path, delimiter: str) -> None:
    rows = [["Nom", "Prénom", "Ville"], ["Dupont", "Jean", "Lyon"], ["Martin", "Paul", "Bron"]]
    path = write_csv(tmp_path / "liste.csv", rows, delimiter=delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert [list(r.cells) for r in table.rows] == rows


def test_semicolon_wins_over_decimal_commas() -> None:
    text = "Nom;Heures;Taux\r\nDupont;3,5;0,25\r\nMartin;7,5;1,75\r\nPetit;2;0,5\r\n"
    assert detect_delimiter(text) == ";"


def test_one_column_file(tmp_path: Path) -> None:
    path = tmp_path / "noms.csv"
    path.write_text("Nom\r\nDupont\r\nMartin\r\n", encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == ";"
    assert [r.cells for r in table.rows] == [("Nom",), ("Dupont",), ("Martin",)]


def test_title_line_without_separators(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Liste des inscrits\r\n\r\nNom,Prénom\r\nDupont,Jean\r\n", encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == ","
    assert table.rows[3].cells == ("Dupont", "Jean")


def test_separator_override(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "liste.csv", [["Nom;Prénom"], ["Dupont;Jean"]], delimiter=",")
    assert read_table(path).delimiter == ";"
    assert _cells(path, delimiter=",")[1] == ("Dupont;Jean",)


def test_excel_sep_line(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("sep=,\r\nNom,Prénom\r\nDupont,Jean;Paul\r\n", encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == ","
    assert [r.cells for r in table.rows] == [("Nom", "Prénom"), ("Dupont", "Jean;Paul")]


def test_quoted_cells_keep_separators_quotes_and_line_breaks(tmp_path: Path) -> None:
    rows = [["Nom", "Notes"], ["=SOMME(A1;A2)", 'dit "bonjour";\nà demain'], ["+33 6", "-1"]]
    path = write_csv(tmp_path / "liste.csv", rows)
    assert [list(c) for c in _cells(path)] == rows


def test_text_named_xls_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"  # what many web registration tools produce
    path.write_text("Nom\tPrénom\r\nDupont\tJean\r\n", encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == "\t"
    assert table.rows[1].cells == ("Dupont", "Jean")


def test_blank_rows_numbered_and_trailing_ones_dropped(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Nom;Prénom\r\n;\r\nDupont;Jean\r\n;;\r\n\r\n", encoding="utf-8")
    table = read_table(path)
    assert [(r.number, r.is_blank) for r in table.rows] == [(1, False), (2, True), (3, False)]
    assert table.width == 2
