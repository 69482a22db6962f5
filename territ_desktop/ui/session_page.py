"""The page of one session: its details, programme and participants, in tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from territ_desktop.domain.errors import NotFoundError
from territ_desktop.ui import labels
from territ_desktop.ui.uiloader import child, icon, load_ui

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.ui.attendance_tab import AttendanceTab
    from territ_desktop.ui.notes_tab import NotesTab
    from territ_desktop.ui.participants_tab import ParticipantsTab
    from territ_desktop.ui.programme_tab import ProgrammeTab
    from territ_desktop.ui.rotations_tab import RotationsTab
    from territ_desktop.ui.session_info_tab import SessionInfoTab


class SessionPage(QObject):
    """Shows the selected session; ``changed`` fires after any edit made here."""

    changed = Signal()

    _services: Services
    info_tab: SessionInfoTab
    programme_tab: ProgrammeTab
    participants_tab: ParticipantsTab
    attendance_tab: AttendanceTab
    rotations_tab: RotationsTab
    notes_tab: NotesTab

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session_id: str | None = None
        self.widget = load_ui("session_page.ui", parent)
        self.stack = child(self.widget, QStackedWidget, "stack")
        self.title = child(self.widget, QLabel, "titleLabel")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = child(self.widget, QLabel, "subtitleLabel")
        self.tabs = child(self.widget, QTabWidget, "tabs")
        self._undo_stack = undo_stack
        self.stack.setCurrentIndex(0)

    def attach(self, services: Services) -> None:
        """Build the tabs and work on an open database.

        The tabs are built here rather than in ``__init__`` so that the window can appear
        before their modules and ``.ui`` files are loaded (start-up time, see bench/).
        """
        from territ_desktop.ui.attendance_tab import AttendanceTab
        from territ_desktop.ui.notes_tab import NotesTab
        from territ_desktop.ui.participants_tab import ParticipantsTab
        from territ_desktop.ui.programme_tab import ProgrammeTab
        from territ_desktop.ui.rotations_tab import RotationsTab
        from territ_desktop.ui.session_info_tab import SessionInfoTab

        self._services = services
        refresh = self.reload
        self.info_tab = SessionInfoTab(self._undo_stack, refresh, self.tabs)
        self.programme_tab = ProgrammeTab(self._undo_stack, refresh, self.tabs)
        self.participants_tab = ParticipantsTab(self._undo_stack, refresh, self.tabs)
        self.tabs.addTab(self.info_tab.widget, icon("info"), self.tr("Session"))
        self.tabs.addTab(self.programme_tab.widget, icon("programme"), self.tr("Programme"))
        self.tabs.addTab(self.participants_tab.widget, icon("people"), self.tr("Participant·es"))
        self.info_tab.attach(services)
        self.programme_tab.attach(services)
        self.participants_tab.attach(services)
        self.attendance_tab = AttendanceTab(self._undo_stack, refresh, self.tabs)
        self.tabs.addTab(self.attendance_tab.widget, icon("attendance"), self.tr("Présences"))
        self.attendance_tab.attach(services)
        self.rotations_tab = RotationsTab(self._undo_stack, self.tabs)
        self.tabs.addTab(self.rotations_tab.widget, icon("groups"), self.tr("Petits groupes"))
        self.rotations_tab.attach(services)
        # Who is present decides who gets seated: keep the groups tab in step with the grid.
        self.attendance_tab.attendance_changed.connect(self._attendance_changed)
        self.notes_tab = NotesTab(self._undo_stack, self.tabs)
        self.tabs.addTab(self.notes_tab.widget, icon("notes"), self.tr("Notes et synthèse"))
        self.notes_tab.attach(services)

    def _attendance_changed(self) -> None:
        if self.session_id is not None:
            self.rotations_tab.set_session(self.session_id)

    def show_session(self, session_id: str | None) -> None:
        """Display a session (None: the empty state)."""
        self.session_id = session_id or None
        self.reload(notify=False)

    def reload(self, notify: bool = True) -> None:
        """Read the current session again from the database and redraw every tab."""
        session = None
        if self.session_id is not None:
            try:
                session = self._services.sessions.get(self.session_id)
            except NotFoundError:
                self.session_id = None
        if session is None:
            self.stack.setCurrentIndex(0)
        else:
            self.stack.setCurrentIndex(1)
            self.title.setText(session.title)
            parts = [labels.session_kind(session.kind)]
            if session.first_date:
                dates = f"{session.first_date:%d/%m/%Y}"
                if session.last_date and session.last_date != session.first_date:
                    dates += f" – {session.last_date:%d/%m/%Y}"
                parts.append(dates)
            if session.place_name:
                parts.append(session.place_name)
            self.subtitle.setText(" · ".join(parts))
            self.info_tab.set_session(session)
            self.programme_tab.set_session(session)
            self.participants_tab.set_session(session.id)
            self.attendance_tab.set_session(session.id)
            self.rotations_tab.set_session(session.id)
            self.notes_tab.set_session(session.id)
        if notify:
            self.changed.emit()
