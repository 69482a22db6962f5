"""Every message box and file picker goes through here: one seam for tests to patch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """Ask for an existing file to read; None if the user cancels.

    ``filters`` uses Qt's syntax: ``"Tableurs (*.xlsx *.csv);;Tous les fichiers (*)"``.
    """
    name, _selected = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


def choose_save_file(
    parent: QWidget | None, title: str, suggested: str, filters: str
) -> Path | None:
    """Ask where to write a file (``suggested``: a proposed name or path); None if cancelled."""
    name, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def open_file(parent: QWidget | None, path: Path) -> None:
    """Open a file just written with the system's application for it (PDF reader, Excel)."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        show_error(
            parent,
            QCoreApplication.translate(
                "messages", "Impossible d'ouvrir « {path} » : ouvrez-le depuis son dossier."
            ).format(path=path),
        )


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """Ask for a folder to write files into; None if the user cancels."""
    name = QFileDialog.getExistingDirectory(parent, title)
    return Path(name) if name else None


def offer_recovery(parent: QWidget | None, text: str, backup_date: str | None) -> str:
    """A damaged or lost database: ``"restore"`` the newest good backup, ``"new"`` or ``"quit"``.

    ``backup_date`` (e.g. « 12/03/2026 à 09:14 ») names the backup offered; None when there is
    none, and then only a new database or quitting are offered.
    """
    box = QMessageBox(
        QMessageBox.Icon.Warning, _title(), text, QMessageBox.StandardButton.NoButton, parent
    )
    restore = None
    if backup_date is not None:
        restore = box.addButton(
            QCoreApplication.translate("messages", "Restaurer la sauvegarde du {date}").format(
                date=backup_date
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
    new = box.addButton(
        QCoreApplication.translate("messages", "Repartir d'une base vide"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("messages", "Quitter sans rien changer"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(restore or quit_button)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    return "new" if clicked is new else "quit"
