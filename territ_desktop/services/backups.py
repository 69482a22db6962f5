"""Backups of the database file: list, make, thin, restore, export (window and ``territ``).

Everything goes through SQLite's backup API (:mod:`territ_desktop.storage.backups`). A backup
is taken automatically at start when the last one is more than a day old, before a migration,
before a restore and before an RGPD purge; thinning then keeps a week of dailies, a month of
weeklies and a year of monthlies (configurable, saved next to the backups).
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from territ_desktop.domain.errors import NotFoundError, UserError
from territ_desktop.storage import backups as files
from territ_desktop.storage import migrate
from territ_desktop.storage.backups import BackupFile, ThinningPolicy
from territ_desktop.storage.database import Database
from territ_desktop.storage.restore import RestoreOutcome, restore_backup

log = logging.getLogger(__name__)

DAILY_INTERVAL = dt.timedelta(days=1)

__all__ = ["BackupFile", "BackupService", "RestoreOutcome", "ThinningPolicy", "backup_folder"]


def backup_folder(database: Path, root: Path, home: Path) -> Path:
    """The folder for the backups of ``database`` (see :func:`storage.backups.folder_for`)."""
    return files.folder_for(database, root, home)


@dataclass(frozen=True)
class DailyBackup:
    """What the start-up backup did."""

    made: BackupFile | None  # None: the last backup was recent enough
    deleted: tuple[Path, ...] = ()


class BackupService:
    """Backups of one SQLite database file, kept in one folder."""

    def __init__(
        self,
        database_path: Path | None,
        folder: Path,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self.database_path = database_path
        self.folder = folder
        self._clock = clock

    @classmethod
    def for_database(cls, database: Database, folder: Path | None = None) -> BackupService:
        """The backups of an open database (none for a database server)."""
        if database.path is None:
            return cls(None, folder or Path())
        return cls(database.path, folder or database.path.parent / "backups")

    @property
    def available(self) -> bool:
        """False for a database server (PostgreSQL): it has its own backups."""
        return self.database_path is not None

    def _path(self) -> Path:
        if self.database_path is None:
            raise UserError(
                "Les sauvegardes ne concernent que les bases SQLite sur cet ordinateur : pour "
                "un serveur PostgreSQL, utilisez ses propres sauvegardes (pg_dump)."
            )
        return self.database_path

    def all(self) -> list[BackupFile]:
        """The backups of this database, newest first."""
        if self.database_path is None:
            return []
        return files.list_backups(self.folder, self.database_path.stem)

    def find(self, name: str) -> BackupFile:
        """A backup of the list by file name, or NotFoundError."""
        for backup in self.all():
            if backup.path.name == name:
                return backup
        raise NotFoundError(f"La sauvegarde « {name} » n'existe plus.")

    def policy(self) -> ThinningPolicy:
        """How many daily, weekly and monthly backups are kept."""
        return files.load_policy(self.folder)

    def set_policy(self, policy: ThinningPolicy) -> list[Path]:
        """Save a new thinning policy and apply it; return the backups deleted."""
        files.save_policy(self.folder, policy)
        return self.thin()

    def thin(self) -> list[Path]:
        """Delete the backups the policy no longer keeps."""
        return files.thin(self.all(), self.policy())

    def make(self, reason: str = files.MANUAL) -> BackupFile:
        """Back the database up now (then thin the older backups)."""
        made = files.make_backup(self._path(), self.folder, reason, self._clock())
        self.thin()
        return made

    def last_taken(self) -> dt.datetime | None:
        """When the newest backup was taken."""
        found = self.all()
        return found[0].taken_at if found else None

    def daily_if_due(self) -> DailyBackup:
        """The start-up backup: made when the last one is more than a day old."""
        path = self._path()
        if not path.exists() or path.stat().st_size == 0:
            return DailyBackup(None)
        last = self.last_taken()
        now = self._clock()
        if last is not None and now - last < DAILY_INTERVAL:
            return DailyBackup(None)
        made = files.make_backup(path, self.folder, files.AUTOMATIC, now)
        return DailyBackup(made, tuple(self.thin()))

    def newest_good(self) -> BackupFile | None:
        """The newest backup that is whole and readable by this version."""
        return files.newest_good(self.all())

    def restore(self, backup: Path, database: Database | None = None) -> RestoreOutcome:
        """Put ``backup`` in place of the database; the current one is backed up first.

        ``database``, if open on this file, has its connections closed first and is migrated
        after, if the backup is of an older schema; it can be used again straight away.
        """
        path = self._path()
        if database is not None:
            database.close()  # pooled connections reopen on the restored file
        outcome = restore_backup(Path(backup), path, self.folder, self._clock())
        if database is not None:
            self._upgrade(database)
        return outcome

    def _upgrade(self, database: Database) -> None:
        revision = migrate.sqlite_revision(self._path())
        if revision == migrate.SCHEMA_HEAD:
            return
        if revision is not None:
            reason = f"{files.BEFORE_MIGRATION}-{revision}"
            files.make_backup(self._path(), self.folder, reason, self._clock())
        migrate.upgrade(database.engine)

    def export(self, backup: Path, target: Path) -> Path:
        """Copy a backup to ``target`` (a USB key...), atomically; return ``target``.

        A backup is a closed, self-contained file, so a plain copy is safe here.
        """
        from territ_desktop.export.atomic import atomic_path

        source = Path(backup)
        if not source.is_file():
            raise NotFoundError(f"La sauvegarde « {source.name} » n'existe plus.")
        with atomic_path(target) as temporary:
            shutil.copyfile(source, temporary)
        return Path(target)

    def backup_to(self, target: Path) -> Path:
        """A fresh backup of the database written to ``target`` (``territ backup -o``)."""
        from territ_desktop.export.atomic import atomic_path

        path = self._path()
        if Path(target).resolve() == path.resolve():
            raise UserError("Choisissez un autre fichier que la base elle-même.")
        with atomic_path(target) as temporary:
            files.copy_database(path, temporary)
        return Path(target)

    def delete(self, backup: Path) -> None:
        """Delete one backup file of this database."""
        found = self.find(Path(backup).name)
        try:
            found.path.unlink()
        except OSError as exc:
            raise UserError(
                f"Impossible de supprimer « {found.path.name} » ({exc.strerror or exc})."
            ) from exc
