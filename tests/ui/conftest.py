"""GUI fixtures: the window on the demo database, and dialogs answered by the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from territ_desktop.services import Services
from territ_desktop.ui import messages
from territ_desktop.ui.form_dialog import FormDialog
from territ_desktop.ui.main_window import MainWindow
from territ_desktop.ui.uiloader import register_icon_path

Filler = Callable[[Any], None]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[type, Filler]:
    """Register ``dialogs[SomeDialog] = fill``: ``exec`` fills the form and presses OK."""
    fillers: dict[type, Filler] = {}

    def fake_exec(self: FormDialog) -> bool:
        fill = fillers[type(self)]
        fill(self)
        self.validate()
        return True

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    return fillers


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmations are answered yes; errors and infos are recorded, not shown."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _parent, _text: True)
    monkeypatch.setattr(messages, "show_error", lambda _p, text: shown.append(text))
    monkeypatch.setattr(messages, "show_info", lambda _p, text: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot: Any, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the demo database, shown offscreen."""
    register_icon_path()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, tmp_path / "territ.log")
    qtbot.addWidget(main.window)
    main.show()
    main.attach(demo)
    qtbot.waitExposed(main.window)
    yield main  # qtbot closes and deletes the window afterwards


def pytest_sessionfinish() -> None:
    """Let pool threads end before the interpreter does."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    pool.waitForDone()
    pool.setExpiryTimeout(0)
    pool.waitForDone()
