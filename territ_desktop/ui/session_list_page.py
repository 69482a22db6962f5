"""The list of sessions on the left of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QPushButton, QTableView, QWidget

from territ_desktop.ui.session_list_model import ID_ROLE, SessionListModel
from territ_desktop.ui.uiloader import child, icon, load_ui

if TYPE_CHECKING:
    from territ_desktop.services import Services


class SessionListPage(QObject):
    """Shows every session; emits ``session_selected`` with an id (or "" for none)."""

    session_selected = Signal(str)

    _services: Services

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = load_ui("session_list_page.ui", parent)
        self.model = SessionListModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.view = child(self.widget, QTableView, "sessionView")
        self.view.setModel(self.proxy)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.filter = child(self.widget, QLineEdit, "filterEdit")
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = child(self.widget, QPushButton, "newSessionButton")
        self.delete_button = child(self.widget, QPushButton, "deleteSessionButton")
        self.new_button.setIcon(icon("add"))
        self.delete_button.setIcon(icon("delete"))

    def attach(self, services: Services) -> None:
        """Start showing the sessions of an open database."""
        self._services = services
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list, keeping (or moving) the selection."""
        keep = select_id if select_id is not None else self.current_id()
        self.view.selectionModel().blockSignals(True)
        try:
            self.model.set_sessions(self._services.sessions.list_sessions())
        finally:
            self.view.selectionModel().blockSignals(False)
        self.view.resizeRowsToContents()
        self.select(keep or "")

    def select(self, session_id: str) -> None:
        """Select a session by id ("" clears the selection)."""
        row = self.model.row_of(session_id) if session_id else None
        if row is None:
            self.view.clearSelection()
            self.session_selected.emit("")
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)

    def current_id(self) -> str | None:
        """Id of the selected session, if any."""
        rows = self.view.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.session_selected.emit(self.current_id() or "")
