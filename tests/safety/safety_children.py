"""What the child processes of the safety tests run (real services, real files, then killed).

The children are forked from a clean ``forkserver`` process that has already imported the
services, so each one starts in milliseconds: twenty ``kill -9`` runs fit in seconds. A child
tells the parent it is about to start the work under test with ``ready``; the parent kills it
at a random moment after that.
"""

from __future__ import annotations

import pickle
import resource
import signal
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any


def _services(database: str) -> Any:
    from territ_desktop.services import Services
    from territ_desktop.storage.database import open_database

    db = open_database(database, backup_dir=Path(database).parent / "backups")
    return Services.build(db)


def limit_file_size(size: int) -> None:
    """Make writes past ``size`` bytes fail with EFBIG, as on a full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


def _report(ready: Connection, work: Any, size_limit: int | None) -> None:
    from territ_desktop.domain.errors import UserError

    if size_limit is not None:
        limit_file_size(size_limit)
    ready.send("ready")
    start = time.perf_counter()
    try:
        work()
    except UserError as error:
        ready.send(("error", str(error)))
        return
    ready.send(("done", time.perf_counter() - start))


def apply_import(
    ready: Connection, database: str, plan_file: str, size_limit: int | None = None
) -> None:
    """Write a 10,000-row import plan with the import service (one transaction)."""
    services = _services(database)
    plan = pickle.loads(Path(plan_file).read_bytes())  # our own test file
    _report(ready, lambda: services.importing.apply(plan), size_limit)


def export_directory(
    ready: Connection, database: str, target: str, size_limit: int | None = None
) -> None:
    """Export the whole directory to an Excel workbook (the atomic-write helper)."""
    services = _services(database)
    people = services.participants.find()
    _report(ready, lambda: services.participants.export_directory(people, target), size_limit)


def export_attendance(
    ready: Connection, database: str, session_id: str, target: str, size_limit: int | None = None
) -> None:
    """Export a session's attendance workbook for the funder (the atomic-write helper)."""
    services = _services(database)
    export = services.attendance.export_attendance
    _report(ready, lambda: export(session_id, Path(target)), size_limit)


def make_backup(ready: Connection, database: str, folder: str, size_limit: int) -> None:
    """Take a backup with the backup API on a disk that fills up."""
    from territ_desktop.services.backups import BackupService

    service = BackupService(Path(database), Path(folder))
    _report(ready, service.make, size_limit)


def hold_window_lock(ready: Connection, database: str) -> None:
    """Open the database as the window does (instance lock taken) and keep it open."""
    from territ_desktop.services.startup import Recovery, open_checked

    path = Path(database)
    opened = open_checked(
        database,
        backup_root=path.parent / "backups",
        home=path.parent,
        decide=lambda _problem: Recovery.QUIT,
    )
    ready.send("ready")
    ready.recv()  # until killed, or told to stop
    opened.close()


def keep_writing(ready: Connection, database: str, batch: int) -> None:
    """Insert participants in transactions of ``batch`` rows until killed."""
    from sqlalchemy import text

    from territ_desktop.storage.database import open_database

    db = open_database(database)
    number = 0
    ready.send("ready")
    while True:
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO participants (id, last_name, first_name, organisation, "
                    "function, audience, territory, email, phone, notes) VALUES "
                    "(:id, :name, '', '', '', 'autre', '', '', '', '')"
                ),
                [{"id": f"w{number}-{i}", "name": f"Lot {number}"} for i in range(batch)],
            )
        number += 1
