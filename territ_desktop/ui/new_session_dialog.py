"""Dialog to start a new session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.session import Session, SessionKind
from territ_desktop.ui import labels
from territ_desktop.ui.form_dialog import FormDialog
from territ_desktop.ui.uiloader import child


class NewSessionDialog(FormDialog):
    """Title and kind; everything else is edited on the session page."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__("new_session_dialog.ui", parent)
        self.title = child(self.dialog, QLineEdit, "titleEdit")
        self.kind = child(self.dialog, QComboBox, "kindCombo")
        for kind in SessionKind:
            self.kind.addItem(labels.session_kind(kind), str(kind))
        self._id = new_id()
        self.validate = self.value

    def value(self) -> Session:
        """The new session; raises ValidationError without a title."""
        title = self.title.text().strip()
        if not title:
            raise ValidationError(
                QCoreApplication.translate("NewSessionDialog", "Donnez un titre à la session.")
            )
        return Session(id=self._id, title=title, kind=SessionKind(self.kind.currentData()))
