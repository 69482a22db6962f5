"""kill -9 at random moments of a large export: no file, the previous one, or a whole new one."""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import safety_children
from conftest import RunChild, write_registrations
from openpyxl import load_workbook

from territ_desktop.domain.participant import Participant
from territ_desktop.export import atomic_path
from territ_desktop.export.directory_export import write_directory_xlsx
from territ_desktop.services import Services
from territ_desktop.services.demo import DEMO_SESSION_ID, create_demo
from territ_desktop.storage.database import open_database

RUNS = 20
ENROLLED = 1_500  # imported into the demo session, on top of the base people
SMALL = [Participant("a", "Ancienne", "Version"), Participant("b", "Autre", "Ligne")]

Rows = dict[str, list[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def export_database(base_database: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The base people, the demo session and 1,500 more people enrolled in it."""
    folder = tmp_path_factory.mktemp("export")
    path = folder / "export.sqlite3"
    shutil.copyfile(base_database, path)
    database = open_database(path)
    create_demo(database, plans=False)
    services = Services.build(database)
    source = folder / "inscrits.csv"
    write_registrations(source, ENROLLED)
    services.importing.apply(services.importing.preview(source).plan, DEMO_SESSION_ID)
    database.close()
    return path


def _cells(path: Path) -> Rows:
    """Every value of every sheet (which also proves that openpyxl reads the file)."""
    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}
    finally:
        book.close()


def _kill_at_random(
    run_child: RunChild,
    child: Callable[..., None],
    arguments: Callable[[Path], tuple[str, ...]],
    folder: Path,
    name: str,
) -> list[tuple[bool, str, bool]]:
    """Export once whole, then 20 times killed at random; check each outcome."""
    timings = []
    for attempt in range(2):
        reference = folder / f"reference{attempt}" / name
        reference.parent.mkdir()
        done = run_child(child, *arguments(reference))
        assert done.result[0] == "done", done.messages
        timings.append(done.result[1])
    # One run slowed down by another load would make most kills come after the end: the kills
    # are timed on the faster of two runs.
    seconds = min(timings)
    expected = _cells(reference)
    previous_file = folder / "previous.xlsx"
    write_directory_xlsx(SMALL, previous_file)
    previous = previous_file.read_bytes()
    temporary = re.compile(rf"\.{re.escape(name)}\.[0-9a-f]{{8}}\.tmp")
    rng = random.Random(20260313)
    outcomes = []
    for run in range(RUNS):
        target = folder / f"run{run}" / name
        target.parent.mkdir()
        had_previous = run % 2 == 1
        if had_previous:
            target.write_bytes(previous)
        delay = rng.uniform(0, seconds * 1.2)
        killed = run_child(child, *arguments(target), kill_after=delay).killed
        if not target.exists():
            assert not had_previous, f"run {run}: the previous export was lost"
            outcome = "absent"
        elif had_previous and target.read_bytes() == previous:
            outcome = "previous"
        else:
            assert _cells(target) == expected, f"run {run}: a broken or partial export"
            outcome = "new"
        debris = sorted(p.name for p in target.parent.iterdir() if p != target)
        assert all(temporary.fullmatch(n) for n in debris), f"run {run}: {debris}"
        if debris:
            # Nothing can delete a file when kill -9 strikes: the next export to that file does.
            write_directory_xlsx(SMALL, target)
            assert [p.name for p in target.parent.iterdir()] == [name], f"run {run}"
        outcomes.append((killed, outcome, bool(debris)))
    return outcomes


def _check_spread(outcomes: list[tuple[bool, str, bool]]) -> None:
    killed = [o for o in outcomes if o[0]]
    assert len(killed) >= RUNS // 2, outcomes  # most runs were cut short
    assert any(o[1] in ("absent", "previous") and o[2] for o in killed), outcomes  # mid-write


def test_kill_during_directory_export(
    run_child: RunChild, export_database: Path, tmp_path: Path
) -> None:
    def arguments(target: Path) -> tuple[str, ...]:
        return str(export_database), str(target)

    outcomes = _kill_at_random(
        run_child, safety_children.export_directory, arguments, tmp_path, "annuaire.xlsx"
    )
    _check_spread(outcomes)


def test_kill_during_attendance_workbook_export(
    run_child: RunChild, export_database: Path, tmp_path: Path
) -> None:
    def arguments(target: Path) -> tuple[str, ...]:
        return str(export_database), DEMO_SESSION_ID, str(target)

    outcomes = _kill_at_random(
        run_child, safety_children.export_attendance, arguments, tmp_path, "presences.xlsx"
    )
    _check_spread(outcomes)


def test_the_sweep_spares_an_export_still_being_written(tmp_path: Path) -> None:
    """Two exports to one file at once (a window and ``territ``): neither loses its file."""
    target = tmp_path / "annuaire.xlsx"
    with atomic_path(target) as first:
        write_directory_xlsx(SMALL, target)  # sweeps before writing: must leave `first` alone
        assert first.exists()
        first.write_bytes(b"second version")
    assert target.read_bytes() == b"second version"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
