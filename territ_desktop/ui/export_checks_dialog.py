"""Dialog listing what to check before an attendance export, with "Export anyway"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QPushButton, QStyle, QWidget

from territ_desktop.domain.attendance_checks import AttendanceWarning, WarningKind
from territ_desktop.ui.uiloader import child, load_ui


def kind_label(kind: WarningKind) -> str:
    """A short title for a kind of warning."""
    titles = {
        WarningKind.PUBLIC_HOLIDAY: QCoreApplication.translate("ExportChecksDialog", "Jour férié"),
        WarningKind.MISSING_STATUS: QCoreApplication.translate(
            "ExportChecksDialog", "Présences à compléter"
        ),
        WarningKind.OVER_CAPACITY: QCoreApplication.translate(
            "ExportChecksDialog", "Salle trop petite"
        ),
        WarningKind.TRAINER_CONFLICT: QCoreApplication.translate(
            "ExportChecksDialog", "Formateur·rice sur deux sessions"
        ),
    }
    return titles[kind]


class ExportChecksDialog:
    """Shows the warnings; ``exec()`` is True when the user chose to export anyway."""

    def __init__(self, parent: QWidget | None, warnings: Sequence[AttendanceWarning]) -> None:
        dialog = load_ui("export_checks_dialog.ui", parent)
        assert isinstance(dialog, QDialog)
        self.dialog = dialog
        self.warnings = tuple(warnings)
        self.list = child(dialog, QListWidget, "warningsList")
        self.list.setSpacing(3)
        sign = dialog.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for warning in self.warnings:
            item = QListWidgetItem(sign, f"{kind_label(warning.kind)} — {warning.message}")
            item.setToolTip(warning.message)
            self.list.addItem(item)
        self.export_button = child(dialog, QPushButton, "exportAnywayButton")
        self.cancel_button = child(dialog, QPushButton, "cancelButton")
        self.export_button.clicked.connect(dialog.accept)
        self.cancel_button.clicked.connect(dialog.reject)
        self.cancel_button.setFocus()

    def exec(self) -> bool:
        """Show the dialog modally; True to export anyway."""
        return self.dialog.exec() == QDialog.DialogCode.Accepted
