"""Attendance across the days of a cycle: who came how many days, and day after day.

A person counts as present on a day when they attended at least one minute of one of its
half-days, the rule the attendance workbook uses for half-days. Everything is derived from
:class:`AttendanceData`, so the people counted here add up to its attendees.
"""

from __future__ import annotations

from dataclasses import dataclass

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.session import Day
from territ_desktop.export.attendance_data import AttendanceData, ParticipantAttendance


@dataclass(frozen=True, slots=True)
class DayAttendance:
    """Headcounts of one day of the cycle."""

    day: Day
    enrolled: int
    present: int
    by_audience: tuple[tuple[Audience, int], ...]
    """People present that day per audience type, for the types enrolled."""


@dataclass(frozen=True, slots=True)
class DaysDistribution:
    """How many people of one audience type came on 0, 1, 2… days."""

    audience: Audience | None
    """``None`` for the line counting everyone."""
    counts: tuple[int, ...]
    """``counts[k]`` = people who came on exactly ``k`` days (index 0 = never came)."""

    @property
    def enrolled(self) -> int:
        """People of this type enrolled."""
        return sum(self.counts)

    @property
    def attendees(self) -> int:
        """People of this type who came at least one day."""
        return sum(self.counts[1:])


@dataclass(frozen=True, slots=True)
class CycleFigures:
    """The cycle view of a session with several days."""

    days: tuple[DayAttendance, ...]
    distribution: tuple[DaysDistribution, ...]
    """One line per audience type enrolled, in code order."""
    overall: DaysDistribution

    @property
    def day_count(self) -> int:
        """Number of days of the cycle."""
        return len(self.days)


def _days_attended(row: ParticipantAttendance, day_slices: list[range]) -> list[bool]:
    return [any(row.minutes[i] > 0 for i in indices) for indices in day_slices]


def cycle_figures(data: AttendanceData) -> CycleFigures | None:
    """Compute the cycle view, or ``None`` when the session has one day or none."""
    days = data.session.days
    if len(days) < 2:
        return None
    day_slices: list[range] = []
    start = 0
    for day in days:
        day_slices.append(range(start, start + len(day.half_days)))
        start += len(day.half_days)
    came = {row.participant.id: _days_attended(row, day_slices) for row in data.rows}
    audiences = [a for a in Audience if any(r.participant.audience == a for r in data.rows)]

    day_lines: list[DayAttendance] = []
    for index, day in enumerate(days):
        by_audience = tuple(
            (
                audience,
                sum(
                    1
                    for r in data.rows
                    if r.participant.audience == audience and came[r.participant.id][index]
                ),
            )
            for audience in audiences
        )
        present = sum(count for _, count in by_audience)
        day_lines.append(DayAttendance(day, len(data.rows), present, by_audience))

    def distribution(audience: Audience | None) -> DaysDistribution:
        counts = [0] * (len(days) + 1)
        for row in data.rows:
            if audience is None or row.participant.audience == audience:
                counts[sum(came[row.participant.id])] += 1
        return DaysDistribution(audience, tuple(counts))

    return CycleFigures(
        days=tuple(day_lines),
        distribution=tuple(distribution(a) for a in audiences),
        overall=distribution(None),
    )
