"""Table model of the session list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from territ_desktop.domain.session import SessionSummary
from territ_desktop.ui import labels

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionListModel(QAbstractTableModel):
    """Sessions as rows: title, dates, headcount."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SessionSummary] = []
        self._headers = [self.tr("Session"), self.tr("Dates"), self.tr("Inscrit·es")]

    def set_sessions(self, sessions: list[SessionSummary]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(sessions)
        self.endResetModel()

    def session_at(self, row: int) -> SessionSummary:
        """The session shown on ``row``."""
        return self._rows[row]

    def row_of(self, session_id: str) -> int | None:
        """Row of a session, or None."""
        for row, summary in enumerate(self._rows):
            if summary.id == session_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.title}\n{labels.session_kind(summary.kind)} — {summary.place_name}"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return summary.title
            if column == 1:
                if summary.first_date is None:
                    return self.tr("à programmer")
                text = f"{summary.first_date:%d/%m/%Y}"
                if summary.last_date and summary.last_date != summary.first_date:
                    text += f" – {summary.last_date:%d/%m/%Y}"
                return text
            if column == 2:
                return summary.participant_count
        if role == Qt.ItemDataRole.UserRole and column == 1:
            # Sort dates chronologically, undated sessions last.
            return summary.first_date.isoformat() if summary.first_date else "9999"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
