"""The "Participants" tab: who is enrolled, searchable, with counts by audience type."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import Participant
from territ_desktop.ui import labels, messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.participant_dialog import (
    ParticipantDialog,
    edit_participant,
    enrol_participants,
)
from territ_desktop.ui.participants_table_model import (
    ParticipantFilterProxy,
    ParticipantsTableModel,
)
from territ_desktop.ui.uiloader import child, icon, load_ui
from territ_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.services.participants import ParticipantService
    from territ_desktop.ui.import_dialog import ImportDialog


class ParticipantsTab(QObject):
    """List, search, add, edit and remove the participants of the current session."""

    _services: Services
    _people: ParticipantService

    def __init__(
        self,
        undo_stack: QUndoStack,
        refresh: Callable[[], None],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self._refresh = refresh
        self.session_id: str | None = None
        w = self.widget = load_ui("participants_tab.ui", parent)
        self.model = ParticipantsTableModel()
        self.proxy = ParticipantFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.view = child(w, QTableView, "participantsView")
        self.view.setModel(self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.search = child(w, QLineEdit, "searchEdit")
        self.search.textChanged.connect(self._on_filter)
        self.audience = child(w, QComboBox, "audienceFilterCombo")
        self.audience.addItem(self.tr("Tous les publics"), "")
        for code in Audience:
            self.audience.addItem(labels.audience(code), str(code))
        self.audience.currentIndexChanged.connect(self._on_filter)
        self.counts = child(w, QLabel, "countsLabel")
        for name, icon_name, slot in (
            ("addButton", "add", self.add),
            ("editButton", "edit", self.edit),
            ("deleteButton", "delete", self.delete),
        ):
            button = child(w, QPushButton, name)
            button.setIcon(icon(icon_name))
            button.clicked.connect(slot)
        child(w, QPushButton, "deleteButton").setShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete)
        )
        child(w, QPushButton, "enrolButton").clicked.connect(self.enrol_from_directory)
        child(w, QPushButton, "importButton").clicked.connect(self.import_file)
        self.import_dialog: ImportDialog | None = None

    def attach(self, services: Services) -> None:
        """Work on an open database."""
        self._services = services
        self._people = services.participants

    def set_session(self, session_id: str) -> None:
        """Show the participants of a session."""
        self.session_id = session_id
        people = self._people.find(session_id)
        self.model.set_participants(people)
        self.view.resizeColumnsToContents()
        self._show_counts(people)

    def _show_counts(self, people: list[Participant]) -> None:
        counts = dict.fromkeys(Audience, 0)
        for person in people:
            counts[person.audience] += 1
        parts = [
            self.tr("{label} : {n}").format(label=labels.audience(code), n=n)
            for code, n in counts.items()
            if n
        ]
        total = self.tr("{n} inscrit·e(s)").format(n=len(people))
        self.counts.setText(total + (" — " + " · ".join(parts) if parts else ""))

    def _on_filter(self) -> None:
        self.proxy.set_search(self.search.text())
        code = self.audience.currentData()
        self.proxy.set_audience(Audience(code) if code else None)

    def selected(self) -> list[Participant]:
        """The selected participants, in display order."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.participant_at(self.proxy.mapToSource(i).row()) for i in rows]

    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self._undo.push(ServiceCommand(text, redo=redo, undo=undo, refresh=self._refresh))
        self._refresh()

    def add(self) -> None:
        """Register a new person and enrol them in this session."""
        if self.session_id is None:
            return
        session_id = self.session_id
        dialog = ParticipantDialog(self.widget)
        if not dialog.exec():
            return
        person = attempt(self.widget, lambda: self._people.create(dialog.value(), session_id))
        if person is None:
            return
        self._push(
            self.tr("Ajouter {name}").format(name=person.printed_name),
            redo=lambda: self._people.create(person, session_id),
            undo=lambda: self._people.delete(person.id),
        )

    def edit(self) -> None:
        """Edit the first selected participant."""
        chosen = self.selected()
        if chosen:
            edit_participant(self.widget, self._people, chosen[0], self._push)

    def delete(self) -> None:
        """Take the selected people off this session (undoable)."""
        chosen = self.selected()
        if not chosen or self.session_id is None:
            return
        session_id = self.session_id
        question = self.tr(
            "Retirer {n} personne(s) de cette session ? Celles qui ne sont inscrites à aucune "
            "autre session sont supprimées de l'annuaire. Ctrl+Z annule."
        ).format(n=len(chosen))
        if not messages.confirm(self.widget, question):
            return
        ids = [p.id for p in chosen]
        removals = attempt(self.widget, lambda: self._people.remove_from_session(ids, session_id))
        if removals is None:
            return
        done = list(removals)

        def redo() -> None:
            done[:] = self._people.remove_from_session(ids, session_id)

        self._push(
            self.tr("Retirer {n} personne(s)").format(n=len(ids)),
            redo=redo,
            undo=lambda: self._people.undo_removals(done),
        )

    def enrol_from_directory(self) -> None:
        """Enrol people already in the directory in this session (undoable)."""
        from territ_desktop.ui.enrol_dialog import EnrolDialog

        if self.session_id is None:
            return
        session_id = self.session_id
        dialog = EnrolDialog(self.widget, self._people.find(not_in_session=session_id))
        if not dialog.exec():
            return
        ids = [p.id for p in dialog.chosen()]
        enrol_participants(self.widget, self._people, ids, session_id, self._push)

    def import_file(self) -> None:
        """Import a registration spreadsheet into this session (one undoable step)."""
        from territ_desktop.ui.import_command import start_import

        self.import_dialog = start_import(
            self.widget, self._services, self._undo, self.session_id, self._refresh
        )
