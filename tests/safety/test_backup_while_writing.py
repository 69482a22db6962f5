"""A backup taken while another process keeps committing is one consistent snapshot.

The writer commits batches of :data:`BATCH` participants, each in one transaction, as fast as
it can; backups taken meanwhile must each hold whole batches only, pass ``integrity_check``,
and follow one another (a later backup never has fewer rows).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import safety_children
from conftest import BASE_PEOPLE, StartChild, count, integrity

from territ_desktop.services.backups import BackupService
from territ_desktop.storage.integrity import FileState, inspect

BATCH = 50
BACKUPS = 6


def _batches(path: Path) -> dict[str, int]:
    """Rows per batch written by the writer (its rows are named « Lot N »)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT last_name, count(*) FROM participants WHERE last_name LIKE 'Lot %' "
            "GROUP BY last_name"
        ).fetchall()
    finally:
        conn.close()
    return {str(name): int(n) for name, n in rows}


def test_backups_taken_while_another_process_writes(
    start_child: StartChild, base_database: Path, tmp_path: Path
) -> None:
    path = tmp_path / "territ.sqlite3"
    shutil.copyfile(base_database, path)
    writer = start_child(safety_children.keep_writing, str(path), BATCH)
    while count(path) < BASE_PEOPLE + 4 * BATCH:  # the writer is well under way
        assert writer.process.is_alive()
    service = BackupService(path, tmp_path / "backups")
    taken = []
    for _ in range(BACKUPS):
        taken.append(service.make().path)
        assert writer.process.is_alive()  # still writing when the backup was done
    writer.kill()
    sizes = []
    for backup in taken:
        assert integrity(backup) == "ok", backup
        assert inspect(backup).state is FileState.OK
        assert not Path(f"{backup}-wal").exists()  # one self-contained file
        people = count(backup)
        assert (people - BASE_PEOPLE) % BATCH == 0, f"{backup.name}: {people} rows"
        assert set(_batches(backup).values()) <= {BATCH}
        assert len(_batches(backup)) == (people - BASE_PEOPLE) // BATCH
        sizes.append(people)
    assert sizes == sorted(sizes)
    assert len(set(sizes)) > 1, sizes  # the writer did commit between backups
    assert integrity(path) == "ok"
    assert (count(path) - BASE_PEOPLE) % BATCH == 0  # the live file too, after kill -9
