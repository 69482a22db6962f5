"""The backups page: list, back up now, restore, export to a USB key, delete, thinning policy.

Also the start-up backup (:func:`start_daily_backup`), which runs in the thread pool once the
window is filled, so that a large database never delays the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from territ_desktop.ui import messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.uiloader import child, icon, load_ui
from territ_desktop.ui.worker import Job

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.services.backups import BackupFile, RestoreOutcome
    from territ_desktop.ui.main_window import MainWindow

_T = TypeVar("_T")
_RUNNING: set[Job] = set()  # jobs without a parent must stay referenced until they end
_FILTER = "Sauvegardes TERRIT (*.sqlite3);;Tous les fichiers (*)"


def reason_label(reason: str) -> str:
    """Why a backup was taken, in the interface language."""
    if reason.startswith("avant-migration-"):
        return QCoreApplication.translate(
            "BackupsWindow", "avant la mise à jour du schéma {revision}"
        ).format(revision=reason.removeprefix("avant-migration-"))
    labels = {
        "auto": QCoreApplication.translate("BackupsWindow", "automatique (quotidienne)"),
        "manuelle": QCoreApplication.translate("BackupsWindow", "manuelle"),
        "avant-restauration": QCoreApplication.translate("BackupsWindow", "avant une restauration"),
        "avant-rgpd": QCoreApplication.translate("BackupsWindow", "avant l'anonymisation (RGPD)"),
    }
    return labels.get(reason, reason)


def _size(size: int) -> str:
    return QCoreApplication.translate("BackupsWindow", "{size} Ko").format(
        size=f"{max(1, round(size / 1024)):,}".replace(",", "\u202f")
    )


class BackupsWindow(QObject):
    """A non-modal window over the backups of the open database.

    ``on_restored`` runs after a restore (the main window reloads and forgets its undo steps).
    """

    def __init__(
        self, services: Services, on_restored: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._backups = services.backups
        self._on_restored = on_restored
        w = self.widget = load_ui("backups_window.ui", parent)
        w.setWindowFlag(Qt.WindowType.Window)
        w.setWindowIcon(icon("territ"))
        self.table = child(w, QTableWidget, "backupsTable")
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Taille"), self.tr("Pourquoi")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._enable)
        self.folder = child(w, QLabel, "folderLabel")
        self.buttons = {
            name: child(w, QPushButton, name)
            for name in (
                "backupNowButton",
                "restoreButton",
                "exportButton",
                "deleteButton",
                "restoreFileButton",
                "policyButton",
            )
        }
        self.buttons["backupNowButton"].clicked.connect(self.backup_now)
        self.buttons["restoreButton"].clicked.connect(self.restore_selected)
        self.buttons["exportButton"].clicked.connect(self.export_selected)
        self.buttons["deleteButton"].clicked.connect(self.delete_selected)
        self.buttons["restoreFileButton"].clicked.connect(self.restore_from_file)
        self.buttons["policyButton"].clicked.connect(self.apply_policy)
        self.daily = child(w, QSpinBox, "dailySpin")
        self.weekly = child(w, QSpinBox, "weeklySpin")
        self.monthly = child(w, QSpinBox, "monthlySpin")
        self._shown: list[BackupFile] = []
        self.reload()

    def show(self) -> None:
        """Show the window (reloaded) and bring it forward."""
        self.reload()
        if self.widget.isVisible():
            self.widget.raise_()
            self.widget.activateWindow()
        else:
            self.widget.show()

    def reload(self) -> None:
        """Read the backups folder and the policy again."""
        available = self._backups.available
        if available:
            self.folder.setText(self.tr("Dossier : {folder}").format(folder=self._backups.folder))
        else:
            self.folder.setText(
                self.tr(
                    "Cette base est sur un serveur : utilisez les sauvegardes du serveur (pg_dump)."
                )
            )
        self._shown = self._backups.all()
        self.table.setRowCount(len(self._shown))
        for row, backup in enumerate(self._shown):
            cells = [
                f"{backup.taken_at:%d/%m/%Y %H:%M:%S}",
                _size(backup.size),
                reason_label(backup.reason),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self._shown:
            self.table.selectRow(0)
        policy = self._backups.policy()
        self.daily.setValue(policy.daily)
        self.weekly.setValue(policy.weekly)
        self.monthly.setValue(policy.monthly)
        for name in ("backupNowButton", "restoreFileButton", "policyButton"):
            self.buttons[name].setEnabled(available)
        self._enable()

    def selected(self) -> BackupFile | None:
        """The backup selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for name in ("restoreButton", "exportButton", "deleteButton"):
            self.buttons[name].setEnabled(chosen)

    def backup_now(self) -> None:
        """Back the database up now."""
        made = self._busy(lambda: self._backups.make())
        if made is not None:
            self.reload()
            messages.show_info(
                self.widget, self.tr("Sauvegarde faite : {file}").format(file=made.path.name)
            )

    def restore_selected(self) -> None:
        """Put the selected backup in place of the database, after confirmation."""
        backup = self.selected()
        if backup is not None:
            self._restore(backup.path, f"{backup.taken_at:%d/%m/%Y %H:%M}")

    def restore_from_file(self) -> None:
        """Restore a backup kept elsewhere (a USB key)."""
        path = messages.choose_open_file(self.widget, self.tr("Restaurer une sauvegarde"), _FILTER)
        if path is not None:
            self._restore(path, str(path))

    def _restore(self, path: Path, what: str) -> None:
        question = self.tr(
            "Remplacer la base actuelle par la sauvegarde du {what} ?\n\nLa base actuelle est "
            "d'abord sauvegardée : vous pourrez y revenir depuis cette liste. Les annulations "
            "en attente (Ctrl+Z) seront oubliées."
        ).format(what=what)
        if not messages.confirm(self.widget, question):
            return
        database = self._services.database
        outcome: RestoreOutcome | None = self._busy(lambda: self._backups.restore(path, database))
        self.reload()
        if outcome is None:
            return
        self._on_restored()
        text = self.tr("Sauvegarde restaurée.")
        if outcome.kept is not None:
            text += " " + self.tr("La base remplacée a été sauvegardée ({file}).").format(
                file=outcome.kept.path.name
            )
        messages.show_info(self.widget, text)

    def export_selected(self) -> None:
        """Copy the selected backup to a place the user chooses."""
        backup = self.selected()
        if backup is None:
            return
        target = messages.choose_save_file(
            self.widget, self.tr("Exporter la sauvegarde"), backup.path.name, _FILTER
        )
        if target is None:
            return
        if self._busy(lambda: self._backups.export(backup.path, target)) is not None:
            messages.show_info(
                self.widget, self.tr("Sauvegarde copiée : {file}").format(file=target)
            )

    def delete_selected(self) -> None:
        """Delete the selected backup, after confirmation."""
        backup = self.selected()
        if backup is None:
            return
        question = self.tr("Supprimer définitivement la sauvegarde du {date} ?").format(
            date=f"{backup.taken_at:%d/%m/%Y %H:%M}"
        )
        if messages.confirm(self.widget, question):
            attempt(self.widget, lambda: self._backups.delete(backup.path))
            self.reload()

    def apply_policy(self) -> None:
        """Save the numbers of backups kept, and thin the list accordingly."""
        from territ_desktop.services.backups import ThinningPolicy

        deleted = attempt(
            self.widget,
            lambda: self._backups.set_policy(
                ThinningPolicy(self.daily.value(), self.weekly.value(), self.monthly.value())
            ),
        )
        self.reload()
        if deleted:
            messages.show_info(
                self.widget,
                self.tr("{count} sauvegarde(s) supprimée(s).").format(count=len(deleted)),
            )

    def _busy(self, action: Callable[[], _T]) -> _T | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return attempt(self.widget, action)
        finally:
            QGuiApplication.restoreOverrideCursor()


def start_daily_backup(window: MainWindow, services: Services) -> Job | None:
    """Back up in the background if the last backup is more than a day old."""
    backups = services.backups
    if not backups.available:
        return None
    job = Job(backups.daily_if_due)  # no parent: it may outlive a window closed meanwhile
    _RUNNING.add(job)
    bar = window.window.statusBar()

    def done(result: object) -> None:
        _RUNNING.discard(job)
        made = getattr(result, "made", None)
        if made is not None and isValid(bar):
            bar.showMessage(
                QCoreApplication.translate("BackupsWindow", "Sauvegarde automatique faite."), 5000
            )

    def failed(message: str) -> None:
        _RUNNING.discard(job)
        messages.show_error(
            window.window if isValid(window.window) else None,
            QCoreApplication.translate(
                "BackupsWindow", "La sauvegarde automatique a échoué : {reason}"
            ).format(reason=message),
        )

    job.finished.connect(done)
    job.failed.connect(failed)
    job.crashed.connect(lambda _details: _RUNNING.discard(job))
    job.start()
    return job
