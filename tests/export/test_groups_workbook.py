"""The small-group workbook read back with openpyxl: the grid is the plan, text stays text."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path
from typing import Any

import pytest
from export_samples import HOSTILE, leftovers, make_group_plan
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from territ_desktop.domain import Participant, audience_label
from territ_desktop.export import GroupPlanPrint, write_groups_workbook
from territ_desktop.export.groups_workbook import plan_cell


@pytest.fixture(scope="module")
def plan() -> GroupPlanPrint:
    return make_group_plan()


@pytest.fixture(scope="module")
def path(plan: GroupPlanPrint, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_groups_workbook(plan, tmp_path_factory.mktemp("groups") / "groupes.xlsx")


def _rows(sheet: Worksheet) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(values_only=True))


def test_sheets_and_layout(path: Path, plan: GroupPlanPrint) -> None:
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Plan", "Participants", "Tables"]
    grid = workbook["Plan"]
    assert grid.freeze_panes == "B2"
    assert grid.auto_filter.ref == f"A1:F{grid.max_row}"
    people = workbook["Participants"]
    assert people.freeze_panes == "C2"
    assert people.auto_filter.ref == f"A1:H{len(plan.participants) + 1}"
    for sheet in workbook:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize == 9  # A4
        assert sheet.print_title_rows == "$1:$1"
    assert grid.column_dimensions["B"].width >= 14
    assert people.column_dimensions["C"].width >= 20


def test_plan_grid_matches_the_plan(path: Path, plan: GroupPlanPrint) -> None:
    rows = _rows(load_workbook(path)["Plan"])
    assert rows[0] == ("Tour", *(t.name for t in plan.tables))
    found: dict[tuple[int, str], list[str]] = {}
    labels: list[str] = []
    for row in rows[1:]:
        label = row[0]
        assert isinstance(label, str)
        if label not in labels:
            labels.append(label)
        r = labels.index(label)
        for table, cell in zip(plan.tables, row[1:], strict=True):
            if cell is not None:
                found.setdefault((r, table.name), []).append(cell)
    assert labels == [
        "Tour 1 (14 h 00 – 14 h 35)",
        "Tour 2 (14 h 40 – 15 h 15)",
        "Tour 3 (15 h 20 – 15 h 55)",
    ]
    for r in range(plan.round_count):
        for table in plan.tables:
            expected = [plan_cell(plan, p) for p in plan.members(r, table.name)]
            assert found.get((r, table.name), []) == expected
    # Each block is as tall as its fullest table: 8 rows per round here.
    assert len(rows) == 1 + 3 * 8
    assert "WÓJCIK Łukasz (animateur·rice)" in found[(0, "Table A")]


def test_participants_sheet(path: Path, plan: GroupPlanPrint) -> None:
    rows = _rows(load_workbook(path)["Participants"])
    assert rows[0] == (
        "Nom",
        "Prénom",
        "Organisme",
        "Public",
        "Tour 1",
        "Tour 2",
        "Tour 3",
        "Animateur·rice",
    )
    everyone: list[Participant] = plan.everyone()
    assert len(rows) == 1 + len(everyone) == 42
    for row, person in zip(rows[1:], everyone, strict=True):
        assert row[0] == person.last_name
        assert row[1] == person.first_name
        assert (row[2] or "") == person.organisation
        assert row[3] == audience_label(person.audience)
        tables = [t or "absent·e" for t in plan.tables_of(person.id)]
        assert list(row[4:7]) == tables
        assert row[7] == ("oui" if plan.is_facilitator(person.id) else None)
    away = next(row for row in rows if row[0] == "Absent-Partout")
    assert away[4:7] == ("absent·e",) * 3
    nguyen = next(row for row in rows if row[1] == "Thị Minh")
    assert nguyen[2] == HOSTILE


def test_tables_sheet(path: Path, plan: GroupPlanPrint) -> None:
    rows = _rows(load_workbook(path)["Tables"])
    assert rows[0] == (
        "Table",
        "Thème",
        "Places",
        "Effectif tour 1",
        "Effectif tour 2",
        "Effectif tour 3",
    )
    for row, table in zip(rows[1:], plan.tables, strict=True):
        assert row[0] == table.name
        assert (row[1] or "") == table.theme
        assert row[2] == 8
        counts = [len(plan.rounds[r].get(table.name, ())) for r in range(3)]
        assert list(row[3:]) == counts


def test_user_text_never_becomes_a_formula(tmp_path: Path, plan: GroupPlanPrint) -> None:
    hostile = {
        "p1": ('=HYPERLINK("http://x")', "+33 6", "-1", "@SUM(A1)"),
        "p2": ("@cmd", "=A1", "=B2", "+1"),
    }
    participants = dict(plan.participants)
    for pid, (last, first, org, _) in hostile.items():
        participants[pid] = dataclasses.replace(
            participants[pid], last_name=last, first_name=first, organisation=org
        )
    tables = (dataclasses.replace(plan.tables[0], theme="=1+2"), *plan.tables[1:])
    odd = dataclasses.replace(plan, participants=participants, tables=tables)
    path = write_groups_workbook(odd, tmp_path / "g.xlsx")
    workbook = load_workbook(path)
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    people = _rows(workbook["Participants"])
    assert ('=HYPERLINK("http://x")', "+33 6", "-1") in [row[:3] for row in people]
    assert ("@cmd", "=A1", "=B2") in [row[:3] for row in people]
    grid = [cell for row in _rows(workbook["Plan"]) for cell in row]
    assert '=HYPERLINK("HTTP://X") +33 6 (animateur·rice)' in grid
    assert _rows(workbook["Tables"])[1][1] == "=1+2"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name
    assert leftovers(tmp_path) == []


def test_single_round(tmp_path: Path) -> None:
    plan = make_group_plan(rounds=1, with_times=False)
    workbook = load_workbook(write_groups_workbook(plan, tmp_path / "g.xlsx"))
    assert _rows(workbook["Participants"])[0][4:] == ("Table", "Animateur·rice")
    assert _rows(workbook["Plan"])[1][0] == "Tour unique (14 h 00 – 16 h 00)"
    assert _rows(workbook["Tables"])[0][3:] == ("Effectif",)
