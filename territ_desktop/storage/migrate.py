"""Schema versions: inspect a database, copy it, migrate it, refuse a newer one.

The SQLite traps handled here (see docs/database.md):
- foreign keys are switched off outside the migration's transaction, because a batch migration
  rebuilds a parent table by dropping it and ``ON DELETE CASCADE`` would empty its children;
  ``PRAGMA foreign_key_check`` runs before commit;
- the engine emits an explicit ``BEGIN`` (see :mod:`territ_desktop.storage.database`), so DDL is
  transactional and a failing migration rolls back whole;
- the copy made before migrating uses SQLite's backup API, never a file copy of a WAL database.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from territ_desktop.domain.errors import DatabaseTooNewError, UserError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision, spelt out so that opening an up-to-date database does not need to load
# Alembic at all (it costs start-up time). A test checks it against the migrations folder.
SCHEMA_HEAD = "0004"


def alembic_config() -> Config:
    """An Alembic configuration pointing at the bundled migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The revision this version of the program expects, read from the migrations."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this version of the program knows."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def sqlite_revision(path: Path) -> str | None:
    """Read the schema revision of an SQLite file without writing anything to it.

    Returns None for an empty database. Raises UserError for a file that is not a TERRIT
    database.
    """
    uri = f"file:{path}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise UserError(f"Impossible d'ouvrir la base de données « {path} » : {exc}.") from exc
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise UserError(
                f"Le fichier « {path} » n'est pas une base TERRIT Desktop. "
                "Choisissez un autre fichier ou un nouveau nom."
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        raise UserError(
            f"Le fichier « {path} » n'est pas une base de données lisible ({exc}). "
            "Il est peut-être endommagé : restaurez une sauvegarde."
        ) from exc
    finally:
        conn.close()


def refuse_if_newer(revision: str | None, where: str) -> None:
    """Raise DatabaseTooNewError when ``revision`` is unknown to this version."""
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise DatabaseTooNewError(
            f"La base « {where} » a été créée par une version plus récente de TERRIT Desktop "
            f"(schéma {revision}). Installez la dernière version pour l'ouvrir ; "
            "le fichier n'a pas été modifié."
        )


def backup_sqlite(source: Path, backup_dir: Path, reason: str) -> Path:
    """Copy an SQLite database with the backup API; return the copy's path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{source.stem}-{stamp}-{reason}.sqlite3"
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in a database reached through SQLAlchemy."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Migrate to ``target`` in one transaction, with SQLite's foreign keys off meanwhile."""
    from alembic import command

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        if sqlite and raw is not None:
            # Must happen outside a transaction (SQLite ignores it inside one), hence on the
            # driver connection, which SQLAlchemy would otherwise wrap in an implicit BEGIN.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                if sqlite:
                    broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise UserError(
                            "La mise à jour de la base a été annulée : elle aurait laissé des "
                            f"références cassées ({len(broken)}). Signalez ce problème."
                        )
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
