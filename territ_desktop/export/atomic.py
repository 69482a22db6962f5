"""Atomic file writing shared by every export, with French messages for the usual failures.

An export is written to a temporary file in the target's folder, flushed to disk, then moved
over the target in one step (:func:`os.replace`). A failure at any point leaves the previous
file untouched and no temporary file behind, so a sign-in sheet already printed or sent to a
funder is never replaced by half a file.

A process killed while writing (``kill -9``, power cut) cannot remove its temporary file: the
next export to the same file does. On POSIX a writer holds an ``flock`` on its temporary file
until the end, so only a file whose writer is gone is removed; on Windows, where an open file
cannot be deleted anyway, one older than a day.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from territ_desktop.domain.errors import UserError

_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_BINARY = getattr(os, "O_BINARY", 0)  # Windows would translate line ends without it.
_TEMPORARY_TAIL = re.compile(r"[0-9a-f]{8}\.tmp")  # after ".NAME.": see _create_temporary
_ABANDONED_AGE = 24 * 3600.0  # seconds; where no lock tells (Windows), no export lasts a day

Stage = Literal["create", "write", "replace"]


class ExportError(UserError):
    """An export could not be written; the message says what to do about it."""


def _describe(exc: OSError, target: Path, stage: Stage) -> str:
    """Turn an operating-system error into a French sentence the user can act on."""
    name = target.name
    folder = str(target.parent)
    if exc.errno in _DISK_FULL:
        return (
            f"Le disque est plein : « {name} » n'a pas pu être enregistré dans « {folder} ». "
            "Libérez de la place ou choisissez un autre emplacement (clé USB, autre disque), "
            "puis recommencez."
        )
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return (
            f"Le dossier « {folder} » n'existe pas ou n'est plus accessible (clé USB retirée, "
            "lecteur réseau déconnecté ?). Choisissez un autre dossier, puis recommencez."
        )
    if isinstance(exc, IsADirectoryError) or target.is_dir():
        return f"« {target} » est un dossier : choisissez un nom de fichier."
    if exc.errno in _READ_ONLY or isinstance(exc, PermissionError):
        if stage == "replace":
            return (
                f"Le fichier « {name} » est ouvert dans un autre programme (Excel, lecteur PDF…) "
                "ou protégé en écriture. Fermez-le, puis recommencez, ou enregistrez sous un "
                "autre nom."
            )
        return (
            f"Le dossier « {folder} » est en lecture seule : TERRIT Desktop ne peut pas y "
            "écrire. Choisissez un autre dossier (par exemple vos Documents), puis recommencez."
        )
    reason = exc.strerror or exc.__class__.__name__
    return f"Impossible d'enregistrer « {target} » ({reason}). Vérifiez le dossier et recommencez."


def _create_temporary(target: Path) -> tuple[Path, int | None]:
    """Create an empty temporary file next to ``target``; the umask sets its permissions.

    Returns:
        The file and, on POSIX, a descriptor holding its lock until the export ends.
    """
    for _ in range(100):
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
        except FileExistsError:
            continue
        if sys.platform == "win32":
            os.close(fd)  # Windows would refuse to rename a file still open
            return candidate, None
        import fcntl

        with contextlib.suppress(OSError):  # no locks here (some network shares): never swept
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return candidate, fd
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def _remove_if_abandoned(path: Path) -> None:
    """Delete a temporary file whose export died; leave one still being written."""
    if sys.platform == "win32":
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime > _ABANDONED_AGE:
                path.unlink()
        return
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY | _BINARY)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while its writer is alive
        path.unlink()
    except OSError:
        pass
    finally:
        os.close(fd)


def _sweep(target: Path) -> None:
    """Remove the temporary files of ``target`` left by exports that were killed."""
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return  # reported when the temporary file is created
    for name in names:
        if name.startswith(prefix) and _TEMPORARY_TAIL.fullmatch(name[len(prefix) :]):
            _remove_if_abandoned(target.parent / name)


def _sync_file(path: Path) -> None:
    """Flush a file's content to the disk before it replaces the target."""
    fd = os.open(path, os.O_RDWR | _BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it atomically replaces ``target``.

    The temporary file already exists (empty) in the target's folder, so a library that wants a
    file name (reportlab, openpyxl) can write to it. If the body raises, the temporary file is
    removed and ``target`` is left as it was. Operating-system errors become :class:`ExportError`
    with a French explanation; any other exception is re-raised unchanged.

    Args:
        target: The file to create or replace.

    Yields:
        The temporary file's path.

    Raises:
        ExportError: The folder is missing or read-only, the disk is full, or the target is open
            in another program.
    """
    target = Path(target)
    _sweep(target)
    try:
        temporary, held = _create_temporary(target)
    except OSError as exc:
        raise ExportError(_describe(exc, target, "create")) from exc
    stage: Stage = "write"
    try:
        yield temporary
        _sync_file(temporary)
        stage = "replace"
        os.replace(temporary, target)
    except OSError as exc:
        _discard(temporary)
        raise ExportError(_describe(exc, target, stage)) from exc
    except BaseException:
        _discard(temporary)
        raise
    finally:
        if held is not None:
            os.close(held)
    _sync_folder(target.parent)


@contextlib.contextmanager
def atomic_binary(target: Path | str) -> Iterator[BinaryIO]:
    """Yield a binary file open for writing; on success it atomically replaces ``target``.

    Same guarantees and errors as :func:`atomic_path`.

    Args:
        target: The file to create or replace.

    Yields:
        A file object opened in ``"wb"`` mode on the temporary file.
    """
    with atomic_path(target) as temporary, temporary.open("wb") as stream:
        yield stream
