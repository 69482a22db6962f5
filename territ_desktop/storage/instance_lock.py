"""One window per database: an operating-system lock on a file next to the database.

The lock itself is the OS's (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), so it
dies with the process: after a crash or a ``kill -9`` the next start takes it at once, nothing
to clean up. The file's content (JSON: process id, computer, user, start time) only says who
holds the lock, for the message shown to a second window; it is emptied on a clean exit, so
content found when taking a free lock means the previous run did not end normally.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from territ_desktop.domain.errors import UserError

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
# Windows locks a byte range; the range sits past the text so the text stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20
_BUSY = {errno.EAGAIN, errno.EACCES, getattr(errno, "EWOULDBLOCK", errno.EAGAIN)}


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) a database: what the lock file says."""

    pid: int
    host: str
    user: str
    started: dt.datetime

    def describe(self) -> str:
        """E.g. « marie sur PORTABLE-1 (processus 1234), depuis le 12/03/2026 à 09:14 »."""
        return (
            f"{self.user or 'un autre compte'} sur {self.host or 'cet ordinateur'} "
            f"(processus {self.pid}), depuis le {self.started:%d/%m/%Y à %H:%M}"
        )

    def to_json(self) -> str:
        """The lock file's content."""
        return json.dumps(
            {
                "pid": self.pid,
                "host": self.host,
                "user": self.user,
                "started": self.started.isoformat(timespec="seconds"),
                "program": "TERRIT Desktop",
            }
        )

    @classmethod
    def from_json(cls, text: str) -> LockHolder | None:
        """Read a lock file's content; None when it is empty or not ours."""
        try:
            data = json.loads(text)
            return cls(
                pid=int(data["pid"]),
                host=str(data["host"]),
                user=str(data["user"]),
                started=dt.datetime.fromisoformat(str(data["started"])),
            )
        except (ValueError, KeyError, TypeError):
            return None

    @classmethod
    def me(cls, now: dt.datetime | None = None) -> LockHolder:
        """This process."""
        try:
            user = getpass.getuser()
        except (OSError, KeyError):  # no user name in the environment or password database
            user = ""
        return cls(os.getpid(), socket.gethostname(), user, now or dt.datetime.now())


class InstanceLockedError(UserError):
    """The database is already open in another TERRIT Desktop window."""

    def __init__(self, database: Path, holder: LockHolder | None) -> None:
        who = holder.describe() if holder is not None else "un autre programme"
        super().__init__(
            f"La base « {database} » est déjà ouverte dans TERRIT Desktop par {who}. "
            "Une seule fenêtre peut l'ouvrir à la fois : utilisez la fenêtre déjà ouverte, ou "
            "fermez-la puis recommencez."
        )
        self.holder = holder


def lock_path(database: Path) -> Path:
    """The lock file of a database: ``NAME.lock`` next to it."""
    return database.with_name(database.name + LOCK_SUFFIX)


def _read_text(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096).decode("utf-8", errors="replace")


def _try_lock(fd: int) -> bool:
    """Take the OS lock without waiting; False if another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _BUSY or sys.platform == "win32":
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def current_holder(database: Path) -> LockHolder | None:
    """What the lock file of ``database`` says (it may be a crashed process's)."""
    try:
        text = lock_path(database).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return LockHolder.from_json(text)


class InstanceLock:
    """A held lock on one database; release it (or use ``with``) when the window closes."""

    def __init__(self, database: Path, fd: int | None, previous: LockHolder | None) -> None:
        self.database = database
        self.path = lock_path(database)
        self._fd = fd
        self.previous = previous  # not None: the previous run ended without releasing

    @property
    def held(self) -> bool:
        """Whether this object still holds the lock."""
        return self._fd is not None

    def release(self) -> None:
        """Empty the lock file and let the lock go (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            with contextlib.suppress(OSError):
                _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()


def acquire(database: Path, now: dt.datetime | None = None) -> InstanceLock:
    """Take the lock of ``database`` for this process.

    Raises:
        InstanceLockedError: another process holds it; the message names the holder.
        UserError: the lock file cannot be created (read-only folder).
    """
    path = lock_path(database)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    except OSError as exc:
        raise UserError(
            f"Impossible de créer « {path} » ({exc.strerror or exc}) : le dossier de la base "
            "est-il en lecture seule ?"
        ) from exc
    try:
        locked = _try_lock(fd)
    except OSError as exc:
        # A file system without locks (some network shares): go on, unprotected, and say so.
        log.warning("Verrou impossible sur %s (%s) : ouverture sans verrou", path, exc)
        locked = True
    except BaseException:
        os.close(fd)
        raise
    if not locked:
        holder = LockHolder.from_json(_read_text(fd))
        os.close(fd)
        raise InstanceLockedError(database, holder)
    try:
        previous = LockHolder.from_json(_read_text(fd))
        if previous is not None:
            log.warning("La session précédente ne s'est pas terminée normalement : %s", previous)
        content = LockHolder.me(now).to_json().encode("utf-8")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, content)
        os.fsync(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)
        raise
    return InstanceLock(database, fd, previous)
