"""Attendance per half-day and the hours funders compute from it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from territ_desktop.domain.session import HalfDay


class AttendanceStatus(StrEnum):
    """What the signed sheet says about one participant for one half-day."""

    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excuse"
    PARTIAL = "partiel"


STATUS_LABELS = {
    AttendanceStatus.PRESENT: "Présent·e",
    AttendanceStatus.ABSENT: "Absent·e",
    AttendanceStatus.EXCUSED: "Excusé·e",
    AttendanceStatus.PARTIAL: "Partiellement présent·e",
}

STATUS_CODES = {
    AttendanceStatus.PRESENT: "P",
    AttendanceStatus.ABSENT: "A",
    AttendanceStatus.EXCUSED: "E",
    AttendanceStatus.PARTIAL: "PP",
}


@dataclass(frozen=True, slots=True)
class AttendanceRecord:
    """One participant's attendance for one half-day.

    ``arrival`` and ``departure`` matter only for :attr:`AttendanceStatus.PARTIAL`; missing ones
    default to the half-day's start and end.
    """

    participant_id: str
    half_day_id: str
    status: AttendanceStatus
    arrival: dt.time | None = None
    departure: dt.time | None = None
    signed_at: dt.datetime | None = None
    signature_png: bytes | None = None


@dataclass(frozen=True, slots=True)
class AttendanceChange:
    """Set (or clear, with ``record=None``) one cell of the attendance grid.

    A plain value, so that the window can build the changes it asks the service to apply (and
    keep the inverse changes for undo) without importing the service layer.
    """

    participant_id: str
    half_day_id: str
    record: AttendanceRecord | None


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def planned_minutes(half_day: HalfDay) -> int:
    """Length of a half-day in minutes (0 if its times are inverted)."""
    return max(0, _minutes(half_day.end) - _minutes(half_day.start))


def attended_minutes(record: AttendanceRecord | None, half_day: HalfDay) -> int:
    """Minutes attended, clamped to the half-day's times; 0 for no record, absent or excused."""
    if record is None or record.status in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED):
        return 0
    if record.status is AttendanceStatus.PRESENT:
        return planned_minutes(half_day)
    start = max(_minutes(record.arrival or half_day.start), _minutes(half_day.start))
    end = min(_minutes(record.departure or half_day.end), _minutes(half_day.end))
    return max(0, end - start)


def format_hours(minutes: int) -> str:
    """Format minutes as French hours, e.g. ``185`` → ``"3 h 05"``."""
    return f"{minutes // 60} h {minutes % 60:02d}"
