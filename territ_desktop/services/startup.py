"""Opening the database at start: one window per file, checks, recovery from a backup.

:func:`open_checked` is what the window (``app.py``) and ``territ`` (``cli/common.py``) call
instead of opening the file straight away. For an SQLite file it

1. takes the instance lock (the window only): a second window on the same file is refused
   with a message naming the holder; a lock left by a crash is taken over at once;
2. inspects the file (``application_id``, ``quick_check``): a file that is not ours or is
   damaged is never written to. The caller's ``decide`` is shown the problem and the newest
   good backup and chooses: restore it, start an empty database, or quit. Restoring or starting
   empty first moves the bad file aside (``NAME.damaged-YYYYmmdd-HHMMSS``);
3. opens and migrates the database (a copy is made first if it needs migrating).

A missing or empty file that has good backups is offered for recovery too: the file may have
been lost, not be new.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from territ_desktop.domain.errors import UserError
from territ_desktop.services.backups import BackupFile, BackupService, RestoreOutcome, backup_folder
from territ_desktop.storage import instance_lock, integrity
from territ_desktop.storage.database import Database, open_database, resolve_url
from territ_desktop.storage.instance_lock import InstanceLock
from territ_desktop.storage.integrity import FileState, Inspection

if TYPE_CHECKING:
    from territ_desktop.services import Services


class Recovery(StrEnum):
    """What to do about a damaged, foreign, empty or missing database file."""

    RESTORE = "restore"  # put the newest good backup in its place
    NEW = "new"  # start with an empty database
    QUIT = "quit"  # leave everything as it is


class StartupCancelledError(UserError):
    """The user chose to quit rather than recover; nothing was changed."""


@dataclass(frozen=True)
class StartupProblem:
    """A database file that cannot be opened as it is, and the backup that could replace it."""

    inspection: Inspection
    backup: BackupFile | None

    @property
    def moves_file(self) -> bool:
        """Whether recovering renames the file aside (it is there and not merely empty)."""
        return not self.inspection.usable

    def message(self) -> str:
        """What is wrong and what can be done, in French."""
        path = self.inspection.path
        if self.inspection.state is FileState.MISSING:
            text = f"La base de données « {path} » n'existe pas (ou plus)."
        else:
            text = self.inspection.describe()
        if self.moves_file:
            text += (
                f" Pour continuer, le fichier sera mis de côté sous le nom « {path.name}"
                ".damaged-… » (rien n'est effacé)."
            )
        if self.backup is None:
            return text + " Aucune sauvegarde en bon état n'a été trouvée."
        return text + (
            f" La sauvegarde en bon état la plus récente date du "
            f"{self.backup.taken_at:%d/%m/%Y à %H:%M}."
        )


@dataclass
class OpenedDatabase:
    """An open database with its backups and, for the window, its instance lock."""

    database: Database
    backups: BackupService
    lock: InstanceLock | None = None
    moved_aside: Path | None = None
    restored: RestoreOutcome | None = None

    @property
    def previous_run_crashed(self) -> bool:
        """The lock file still named a holder: the last run did not end normally."""
        return self.lock is not None and self.lock.previous is not None

    def services(self) -> Services:
        """Every service, wired to this database and its backups."""
        from territ_desktop.services import Services

        return Services.build(self.database, backup_dir=self.backups.folder)

    def close(self) -> None:
        """Close the database, then let the lock go."""
        try:
            self.database.close()
        finally:
            if self.lock is not None:
                self.lock.release()


def _sqlite_file(target: str) -> Path | None:
    url = make_url(resolve_url(target))
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def open_checked(
    target: str,
    *,
    backup_root: Path,
    home: Path,
    decide: Callable[[StartupProblem], Recovery],
    lock: bool = True,
) -> OpenedDatabase:
    """Lock, inspect, recover if needed (asking ``decide``), then open and migrate.

    Args:
        target: A file path or an SQLAlchemy URL.
        backup_root: The backups folder of the data folder.
        home: The data folder (its databases share ``backup_root``).
        decide: Asked what to do when the file is damaged, foreign, or lost with backups.
        lock: Take the one-window-per-database lock (the window does; ``territ`` does not).

    Raises:
        InstanceLockedError: another window has the database open.
        StartupCancelledError: ``decide`` chose to quit.
        UserError: the database cannot be opened (newer version, missing folder...).
    """
    path = _sqlite_file(target)
    if path is None:
        return OpenedDatabase(open_database(target), BackupService(None, backup_root))
    if not path.parent.is_dir():
        raise UserError(f"Le dossier « {path.parent} » n'existe pas.")
    folder = backup_folder(path, backup_root, home)
    backups = BackupService(path, folder)
    held = instance_lock.acquire(path) if lock else None
    try:
        inspection = integrity.inspect(path)
        problem = None
        if not inspection.usable:
            problem = StartupProblem(inspection, backups.newest_good())
        elif inspection.state in (FileState.MISSING, FileState.EMPTY):
            good = backups.newest_good()
            problem = StartupProblem(inspection, good) if good is not None else None
        moved: Path | None = None
        restored: RestoreOutcome | None = None
        if problem is not None:
            choice = decide(problem)
            if choice is Recovery.QUIT:
                raise StartupCancelledError(
                    f"TERRIT Desktop s'arrête sans rien modifier : « {path} » est resté tel quel."
                )
            if problem.moves_file:
                moved = integrity.move_aside(path, "damaged")
            if choice is Recovery.RESTORE and problem.backup is not None:
                restored = backups.restore(problem.backup.path)
        database = open_database(path, backup_dir=folder)
    except BaseException:
        if held is not None:
            held.release()
        raise
    return OpenedDatabase(database, backups, held, moved, restored)


def backups_for(target: str, *, backup_root: Path, home: Path) -> BackupService:
    """The backups of a database without opening it (it may be damaged)."""
    path = _sqlite_file(target)
    if path is None:
        return BackupService(None, backup_root)
    return BackupService(path, backup_folder(path, backup_root, home))


def restore_file(target: str, backup: Path, *, backup_root: Path, home: Path) -> RestoreOutcome:
    """Restore ``backup`` in place of the database ``target``, which no window may hold.

    Raises:
        InstanceLockedError: the database is open in a window.
        BackupError: the backup is damaged or newer, or could not be written.
    """
    service = backups_for(target, backup_root=backup_root, home=home)
    path = service.database_path
    if path is None:
        raise UserError("Seule une base SQLite peut être restaurée depuis une sauvegarde.")
    if not Path(backup).is_file():
        raise UserError(f"La sauvegarde « {backup} » n'existe pas.")
    with instance_lock.acquire(path):
        return service.restore(Path(backup))
