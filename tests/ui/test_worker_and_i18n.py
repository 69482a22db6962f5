from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from territ_desktop.domain.errors import UserError
from territ_desktop.ui.i18n import install_translators
from territ_desktop.ui.worker import Job


def test_background_job_returns_its_result(qtbot: Any) -> None:
    job = Job(lambda: sum(range(1000)))
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    assert blocker.args == [499500]


def test_background_user_error_becomes_a_message(qtbot: Any) -> None:
    def fail() -> None:
        raise UserError("Le fichier est ouvert dans un autre programme.")

    job = Job(fail)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["Le fichier est ouvert dans un autre programme."]


def test_qt_standard_buttons_speak_french(qapp: Any) -> None:
    translators = install_translators(qapp, "fr")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
