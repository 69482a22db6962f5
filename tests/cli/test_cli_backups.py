"""``territ backup``, ``territ backups list|policy``, ``territ restore``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from territ_desktop.cli import main
from territ_desktop.storage import instance_lock


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _demo(path: Path) -> None:
    """The demo session without its group plans (solving them takes seconds)."""
    from territ_desktop.services.demo import create_demo
    from territ_desktop.storage.database import open_database

    database = open_database(path, backup_dir=path.parent / "b")
    create_demo(database, plans=False)
    database.close()


def _people(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        count = int(conn.execute("SELECT count(*) FROM participants").fetchone()[0])
    conn.close()
    return count


def test_backup_list_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    copy = tmp_path / "usb" / "copie.sqlite3"
    copy.parent.mkdir()
    assert run(capsys, "--database", db, "sessions", "list")[0] == 0  # creates it, empty
    code, out, _ = run(capsys, "--database", db, "backup", "-o", str(copy))
    assert code == 0 and str(copy) in out and _people(copy) == 0
    _demo(Path(db))
    code, out, _ = run(capsys, "--database", db, "backups", "list", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "--database", db, "restore", str(copy))
    assert code == 0 and "restaurée" in out and "sauvegardée" in out
    assert _people(Path(db)) == 0
    code, out, _ = run(capsys, "--database", db, "backups", "list", "--json")
    (kept,) = json.loads(out)
    assert kept["reason"] == "avant-restauration" and _people(Path(kept["file"])) == 41
    code, out, _ = run(capsys, "--database", db, "backups", "list")
    assert "avant restauration" in out
    # A name from the list is enough.
    code, out, _ = run(capsys, "--database", db, "restore", Path(kept["file"]).name)
    assert code == 0 and _people(Path(db)) == 41


def test_restore_is_refused_while_the_window_is_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.sqlite3"
    copy = tmp_path / "copie.sqlite3"
    _demo(db)
    assert run(capsys, "--database", str(db), "backup", "-o", str(copy))[0] == 0
    with instance_lock.acquire(db):
        code, out, err = run(capsys, "--database", str(db), "restore", str(copy))
    assert code == 1 and out == "" and "déjà ouverte" in err and len(err.splitlines()) == 1


def test_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    code, out, _ = run(capsys, "--database", db, "backups", "policy")
    assert code == 0 and "7 quotidienne(s), 4 hebdomadaire(s), 12 mensuelle(s)" in out
    code, out, _ = run(capsys, "--database", db, "backups", "policy", "--daily", "3")
    assert "3 quotidienne(s), 4 hebdomadaire(s)" in out
    code, _, err = run(capsys, "--database", db, "backups", "policy", "--daily", "0")
    assert code == 1 and "quotidiennes" in err


def test_damaged_database_stops_commands_with_the_way_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.sqlite3"
    _demo(db)
    db.write_bytes(b"garbage" * 1000)
    code, out, err = run(capsys, "--database", str(db), "sessions", "list")
    assert code == 1 and "n'est pas une base" in err and "Rien n'a été modifié" in err
    assert db.read_bytes() == b"garbage" * 1000
