"""The Qt side of start-up: the application object, translations, the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from territ_desktop.domain.errors import UserError
from territ_desktop.paths import APP_NAME
from territ_desktop.ui.error_dialog import install_excepthook
from territ_desktop.ui.i18n import DEFAULT_LANGUAGE, install_translators
from territ_desktop.ui.main_window import MainWindow
from territ_desktop.ui.uiloader import register_icon_path
from territ_desktop.ui.worker import wait_for_jobs

if TYPE_CHECKING:
    from territ_desktop.services import Services

# For bench/startup_bench.py: "window" quits once the window is shown, "data" once it is filled.
QUIT_AFTER_ENV = "TERRIT_QUIT_AFTER"


def open_settings(path: Path) -> QSettings:
    """The settings file (window state, language) in the data folder."""
    return QSettings(str(path), QSettings.Format.IniFormat)


def create_application(settings: QSettings, language: str | None = None) -> QApplication:
    """Create the QApplication with translations and icons set up."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("TERRIT")
    app.setDesktopFileName("territ-desktop")  # packaging/linux: menu entry and icon
    register_icon_path()
    chosen = language or str(settings.value("language", DEFAULT_LANGUAGE))
    app.setProperty("territ_translators", install_translators(app, chosen))
    return app


def show_fatal(message: str) -> None:
    """A message box for an error that stops start-up (e.g. a database from a newer version)."""
    QMessageBox.critical(None, APP_NAME, message)


def run_window(
    app: QApplication,
    settings: QSettings,
    log_file: Path,
    open_services: Callable[[], Services],
) -> int:
    """Show the main window at once, then open the database and run the event loop."""
    install_excepthook(log_file)
    window = MainWindow(settings, log_file)
    window.show()
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after == "window":
        QTimer.singleShot(0, app.quit)

    def load() -> None:
        try:
            services = open_services()
        except UserError as error:
            show_fatal(str(error))
            app.exit(1)
            return
        window.attach(services)
        if quit_after == "data":
            app.quit()
            return
        from territ_desktop.ui.backups_window import start_daily_backup

        start_daily_backup(window, services)  # in the thread pool: the window stays usable

    if quit_after != "window":
        # After the first paint: the window appears before the database layer is loaded.
        QTimer.singleShot(0, load)
    status = app.exec()
    wait_for_jobs()
    return status
