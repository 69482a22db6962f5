"""Background work where only the latest request counts."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThread

from territ_desktop.domain.errors import UserError
from territ_desktop.ui.latest_job import LatestJob


def test_only_the_latest_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    runner = LatestJob()
    release = threading.Event()
    results: list[tuple[object, bool]] = []

    def slow() -> str:
        release.wait(5)
        return "old"

    def record(value: object) -> None:
        results.append((value, QThread.currentThread() is runner.thread()))

    runner.start(slow, record, lambda _m: None)
    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        runner.start(lambda: "new", record, lambda _m: None)
    assert not runner.busy
    assert results == [("new", True)]
    release.set()
    qtbot.waitUntil(lambda: not runner._running, timeout=5000)
    assert results == [("new", True)]


def test_errors_and_stop(qtbot: Any) -> None:
    runner = LatestJob()
    errors: list[str] = []

    def fail() -> None:
        raise UserError("Le fichier est ouvert ailleurs.")

    with qtbot.waitSignal(runner.busy_changed, timeout=5000):
        runner.start(fail, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == ["Le fichier est ouvert ailleurs."]
    runner.stop()
    runner.start(lambda: 1, lambda _r: errors.append("delivered"), errors.append)
    qtbot.waitUntil(lambda: not runner._running, timeout=5000)
    assert errors == ["Le fichier est ouvert ailleurs."]
