"""The attendance grid: participants × half-days, with totals per person and per half-day.

Rows are the enrolled people (name in the vertical header), then two total rows (people
present, hours attended); columns are the half-days, then the hours of each person (attended /
planned). Cells show the status letter (readable without colour) on a coloured background.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from territ_desktop.domain.attendance import (
    STATUS_CODES,
    AttendanceRecord,
    AttendanceStatus,
    attended_minutes,
    format_hours,
    planned_minutes,
)
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import HalfDay
from territ_desktop.ui import labels

_Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, str]

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's status as its code (``"present"``…), or None for no status or a total."""

SIGNATURE_MARK = "✎"
"""Shown after the letter when the person signed on the laptop."""

TOTAL_ROWS = 2  # people present, hours attended

# Light backgrounds that keep black text readable; the letter tells statuses apart in grey.
STATUS_COLOURS = {
    AttendanceStatus.PRESENT: QColor("#c8e6c9"),
    AttendanceStatus.ABSENT: QColor("#ffcdd2"),
    AttendanceStatus.EXCUSED: QColor("#ffe0b2"),
    AttendanceStatus.PARTIAL: QColor("#bbdefb"),
}
_TOTAL_COLOUR = QColor("#eceff1")
_INK = QColor("#000000")
_PRESENT = (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL)


class AttendanceGridModel(QAbstractTableModel):
    """Statuses of every enrolled person for every half-day of a session."""

    def __init__(self) -> None:
        super().__init__()
        self._half_days: tuple[HalfDay, ...] = ()
        self._people: tuple[Participant, ...] = ()
        self._records: Mapping[Key, AttendanceRecord] = {}
        self._walk_ins: frozenset[str] = frozenset()
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_sheet(
        self,
        half_days: Sequence[HalfDay],
        participants: Sequence[Participant],
        records: Mapping[Key, AttendanceRecord],
        walk_ins: frozenset[str] = frozenset(),
    ) -> bool:
        """Show a session's attendance; True if the rows or columns changed (a model reset).

        When the people and the half-days are the same as before (a status changed), the cells
        are updated in place so that the view keeps its selection and current cell.
        """
        same = [h.id for h in half_days] == [h.id for h in self._half_days] and [
            p.id for p in participants
        ] == [p.id for p in self._people]
        if not same:
            self.beginResetModel()
        self._half_days = tuple(half_days)
        self._people = tuple(participants)
        self._records = dict(records)
        self._walk_ins = frozenset(walk_ins)
        if not same:
            self.endResetModel()
        elif self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        return not same

    # -- lookups ---------------------------------------------------------------------------

    @property
    def half_days(self) -> tuple[HalfDay, ...]:
        """The half-days, in column order."""
        return self._half_days

    @property
    def participants(self) -> tuple[Participant, ...]:
        """The people, in row order."""
        return self._people

    def participant_at(self, row: int) -> Participant | None:
        """The person of a row; None for the total rows."""
        return self._people[row] if 0 <= row < len(self._people) else None

    def half_day_at(self, column: int) -> HalfDay | None:
        """The half-day of a column; None for the total column."""
        return self._half_days[column] if 0 <= column < len(self._half_days) else None

    def row_of(self, participant_id: str) -> int | None:
        """Row of a person, or None."""
        return next((r for r, p in enumerate(self._people) if p.id == participant_id), None)

    def column_of(self, half_day_id: str) -> int | None:
        """Column of a half-day, or None."""
        return next((c for c, h in enumerate(self._half_days) if h.id == half_day_id), None)

    def cell(self, index: _Index) -> tuple[Participant, HalfDay] | None:
        """The person and half-day of a status cell; None for totals."""
        if not index.isValid():
            return None
        person = self.participant_at(index.row())
        half_day = self.half_day_at(index.column())
        return None if person is None or half_day is None else (person, half_day)

    def record(self, participant_id: str, half_day_id: str) -> AttendanceRecord | None:
        """What is recorded for one person and one half-day."""
        return self._records.get((participant_id, half_day_id))

    def is_walk_in(self, participant_id: str) -> bool:
        """Whether the person came without registering."""
        return participant_id in self._walk_ins

    # -- totals ----------------------------------------------------------------------------

    def person_minutes(self, participant_id: str) -> tuple[int, int]:
        """Minutes attended and planned for one person over the whole session."""
        attended = sum(
            attended_minutes(self.record(participant_id, h.id), h) for h in self._half_days
        )
        return attended, sum(planned_minutes(h) for h in self._half_days)

    def present_count(self, half_day_id: str) -> int:
        """People present (fully or partly) for a half-day."""
        return sum(
            1
            for p in self._people
            if (r := self.record(p.id, half_day_id)) is not None and r.status in _PRESENT
        )

    def half_day_minutes(self, half_day: HalfDay) -> int:
        """Minutes attended by everyone for a half-day."""
        return sum(attended_minutes(self.record(p.id, half_day.id), half_day) for p in self._people)

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._half_days:
            return 0
        return len(self._people) + TOTAL_ROWS

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._half_days:
            return 0
        return len(self._half_days) + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.cell(index) is None:
            return Qt.ItemFlag.ItemIsEnabled  # totals: the cursor may pass, nothing to select
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        cell = self.cell(index)
        if cell is not None:
            person, half_day = cell
            return self._cell_data(self.record(person.id, half_day.id), half_day, role)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_TOTAL_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_INK)
        if role == Qt.ItemDataRole.FontRole and index.row() >= len(self._people):
            return self._bold
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._total_text(index.row(), index.column(), role)
        return None

    def _cell_data(self, record: AttendanceRecord | None, half_day: HalfDay, role: int) -> Any:
        if role == STATUS_ROLE:
            return None if record is None else str(record.status)
        if record is None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Pas de statut : tapez P, A, E ou H (présence partielle)")
            return None
        status = record.status
        if role == Qt.ItemDataRole.DisplayRole:
            text = STATUS_CODES[status]
            if status is AttendanceStatus.PARTIAL:
                text += " " + format_hours(attended_minutes(record, half_day))
            return text + (" " + SIGNATURE_MARK if record.signature_png else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATUS_COLOURS[status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_INK)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [labels.attendance_status(status)]
            if status is AttendanceStatus.PARTIAL:
                arrival = record.arrival or half_day.start
                departure = record.departure or half_day.end
                lines.append(
                    self.tr("De {arrival} à {departure} ({hours})").format(
                        arrival=f"{arrival:%H:%M}",
                        departure=f"{departure:%H:%M}",
                        hours=format_hours(attended_minutes(record, half_day)),
                    )
                )
            if record.signature_png and record.signed_at is not None:
                lines.append(
                    self.tr("Signé sur l'ordinateur le {date} à {time}").format(
                        date=f"{record.signed_at:%d/%m/%Y}", time=f"{record.signed_at:%H:%M}"
                    )
                )
            return "\n".join(lines)
        return None

    def _total_text(self, row: int, column: int, role: int) -> str | None:
        tooltip = role == Qt.ItemDataRole.ToolTipRole
        half_day = self.half_day_at(column)
        person = self.participant_at(row)
        if person is not None:  # the person's hours
            attended, planned = self.person_minutes(person.id)
            if tooltip:
                return self.tr("Heures suivies / heures prévues sur toute la session")
            return f"{format_hours(attended)} / {format_hours(planned)}"
        if row == len(self._people):  # people present
            if half_day is None:
                return None
            present = self.present_count(half_day.id)
            if not tooltip:
                return str(present)
            counts = dict.fromkeys(AttendanceStatus, 0)
            missing = 0
            for p in self._people:
                record = self.record(p.id, half_day.id)
                if record is None:
                    missing += 1
                else:
                    counts[record.status] += 1
            return self.tr(
                "{present} présent·e(s), dont {partial} partiellement ; {absent} absent·e(s), "
                "{excused} excusé·e(s), {missing} sans statut"
            ).format(
                present=present,
                partial=counts[AttendanceStatus.PARTIAL],
                absent=counts[AttendanceStatus.ABSENT],
                excused=counts[AttendanceStatus.EXCUSED],
                missing=missing,
            )
        if tooltip:  # hours attended
            return self.tr("Heures suivies par l'ensemble des participant·es")
        if half_day is None:
            return format_hours(sum(self.half_day_minutes(h) for h in self._half_days))
        return format_hours(self.half_day_minutes(half_day))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        person = self.participant_at(section)
        if person is None:
            if role == Qt.ItemDataRole.DisplayRole:
                if section == len(self._people):
                    return self.tr("Présent·es")
                if section == len(self._people) + 1:
                    return self.tr("Heures suivies")
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        walk_in = person.id in self._walk_ins
        if role == Qt.ItemDataRole.DisplayRole:
            suffix = self.tr(" (sans inscription)") if walk_in else ""
            return person.printed_name + suffix
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [person.printed_name]
            if person.organisation:
                lines.append(person.organisation)
            if walk_in:
                lines.append(self.tr("Venu·e sans inscription"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and walk_in:
            return self._italic
        return None

    def _column_header(self, section: int, role: int) -> Any:
        half_day = self.half_day_at(section)
        if half_day is None:
            if role == Qt.ItemDataRole.DisplayRole and section == len(self._half_days):
                return self.tr("Heures\nsuivies / prévues")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{half_day.date:%d/%m}\n{labels.period(half_day.period)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{date} {period}, {start} – {end}").format(
                date=f"{half_day.date:%d/%m/%Y}",
                period=labels.period(half_day.period).lower(),
                start=format_hours(half_day.start.hour * 60 + half_day.start.minute),
                end=format_hours(half_day.end.hour * 60 + half_day.end.minute),
            )
        return None
