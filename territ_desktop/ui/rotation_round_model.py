"""One round of a rotation plan as a table: a column per table, a row per seat.

Cells show the person (audience tag, name, organisation) on their audience colour; people can
be dragged to another column of the same round; dropped on someone at a full table, the two
exchange seats. The model never edits the plan itself: a drop emits ``move_requested`` or
``swap_requested`` and the tab saves the change (with undo).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import fold
from territ_desktop.rotation import Instance, Person, Plan, Table
from territ_desktop.ui import labels
from territ_desktop.ui.rotation_edits import again
from territ_desktop.ui.uiloader import icon

_Index = QModelIndex | QPersistentModelIndex
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-territ-seats"

#: Light backgrounds, all readable with black text; the tag tells them apart in greyscale.
AUDIENCE_COLOURS: dict[Audience, str] = {
    Audience.ELU: "#f8c9c4",
    Audience.COORDINATEUR: "#c5daf7",
    Audience.POLITIQUE_VILLE: "#fbe6a6",
    Audience.INSTITUTION: "#dccff0",
    Audience.ASSOCIATIF: "#bfe6cf",
    Audience.CITOYEN: "#fcd3b0",
    Audience.AUTRE: "#e2e2e2",
}
OVER_CAPACITY = "#f0f0f0"


def audience_tag(audience: Audience) -> str:
    """A short tag of an audience type, so that cells read without colour."""
    tags = {
        Audience.ELU: QCoreApplication.translate("RoundTableModel", "ÉLU"),
        Audience.COORDINATEUR: QCoreApplication.translate("RoundTableModel", "COORD"),
        Audience.POLITIQUE_VILLE: QCoreApplication.translate("RoundTableModel", "PV"),
        Audience.INSTITUTION: QCoreApplication.translate("RoundTableModel", "INST"),
        Audience.ASSOCIATIF: QCoreApplication.translate("RoundTableModel", "ASSO"),
        Audience.CITOYEN: QCoreApplication.translate("RoundTableModel", "CIT"),
        Audience.AUTRE: QCoreApplication.translate("RoundTableModel", "AUTRE"),
    }
    return tags[audience]


def encode_seats(round_number: int, people: Sequence[str]) -> QMimeData:
    """Drag data: the round and the people dragged."""
    data = QMimeData()
    payload = json.dumps({"round": round_number, "people": list(people)})
    data.setData(MIME_TYPE, QByteArray(payload.encode("utf-8")))
    return data


def decode_seats(data: QMimeData) -> tuple[int, list[str]] | None:
    """The round and people of drag data, or None if it is not ours."""
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        return int(payload["round"]), [str(pid) for pid in payload["people"]]
    except (ValueError, KeyError, TypeError):
        return None


class RoundTableModel(QAbstractTableModel):
    """The tables of one round (numbered from 1) side by side."""

    #: round number, people identifiers, target table
    move_requested = Signal(int, list, str)
    #: round number, dragged person, person dropped on
    swap_requested = Signal(int, str, str)

    def __init__(self, round_number: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.round_number = round_number
        self._tables: list[Table] = []
        self._columns: list[list[Person]] = []
        self._rows = 0
        self._pinned: set[str] = set()
        self._locked: set[str] = set()
        self._again: dict[str, list[str]] = {}
        self._before: dict[str, list[str]] = {}
        self._names: dict[str, str] = {}
        self._lock_icon: QIcon | None = None

    def set_round(self, instance: Instance, plan: Plan, locked: Collection[str] = ()) -> None:
        """Show this round of ``plan`` (people described by ``instance``)."""
        self.beginResetModel()
        people = {p.id: p for p in instance.participants}
        current = (
            plan.rounds[self.round_number - 1] if self.round_number <= len(plan.rounds) else {}
        )
        self._tables = list(instance.tables)
        self._columns = [
            sorted(
                (people.get(pid) or Person(pid) for pid in current.get(t.name, ())),
                key=lambda p: fold(p.display),
            )
            for t in self._tables
        ]
        sizes = [t.capacity for t in self._tables] + [len(c) for c in self._columns]
        self._rows = max([*sizes, 1]) if self._tables else 0
        self._pinned = {pin.participant for pin in instance.pinned}
        self._locked = set(locked)
        self._again = again(plan, instance, self.round_number) if current else {}
        self._before = again(plan, instance, self.round_number, earlier=True) if current else {}
        self._names = {pid: p.display for pid, p in people.items()}
        self.endResetModel()

    def table_name(self, column: int) -> str:
        """Name of the table shown in ``column``."""
        return self._tables[column].name

    def person_at(self, index: _Index) -> Person | None:
        """The person in a cell, or None for an empty seat."""
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        column = self._columns[index.column()]
        return column[index.row()] if index.row() < len(column) else None

    def index_of(self, participant_id: str) -> QModelIndex:
        """The cell of a person (invalid if not seated in this round)."""
        for c, column in enumerate(self._columns):
            for r, person in enumerate(column):
                if person.id == participant_id:
                    return self.index(r, c)
        return QModelIndex()

    def members(self, column: int) -> list[str]:
        """Identifiers of the people at the table of ``column``."""
        return [p.id for p in self._columns[column]]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tables)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._rows:
                return str(section + 1)
            return None
        if not 0 <= section < len(self._tables):
            return None
        table = self._tables[section]
        seated = len(self._columns[section])
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{table}\n{n} / {capacity} places").format(
                table=table.name, n=seated, capacity=table.capacity
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return table.name
        if role == Qt.ItemDataRole.ForegroundRole and seated > table.capacity:
            return QColor("#b00020")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.person_at(index)
        if person is None:
            if role == Qt.ItemDataRole.BackgroundRole and index.row() >= self._capacity(index):
                return QColor(OVER_CAPACITY)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person)
        if role == PERSON_ROLE:
            return person.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(AUDIENCE_COLOURS[person.audience])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#000000")
        if role == Qt.ItemDataRole.FontRole and person.id in self._pinned:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and person.id in self._locked:
            if self._lock_icon is None:
                self._lock_icon = icon("lock")
            return self._lock_icon
        return None

    def _capacity(self, index: _Index) -> int:
        return self._tables[index.column()].capacity

    def _text(self, person: Person) -> str:
        first = f"{audience_tag(person.audience)} · {person.display}"
        met = len(self._again.get(person.id, ()))
        if met:
            first += f"  ↻{met}"
        return f"{first}\n{person.organisation or '—'}"

    def _tooltip(self, person: Person) -> str:
        lines = [person.display, labels.audience(person.audience)]
        if person.organisation:
            lines.append(person.organisation)
        if person.id in self._pinned:
            lines.append(self.tr("Fixé·e à cette table (animation)"))
        if person.id in self._locked:
            lines.append(self.tr("Verrouillé·e : reste ici si vous regénérez le reste"))
        met = self._again.get(person.id, [])
        if met:
            names = ", ".join(self._names.get(pid, pid) for pid in met)
            lines.append(self.tr("↻ Aussi ensemble à un autre tour : {names}").format(names=names))
        before = self._before.get(person.id, [])
        if before:
            names = ", ".join(self._names.get(pid, pid) for pid in before)
            lines.append(
                self.tr("Déjà ensemble lors d'un atelier précédent : {names}").format(names=names)
            )
        return "\n".join(lines)

    # -- drag and drop -----------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if self.person_at(index) is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        people = [p.id for p in map(self.person_at, indexes) if p is not None]
        return encode_seats(self.round_number, list(dict.fromkeys(people)))

    def _target(self, column: int, parent: _Index) -> int | None:
        target = parent.column() if parent.isValid() else column
        return target if 0 <= target < len(self._tables) else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        decoded = decode_seats(data)
        return (
            decoded is not None
            and decoded[0] == self.round_number
            and bool(decoded[1])
            and self._target(column, parent) is not None
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        decoded = decode_seats(data)
        target = self._target(column, parent)
        assert decoded is not None and target is not None
        people = decoded[1]
        table = self._tables[target].name
        here = set(self.members(target))
        onto = self.person_at(parent) if parent.isValid() else None
        full = len(here) >= self._tables[target].capacity
        if full and len(people) == 1 and onto is not None and people[0] not in here:
            self.swap_requested.emit(self.round_number, people[0], onto.id)
            return True
        if set(people) <= here:
            return False
        self.move_requested.emit(self.round_number, people, table)
        return True
