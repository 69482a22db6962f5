"""Restoring a backup: the current file kept first, in one transaction, damaged files aside."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from territ_desktop.storage import backups, integrity
from territ_desktop.storage.backups import BackupError
from territ_desktop.storage.database import Database, open_database
from territ_desktop.storage.restore import restore_backup


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT last_name FROM participants ORDER BY 1")]
    finally:
        conn.close()


def _add(database: Database, name: str) -> None:
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO participants (id, last_name, first_name, organisation, function, "
                "audience, territory, email, phone, notes) VALUES "
                "(:n, :n, '', '', '', 'elu', '', '', '', '')"
            ),
            {"n": name},
        )


@pytest.fixture
def with_backup(database: Database, tmp_path: Path) -> tuple[Database, Path]:
    _add(database, "Avant")
    assert database.path is not None
    made = backups.make_backup(database.path, tmp_path / "backups", "auto")
    _add(database, "Après")
    return database, made.path


def test_restore_over_a_live_database(with_backup: tuple[Database, Path], tmp_path: Path) -> None:
    database, backup = with_backup
    assert database.path is not None
    reader = database.engine.connect()  # another connection, idle, as the window's pool has
    reader.close()
    database.close()
    outcome = restore_backup(backup, database.path, tmp_path / "backups")
    assert _names(database.path) == ["Avant"]
    assert outcome.kept is not None and outcome.kept.reason == "avant-restauration"
    assert _names(outcome.kept.path) == ["Après", "Avant"]
    assert outcome.moved_aside is None
    # The same engine works on the restored content straight away.
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM participants").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert integrity.inspect(database.path).state is integrity.FileState.OK
    assert not list(database.path.parent.glob(".*restauration*"))


def test_restore_over_a_damaged_file_moves_it_aside(
    with_backup: tuple[Database, Path], tmp_path: Path
) -> None:
    database, backup = with_backup
    assert database.path is not None
    database.close()
    database.path.write_bytes(b"\x00garbage" * 1000)
    outcome = restore_backup(backup, database.path, tmp_path / "backups", dt.datetime(2026, 5, 1))
    assert outcome.kept is None
    assert outcome.moved_aside is not None
    assert outcome.moved_aside.name == "territ.sqlite3.damaged-20260501-000000"
    assert outcome.moved_aside.read_bytes().startswith(b"\x00garbage")
    assert _names(database.path) == ["Avant"]
    open_database(database.path).close()  # opens and is at head


def test_restore_in_place_of_a_missing_file(
    with_backup: tuple[Database, Path], tmp_path: Path
) -> None:
    database, backup = with_backup
    target = tmp_path / "elsewhere.sqlite3"
    outcome = restore_backup(backup, target, tmp_path / "backups")
    assert outcome.kept is None and outcome.moved_aside is None
    assert _names(target) == ["Avant"]


def test_a_damaged_backup_is_refused_and_nothing_changes(
    with_backup: tuple[Database, Path], tmp_path: Path
) -> None:
    database, backup = with_backup
    assert database.path is not None
    database.close()
    backup.write_bytes(backup.read_bytes()[:5000])
    with pytest.raises(BackupError, match="endommagée"):
        restore_backup(backup, database.path, tmp_path / "backups")
    assert _names(database.path) == ["Après", "Avant"]


def test_a_newer_backup_is_refused(with_backup: tuple[Database, Path], tmp_path: Path) -> None:
    database, backup = with_backup
    assert database.path is not None
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    database.close()
    with pytest.raises(BackupError, match="plus récente"):
        restore_backup(backup, database.path, tmp_path / "backups")
