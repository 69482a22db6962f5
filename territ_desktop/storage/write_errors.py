"""SQLite failures the user can act on (disk full, read-only, damaged file) as French messages.

Installed on every SQLite engine by :func:`territ_desktop.storage.database.open_database`: the
driver's error is replaced by a :class:`DatabaseWriteError` (a UserError), so the window shows a
message box and ``territ`` prints one line instead of a traceback. SQLite has already rolled the
transaction back: what was committed before is intact.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

from territ_desktop.domain.errors import UserError

# Primary result codes (the low byte of SQLite's extended codes).
SQLITE_BUSY = 5
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26

_MESSAGES = {
    SQLITE_FULL: (
        "Le disque est plein : la modification n'a pas été enregistrée (ce qui l'était avant "
        "est intact). Libérez de la place, puis recommencez."
    ),
    SQLITE_IOERR: (
        "La base de données n'a pas pu être écrite (disque plein, clé USB retirée ou disque "
        "défaillant ?) : la modification n'a pas été enregistrée, ce qui l'était avant est "
        "intact. Vérifiez le disque, puis recommencez."
    ),
    SQLITE_READONLY: (
        "La base de données est en lecture seule (fichier protégé, ou support en lecture "
        "seule) : la modification n'a pas été enregistrée."
    ),
    SQLITE_BUSY: (
        "La base de données est occupée par un autre programme : la modification n'a pas été "
        "enregistrée. Réessayez dans un instant."
    ),
    SQLITE_CORRUPT: (
        "La base de données est endommagée. Fermez TERRIT Desktop et relancez-le : il "
        "proposera de restaurer la dernière sauvegarde."
    ),
    SQLITE_NOTADB: (
        "Le fichier de la base de données a été remplacé ou endommagé. Fermez TERRIT Desktop "
        "et relancez-le : il proposera de restaurer la dernière sauvegarde."
    ),
}


class DatabaseWriteError(UserError):
    """SQLite could not complete an action for a reason outside the program."""


def message_for(error: BaseException) -> str | None:
    """The French message for a driver error, or None if it is not one the user can act on."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    return _MESSAGES.get(code & 0xFF)


def install(engine: Engine) -> None:
    """Turn the engine's disk-full, read-only, busy and damaged-file errors into UserErrors."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        message = message_for(context.original_exception)
        if message is not None:
            raise DatabaseWriteError(
                f"{message} (SQLite : {context.original_exception})"
            ) from context.original_exception
