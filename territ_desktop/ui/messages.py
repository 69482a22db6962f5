"""Every message box and file picker goes through here: one seam for tests to patch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _title() -> str:
    return QCoreApplication.translate("messages", "TERRIT Desktop")


def show_error(parent: QWidget | None, text: str) -> None:
    """Tell the user something went wrong that they can act on."""
    QMessageBox.warning(parent, _title(), text)


def show_info(parent: QWidget | None, text: str) -> None:
    """Tell the user something worth knowing."""
    QMessageBox.information(parent, _title(), text)


def confirm(parent: QWidget | None, text: str) -> bool:
    """Ask a yes/no question; default answer is no."""
    answer = QMessageBox.question(
        parent,
        _title(),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
