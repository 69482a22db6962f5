"""``territ-desktop`` start-up: recovery offered for a damaged file, one window per database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from territ_desktop import app as app_module
from territ_desktop.domain.participant import Participant
from territ_desktop.services.startup import Recovery, StartupProblem, open_checked
from territ_desktop.storage import instance_lock
from territ_desktop.ui import application, messages
from territ_desktop.ui.main_window import MainWindow


@pytest.fixture
def started(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[tuple[list[MainWindow], list[str]]]:
    """Run ``app.main`` until the window is filled; windows and fatal messages are recorded."""
    windows: list[MainWindow] = []
    fatal: list[str] = []

    class Recorded(MainWindow):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            windows.append(self)

    monkeypatch.setenv(application.QUIT_AFTER_ENV, "data")
    monkeypatch.setenv("TERRIT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(application, "MainWindow", Recorded)
    monkeypatch.setattr(application, "install_excepthook", lambda _log: None)
    monkeypatch.setattr(application, "show_fatal", fatal.append)
    monkeypatch.setattr(app_module, "configure_logging", lambda: None)
    locale = QLocale()
    yield windows, fatal
    for window in windows:
        window.window.close()
        window.window.deleteLater()
    # app.main installed Qt's French catalogue in the shared QApplication: take it out again,
    # or later tests of the English interface see « Annuler ».
    for translator in qapp.property("territ_translators") or []:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def _database_with_backup(path: Path) -> None:
    opened = open_checked(
        str(path),
        backup_root=path.parent / "data" / "backups",
        home=path.parent / "data",
        decide=lambda _p: Recovery.QUIT,
    )
    services = opened.services()
    services.participants.create(Participant("", "Morel", "Anne"))
    services.backups.make()
    opened.close()


def test_damaged_database_is_restored_when_the_user_says_so(
    started: tuple[list[MainWindow], list[str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    windows, fatal = started
    (tmp_path / "data").mkdir()
    path = tmp_path / "territ.sqlite3"
    _database_with_backup(path)
    path.write_bytes(b"\x00" * 8192)
    offered: list[tuple[str, str | None]] = []

    def answer(_parent: Any, text: str, when: str | None) -> str:
        offered.append((text, when))
        return "restore"

    monkeypatch.setattr(messages, "offer_recovery", answer)
    assert app_module.main(["--database", str(path)]) == 0
    assert fatal == []
    ((text, when),) = offered
    assert "mis de côté" in text and when is not None
    assert windows[0].session_list is not None
    assert [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert instance_lock.current_holder(path) is None  # released at exit
    opened = open_checked(
        str(path), backup_root=tmp_path / "b", home=tmp_path, decide=lambda _p: Recovery.QUIT
    )
    assert [p.last_name for p in opened.services().participants.find()] == ["Morel"]
    opened.close()


def test_second_window_on_the_same_database_is_refused(
    started: tuple[list[MainWindow], list[str]], tmp_path: Path
) -> None:
    _windows, fatal = started
    path = tmp_path / "territ.sqlite3"
    with instance_lock.acquire(path):
        assert app_module.main(["--database", str(path)]) == 1
    (message,) = fatal
    assert "déjà ouverte" in message and "processus" in message


def test_offer_recovery_buttons(qapp: Any) -> None:
    def click(label: str) -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        button = next(b for b in box.buttons() if b.text().startswith(label))
        button.click()

    QTimer.singleShot(0, lambda: click("Restaurer la sauvegarde du 12/03/2026"))
    assert messages.offer_recovery(None, "Abîmée.", "12/03/2026 à 09:14") == "restore"
    QTimer.singleShot(0, lambda: click("Repartir"))
    assert messages.offer_recovery(None, "Abîmée.", None) == "new"
    QTimer.singleShot(0, lambda: click("Quitter"))
    assert messages.offer_recovery(None, "Abîmée.", None) == "quit"


def test_problem_message_for_a_lost_file(tmp_path: Path) -> None:
    from territ_desktop.storage.integrity import FileState, Inspection

    problem = StartupProblem(Inspection(tmp_path / "x.sqlite3", FileState.MISSING), None)
    assert problem.message().startswith("La base de données")
    assert "mis de côté" not in problem.message()
