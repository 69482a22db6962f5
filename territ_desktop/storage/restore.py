"""Putting a backup back in place of the database, keeping the current file first.

A whole current database is itself backed up (reason ``avant-restauration``, so the restore can
be undone from the backups list) and then overwritten *through SQLite*: the backup API writes
the restored pages in one transaction of the live database, so a crash half-way leaves the
previous content, and other connections see the change like any commit. A damaged or foreign
file is renamed aside (``NAME.damaged-…``) and the restored copy moved into its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from territ_desktop.storage import integrity
from territ_desktop.storage.backups import (
    BEFORE_RESTORE,
    BackupError,
    BackupFile,
    copy_database,
    is_good,
    make_backup,
)
from territ_desktop.storage.integrity import SIDECARS, FileState


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore did with the file it replaced."""

    restored_from: Path
    kept: BackupFile | None  # the database as it was, backed up first
    moved_aside: Path | None  # the damaged or foreign file, renamed


def _page_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


def _copy_into_live(staged: Path, target: Path) -> None:
    """Overwrite the database ``target`` with ``staged`` in one SQLite transaction."""
    dst = integrity.connect_file(target, timeout=10.0)
    try:
        wanted = _page_size(dst)
        fix = integrity.connect_file(staged)
        try:
            if _page_size(fix) != wanted:
                # A WAL database only accepts pages of its own size from the backup API.
                fix.execute(f"PRAGMA page_size={wanted}")
                fix.execute("VACUUM")
        finally:
            fix.close()
        src = integrity.connect_file(staged, read_only=True)
        try:
            src.backup(dst)
        finally:
            src.close()
        with contextlib.suppress(sqlite3.Error):
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise BackupError(
            f"La restauration n'a pas pu écrire dans « {target} » ({exc}). La base n'a pas été "
            "modifiée : fermez les autres programmes qui l'utilisent, puis recommencez."
        ) from exc
    finally:
        dst.close()


def _clear_sidecars(target: Path, now: dt.datetime) -> None:
    """Remove empty logs left next to a missing or empty file; rename any other aside."""
    for suffix in SIDECARS:
        sidecar = Path(f"{target}{suffix}")
        if not sidecar.exists():
            continue
        if sidecar.stat().st_size == 0 or suffix == "-shm":
            sidecar.unlink()
        else:
            os.replace(sidecar, Path(f"{target}.orphan-{now:%Y%m%d-%H%M%S}{suffix}"))


def restore_backup(
    backup: Path, target: Path, folder: Path, now: dt.datetime | None = None
) -> RestoreOutcome:
    """Replace the database ``target`` by the backup ``backup``; the current one is kept.

    No connection of this process may be in use on ``target`` (close or dispose them first).

    Raises:
        BackupError: the backup is damaged or from a newer version, or writing failed; the
            database is then unchanged.
    """
    now = now or dt.datetime.now()
    if not is_good(backup):
        raise BackupError(
            f"La sauvegarde « {backup.name} » est endommagée ou vient d'une version plus "
            "récente de TERRIT Desktop : choisissez-en une autre."
        )
    state = integrity.inspect(target).state
    staged = target.with_name(f".{target.name}.restauration.tmp")
    kept: BackupFile | None = None
    moved: Path | None = None
    try:
        staged.unlink(missing_ok=True)
        copy_database(backup, staged)
        if state is FileState.OK:
            kept = make_backup(target, folder, BEFORE_RESTORE, now)
            _copy_into_live(staged, target)
        else:
            if state in (FileState.NOT_SQLITE, FileState.FOREIGN, FileState.DAMAGED):
                moved = integrity.move_aside(target, "damaged", now)
            else:
                _clear_sidecars(target, now)
            fd = os.open(staged, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(staged, target)
    except OSError as exc:
        raise BackupError(
            f"La restauration dans « {target} » a échoué ({exc.strerror or exc})."
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
    return RestoreOutcome(backup, kept, moved)
