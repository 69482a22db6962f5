"""The summary workbook read back with openpyxl: sheets, layout, charts, text stays text."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from export_samples import leftovers
from openpyxl import load_workbook
from summary_samples import HOSTILE_NOTE, HOSTILE_ORG, LONG_NOTE, make_cycle, make_summary

from territ_desktop.export import SummaryInput, write_summary_workbook

SHEETS = [
    "Session",
    "Demi-journées",
    "Publics",
    "Communes",
    "Programme",
    "Ateliers",
    "Notes",
    "Cycle",
    "Évaluation",
    "Participants",
]


def _strings(path: Path) -> list[str]:
    return [
        cell.value
        for sheet in load_workbook(path)
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]


def _rows(path: Path, title: str) -> list[tuple[Any, ...]]:
    return list(load_workbook(path)[title].iter_rows(values_only=True))


def test_sheets_layout_and_print_setup(tmp_path: Path) -> None:
    path = write_summary_workbook(make_summary(), tmp_path / "synthese.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == SHEETS
    for title in SHEETS[1:]:
        sheet = workbook[title]
        assert sheet.freeze_panes in ("A2", "B2"), title
        assert sheet.page_setup.paperSize == 9, title  # A4
        assert sheet.print_title_rows == "$1:$1", title
        # Every header fits its column on one line (headers cannot grow in a streamed sheet).
        for cell in sheet[1]:
            if isinstance(cell.value, str):
                width = sheet.column_dimensions[cell.column_letter].width
                assert width >= len(cell.value), (title, cell.value)
    assert workbook["Ateliers"].auto_filter.ref == "A1:J17"
    assert leftovers(tmp_path) == []


def test_native_charts(tmp_path: Path) -> None:
    path = write_summary_workbook(make_summary(), tmp_path / "s.xlsx")
    with zipfile.ZipFile(path) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if "charts/chart" in n]
    assert len(charts) == 5
    assert sum("<barChart>" in c for c in charts) == 4
    assert sum("<pieChart>" in c for c in charts) == 1
    # Values printed on the bars, in grey levels readable in black and white.
    assert all('<showVal val="1" />' in c for c in charts)
    assert all("404040" in c or "A0A0A0" in c or "262626" in c for c in charts)


def test_user_text_is_never_a_formula(tmp_path: Path) -> None:
    path = write_summary_workbook(make_summary(), tmp_path / "s.xlsx")
    workbook = load_workbook(path)
    formulas = [
        f"{sheet.title}!{cell.coordinate}"
        for sheet in workbook
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []
    strings = _strings(path)
    assert "=1+1" in strings
    assert "@SUM(A1)" in strings
    assert "-Auxerre" in strings
    assert '=HYPERLINK("http://x") <i>pas d\'italique</i> & merci 🙏' in strings


def test_notes_and_synthesis_kept_as_typed(tmp_path: Path) -> None:
    summary = make_summary()
    rows = _rows(write_summary_workbook(summary, tmp_path / "s.xlsx"), "Notes")
    notes = {row[4] for row in rows[1:]}
    assert HOSTILE_NOTE in notes
    assert LONG_NOTE in notes
    assert summary.synthesis in notes
    assert any(row[3] == HOSTILE_ORG for row in rows)


def test_workshop_compositions(tmp_path: Path) -> None:
    summary = make_summary()
    rows = _rows(write_summary_workbook(summary, tmp_path / "s.xlsx"), "Ateliers")
    header = rows[0]
    assert header[:6] == ("Atelier", "Demi-journée", "Tour", "Table", "Effectif", "Types de public")
    body = rows[1:]
    assert len(body) == 16  # 2 workshops × 2 rounds × 4 tables
    for workshop in summary.workshops:
        for number, tables in enumerate(workshop.rounds, start=1):
            for table, ids in tables.items():
                row = next(
                    r
                    for r in body
                    if r[0] == workshop.item.title and r[2] == number and r[3] == table
                )
                assert row[4] == len(ids)
                names = row[9].split(", ")
                assert len(names) == len(ids)


def test_no_names_without_the_annex(tmp_path: Path) -> None:
    summary = make_summary(annex=False)
    path = write_summary_workbook(summary, tmp_path / "s.xlsx")
    assert "Participants" not in load_workbook(path).sheetnames
    assert "Participant·es" not in _rows(path, "Ateliers")[0]
    text = "\n".join(_strings(path)).casefold()
    for person in summary.participants:
        assert person.printed_name.casefold() not in text
        pattern = r"(?<!\w)" + re.escape(person.last_name.casefold()) + r"(?!\w)"
        assert not re.search(pattern, text), person.last_name


def test_single_day_has_no_cycle_sheet(tmp_path: Path) -> None:
    path = write_summary_workbook(make_summary(days=1), tmp_path / "s.xlsx")
    sheets = load_workbook(path).sheetnames
    assert "Cycle" not in sheets
    assert "Demi-journées" in sheets


def test_empty_session_still_writes(tmp_path: Path) -> None:
    session = replace(make_cycle(), days=(), trainers=(), funders=())
    summary = SummaryInput(session=session, module=None, participants=(), records={})
    path = write_summary_workbook(summary, tmp_path / "s.xlsx")
    assert load_workbook(path).sheetnames == SHEETS[:7]
