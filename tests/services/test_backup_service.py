"""The backup service: daily backup, manual backup, restore into an open database, export."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from territ_desktop.domain.errors import UserError
from territ_desktop.domain.participant import Participant
from territ_desktop.export import ExportError
from territ_desktop.services import Services
from territ_desktop.services.backups import BackupService, ThinningPolicy
from territ_desktop.storage import migrate


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def test_daily_backup_only_when_the_last_is_a_day_old(services: Services, tmp_path: Path) -> None:
    assert services.database.path is not None
    clock = Clock(dt.datetime(2026, 3, 1, 9, 0))
    backups = BackupService(services.database.path, tmp_path / "b", clock)
    first = backups.daily_if_due()
    assert first.made is not None and first.made.reason == "auto"
    clock.now += dt.timedelta(hours=23)
    assert backups.daily_if_due().made is None
    clock.now += dt.timedelta(hours=2)
    assert backups.daily_if_due().made is not None
    assert len(backups.all()) == 2


def test_daily_backup_thins(services: Services, tmp_path: Path) -> None:
    assert services.database.path is not None
    clock = Clock(dt.datetime(2026, 1, 1, 9, 0))
    backups = BackupService(services.database.path, tmp_path / "b", clock)
    backups.set_policy(ThinningPolicy(daily=3, weekly=0, monthly=0))
    for _ in range(6):
        backups.daily_if_due()
        clock.now += dt.timedelta(days=1)
    assert [b.taken_at.day for b in backups.all()] == [6, 5, 4]


def test_restore_into_the_open_database(services: Services) -> None:
    people = services.participants
    people.create(Participant("", "Avant", "Anne"))
    backup = services.backups.make()
    people.create(Participant("", "Après", "Paul"))
    outcome = services.backups.restore(backup.path, services.database)
    # The same services keep working, on the restored content.
    assert [p.last_name for p in people.find()] == ["Avant"]
    assert outcome.kept is not None
    assert {b.reason for b in services.backups.all()} >= {"manuelle", "avant-restauration"}
    # ... and the restore itself can be undone from the list.
    services.backups.restore(outcome.kept.path, services.database)
    assert [p.last_name for p in people.find()] == ["Après", "Avant"]


def test_restoring_an_older_schema_migrates_it(services: Services, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    data = Path(__file__).parents[1] / "storage" / "data" / "schema_0003.sqlite3"
    old.write_bytes(data.read_bytes())
    services.backups.restore(old, services.database)
    assert services.database.path is not None
    assert migrate.sqlite_revision(services.database.path) == migrate.SCHEMA_HEAD
    assert len(services.participants.find()) == 41
    reasons = [b.reason for b in services.backups.all()]
    assert "avant-migration-0003" in reasons


def test_export_and_backup_to(services: Services, tmp_path: Path) -> None:
    services.participants.create(Participant("", "Morel", "Anne"))
    made = services.backups.make()
    usb = tmp_path / "usb"
    usb.mkdir()
    copied = services.backups.export(made.path, usb / made.path.name)
    assert copied.read_bytes() == made.path.read_bytes()
    fresh = services.backups.backup_to(usb / "maintenant.sqlite3")
    with sqlite3.connect(fresh) as conn:
        assert conn.execute("SELECT last_name FROM participants").fetchall() == [("Morel",)]
    conn.close()
    with pytest.raises(ExportError, match="n'existe pas"):
        services.backups.backup_to(tmp_path / "absent" / "x.sqlite3")
    assert services.database.path is not None
    with pytest.raises(UserError, match="autre fichier"):
        services.backups.backup_to(services.database.path)


def test_delete_and_find(services: Services) -> None:
    made = services.backups.make()
    assert services.backups.find(made.path.name) == made
    services.backups.delete(made.path)
    assert services.backups.all() == []
    with pytest.raises(UserError, match="n'existe plus"):
        services.backups.find(made.path.name)


def test_no_backups_for_a_server() -> None:
    service = BackupService(None, Path("unused"))
    assert not service.available and service.all() == []
    with pytest.raises(UserError, match="PostgreSQL"):
        service.make()
