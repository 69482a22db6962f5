"""Attendance of a session gathered once, in the shape every export reads.

The sign-in sheets, the funder workbook, the CSV grid and the attestations all need the same
facts: participants in printed order, each one's record and attended minutes per half-day, and
totals. :class:`AttendanceData` computes them once from plain domain values, using the domain's
own :func:`planned_minutes` and :func:`attended_minutes` so every document agrees.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from territ_desktop.domain.attendance import (
    AttendanceRecord,
    AttendanceStatus,
    attended_minutes,
    planned_minutes,
)
from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import HalfDay, Session

RecordKey = tuple[str, str]
"""``(participant_id, half_day_id)``, the key of the attendance records mapping."""

Records = Mapping[RecordKey, AttendanceRecord]

STATUS_GRID_CODES = {
    AttendanceStatus.PRESENT: "P",
    AttendanceStatus.ABSENT: "A",
    AttendanceStatus.EXCUSED: "E",
}
"""Codes printed in the half-day columns; partial attendance shows its hours instead."""


def printed_order(participants: Iterable[Participant]) -> list[Participant]:
    """Sort participants by last then first name, ignoring case and accents; drop duplicates."""
    unique: dict[str, Participant] = {}
    for participant in participants:
        unique.setdefault(participant.id, participant)
    return sorted(unique.values(), key=lambda p: (*p.sort_key, p.id))


@dataclass(frozen=True, slots=True)
class ParticipantAttendance:
    """One participant's records and attended minutes, aligned with the session's half-days."""

    participant: Participant
    records: tuple[AttendanceRecord | None, ...]
    minutes: tuple[int, ...]
    planned_minutes: int

    @property
    def attended_minutes(self) -> int:
        """Minutes attended over the whole session."""
        return sum(self.minutes)

    @property
    def rate(self) -> float:
        """Attended over planned minutes, between 0 and 1 (0 when nothing was planned)."""
        return self.attended_minutes / self.planned_minutes if self.planned_minutes else 0.0

    def grid_value(self, index: int) -> str | float:
        """What the grid shows for half-day ``index``: P, A, E, partial hours, or ``""``."""
        record = self.records[index]
        if record is None:
            return ""
        if record.status is AttendanceStatus.PARTIAL:
            return round(self.minutes[index] / 60, 2)
        return STATUS_GRID_CODES[record.status]


@dataclass(frozen=True, slots=True)
class HalfDayTotal:
    """Headcounts and hours of one half-day."""

    half_day: HalfDay
    enrolled: int
    present: int
    partial: int
    absent: int
    excused: int
    unrecorded: int
    attended_minutes: int
    planned_minutes: int


@dataclass(frozen=True, slots=True)
class AudienceTotal:
    """Headcounts and hours of one audience type."""

    audience: Audience
    enrolled: int
    attendees: int
    attended_minutes: int
    planned_minutes: int

    @property
    def rate(self) -> float:
        """Attended over planned minutes (0 when nothing was planned)."""
        return self.attended_minutes / self.planned_minutes if self.planned_minutes else 0.0


@dataclass(frozen=True, slots=True)
class AttendanceData:
    """A session's attendance, ready to export."""

    session: Session
    half_days: tuple[HalfDay, ...]
    rows: tuple[ParticipantAttendance, ...]

    @classmethod
    def build(
        cls,
        session: Session,
        participants: Iterable[Participant],
        records: Records | None = None,
    ) -> AttendanceData:
        """Gather the attendance of ``participants`` over every half-day of ``session``.

        Records of other people or other half-days are ignored. Without records every cell is
        empty, which is what blank sign-in sheets need.
        """
        half_days = session.half_days
        planned = tuple(planned_minutes(h) for h in half_days)
        total_planned = sum(planned)
        found = records or {}
        rows: list[ParticipantAttendance] = []
        for participant in printed_order(participants):
            own = tuple(found.get((participant.id, h.id)) for h in half_days)
            minutes = tuple(
                attended_minutes(record, half_day)
                for record, half_day in zip(own, half_days, strict=True)
            )
            rows.append(ParticipantAttendance(participant, own, minutes, total_planned))
        return cls(session, half_days, tuple(rows))

    @property
    def planned_minutes(self) -> int:
        """Minutes planned for one person over the whole session."""
        return sum(planned_minutes(h) for h in self.half_days)

    @property
    def attendees(self) -> tuple[ParticipantAttendance, ...]:
        """Participants who attended at least one minute (those who get an attestation)."""
        return tuple(row for row in self.rows if row.attended_minutes > 0)

    def half_day_totals(self) -> list[HalfDayTotal]:
        """Headcounts and hours of each half-day, in chronological order."""
        totals: list[HalfDayTotal] = []
        for index, half_day in enumerate(self.half_days):
            statuses = [row.records[index] for row in self.rows]
            counts = {status: 0 for status in AttendanceStatus}
            for record in statuses:
                if record is not None:
                    counts[record.status] += 1
            totals.append(
                HalfDayTotal(
                    half_day=half_day,
                    enrolled=len(self.rows),
                    present=sum(1 for row in self.rows if row.minutes[index] > 0),
                    partial=counts[AttendanceStatus.PARTIAL],
                    absent=counts[AttendanceStatus.ABSENT],
                    excused=counts[AttendanceStatus.EXCUSED],
                    unrecorded=sum(1 for record in statuses if record is None),
                    attended_minutes=sum(row.minutes[index] for row in self.rows),
                    planned_minutes=planned_minutes(half_day) * len(self.rows),
                )
            )
        return totals

    def audience_totals(self) -> list[AudienceTotal]:
        """Headcounts and hours of each audience type present in the list, in code order."""
        totals: list[AudienceTotal] = []
        for audience in Audience:
            rows = [row for row in self.rows if row.participant.audience == audience]
            if not rows:
                continue
            totals.append(
                AudienceTotal(
                    audience=audience,
                    enrolled=len(rows),
                    attendees=sum(1 for row in rows if row.attended_minutes > 0),
                    attended_minutes=sum(row.attended_minutes for row in rows),
                    planned_minutes=sum(row.planned_minutes for row in rows),
                )
            )
        return totals
