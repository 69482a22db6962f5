"""The participant directory: everyone known, across sessions, in a window of its own.

Search, filter by audience and session, edit, enrol in or take off a session, merge two
records of the same person, export. Every change is an undoable step of the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import Participant
from territ_desktop.ui import labels, messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.latest_job import LatestJob
from territ_desktop.ui.participant_dialog import edit_participant, enrol_participants
from territ_desktop.ui.participants_table_model import (
    ParticipantFilterProxy,
    ParticipantsTableModel,
)
from territ_desktop.ui.uiloader import child, icon, load_ui
from territ_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.services.participant_merge import MergeResult

_FIELDS = ("first_name", "organisation", "function", "territory", "email", "phone", "notes")


def keeper_first(a: Participant, b: Participant, sessions: dict[str, int]) -> bool:
    """Whether ``a`` should be the record kept when merging ``a`` and ``b``.

    The more complete record wins, then the one enrolled in more sessions, then ``a``.
    """

    def weight(p: Participant) -> tuple[int, int]:
        filled = sum(1 for f in _FIELDS if getattr(p, f)) + (p.audience is not Audience.AUTRE)
        return filled, sessions.get(p.id, 0)

    return weight(a) >= weight(b)


class DirectoryWindow(QObject):
    """A non-modal window over the whole directory."""

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        refresh: Callable[[], None],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._people = services.participants
        self._undo = undo_stack
        self._refresh = refresh
        w = self.widget = load_ui("directory_window.ui", parent)
        w.setWindowFlag(Qt.WindowType.Window)
        w.setWindowIcon(icon("people"))
        self.model = ParticipantsTableModel()
        self.proxy = ParticipantFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.view = child(w, QTableView, "participantsView")
        self.view.setModel(self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.search = child(w, QLineEdit, "searchEdit")
        self.search.textChanged.connect(self._on_filter)
        self.audience = child(w, QComboBox, "audienceFilterCombo")
        self.audience.addItem(self.tr("Tous les publics"), "")
        for code in Audience:
            self.audience.addItem(labels.audience(code), str(code))
        self.audience.currentIndexChanged.connect(self._on_filter)
        self.session_filter = child(w, QComboBox, "sessionFilterCombo")
        self.session_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.target = child(w, QComboBox, "targetSessionCombo")
        self.counts = child(w, QLabel, "countsLabel")
        self.buttons = {
            name: child(w, QPushButton, name)
            for name in (
                "editButton",
                "mergeButton",
                "enrolButton",
                "unenrolButton",
                "exportButton",
                "closeButton",
            )
        }
        self.buttons["editButton"].setIcon(icon("edit"))
        for name, slot in (
            ("editButton", self.edit),
            ("mergeButton", self.merge),
            ("enrolButton", self.enrol),
            ("unenrolButton", self.unenrol),
            ("exportButton", self.export),
            ("closeButton", w.close),
        ):
            self.buttons[name].clicked.connect(slot)
        self._export_job = LatestJob(self)
        self._export_job.busy_changed.connect(
            lambda busy: self.buttons["exportButton"].setEnabled(not busy)
        )
        self.reload()

    def show(self) -> None:
        """Show the window (reloaded), or bring it forward."""
        self.reload()
        if self.widget.isVisible():
            self.widget.raise_()
            self.widget.activateWindow()
        else:
            self.widget.show()

    def reload(self) -> None:
        """Read the sessions and the participants again, keeping filters and selection."""
        chosen = {p.id for p in self.selected()}
        sessions = self._services.sessions.list_sessions()
        for combo, first in (
            (self.session_filter, self.tr("Toutes les sessions")),
            (self.target, None),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, "")
            for summary in sessions:
                when = f" — {summary.first_date:%d/%m/%Y}" if summary.first_date else ""
                combo.addItem(summary.title + when, summary.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        session_id = self.session_filter.currentData() or None
        self.model.set_participants(self._people.find(session_id))
        self.view.resizeColumnsToContents()
        selection = self.view.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.participant_at(self.proxy.mapToSource(index).row()).id in chosen:
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._show_counts()
        self._enable()

    def _on_filter(self) -> None:
        self.proxy.set_search(self.search.text())
        code = self.audience.currentData()
        self.proxy.set_audience(Audience(code) if code else None)
        self._show_counts()

    def _show_counts(self) -> None:
        self.counts.setText(
            self.tr("{shown} personne(s) affichée(s) sur {total}.").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def _enable(self) -> None:
        n = len(self.view.selectionModel().selectedRows())
        has_session = self.target.count() > 0
        self.buttons["editButton"].setEnabled(n >= 1)
        self.buttons["mergeButton"].setEnabled(n == 2)
        self.buttons["enrolButton"].setEnabled(n >= 1 and has_session)
        self.buttons["unenrolButton"].setEnabled(n >= 1 and has_session)

    def selected(self) -> list[Participant]:
        """The selected participants, in display order."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.participant_at(self.proxy.mapToSource(i).row()) for i in rows]

    def shown(self) -> list[Participant]:
        """The participants the filters let through, in display order."""
        return [
            self.model.participant_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self._undo.push(ServiceCommand(text, redo=redo, undo=undo, refresh=self._refresh))

    # -- actions -------------------------------------------------------------------------------

    def edit(self) -> None:
        """Edit the first selected participant."""
        chosen = self.selected()
        if chosen:
            edit_participant(self.widget, self._people, chosen[0], self._push)

    def enrol(self) -> None:
        """Enrol the selected people in the chosen session."""
        session_id = self.target.currentData()
        ids = [p.id for p in self.selected()]
        if not session_id or not ids:
            return
        added = enrol_participants(self.widget, self._people, ids, session_id, self._push)
        if added == []:
            messages.show_info(self.widget, self.tr("Ces personnes sont déjà inscrites."))

    def unenrol(self) -> None:
        """Take the selected people off the chosen session; they stay in the directory."""
        session_id = self.target.currentData()
        if not session_id:
            return
        enrolled = {p.id for p in self._people.find(session_id)}
        ids = [p.id for p in self.selected() if p.id in enrolled]
        if not ids:
            messages.show_info(
                self.widget, self.tr("Aucune des personnes sélectionnées n'est inscrite.")
            )
            return

        def unenrol() -> bool:
            self._people.unenrol_many(ids, session_id)
            return True

        if not attempt(self.widget, unenrol):
            return
        self._push(
            self.tr("Désinscrire {n} personne(s)").format(n=len(ids)),
            redo=lambda: self._people.unenrol_many(ids, session_id),
            undo=lambda: self._people.enrol_many(ids, session_id),
        )

    def merge(self) -> None:
        """Merge the two selected records into the more complete one, after confirmation."""
        chosen = self.selected()
        if len(chosen) != 2:
            return
        a, b = chosen
        sessions = {p.id: len(self._people.sessions_of(p.id)) for p in chosen}
        keep, other = (a, b) if keeper_first(a, b, sessions) else (b, a)
        question = self.tr(
            "Fusionner ces deux fiches ?\n\nFiche gardée : {keep}\nFiche supprimée : {other}\n\n"
            "Les champs vides de la fiche gardée sont complétés ; les inscriptions et les "
            "présences de l'autre fiche lui sont rattachées. Ctrl+Z annule."
        ).format(keep=self._describe(keep, sessions), other=self._describe(other, sessions))
        if not messages.confirm(self.widget, question):
            return
        result = attempt(self.widget, lambda: self._people.merge(keep.id, other.id))
        if result is None:
            return
        holder: list[MergeResult] = [result]

        def redo() -> None:
            holder[0] = self._people.merge(keep.id, other.id)

        self._push(
            self.tr("Fusionner {name}").format(name=keep.printed_name),
            redo=redo,
            undo=lambda: self._people.unmerge(holder[0]),
        )

    def _describe(self, person: Participant, sessions: dict[str, int]) -> str:
        details = [d for d in (person.organisation, person.email) if d]
        text = person.printed_name + (f" ({', '.join(details)})" if details else "")
        return text + self.tr(", {n} session(s)").format(n=sessions.get(person.id, 0))

    def export(self) -> None:
        """Write the people shown to an Excel workbook or a CSV file, in the background."""
        path = messages.choose_save_file(
            self.widget,
            self.tr("Exporter l'annuaire"),
            self.tr("annuaire.xlsx"),
            self.tr("Classeur Excel (*.xlsx);;Fichier CSV (*.csv)"),
        )
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        people = self.shown()
        self._export_job.start(
            lambda: self._people.export_directory(people, path),
            self._exported,
            lambda message: messages.show_error(self.widget, message),
        )

    def _exported(self, path: object) -> None:
        assert isinstance(path, Path)
        messages.show_info(self.widget, self.tr("Annuaire enregistré : {path}").format(path=path))
