"""The "Présences" tab: who came to each half-day, entered from the keyboard or the mouse.

Select cells and type P (present), A (absent), E (excused), H (partial: arrival and departure
times) or Delete; arrows move. "Tous présents" fills a half-day, then the exceptions are typed.
Every change is one undoable step of the main window, however many cells it touches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from territ_desktop.domain.attendance import AttendanceChange, AttendanceRecord, AttendanceStatus
from territ_desktop.domain.errors import NotFoundError
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import HalfDay
from territ_desktop.ui import labels, messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.attendance_edits import (
    KEYS,
    PARTIAL,
    default_half_day,
    partial_changes,
    push_step,
    status_changes,
)
from territ_desktop.ui.attendance_exports import AttendanceExports, ExportKind
from territ_desktop.ui.attendance_grid_model import AttendanceGridModel
from territ_desktop.ui.attendance_grid_view import GridWithTotals
from territ_desktop.ui.uiloader import child, icon, load_ui

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.ui.signin_window import SignInWindow

Key = tuple[str, str]


class AttendanceTab(QObject):
    """The attendance grid of the current session, its totals, walk-ins, sign-in and exports.

    Status edits (and their undo) reload only this tab, so that typing down a column stays
    instant; ``attendance_changed`` then tells whoever else shows attendance. Walk-ins change
    the enrolments and reload the whole page.
    """

    attendance_changed = Signal()
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
        self.session_id: str | None = None
        self._title = ""
        self._records: Mapping[Key, AttendanceRecord] = {}
        self.now: Callable[[], dt.datetime] = dt.datetime.now  # tests fix the clock here
        self.signin: SignInWindow | None = None
        w = self.widget = load_ui("attendance_tab.ui", parent)
        self.model = AttendanceGridModel()
        self.view = child(w, QTableView, "gridView")
        self.totals = child(w, QTableView, "totalsView")
        self.views = GridWithTotals(self.view, self.totals, self.model)
        self.view.installEventFilter(self)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.empty = child(w, QLabel, "emptyLabel")
        self.half_day_combo = child(w, QComboBox, "halfDayCombo")
        self.half_day_combo.currentIndexChanged.connect(self._on_combo)
        self.export_status = child(w, QLabel, "exportStatusLabel")
        self.buttons = {
            name: child(w, QPushButton, name)
            for name in ("allPresentButton", "walkInButton", "signInButton", "exportButton")
        }
        self.buttons["allPresentButton"].clicked.connect(self.mark_all_present)
        self.buttons["signInButton"].clicked.connect(self.open_sign_in)
        self.buttons["walkInButton"].setIcon(icon("add"))
        self.buttons["exportButton"].setIcon(icon("save"))
        self.status_actions = self._status_actions()
        self.walk_in_menu = QMenu(w)
        self.walk_in_menu.addAction(self.tr("Nouvelle personne…")).triggered.connect(
            self.walk_in_new
        )
        self.walk_in_menu.addAction(self.tr("Personne déjà dans l'annuaire…")).triggered.connect(
            self.walk_in_known
        )
        self.buttons["walkInButton"].setMenu(self.walk_in_menu)
        self.exports = AttendanceExports(w, self)
        self.exports.busy_changed.connect(self._export_busy)
        self.export_menu, self.export_actions = self.exports.menu(w, self.export)
        self.buttons["exportButton"].setMenu(self.export_menu)

    def _status_actions(self) -> dict[AttendanceStatus | str | None, QAction]:
        keys = {
            AttendanceStatus.PRESENT: "P",
            AttendanceStatus.ABSENT: "A",
            AttendanceStatus.EXCUSED: "E",
        }
        actions: dict[AttendanceStatus | str | None, QAction] = {}
        for status, key in keys.items():
            action = QAction(f"{labels.attendance_status(status)}\t{key}", self)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            actions[status] = action
        partial = labels.attendance_status(AttendanceStatus.PARTIAL)
        actions[PARTIAL] = QAction(f"{partial}…\tH", self)
        actions[PARTIAL].triggered.connect(self.set_partial)
        actions[None] = QAction(self.tr("Effacer le statut\tSuppr"), self)
        actions[None].triggered.connect(lambda: self.set_status(None))
        return actions

    def attach(self, services: Services) -> None:
        """Work on an open database."""
        self._services = services

    # -- display ---------------------------------------------------------------------------

    def set_session(self, session_id: str) -> None:
        """Show the attendance of a session (keeping the selection if it is the same one)."""
        new_session = session_id != self.session_id
        self.session_id = session_id
        sheet = self._services.attendance.sheet(session_id)
        self._title = sheet.session.title
        self._records = sheet.records
        half_days = sheet.session.half_days
        new_days = [h.id for h in half_days] != [h.id for h in self.model.half_days]
        reset = self.model.set_sheet(half_days, sheet.participants, sheet.records, sheet.walk_ins)
        has_days = bool(half_days)
        for widget in (self.view, self.totals):
            widget.setVisible(has_days)
        self.empty.setVisible(not has_days)
        for name in ("allPresentButton", "walkInButton", "signInButton"):
            self.buttons[name].setEnabled(has_days)
        if reset:
            self.views.relayout()
        else:
            self.views.refresh_widths()
        if new_session or new_days:
            self._fill_combo(half_days, None if new_session else self.current_half_day())

    def reload(self) -> None:
        """Read the attendance again, after an edit, an undo or a redo."""
        if self.session_id is not None:
            try:
                self.set_session(self.session_id)
            except NotFoundError:
                return  # the session was deleted: the page shows that on its next reload
        self.attendance_changed.emit()

    def _fill_combo(self, half_days: tuple[HalfDay, ...], keep: HalfDay | None) -> None:
        combo = self.half_day_combo
        combo.blockSignals(True)
        combo.clear()
        for half_day in half_days:
            text = f"{half_day.date:%d/%m/%Y} — {labels.period(half_day.period).lower()}"
            combo.addItem(text, half_day.id)
        chosen = keep or default_half_day(half_days, self.now())
        combo.setCurrentIndex(max(0, combo.findData(chosen.id)) if chosen else -1)
        combo.blockSignals(False)
        self._on_combo()

    def current_half_day(self) -> HalfDay | None:
        """The half-day chosen above the grid (it follows the current column)."""
        column = self.model.column_of(str(self.half_day_combo.currentData() or ""))
        return None if column is None else self.model.half_day_at(column)

    def _on_combo(self) -> None:
        half_day = self.current_half_day()
        if half_day is None:
            return
        column = self.model.column_of(half_day.id)
        current = self.view.currentIndex()
        if column is not None and current.column() != column:
            row = current.row() if self.model.participant_at(current.row()) else 0
            self.view.setCurrentIndex(self.model.index(row, column))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        half_day = self.model.half_day_at(current.column())
        if half_day is not None:
            self.half_day_combo.setCurrentIndex(self.half_day_combo.findData(half_day.id))

    def selected_cells(self) -> list[tuple[Participant, HalfDay]]:
        """The selected status cells (or the current one), in grid order."""
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        cells = [self.model.cell(i) for i in sorted(indexes, key=lambda i: (i.column(), i.row()))]
        return [c for c in cells if c is not None]

    def select_cell(self, participant_id: str, half_day_id: str) -> None:
        """Make one cell current and selected."""
        row, column = self.model.row_of(participant_id), self.model.column_of(half_day_id)
        if row is not None and column is not None:
            self.view.setCurrentIndex(self.model.index(row, column))

    # -- editing ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        plain = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        if event.modifiers() & ~plain or event.key() not in KEYS:
            return False
        what = KEYS[event.key()]
        if what == PARTIAL:
            self.set_partial()
        else:
            assert what is None or isinstance(what, AttendanceStatus)
            self.set_status(what, advance=True)
        return True

    def set_status(self, status: AttendanceStatus | None, advance: bool = False) -> None:
        """Give the selected cells a status (None clears them), as one undoable step."""
        cells = self.selected_cells()
        changes = status_changes(cells, status, self.model.record)
        if changes:
            label = (
                self.tr("Effacer le statut") if status is None else labels.attendance_status(status)
            )
            self._apply(self._describe(label, cells), changes)
        if advance and len(cells) == 1:
            self._move_down()

    def set_partial(self) -> None:
        """Ask for arrival and departure times, then mark the selected cells partly present."""
        from territ_desktop.ui.partial_attendance_dialog import PartialAttendanceDialog

        cells = self.selected_cells()
        if not cells:
            return
        if len({h.id for _, h in cells}) > 1:
            messages.show_error(
                self.widget,
                self.tr(
                    "Une présence partielle se saisit pour une seule demi-journée à la fois : "
                    "sélectionnez des cases d'une seule colonne."
                ),
            )
            return
        half_day = cells[0][1]
        first = cells[0][0]
        who = (
            first.printed_name if len(cells) == 1 else self.tr("{n} personnes").format(n=len(cells))
        )
        dialog = PartialAttendanceDialog(
            self.widget, half_day, who, self.model.record(first.id, half_day.id)
        )
        times = dialog.value() if dialog.exec() else None
        dialog.dialog.deleteLater()
        if times is None:
            return
        arrival, departure = times
        changes = partial_changes(cells, arrival, departure, self.model.record)
        label = labels.attendance_status(AttendanceStatus.PARTIAL)
        self._apply(self._describe(label, cells), changes)

    def _describe(self, label: str, cells: list[tuple[Participant, HalfDay]]) -> str:
        if len(cells) == 1:
            person, half_day = cells[0]
            return self.tr("{status} : {name}, {half_day}").format(
                status=label, name=person.printed_name, half_day=half_day.label
            )
        return self.tr("{status} : {n} cases").format(status=label, n=len(cells))

    def _move_down(self) -> None:
        current = self.view.currentIndex()
        if self.model.participant_at(current.row() + 1) is not None:
            self.view.setCurrentIndex(self.model.index(current.row() + 1, current.column()))

    def _apply(self, text: str, changes: list[AttendanceChange]) -> None:
        """Apply changes now, and push the step that undoes and redoes them."""
        session_id, attendance = self.session_id, self._services.attendance
        if session_id is None:
            return
        inverse = attempt(self.widget, lambda: attendance.apply(session_id, changes))
        if inverse is not None:
            push_step(
                self._undo,
                text,
                inverse,
                redo=lambda: attendance.apply(session_id, changes),
                undo=lambda back: attendance.apply(session_id, back),
                refresh=self.reload,
            )

    def mark_all_present(self) -> None:
        """Everyone without a status for the chosen half-day becomes present (undoable)."""
        half_day, session_id = self.current_half_day(), self.session_id
        if half_day is None or session_id is None:
            return
        attendance = self._services.attendance
        inverse = attempt(self.widget, lambda: attendance.mark_all_present(session_id, half_day.id))
        if inverse is None:
            return
        if not inverse:
            messages.show_info(
                self.widget,
                self.tr("Tout le monde a déjà un statut pour le {half_day}.").format(
                    half_day=half_day.label
                ),
            )
            return
        push_step(
            self._undo,
            self.tr("Tous présents : {half_day}").format(half_day=half_day.label),
            inverse,
            redo=lambda: attendance.mark_all_present(session_id, half_day.id),
            undo=lambda back: attendance.apply(session_id, back),
            refresh=self.reload,
        )
        column = self.model.column_of(half_day.id)
        if column is not None:  # ready to type the exceptions down the column
            self.view.setCurrentIndex(self.model.index(0, column))
        self.view.setFocus()

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if self.model.cell(index) is None:
            return
        selection = self.view.selectionModel()
        if not selection.isSelected(index):
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        menu = QMenu(self.view)
        menu.addActions(list(self.status_actions.values()))
        menu.addSeparator()
        menu.addAction(self.tr("Tous présents pour cette demi-journée")).triggered.connect(
            self.mark_all_present
        )
        menu.addAction(self.tr("Émargement sur l'ordinateur…")).triggered.connect(self.open_sign_in)
        menu.exec(self.view.viewport().mapToGlobal(position))

    # -- walk-ins, live sign-in, exports ----------------------------------------------------

    def walk_in_new(self) -> None:
        """Someone new came without registering: the participant form, then enrolled."""
        from territ_desktop.ui.attendance_walk_in import add_new_person

        half_day, session_id = self.current_half_day(), self.session_id
        if session_id is None:
            return
        half_day_id = half_day.id if half_day else None
        person = add_new_person(
            self.widget, self._services, self._undo, self._refresh, session_id, half_day_id
        )
        if person is not None and half_day_id is not None:
            self.select_cell(person.id, half_day_id)

    def walk_in_known(self) -> None:
        """Someone of the directory came without registering to this session."""
        from territ_desktop.ui.attendance_walk_in import add_known_people

        half_day, session_id = self.current_half_day(), self.session_id
        if session_id is None:
            return
        half_day_id = half_day.id if half_day else None
        added = add_known_people(
            self.widget,
            self._services,
            self._undo,
            self._refresh,
            session_id,
            half_day_id,
            self._records,
        )
        if added and half_day_id is not None:
            self.select_cell(added[0].id, half_day_id)

    def open_sign_in(self) -> None:
        """Open the full-screen sign-in view for the chosen half-day."""
        from territ_desktop.ui.signin_window import SignInWindow

        half_day, session_id = self.current_half_day(), self.session_id
        if half_day is None or session_id is None:
            return
        if self.signin is not None:
            self.signin.dismiss()
            self.signin.widget.deleteLater()
        self.signin = SignInWindow(
            self._services, self._undo, self.reload, session_id, half_day.id, self.widget
        )
        self.signin.show()

    def export(self, kind: ExportKind) -> None:
        """Check the attendance, ask where to write, and export in the background."""
        if self.session_id is not None:
            self.exports.run(kind, self._services.attendance, self.session_id, self._title)

    def _export_busy(self, busy: bool) -> None:
        self.buttons["exportButton"].setEnabled(not busy)
        self.export_status.setText(self.tr("Export en cours…") if busy else "")
