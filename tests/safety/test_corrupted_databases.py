"""Damaged database files at start: detected, moved aside whole, the newest good backup offered.

tests/services/test_startup.py covers a "PK" header, zeros and a foreign database;
tests/storage/test_integrity.py the checks themselves. Here every kind of damage of the issue
goes through the whole start-up path (:func:`open_checked`), with a damaged newer backup that
must not be the one offered.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import BASE_PEOPLE, count, integrity

from territ_desktop.domain.participant import Participant
from territ_desktop.export.directory_export import write_directory_xlsx
from territ_desktop.services.backups import BackupService, backup_folder
from territ_desktop.services.startup import (
    OpenedDatabase,
    Recovery,
    StartupCancelledError,
    StartupProblem,
    open_checked,
)
from territ_desktop.storage.integrity import FileState

GOOD_AT = dt.datetime(2026, 3, 10, 18, 0)
DAMAGED_AT = dt.datetime(2026, 3, 11, 18, 0)  # newer, but damaged: must be passed over


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(64 * 1024))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _truncated_in_header(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:60])


def _header_overwritten(path: Path) -> None:
    with path.open("r+b") as stream:
        stream.write(random.Random(2).randbytes(100))


def _header_fields_overwritten(path: Path) -> None:
    """The magic string kept, the page size and counters after it garbled."""
    with path.open("r+b") as stream:
        stream.seek(16)
        stream.write(b"\xff" * 84)


def _random_pages(path: Path) -> None:
    """Four whole pages, chosen at random past the first, overwritten with random bytes."""
    rng = random.Random(3)
    with sqlite3.connect(path) as conn:
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    pages = path.stat().st_size // page
    with path.open("r+b") as stream:
        for number in rng.sample(range(1, pages), 4):
            stream.seek(number * page)
            stream.write(rng.randbytes(page))


def _workbook(path: Path) -> None:
    """A real workbook saved (or renamed) over the database."""
    workbook = path.with_name("annuaire.xlsx")
    write_directory_xlsx([Participant("p", "Dupont", "Jean")], workbook)
    workbook.replace(path)


DAMAGE: dict[str, tuple[Callable[[Path], None], set[FileState]]] = {
    "random bytes": (_random_bytes, {FileState.NOT_SQLITE}),
    "empty file": (_empty, {FileState.EMPTY}),
    "truncated": (_truncated, {FileState.DAMAGED}),
    "truncated in the header": (_truncated_in_header, {FileState.DAMAGED}),
    "header overwritten": (_header_overwritten, {FileState.NOT_SQLITE}),
    "header fields overwritten": (_header_fields_overwritten, {FileState.DAMAGED}),
    "random page writes": (_random_pages, {FileState.DAMAGED}),
    "workbook renamed .db": (_workbook, {FileState.NOT_SQLITE}),
}


class Decisions:
    """Answers ``decide`` with a fixed choice and remembers the problems it was shown."""

    def __init__(self, choice: Recovery) -> None:
        self.choice = choice
        self.seen: list[StartupProblem] = []

    def __call__(self, problem: StartupProblem) -> Recovery:
        self.seen.append(problem)
        return self.choice


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damaged_database_is_moved_aside_and_the_good_backup_offered(
    kind: str, base_database: Path, tmp_path: Path
) -> None:
    path = tmp_path / "territ.db"
    shutil.copyfile(base_database, path)
    root = tmp_path / "backups"
    folder = backup_folder(path, root, tmp_path)
    good = BackupService(path, folder, clock=lambda: GOOD_AT).make()
    bad = BackupService(path, folder, clock=lambda: DAMAGED_AT).make()
    _random_pages(bad.path)
    damage, states = DAMAGE[kind]
    damage(path)
    original = path.read_bytes()
    files = sorted(p.name for p in tmp_path.iterdir())

    def start(decide: Decisions) -> OpenedDatabase:
        return open_checked(str(path), backup_root=root, home=tmp_path, decide=decide)

    quitting = Decisions(Recovery.QUIT)
    with pytest.raises(StartupCancelledError):
        start(quitting)
    assert path.read_bytes() == original  # looked at, never written to
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*files, "territ.db.lock"])

    restoring = Decisions(Recovery.RESTORE)
    opened = start(restoring)
    (problem,) = restoring.seen
    assert problem.inspection.state in states, problem.inspection
    assert problem.backup is not None and problem.backup.path == good.path
    message = problem.message()
    assert "10/03/2026 à 18:00" in message, message
    assert opened.restored is not None and opened.restored.restored_from == good.path
    if problem.moves_file:
        moved = opened.moved_aside
        assert moved is not None and moved.name.startswith("territ.db.damaged-")
        assert moved.read_bytes() == original
        assert "mis de côté" in message
    else:  # an empty file has nothing to keep: the backup simply takes its place
        assert original == b"" and opened.moved_aside is None
    services = opened.services()
    assert len(services.participants.find()) == BASE_PEOPLE
    opened.close()
    assert integrity(path) == "ok" and count(path) == BASE_PEOPLE
