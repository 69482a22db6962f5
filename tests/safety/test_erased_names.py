"""After the RGPD anonymisation of a session, its people's names are nowhere in the files.

The database file and its write-ahead log are read as raw bytes: a deleted or overwritten row
stays readable there unless ``secure_delete`` zeroes it and the log is emptied.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from territ_desktop.domain.participant import Participant
from territ_desktop.services import Services

AFTER = dt.date(2031, 1, 1)  # the demo session's retention period is over


def _raw(path: Path) -> bytes:
    """The database file and its log, as they are on disk."""
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _found(words: set[str], path: Path) -> list[str]:
    data = _raw(path)
    return sorted(w for w in words if w.encode("utf-8") in data)


def test_anonymised_names_are_not_in_the_database_nor_its_log(
    demo: Services, demo_session_id: str
) -> None:
    path = demo.database.path
    assert path is not None
    with demo.database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    people = demo.participants.find(demo_session_id)
    emails = {p.email for p in people if p.email}
    names = {p.last_name for p in people} | {f"{p.first_name} {p.last_name}" for p in people}
    phones = {p.phone for p in people if p.phone}
    assert len(emails) == len(people) > 10
    assert _found(emails, path) == sorted(emails)  # there before: the check can see them

    report = demo.privacy.apply(AFTER)
    assert report.anonymised == len(people)
    # One more ordinary action, so that the log holds freshly written pages.
    demo.participants.create(Participant("", "Nouvelle", "Personne", email="nouvelle@ex.fr"))
    assert Path(f"{path}-wal").stat().st_size > 0
    assert _found(emails | names | phones, path) == []
    demo.database.close()
    assert _found(emails | names | phones, path) == []
