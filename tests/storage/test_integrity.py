"""Start-up checks: ours and whole, foreign, not SQLite, damaged; moving a bad file aside."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from territ_desktop.domain.errors import UserError
from territ_desktop.storage import integrity
from territ_desktop.storage.database import Database, open_database
from territ_desktop.storage.integrity import APPLICATION_ID, FileState

DATA = Path(__file__).parent / "data"


def test_new_database_carries_the_application_id(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    assert database.path is not None
    assert integrity.inspect(database.path) == integrity.Inspection(database.path, FileState.OK)


def test_older_database_is_ours_and_gets_the_id_when_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / "schema_0001.sqlite3", path)
    found = integrity.inspect(path)
    assert found.state is FileState.OK and found.older
    open_database(path, backup_dir=tmp_path / "backups").close()
    found = integrity.inspect(path)
    assert found.state is FileState.OK and not found.older


def test_missing_and_empty(tmp_path: Path) -> None:
    assert integrity.inspect(tmp_path / "none.sqlite3").state is FileState.MISSING
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert integrity.inspect(empty).state is FileState.EMPTY
    sqlite3.connect(empty).close()  # still zero bytes
    assert integrity.inspect(empty).state is FileState.EMPTY
    assert integrity.inspect(empty).usable


def test_foreign_sqlite_files(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE stuff (x)")
    conn.close()
    assert integrity.inspect(other).state is FileState.FOREIGN
    tagged = tmp_path / "tagged.sqlite3"
    with sqlite3.connect(tagged) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("PRAGMA application_id = 42")
    conn.close()
    found = integrity.inspect(tagged)
    assert found.state is FileState.FOREIGN and "0x2a" in found.detail
    assert "autre programme" in found.describe()


def test_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "workbook.sqlite3"
    path.write_bytes(b"PK\x03\x04" + bytes(2000))
    found = integrity.inspect(path)
    assert found.state is FileState.NOT_SQLITE and not found.usable
    assert "n'est pas une base" in found.describe()


def test_damaged_page_is_found_by_quick_check(database: Database) -> None:
    assert database.path is not None
    path = database.path
    database.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'participants'"
        ).fetchone()[0]
    conn.close()
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page)
        stream.write(b"\xff" * 64)
    found = integrity.inspect(path)
    assert found.state is FileState.DAMAGED
    assert "endommagée" in found.describe()


def test_move_aside_keeps_the_logs_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "territ.sqlite3"
    path.write_bytes(b"main")
    Path(f"{path}-wal").write_bytes(b"wal")
    now = dt.datetime(2026, 3, 12, 9, 14, 5)
    moved = integrity.move_aside(path, "damaged", now)
    assert moved.name == "territ.sqlite3.damaged-20260312-091405"
    assert moved.read_bytes() == b"main"
    assert Path(f"{moved}-wal").read_bytes() == b"wal"
    assert not path.exists() and not Path(f"{path}-wal").exists()
    path.write_bytes(b"again")
    second = integrity.move_aside(path, "damaged", now)
    assert second.name == "territ.sqlite3.damaged-20260312-091405-2"
    assert moved.read_bytes() == b"main"  # never overwritten


def test_move_aside_failure_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="mettre de côté"):
        integrity.move_aside(tmp_path / "absent.sqlite3")
