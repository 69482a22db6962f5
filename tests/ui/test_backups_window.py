"""The backups window, and the start-up backup in the thread pool."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from territ_desktop.domain.participant import Participant
from territ_desktop.services import Services
from territ_desktop.services.backups import BackupService
from territ_desktop.ui import messages
from territ_desktop.ui.backups_window import BackupsWindow, reason_label, start_daily_backup
from territ_desktop.ui.main_window import MainWindow
from territ_desktop.ui.uiloader import child, register_icon_path


@pytest.fixture
def page(qtbot: Any, services: Services) -> tuple[BackupsWindow, list[int]]:
    register_icon_path()
    restored: list[int] = []
    window = BackupsWindow(services, lambda: restored.append(1), None)
    qtbot.addWidget(window.widget)
    window.show()
    return window, restored


def test_backup_now_restore_export_delete(
    page: tuple[BackupsWindow, list[int]],
    services: Services,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, restored = page
    assert window.table.rowCount() == 0
    assert not window.buttons["restoreButton"].isEnabled()
    services.participants.create(Participant("", "Avant", "Anne"))
    child(window.widget, QPushButton, "backupNowButton").click()
    assert window.table.rowCount() == 1 and answers[-1].startswith("Sauvegarde faite")
    assert window.table.item(0, 2).text() == "manuelle"
    services.participants.create(Participant("", "Après", "Paul"))
    window.buttons["restoreButton"].click()
    assert restored == [1]
    assert [p.last_name for p in services.participants.find()] == ["Avant"]
    assert window.table.rowCount() == 2  # the replaced database was kept
    assert window.table.item(0, 2).text() == "avant une restauration"
    target = tmp_path / "usb.sqlite3"
    monkeypatch.setattr(messages, "choose_save_file", lambda *_args: target)
    window.buttons["exportButton"].click()
    assert target.exists() and answers[-1].startswith("Sauvegarde copiée")
    window.buttons["deleteButton"].click()
    assert window.table.rowCount() == 1


def test_restore_from_a_file_and_policy(
    page: tuple[BackupsWindow, list[int]],
    services: Services,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, restored = page
    outside = services.backups.backup_to(tmp_path / "cle-usb.sqlite3")
    services.participants.create(Participant("", "Ajout", "Léa"))
    monkeypatch.setattr(messages, "choose_open_file", lambda *_args: outside)
    window.buttons["restoreFileButton"].click()
    assert restored == [1] and services.participants.find() == []
    window.daily.setValue(2)
    window.weekly.setValue(0)
    window.buttons["policyButton"].click()
    assert services.backups.policy().daily == 2


def test_a_failed_restore_is_a_message(
    page: tuple[BackupsWindow, list[int]],
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, restored = page
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"x" * 5000)
    monkeypatch.setattr(messages, "choose_open_file", lambda *_args: broken)
    window.buttons["restoreFileButton"].click()
    assert restored == [] and "endommagée" in answers[-1]


def test_reason_labels(qapp: Any) -> None:
    assert reason_label("avant-migration-0003") == "avant la mise à jour du schéma 0003"
    assert reason_label("auto") == "automatique (quotidienne)"
    assert reason_label("inconnue") == "inconnue"


def test_daily_backup_runs_in_the_background(
    qtbot: Any, window: MainWindow, demo: Services
) -> None:
    assert demo.backups.all() == []
    job = start_daily_backup(window, demo)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: "automatique" in window.window.statusBar().currentMessage())
    assert [b.reason for b in demo.backups.all()] == ["auto"]


def test_menu_opens_the_pages(qtbot: Any, window: MainWindow, answers: list[str]) -> None:
    window.action("actionBackups").trigger()
    assert window.backups is not None and window.backups.widget.isVisible()
    window.action("actionPrivacy").trigger()
    assert window.privacy is not None and window.privacy.widget.isVisible()
    window.after_data_replaced()
    assert window.undo_stack.count() == 0


def test_daily_backup_failure_is_shown(
    qtbot: Any, window: MainWindow, answers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from territ_desktop.storage.backups import BackupError

    def fail(_self: BackupService) -> None:
        raise BackupError("Le disque est plein.")

    monkeypatch.setattr(BackupService, "daily_if_due", fail)
    services = window._services
    job = start_daily_backup(window, services)
    assert job is not None
    qtbot.waitUntil(lambda: any("disque est plein" in a for a in answers))
    assert dt.date.today()  # nothing else happened
