"""Start-up checks of an SQLite file (is it ours, is it whole?) and moving a bad one aside.

Every start runs :func:`inspect` before the database is opened: a file that is not SQLite (a
workbook renamed ``.db``, random bytes, an overwritten header), an SQLite database of another
program (another ``application_id``, or no ``alembic_version`` table) or a damaged one
(``PRAGMA quick_check`` fails) is reported, never written to. :func:`move_aside` then renames it
(with its ``-wal`` and ``-shm`` files) to ``NAME.damaged-YYYYmmdd-HHMMSS`` so that a backup can
take its place; nothing is ever overwritten or deleted.

Raw ``sqlite3`` connections of this package go through :func:`connect_file`, the one place to
change if the database is ever encrypted (SQLCipher needs its key right after connecting).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from territ_desktop.domain.errors import UserError

# "TERR" in ASCII, written in the database header by migration 0004 (``PRAGMA application_id``)
# so that `file` and this module can tell a TERRIT database from any other SQLite file.
APPLICATION_ID = 0x54455252
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")
_PROBLEMS_SHOWN = 3


class FileState(StrEnum):
    """What :func:`inspect` found."""

    MISSING = "missing"  # no file: a new database will be created
    EMPTY = "empty"  # zero bytes (and no write-ahead log): SQLite treats it as a new database
    OK = "ok"
    NOT_SQLITE = "not_sqlite"  # not an SQLite file at all
    FOREIGN = "foreign"  # an SQLite database of another program
    DAMAGED = "damaged"  # SQLite, but unreadable or failing its integrity check


@dataclass(frozen=True)
class Inspection:
    """The result of checking a database file before opening it."""

    path: Path
    state: FileState
    detail: str = ""  # SQLite's own words (first problems of quick_check, or the error)
    older: bool = False  # ours, written before application_id was set (schema < 0004)

    @property
    def usable(self) -> bool:
        """True when the file can be opened as it is (possibly created or migrated)."""
        return self.state in (FileState.MISSING, FileState.EMPTY, FileState.OK)

    def describe(self) -> str:
        """A French sentence saying what is wrong with the file (empty when nothing is)."""
        name = f"« {self.path} »"
        if self.state is FileState.NOT_SQLITE:
            return (
                f"Le fichier {name} n'est pas une base de données TERRIT Desktop : son contenu "
                "n'est pas celui d'une base SQLite (fichier endommagé ou remplacé par un autre)."
            )
        if self.state is FileState.FOREIGN:
            return (
                f"Le fichier {name} est une base de données d'un autre programme, pas une base "
                "TERRIT Desktop."
            )
        if self.state is FileState.DAMAGED:
            return f"La base de données {name} est endommagée ({self.detail})."
        if self.state is FileState.EMPTY:
            return f"Le fichier de la base de données {name} est vide."
        return ""


def connect_file(
    path: Path, *, read_only: bool = False, timeout: float = 5.0
) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection to a file (read-only opens never create or write it)."""
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=timeout)
    return sqlite3.connect(path, timeout=timeout)


def _header(path: Path) -> bytes:
    with path.open("rb") as stream:
        return stream.read(100)


def _has_log(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def inspect(path: Path) -> Inspection:
    """Check ``path`` without writing to it: missing, empty, ours and whole, or what is wrong."""
    path = Path(path)
    if not path.exists():
        return Inspection(path, FileState.MISSING)
    try:
        if path.stat().st_size == 0 and not _has_log(path):
            return Inspection(path, FileState.EMPTY)
        header = _header(path)
    except OSError as exc:
        return Inspection(path, FileState.DAMAGED, exc.strerror or str(exc))
    if header and not header.startswith(SQLITE_MAGIC):
        return Inspection(path, FileState.NOT_SQLITE)
    try:
        conn = connect_file(path, read_only=True)
    except sqlite3.Error as exc:
        return Inspection(path, FileState.DAMAGED, str(exc))
    try:
        return _inspect_open(path, conn)
    except sqlite3.DatabaseError as exc:
        return Inspection(path, FileState.DAMAGED, str(exc))
    finally:
        conn.close()


def _inspect_open(path: Path, conn: sqlite3.Connection) -> Inspection:
    application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if application_id not in (0, APPLICATION_ID):
        return Inspection(path, FileState.FOREIGN, f"application_id {application_id:#x}")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    problems = [str(r[0]) for r in conn.execute(f"PRAGMA quick_check({_PROBLEMS_SHOWN})")]
    if problems != ["ok"]:
        return Inspection(path, FileState.DAMAGED, " ; ".join(problems[:_PROBLEMS_SHOWN]))
    if application_id == 0:
        if not tables:
            return Inspection(path, FileState.EMPTY)
        if "alembic_version" not in tables:
            return Inspection(path, FileState.FOREIGN, "pas de table alembic_version")
        return Inspection(path, FileState.OK, older=True)
    return Inspection(path, FileState.OK)


def quick_check(path: Path) -> bool:
    """True when ``path`` is one of our databases and passes ``PRAGMA quick_check``."""
    return inspect(path).state is FileState.OK


def _free_name(base: Path) -> Path:
    candidate = base
    counter = 2
    while candidate.exists() or any(Path(f"{candidate}{s}").exists() for s in SIDECARS):
        candidate = base.with_name(f"{base.name}-{counter}")
        counter += 1
    return candidate


def move_aside(path: Path, label: str = "damaged", now: dt.datetime | None = None) -> Path:
    """Rename ``path`` and its ``-wal``/``-shm``/``-journal`` files to ``NAME.LABEL-STAMP``.

    The files keep their content and stay together (SQLite finds a log by the main file's
    name), so the set can still be opened, or sent to someone who can repair it.

    Returns:
        The new path of the main file.

    Raises:
        UserError: a file could not be renamed (open in another program, read-only folder).
    """
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = _free_name(path.with_name(f"{path.name}.{label}-{stamp}"))
    moves = [(Path(f"{path}{s}"), Path(f"{target}{s}")) for s in SIDECARS]
    try:
        # The logs first: a main file must never sit next to another database's log.
        for source, destination in moves:
            if source.exists():
                os.replace(source, destination)
        os.replace(path, target)
    except OSError as exc:
        raise UserError(
            f"Impossible de mettre de côté le fichier « {path} » ({exc.strerror or exc}). "
            "Fermez les programmes qui l'utilisent, ou déplacez-le vous-même, puis recommencez."
        ) from exc
    return target
