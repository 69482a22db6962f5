"""Table model of participants, and the proxy that searches and filters it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import Participant, fold, matches
from territ_desktop.ui import labels

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    "last_name",
    "first_name",
    "organisation",
    "function",
    "audience",
    "territory",
    "email",
    "phone",
)


class ParticipantsTableModel(QAbstractTableModel):
    """Participants as rows."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Participant] = []
        self._headers = [
            self.tr("Nom"),
            self.tr("Prénom"),
            self.tr("Structure"),
            self.tr("Fonction"),
            self.tr("Public"),
            self.tr("Commune"),
            self.tr("E-mail"),
            self.tr("Téléphone"),
        ]

    def set_participants(self, people: list[Participant]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(people)
        self.endResetModel()

    def participant_at(self, row: int) -> Participant:
        """The participant on ``row``."""
        return self._rows[row]

    def row_of(self, participant_id: str) -> int | None:
        """Row of a participant, or None."""
        for row, person in enumerate(self._rows):
            if person.id == participant_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        field = COLUMNS[index.column()]
        if role == ID_ROLE:
            return person.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if field == "audience":
                return labels.audience(person.audience)
            if field == "last_name" and role == Qt.ItemDataRole.DisplayRole:
                return person.last_name.upper()
            return str(getattr(person, field))
        if role == SORT_ROLE:
            return fold(str(getattr(person, field)))
        return None


class ParticipantFilterProxy(QSortFilterProxyModel):
    """Accent- and case-insensitive search plus an audience-type filter."""

    def __init__(self) -> None:
        super().__init__()
        self._query = ""
        self._audience: Audience | None = None
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        """Keep rows whose name, organisation, commune or e-mail contain every word."""
        self.beginFilterChange()
        self._query = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_audience(self, audience: Audience | None) -> None:
        """Keep one audience type only, or all (None)."""
        self.beginFilterChange()
        self._audience = audience
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ParticipantsTableModel)
        person = model.participant_at(source_row)
        if self._audience is not None and person.audience != self._audience:
            return False
        return not self._query.strip() or matches(person, self._query)
