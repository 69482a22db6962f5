"""Rolling backups of an SQLite database, always through SQLite's backup API.

A file copy of a live WAL database misses the commits still in its ``-wal`` file, so every copy
here is made by :meth:`sqlite3.Connection.backup`, which reads one consistent snapshot even while
another process writes. A backup is written to a hidden temporary file, switched to the
rollback journal (one self-contained file, safe to copy to a USB key), checked with
``quick_check`` and only then renamed into place: a backup cut short by a crash or a full disk
never shows up in the list.

Names: ``STEM-YYYYmmdd-HHMMSS-ffffff-REASON.sqlite3`` (the format of the copies made before a
migration). Thinning keeps, like Anki, the newest backup of each of the last ``daily`` days that
have one, then of ``weekly`` earlier ISO weeks, then of ``monthly`` earlier months: with a
start every day, a week of dailies, a month of weeklies and a year of monthlies.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from territ_desktop.domain.errors import UserError
from territ_desktop.storage import integrity, migrate
from territ_desktop.storage.integrity import FileState
from territ_desktop.storage.write_errors import SQLITE_FULL, SQLITE_IOERR

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
POLICY_FILE = "politique.json"
RECENT = dt.timedelta(hours=24)  # every backup this close to the newest one is kept
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})(?:-(?P<micro>\d{6}))?-(?P<reason>[\w-]+)"
    + re.escape(SUFFIX)
    + "$"
)

AUTOMATIC = "auto"
MANUAL = "manuelle"
BEFORE_RESTORE = "avant-restauration"
BEFORE_PRIVACY = "avant-rgpd"
BEFORE_MIGRATION = "avant-migration"  # followed by "-REVISION" (see open_database)


class BackupError(UserError):
    """A backup could not be written or read; the message says what to do."""


@dataclass(frozen=True)
class ThinningPolicy:
    """How many backups to keep: one per day, then per week, then per month."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        if not 1 <= self.daily <= 366:
            raise UserError("Gardez entre 1 et 366 sauvegardes quotidiennes.")
        if not 0 <= self.weekly <= 520:
            raise UserError("Gardez entre 0 et 520 sauvegardes hebdomadaires.")
        if not 0 <= self.monthly <= 1200:
            raise UserError("Gardez entre 0 et 1200 sauvegardes mensuelles.")


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk."""

    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def backup_name(stem: str, taken_at: dt.datetime, reason: str) -> str:
    """The file name of a backup of database ``stem`` taken at ``taken_at``."""
    return f"{stem}-{taken_at:%Y%m%d-%H%M%S-%f}-{reason}{SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, dt.datetime, str] | None:
    """``(stem, taken_at, reason)`` of a backup file name, or None for any other file."""
    found = _NAME.match(name)
    if found is None or name.startswith("."):
        return None
    try:
        taken_at = dt.datetime.strptime(
            f"{found['date']}{found['time']}{found['micro'] or '000000'}", "%Y%m%d%H%M%S%f"
        )
    except ValueError:
        return None
    return found["stem"], taken_at, found["reason"]


def folder_for(database: Path, root: Path, home: Path) -> Path:
    """Where the backups of ``database`` go: ``root``, or a sub-folder for databases elsewhere.

    The databases of the data folder (``home``: the user's and the demo one) have distinct
    names and share ``root``; a database elsewhere (``--database``) gets its own sub-folder,
    named after it and a digest of its path, so two ``territ.sqlite3`` never mix.
    """
    database = database.resolve()
    if database.parent == home.resolve():
        return root
    digest = hashlib.sha256(str(database).encode("utf-8")).hexdigest()[:8]
    return root / f"{database.stem}-{digest}"


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """The backups of database ``stem`` in ``folder``, newest first."""
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None or parsed[0] != stem or not path.is_file():
            continue
        with contextlib.suppress(OSError):
            found.append(BackupFile(path, parsed[1], parsed[2], path.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _describe(exc: BaseException, what: str) -> str:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary code of an sqlite3.Error
    text = str(exc)
    if "full" in text or getattr(exc, "errno", None) in (28, 27) or code == SQLITE_FULL:
        return (
            f"Le disque est plein : {what} n'a pas pu être écrite. Libérez de la place, "
            "puis recommencez."
        )
    if code == SQLITE_IOERR:  # what SQLite reports for EFBIG (file too large for the disk)
        return (
            f"{what[:1].upper()}{what[1:]} n'a pas pu être écrite (disque plein, clé USB retirée "
            "ou disque défaillant ?). Vérifiez le disque et libérez de la place, puis "
            f"recommencez. (SQLite : {text})"
        )
    return f"{what[:1].upper()}{what[1:]} n'a pas pu être écrite ({text})."


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite database ``source`` into ``target`` (a new or empty file) and check it.

    The copy is one consistent snapshot (the backup API copies in one step), uses the rollback
    journal so that it is a single self-contained file, and passes ``quick_check``.

    Raises:
        BackupError: the source cannot be read, the target cannot be written (disk full...) or
            the copy fails its check.
    """
    try:
        src = integrity.connect_file(source, read_only=True)
    except sqlite3.Error as exc:
        raise BackupError(f"Impossible de lire la base « {source} » ({exc}).") from exc
    try:
        dst = integrity.connect_file(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            problems = [r[0] for r in dst.execute("PRAGMA quick_check")]
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise BackupError(_describe(exc, f"la copie de « {source.name} »")) from exc
    finally:
        src.close()
    if problems != ["ok"]:
        raise BackupError(
            f"La copie de « {source} » est incomplète ({problems[0]}) : la base est peut-être "
            "endommagée."
        )


def make_backup(
    source: Path, folder: Path, reason: str, now: dt.datetime | None = None
) -> BackupFile:
    """Back ``source`` up into ``folder``; the file appears only once complete and checked.

    Raises:
        BackupError: the folder or the copy cannot be written (disk full, read-only...).
    """
    taken_at = now or dt.datetime.now()
    target = folder / backup_name(source.stem, taken_at, reason)
    temporary = folder / f".{target.name}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        copy_database(source, temporary)
        _sync(temporary)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise BackupError(_describe(exc, f"la sauvegarde dans « {folder} »")) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    log.info("Sauvegarde : %s", target)
    return BackupFile(target, taken_at, reason, target.stat().st_size)


def is_good(path: Path) -> bool:
    """True when ``path`` is a whole TERRIT database this version can open."""
    if integrity.inspect(path).state is not FileState.OK:
        return False
    try:
        migrate.refuse_if_newer(migrate.sqlite_revision(path), str(path))
    except UserError:
        return False
    return True


def newest_good(backups: Iterable[BackupFile]) -> BackupFile | None:
    """The newest backup that is whole and readable by this version."""
    return next((b for b in backups if is_good(b.path)), None)


def backups_to_keep(taken: Iterable[dt.datetime], policy: ThinningPolicy) -> set[dt.datetime]:
    """The backup times that thinning keeps (the others are deleted).

    Every backup of the 24 hours before the newest one is kept (a backup just made, say before
    a restore, never disappears at once). Then, going back in time, a backup is kept when it is
    the newest of its day and fewer than ``daily`` days are kept; otherwise when it is the
    newest of an ISO week with nothing kept yet and fewer than ``weekly`` weeks are kept;
    otherwise when it is the newest of a month with nothing kept yet and fewer than
    ``monthly`` months are kept.
    """
    stamps = sorted(set(taken), reverse=True)
    if not stamps:
        return set()
    recent = stamps[0] - RECENT
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    daily = weekly = monthly = 0
    kept: set[dt.datetime] = set()
    for stamp in stamps:
        day = stamp.date()
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        month = (day.year, day.month)
        if stamp >= recent:
            daily += day not in days
        elif day not in days and daily < policy.daily:
            daily += 1
        elif week not in weeks and weekly < policy.weekly:
            weekly += 1
        elif month not in months and monthly < policy.monthly:
            monthly += 1
        else:
            continue
        kept.add(stamp)
        days.add(day)
        weeks.add(week)
        months.add(month)
    return kept


def thin(backups: Sequence[BackupFile], policy: ThinningPolicy) -> list[Path]:
    """Delete the backups that ``policy`` does not keep; return the deleted paths."""
    keep = backups_to_keep((b.taken_at for b in backups), policy)
    deleted: list[Path] = []
    for backup in backups:
        if backup.taken_at in keep:
            continue
        try:
            backup.path.unlink()
        except OSError as exc:
            log.warning("Sauvegarde non supprimée %s : %s", backup.path, exc)
            continue
        deleted.append(backup.path)
    return deleted


def load_policy(folder: Path) -> ThinningPolicy:
    """The thinning policy saved in ``folder`` (the default one if none or unreadable)."""
    path = folder / POLICY_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ThinningPolicy(int(data["daily"]), int(data["weekly"]), int(data["monthly"]))
    except FileNotFoundError:
        return ThinningPolicy()
    except (OSError, ValueError, KeyError, TypeError, UserError) as exc:
        log.warning("Politique de sauvegarde illisible (%s) : valeurs par défaut", exc)
        return ThinningPolicy()


def save_policy(folder: Path, policy: ThinningPolicy) -> None:
    """Save the thinning policy in ``folder`` (atomically)."""
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{POLICY_FILE}.tmp"
    temporary.write_text(json.dumps(asdict(policy)), encoding="utf-8")
    os.replace(temporary, folder / POLICY_FILE)
