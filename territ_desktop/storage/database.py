"""Opening a database: URL resolution, SQLite pragmas, migrations, one session per action."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from territ_desktop.domain.errors import UserError
from territ_desktop.storage import archive_guard, migrate, write_errors

log = logging.getLogger(__name__)


def resolve_url(target: str | Path) -> str:
    """Turn a file path or an SQLAlchemy URL into an SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise UserError(f"Adresse de base de données invalide : « {text} ».") from exc
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine) -> None:
    """Pragmas and the explicit-BEGIN recipe from SQLAlchemy's pysqlite documentation."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin, so DDL is transactional.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    write_errors.install(engine)  # disk full, read-only, damaged: French messages


@dataclass
class Database:
    """An open, migrated database and its session factory."""

    engine: Engine
    url: str
    path: Path | None
    backup_path: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        archive_guard.install(self._sessions)  # archived sessions are read-only

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One session and one transaction for one user action; committed on success."""
        with self._sessions() as session, session.begin():
            yield session

    @property
    def display_name(self) -> str:
        """What to show the user: the file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def open_database(target: str | Path, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database named by a path or URL.

    A database written by a newer version is refused before anything touches it. An SQLite
    database that needs migrating is first copied with the backup API into ``backup_dir``.
    """
    url = resolve_url(target)
    path = _sqlite_path(url)
    backup_path: Path | None = None
    up_to_date = False
    if path is not None:
        if path.exists() and path.stat().st_size > 0:
            revision = migrate.sqlite_revision(path)
            migrate.refuse_if_newer(revision, str(path))
            up_to_date = revision == migrate.SCHEMA_HEAD
            if revision is not None and not up_to_date:
                directory = backup_dir or path.parent / "backups"
                backup_path = migrate.backup_sqlite(path, directory, f"avant-migration-{revision}")
                log.info("Copie avant migration : %s", backup_path)
        else:
            if not path.parent.exists():
                raise UserError(f"Le dossier « {path.parent} » n'existe pas.")
    engine = create_engine(url)
    if path is not None:
        _configure_sqlite(engine)
    try:
        if path is None:
            with engine.connect() as connection:
                migrate.refuse_if_newer(migrate.current_revision(connection), url)
        if not up_to_date:
            migrate.upgrade(engine)
        elif path is not None:
            with engine.connect():
                pass  # applies the pragmas (WAL) now rather than at the first action
    except OperationalError as exc:
        engine.dispose()
        raise UserError(f"Impossible d'ouvrir la base de données : {exc.orig}.") from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(engine=engine, url=url, path=path, backup_path=backup_path)
