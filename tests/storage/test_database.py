"""Opening, pragmas, migrations and the SQLite traps."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from territ_desktop.domain.errors import DatabaseTooNewError, UserError
from territ_desktop.storage import migrate
from territ_desktop.storage.database import Database, open_database, resolve_url

DATA = Path(__file__).parent / "data"
# Every released schema, with a real file made by that release (add one per release).
RELEASED = {"0001": DATA / "schema_0001.sqlite3", "0003": DATA / "schema_0003.sqlite3"}
TABLES = (
    "training_modules",
    "sessions",
    "trainers",
    "session_trainers",
    "days",
    "half_days",
    "programme_items",
    "participants",
    "enrolments",
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_resolve_url() -> None:
    assert resolve_url("/tmp/x.db") == "sqlite:////tmp/x.db"
    assert resolve_url("postgresql+psycopg://u:p@h/db").startswith("postgresql")
    with pytest.raises(UserError):
        resolve_url("not a url://")


def test_pragmas(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_new_database_is_at_head(database: Database) -> None:
    with database.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()


def test_head_constant_matches_alembic() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_ddl_is_transactional(database: Database) -> None:
    """The explicit-BEGIN recipe: a failure after DDL rolls the DDL back too."""
    with pytest.raises(RuntimeError), database.engine.begin() as conn:
        conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
        raise RuntimeError("migration step failed")
    with database.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
    assert "half_done" not in names


@pytest.mark.parametrize("revision", sorted(RELEASED))
def test_upgrade_keeps_every_row_of_released_schema(revision: str, tmp_path: Path) -> None:
    copy = tmp_path / f"released-{revision}.sqlite3"
    shutil.copyfile(RELEASED[revision], copy)
    before = _counts(copy)
    assert before["participants"] > 0
    with sqlite3.connect(copy) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] != "alembic_version"
        ]
        every_row = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
        columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    conn.close()
    db = open_database(copy, backup_dir=tmp_path / "backups")
    db.close()
    assert _counts(copy) == before
    assert migrate.sqlite_revision(copy) == migrate.head_revision()
    with sqlite3.connect(copy) as conn:
        for table, rows in every_row.items():
            old = ", ".join(columns[table])
            kept = conn.execute(f"SELECT {old} FROM {table} ORDER BY 1").fetchall()
            assert kept == rows, f"{table} changed"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x54455252
    conn.close()


def test_upgrade_from_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    open_database(empty).close()
    assert migrate.sqlite_revision(empty) == migrate.head_revision()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    shutil.copyfile(RELEASED["0001"], path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError, match="version plus récente"):
        open_database(path, backup_dir=tmp_path / "backups")
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()
    assert not (tmp_path / "backups").exists()


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE stuff (x)")
    conn.close()
    with pytest.raises(UserError, match="pas une base TERRIT"):
        open_database(path)


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 50)
    with pytest.raises(UserError, match="endommagé|pas une base"):
        open_database(path)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="n'existe pas"):
        open_database(tmp_path / "nope" / "territ.sqlite3")


def test_backup_of_live_wal_database_has_recent_commits(tmp_path: Path) -> None:
    """A file copy would miss rows still in the -wal file; the backup API does not."""
    path = tmp_path / "live.sqlite3"
    db = open_database(path)
    holder = db.engine.connect()  # keeps the WAL from being checkpointed away on close
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO participants (id, last_name, first_name, organisation, function, "
                "audience, territory, email, phone, notes) VALUES "
                "('p1', 'Morel', '', '', '', 'elu', '', '', '', '')"
            )
        )
    copy = migrate.backup_sqlite(path, tmp_path / "backups", "test")
    holder.close()
    db.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT last_name FROM participants").fetchall() == [("Morel",)]
    conn.close()


def test_migration_runs_with_foreign_keys_back_on(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fk.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def test_backup_is_taken_before_migrating(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(RELEASED["0001"], copy)
    before = _counts(copy)
    db = open_database(copy, backup_dir=tmp_path / "backups")
    db.close()
    assert db.backup_path is not None and db.backup_path.parent == tmp_path / "backups"
    assert migrate.sqlite_revision(db.backup_path) == "0001"
    assert _counts(db.backup_path) == before


def test_failing_migration_leaves_database_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration that fails after its DDL rolls back whole: same revision, same tables."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    newest = next((scripts / "versions").glob(f"{migrate.SCHEMA_HEAD}_*.py"))
    newest.write_text(
        newest.read_text(encoding="utf-8").replace(
            "def upgrade() -> None:\n",
            "def upgrade() -> None:\n    _real_upgrade()\n    raise RuntimeError('injected')\n\n\n"
            "def _real_upgrade() -> None:\n",
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(RELEASED["0001"], copy)
    before = _counts(copy)
    with sqlite3.connect(copy) as conn:
        tables_before = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    with pytest.raises(RuntimeError, match="injected"):
        open_database(copy, backup_dir=tmp_path / "backups")
    assert migrate.sqlite_revision(copy) == "0001"
    assert _counts(copy) == before
    with sqlite3.connect(copy) as conn:
        assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master")} == tables_before
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
