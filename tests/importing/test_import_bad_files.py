"""Every kind of bad file raises ImportFileError with a French message, nothing else."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import openpyxl
import pytest
from import_helpers import MESSY_XLSX, PROTECTED_XLSX, write_csv, write_xlsx

from territ_desktop.domain import UserError
from territ_desktop.importing import (
    MAX_DATA_ROWS,
    ImportFileError,
    detect_header,
    preview_file,
    read_table,
    read_workbook_sheets,
    xlsx_reader,
)


def _refused(path: Path, match: str, **kwargs: str) -> ImportFileError:
    with pytest.raises(ImportFileError, match=match) as caught:
        preview_file(path, **kwargs)  # type: ignore[arg-type]
    assert isinstance(caught.value, UserError)
    assert caught.value.__class__ is ImportFileError
    return caught.value


def _rewrite_part(source: Path, target: Path, part: str, content: bytes) -> Path:
    """Copy a workbook, replacing one part of the zip."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = content if info.filename == part else old.read(info)
            new.writestr(info, data)
    return target


def _simple_workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "simple.xlsx", [["Nom", "Prénom"], ["Dupont", "Jean"]])


def test_pdf_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "inscrits.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    _refused(path, "document PDF")
    with pytest.raises(ImportFileError):
        read_workbook_sheets(path)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ""])
def test_random_bytes(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"inscrits{suffix}"
    path.write_bytes(random.Random(7).randbytes(4096))
    _refused(path, "n'est (ni|pas) un classeur")


def test_truncated_zip(tmp_path: Path) -> None:
    data = MESSY_XLSX.read_bytes()
    path = tmp_path / "tronque.xlsx"
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "endommagé")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    _refused(path, "pas un classeur Excel")


def test_opendocument_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "inscrits.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    _refused(path, "OpenDocument")


def test_password_protected_workbook() -> None:
    error = _refused(PROTECTED_XLSX, "protégé par un mot de passe")
    assert "copie sans mot de passe" in str(error)


def test_old_xls_format(tmp_path: Path) -> None:
    path = tmp_path / "ancien.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088))
    _refused(path, r"Excel 97-2003 \(\.xls\)")


def test_web_page_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>Nom</td></tr></table></body></html>")
    _refused(path, "page web")


def test_malformed_sheet_xml(tmp_path: Path) -> None:
    path = _rewrite_part(
        _simple_workbook(tmp_path),
        tmp_path / "malforme.xlsx",
        "xl/worksheets/sheet1.xml",
        b"<worksheet><sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>Nom",
    )
    _refused(path, "endommagé")


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>&lol4;</t></is></c></row>
</sheetData></worksheet>"""


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_xml_bomb(tmp_path: Path, part: str) -> None:
    content = BOMB
    if part == "xl/workbook.xml":
        content = BOMB.replace(b"<worksheet", b"<workbook").replace(b"</worksheet>", b"")
    path = _rewrite_part(_simple_workbook(tmp_path), tmp_path / "bombe.xlsx", part, content)
    _refused(path, "endommagé")


def test_zip_bomb_refused_before_unpacking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_reader, "MAX_PART_BYTES", 1000)
    path = write_xlsx(tmp_path / "gros.xlsx", [["Nom"], *[[f"Nom {i}"] for i in range(200)]])
    _refused(path, "trop volumineux")


def test_wrong_stored_dimension_still_reads_every_row(tmp_path: Path) -> None:
    source = _simple_workbook(tmp_path)
    with zipfile.ZipFile(source) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert b'<dimension ref="A1:B2"' in sheet
    sheet = sheet.replace(b'<dimension ref="A1:B2"', b'<dimension ref="A1"')
    path = _rewrite_part(source, tmp_path / "dimension.xlsx", "xl/worksheets/sheet1.xml", sheet)
    table = read_table(path)
    assert [r.cells for r in table.rows] == [("Nom", "Prénom"), ("Dupont", "Jean")]


def test_openpyxl_warnings_are_caught(tmp_path: Path) -> None:
    source = _simple_workbook(tmp_path)
    path = tmp_path / "avertissements.xlsx"
    namespace = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "xl/styles.xml":
                data = b'<styleSheet xmlns="' + namespace + b'"/>'
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</worksheet>",
                    b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"/></extLst>'
                    b"</worksheet>",
                )
            new.writestr(info, data)
    # openpyxl warns "no stylesheet" and "Data Validation extension is not supported";
    # pytest turns warnings into errors, so this passes only if the reader catches them.
    with pytest.warns(UserWarning):
        openpyxl.load_workbook(path, read_only=True).close()
    table = read_table(path)
    assert table.rows[1].cells == ("Dupont", "Jean")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    _refused(path, "est vide")


def test_csv_with_only_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "blanc.csv"
    path.write_text(";;;\r\n  ;\r\n\r\n", encoding="utf-8")
    _refused(path, "est vide")


def test_empty_sheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    path = tmp_path / "vide.xlsx"
    workbook.save(path)
    _refused(path, "est vide : choisissez la feuille")


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "absent.xlsx", "introuvable")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    _refused(tmp_path, "n'est pas un fichier")


@pytest.mark.parametrize(
    "rows",
    [
        [["Date", "Montant"], ["02/05/2026", "12,50"]],
        [["Dupont", "Jean"], ["Martin", "Paul"]],  # no header at all
        [["Prénom", "E-mail"], ["Jean", "jean@exemple.fr"]],
    ],
)
def test_no_column_naming_people(tmp_path: Path, rows: list[list[str]]) -> None:
    path = write_xlsx(tmp_path / "sans_nom.xlsx", rows)
    error = _refused(path, "Aucune colonne ne permet d'identifier les participants")
    assert "« Nom »" in str(error)
    with pytest.raises(ImportFileError):
        detect_header(read_table(path))


def test_too_many_rows_csv(tmp_path: Path) -> None:
    rows = [["Nom", "Prénom"]] + [[f"Nom{i}", "Jean"] for i in range(MAX_DATA_ROWS + 1)]
    _refused(write_csv(tmp_path / "gros.csv", rows), "au plus 20\u00a0000")


def test_exactly_the_maximum_is_accepted(tmp_path: Path) -> None:
    rows = [["Nom", "Prénom"]] + [[f"Nom{i}", "Jean"] for i in range(MAX_DATA_ROWS)]
    preview = preview_file(write_csv(tmp_path / "max.csv", rows))
    assert preview.plan.counts.new == MAX_DATA_ROWS


def test_too_many_rows_xlsx_stops_while_streaming(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Liste")
    sheet.append(["Nom"])
    for index in range(MAX_DATA_ROWS + 100):
        sheet.append([f"Nom{index}"])
    path = tmp_path / "gros.xlsx"
    workbook.save(path)
    _refused(path, "trop volumineux")


def test_file_too_large_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "enorme.csv"
    with path.open("wb") as handle:  # sparse: nothing is really written
        handle.truncate(60 * 1024 * 1024)
    _refused(path, "trop volumineux")


def test_unknown_encoding_and_bad_separator(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "liste.csv", [["Nom"], ["Dupont"]])
    _refused(path, "encodage « klingon » est inconnu", encoding="klingon")
    _refused(path, "séparateur « :: »", delimiter="::")


def test_unclosed_quote_with_huge_cell(tmp_path: Path) -> None:
    path = tmp_path / "guillemet.csv"
    path.write_text('Nom;Prénom\r\n"Dupont;' + "x" * 200_000 + "\r\n", encoding="utf-8")
    _refused(path, "mal formé")


def test_undecodable_with_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes("Nom\r\nLefèvre\r\n".encode("cp1252"))
    _refused(path, "encodage « utf-8 »", encoding="utf-8")


def test_read_workbook_sheets_on_truncated_zip(tmp_path: Path) -> None:
    path = tmp_path / "tronque.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(ImportFileError, match="endommagé"):
        read_workbook_sheets(path)
