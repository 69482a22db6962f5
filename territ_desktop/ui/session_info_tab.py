"""The "Session" tab: title as printed, place, organiser, funders, capacity, trainers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from territ_desktop.domain.session import Session, SessionKind
from territ_desktop.ui import labels
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.trainer_dialog import TrainerDialog
from territ_desktop.ui.uiloader import child, icon, load_ui
from territ_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from territ_desktop.services import Services


class SessionInfoTab(QObject):
    """Edit a session's own fields; saved as one undoable step."""

    _services: Services

    def __init__(
        self,
        undo_stack: QUndoStack,
        refresh: Callable[[], None],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self._refresh = refresh
        self._session: Session | None = None
        w = self.widget = load_ui("session_info_tab.ui", parent)
        self.title = child(w, QLineEdit, "titleEdit")
        self.kind = child(w, QComboBox, "kindCombo")
        for kind in SessionKind:
            self.kind.addItem(labels.session_kind(kind), str(kind))
        self.place = child(w, QLineEdit, "placeNameEdit")
        self.address = child(w, QLineEdit, "placeAddressEdit")
        self.organiser = child(w, QLineEdit, "organiserEdit")
        self.organiser_address = child(w, QLineEdit, "organiserAddressEdit")
        self.funders = child(w, QPlainTextEdit, "fundersEdit")
        self.capacity = child(w, QSpinBox, "capacitySpin")
        self.description = child(w, QPlainTextEdit, "descriptionEdit")
        self.save_button = child(w, QPushButton, "saveButton")
        self.save_button.setIcon(icon("save"))
        self.save_button.clicked.connect(self.save)
        child(w, QPushButton, "revertButton").clicked.connect(self._show_fields)
        self.trainers = child(w, QListWidget, "trainersList")
        self.trainers.itemChanged.connect(self._on_trainer_toggled)
        add_trainer = child(w, QPushButton, "addTrainerButton")
        add_trainer.setIcon(icon("add"))
        add_trainer.clicked.connect(self.add_trainer)

    def attach(self, services: Services) -> None:
        """Work on an open database."""
        self._services = services

    def set_session(self, session: Session) -> None:
        """Show a session's fields and the trainers ticked for it."""
        self._session = session
        self._show_fields()
        self.trainers.blockSignals(True)
        try:
            self.trainers.clear()
            chosen = {t.id for t in session.trainers}
            for trainer in self._services.sessions.list_trainers():
                text = f"{trainer.display_name} — {labels.trainer_role(trainer.role)}"
                item = QListWidgetItem(text, self.trainers)
                item.setData(Qt.ItemDataRole.UserRole, trainer.id)
                item.setToolTip(trainer.organisation)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = trainer.id in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self.trainers.blockSignals(False)

    def _show_fields(self) -> None:
        s = self._session
        if s is None:
            return
        self.title.setText(s.title)
        self.title.setCursorPosition(0)
        self.kind.setCurrentIndex(self.kind.findData(str(s.kind)))
        self.place.setText(s.place_name)
        self.address.setText(s.place_address)
        self.organiser.setText(s.organiser)
        self.organiser_address.setText(s.organiser_address)
        self.funders.setPlainText("\n".join(s.funders))
        self.capacity.setValue(s.room_capacity or 0)
        self.description.setPlainText(s.description)

    def edited_value(self) -> Session:
        """The session as currently typed in the form."""
        assert self._session is not None
        funders = tuple(f.strip() for f in self.funders.toPlainText().splitlines() if f.strip())
        return replace(
            self._session,
            title=self.title.text().strip(),
            kind=SessionKind(self.kind.currentData()),
            place_name=self.place.text().strip(),
            place_address=self.address.text().strip(),
            organiser=self.organiser.text().strip(),
            organiser_address=self.organiser_address.text().strip(),
            funders=funders,
            room_capacity=self.capacity.value() or None,
            description=self.description.toPlainText(),
        )

    def save(self) -> None:
        """Save the form as one undoable edit."""
        if self._session is None:
            return
        old, new = self._session, self.edited_value()
        sessions = self._services.sessions
        if attempt(self.widget, lambda: sessions.update(new)) is None:
            return
        self._undo.push(
            ServiceCommand(
                self.tr("Modifier la session"),
                redo=lambda: sessions.update(new),
                undo=lambda: sessions.update(old),
                refresh=self._refresh,
            )
        )
        self._refresh()

    def _checked_trainer_ids(self) -> list[str]:
        ids = []
        for row in range(self.trainers.count()):
            item = self.trainers.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _on_trainer_toggled(self, _item: QListWidgetItem) -> None:
        if self._session is None:
            return
        session_id = self._session.id
        old = [t.id for t in self._session.trainers]
        new = self._checked_trainer_ids()
        self._set_trainers(session_id, old, new)

    def _set_trainers(self, session_id: str, old: list[str], new: list[str]) -> None:
        sessions = self._services.sessions
        if attempt(self.widget, lambda: sessions.set_trainers(session_id, new)) is None:
            return
        self._undo.push(
            ServiceCommand(
                self.tr("Changer les formateur·rices"),
                redo=lambda: sessions.set_trainers(session_id, new),
                undo=lambda: sessions.set_trainers(session_id, old),
                refresh=self._refresh,
            )
        )
        self._refresh()

    def add_trainer(self) -> None:
        """Create a trainer and tick them for this session."""
        if self._session is None:
            return
        dialog = TrainerDialog(self.widget)
        if not dialog.exec():
            return
        trainer = attempt(self.widget, lambda: self._services.sessions.save_trainer(dialog.value()))
        if trainer is None:
            return
        old = [t.id for t in self._session.trainers]
        self._set_trainers(self._session.id, old, [*old, trainer.id])
