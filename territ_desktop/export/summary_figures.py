"""Participation figures of the session summary, derived from :class:`AttendanceData`.

Headcounts per half-day and per audience type are the attendance workbook's own totals
(:meth:`AttendanceData.half_day_totals`, :meth:`AttendanceData.audience_totals`); this module
only adds the cuts the workbook does not make (audience type × half-day, commune), using the
same rule for "present": at least one minute attended.
"""

from __future__ import annotations

from dataclasses import dataclass

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import fold
from territ_desktop.export.attendance_data import (
    AttendanceData,
    AudienceTotal,
    HalfDayTotal,
    ParticipantAttendance,
)
from territ_desktop.export.french_format import NNBSP

UNKNOWN_TERRITORY = "Commune non renseignée"


def grouped(number: int) -> str:
    """An integer with French thousands grouping, e.g. ``12345`` → ``"12 345"`` (narrow space)."""
    return f"{number:,}".replace(",", NNBSP)


def grouped_hours(minutes: int) -> str:
    """Hours like :func:`~territ_desktop.export.french_format.hours`, thousands grouped.

    ``74_070`` → ``"1 234 h 30"``: totals of participant-hours run into the thousands.
    """
    whole, rest = divmod(minutes, 60)
    return f"{grouped(whole)} h {rest:02d}"


@dataclass(frozen=True, slots=True)
class AudienceParticipation:
    """One audience type: the workbook's totals plus who was there at each half-day."""

    total: AudienceTotal
    present: tuple[int, ...]
    """People of this type present at each half-day, in the session's order."""

    @property
    def audience(self) -> Audience:
        """The audience type."""
        return self.total.audience


@dataclass(frozen=True, slots=True)
class TerritoryParticipation:
    """One commune (or territory) as participants typed it."""

    label: str
    enrolled: int
    attendees: int
    attended_minutes: int


@dataclass(frozen=True, slots=True)
class Participation:
    """Every participation figure the summary prints."""

    data: AttendanceData
    half_days: tuple[HalfDayTotal, ...]
    audiences: tuple[AudienceParticipation, ...]
    territories: tuple[TerritoryParticipation, ...]

    @property
    def enrolled(self) -> int:
        """People enrolled."""
        return len(self.data.rows)

    @property
    def attendees(self) -> int:
        """People present at least once."""
        return len(self.data.attendees)

    @property
    def attended_minutes(self) -> int:
        """Participant-minutes delivered (the sum of everyone's attended time)."""
        return sum(t.attended_minutes for t in self.half_days)

    @property
    def planned_minutes(self) -> int:
        """Participant-minutes planned (every enrolled person at every half-day)."""
        return sum(t.planned_minutes for t in self.half_days)

    @property
    def rate(self) -> float:
        """Delivered over planned participant-minutes (0 when nothing was planned)."""
        planned = self.planned_minutes
        return self.attended_minutes / planned if planned else 0.0


def _present(rows: list[ParticipantAttendance], index: int) -> int:
    return sum(1 for row in rows if row.minutes[index] > 0)


def _audiences(data: AttendanceData) -> tuple[AudienceParticipation, ...]:
    out: list[AudienceParticipation] = []
    for total in data.audience_totals():
        rows = [row for row in data.rows if row.participant.audience == total.audience]
        present = tuple(_present(rows, i) for i in range(len(data.half_days)))
        out.append(AudienceParticipation(total, present))
    return tuple(out)


def _territories(data: AttendanceData) -> tuple[TerritoryParticipation, ...]:
    """Group people by commune, ignoring case, accents and extra spaces in what was typed."""
    groups: dict[str, list[ParticipantAttendance]] = {}
    labels: dict[str, str] = {}
    for row in data.rows:
        typed = " ".join(row.participant.territory.split())
        key = fold(typed)
        groups.setdefault(key, []).append(row)
        labels.setdefault(key, typed or UNKNOWN_TERRITORY)
    out = [
        TerritoryParticipation(
            label=labels[key],
            enrolled=len(rows),
            attendees=sum(1 for row in rows if row.attended_minutes > 0),
            attended_minutes=sum(row.attended_minutes for row in rows),
        )
        for key, rows in groups.items()
    ]
    # Most represented first; the unknown commune last, whatever its size.
    out.sort(key=lambda t: (t.label == UNKNOWN_TERRITORY, -t.attendees, -t.enrolled, fold(t.label)))
    return tuple(out)


def participation(data: AttendanceData) -> Participation:
    """Compute the participation figures of a session's attendance."""
    return Participation(
        data=data,
        half_days=tuple(data.half_day_totals()),
        audiences=_audiences(data),
        territories=_territories(data),
    )
