"""Opening at start: lock, checks, recovery from a backup chosen by the user."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from territ_desktop.domain.participant import Participant
from territ_desktop.services.startup import (
    OpenedDatabase,
    Recovery,
    StartupCancelledError,
    StartupProblem,
    open_checked,
    restore_file,
)
from territ_desktop.storage.instance_lock import InstanceLockedError
from territ_desktop.storage.integrity import FileState


class Decisions:
    """Answers ``decide`` with a fixed choice and remembers the problems it was shown."""

    def __init__(self, choice: Recovery) -> None:
        self.choice = choice
        self.seen: list[StartupProblem] = []

    def __call__(self, problem: StartupProblem) -> Recovery:
        self.seen.append(problem)
        return self.choice


def _open(path: Path, decide: Decisions, lock: bool = True) -> OpenedDatabase:
    return open_checked(
        str(path), backup_root=path.parent / "backups", home=path.parent, decide=decide, lock=lock
    )


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A database with one person and one backup of it."""
    path = tmp_path / "territ.sqlite3"
    opened = _open(path, Decisions(Recovery.QUIT))
    services = opened.services()
    services.participants.create(Participant("", "Morel", "Anne"))
    services.backups.make()
    opened.close()
    return path


def test_a_healthy_database_opens_without_questions(filled: Path) -> None:
    decide = Decisions(Recovery.QUIT)
    opened = _open(filled, decide)
    assert decide.seen == [] and opened.lock is not None and not opened.previous_run_crashed
    assert [p.last_name for p in opened.services().participants.find()] == ["Morel"]
    opened.close()


def test_second_window_is_refused_and_the_first_unaffected(filled: Path) -> None:
    first = _open(filled, Decisions(Recovery.QUIT))
    with pytest.raises(InstanceLockedError, match="déjà ouverte"):
        _open(filled, Decisions(Recovery.QUIT))
    # The command line does not take the lock: it may run beside the window.
    _open(filled, Decisions(Recovery.QUIT), lock=False).close()
    assert first.services().participants.find()
    first.close()
    _open(filled, Decisions(Recovery.QUIT)).close()


@pytest.mark.parametrize("choice", [Recovery.RESTORE, Recovery.NEW])
def test_damaged_file_is_moved_aside_then_restored_or_replaced(
    filled: Path, choice: Recovery
) -> None:
    filled.write_bytes(b"PK\x03\x04 a workbook saved over the database" * 100)
    decide = Decisions(choice)
    opened = _open(filled, decide)
    (problem,) = decide.seen
    assert problem.inspection.state is FileState.NOT_SQLITE
    assert problem.backup is not None and "mis de côté" in problem.message()
    assert opened.moved_aside is not None and opened.moved_aside.read_bytes().startswith(b"PK")
    names = [p.last_name for p in opened.services().participants.find()]
    assert names == (["Morel"] if choice is Recovery.RESTORE else [])
    opened.close()


def test_quitting_changes_nothing(filled: Path) -> None:
    filled.write_bytes(b"\x00" * 4096)
    with pytest.raises(StartupCancelledError):
        _open(filled, Decisions(Recovery.QUIT))
    assert filled.read_bytes() == b"\x00" * 4096
    assert [p.name for p in filled.parent.iterdir() if "damaged" in p.name] == []
    _open(filled, Decisions(Recovery.NEW)).close()  # the lock was released


def test_lost_file_with_backups_is_offered_for_recovery(filled: Path) -> None:
    filled.unlink()
    decide = Decisions(Recovery.RESTORE)
    opened = _open(filled, decide)
    assert decide.seen[0].inspection.state is FileState.MISSING
    assert not decide.seen[0].moves_file
    assert [p.last_name for p in opened.services().participants.find()] == ["Morel"]
    opened.close()


def test_foreign_database_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "firefox.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.close()
    decide = Decisions(Recovery.QUIT)
    with pytest.raises(StartupCancelledError):
        _open(path, decide)
    assert decide.seen[0].backup is None
    assert "Aucune sauvegarde" in decide.seen[0].message()


def test_restore_file_is_refused_while_a_window_holds_the_database(filled: Path) -> None:
    opened = _open(filled, Decisions(Recovery.QUIT))
    backup = opened.backups.all()[0].path
    with pytest.raises(InstanceLockedError):
        restore_file(str(filled), backup, backup_root=filled.parent / "backups", home=filled.parent)
    opened.close()
    outcome = restore_file(
        str(filled), backup, backup_root=filled.parent / "backups", home=filled.parent
    )
    assert outcome.kept is not None
