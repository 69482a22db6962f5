"""The dialog shown for bugs: what happened, details to copy, and where the log is."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPlainTextEdit, QPushButton, QWidget

from territ_desktop.ui.uiloader import child, load_ui

log = logging.getLogger(__name__)


class ErrorDialog:
    """Shows an unexpected error with its details."""

    def __init__(self, details: str, log_file: Path, parent: QWidget | None = None) -> None:
        dialog = load_ui("error_dialog.ui", parent)
        assert isinstance(dialog, QDialog)
        self.dialog = dialog
        message = QApplication.translate(
            "ErrorDialog",
            "Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas perdues. "
            "Les détails ci-dessous ont été ajoutés au journal {log}; joignez-les si vous "
            "signalez le problème.",
        ).format(log=log_file)
        child(self.dialog, QLabel, "messageLabel").setText(message)
        self.details = child(self.dialog, QPlainTextEdit, "detailsEdit")
        self.details.setPlainText(details)
        child(self.dialog, QPushButton, "copyButton").clicked.connect(self._copy)
        child(self.dialog, QPushButton, "closeButton").clicked.connect(self.dialog.accept)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def install_excepthook(log_file: Path) -> None:
    """Log every uncaught exception and show it in an ErrorDialog instead of dying silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("Erreur inattendue", exc_info=(kind, value, tb))
        details = "".join(traceback.format_exception(kind, value, tb))
        if QApplication.instance() is not None:
            ErrorDialog(details, log_file, QApplication.activeWindow()).dialog.exec()

    sys.excepthook = hook
