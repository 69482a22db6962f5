"""A full disk while writing the database, an export or a backup: a clear message, nothing lost.

The disk is "filled" with ``RLIMIT_FSIZE`` in the child (writes past the limit fail with EFBIG,
as past a FAT32 key's 4 GiB): a small tmpfs needs mount rights, and ``/dev/full`` cannot hold a
database. ``limit_file_size`` ignores SIGXFSZ so that the write fails instead of the process.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import safety_children
from conftest import BASE_PEOPLE, RunChild, count, integrity

from territ_desktop.domain.participant import Participant
from territ_desktop.services import Services
from territ_desktop.services.backups import BackupService
from territ_desktop.services.participants import ParticipantService
from territ_desktop.storage.database import open_database
from territ_desktop.storage.integrity import FileState, inspect

DATABASE_LIMIT = 1 << 20  # the base file is ~240 kB; the 10,000-row import needs a few MB
EXPORT_LIMIT = 4096  # far below the 200-person directory
BACKUP_LIMIT = 64 << 10  # below the size of a copy of the base
PREVIOUS = [Participant("a", "Ancienne", "Version", email="ancienne@ex.fr")]


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_disk_full_during_the_import(
    run_child: RunChild, base_database: Path, import_plan: Path, tmp_path: Path
) -> None:
    path = tmp_path / "territ.sqlite3"
    shutil.copyfile(base_database, path)
    child = run_child(safety_children.apply_import, str(path), str(import_plan), DATABASE_LIMIT)
    assert child.exitcode == 0 and child.result is not None, child.messages  # no traceback
    kind, message = child.result
    assert kind == "error", child.messages
    assert re.search(r"disque (est )?plein", message), message
    assert "n'a pas été enregistrée" in message and "intact" in message, message
    assert inspect(path).state is FileState.OK
    assert integrity(path) == "ok"
    assert count(path) == BASE_PEOPLE  # the import not at all, the committed people all there
    database = open_database(path)  # once space is back, work goes on
    Services.build(database).participants.create(Participant("", "Après", "Coup"))
    database.close()
    assert count(path) == BASE_PEOPLE + 1
    assert _names(tmp_path) == [path.name]  # no log, journal or temporary file left


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_disk_full_during_an_export(
    run_child: RunChild, base_database: Path, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / "territ.sqlite3"
    shutil.copyfile(base_database, path)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"annuaire.{suffix}"
    ParticipantService.export_directory(PREVIOUS, target)
    previous = target.read_bytes()
    child = run_child(safety_children.export_directory, str(path), str(target), EXPORT_LIMIT)
    assert child.exitcode == 0 and child.result is not None, child.messages
    kind, message = child.result
    assert kind == "error", child.messages
    assert "Le disque est plein" in message and f"« {target.name} »" in message, message
    assert "Libérez de la place" in message, message
    assert target.read_bytes() == previous
    assert _names(folder) == [target.name]


def test_disk_full_during_a_backup(
    run_child: RunChild, base_database: Path, tmp_path: Path
) -> None:
    path = tmp_path / "territ.sqlite3"
    shutil.copyfile(base_database, path)
    folder = tmp_path / "backups"
    before = path.read_bytes()
    child = run_child(safety_children.make_backup, str(path), str(folder), BACKUP_LIMIT)
    assert child.exitcode == 0 and child.result is not None, child.messages
    kind, message = child.result
    assert kind == "error", child.messages
    assert "disque plein" in message and "libérez de la place" in message.lower(), message
    assert f"« {path.name} »" in message and ".tmp" not in message, message  # no hidden name
    assert path.read_bytes() == before
    assert BackupService(path, folder).all() == []
    assert not folder.exists() or os.listdir(folder) == []  # no half copy, hidden or not
