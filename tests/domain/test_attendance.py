from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from territ_desktop.domain import AttendanceRecord, AttendanceStatus, HalfDay, Period
from territ_desktop.domain.attendance import attended_minutes, format_hours, planned_minutes

HALF = HalfDay(
    id="h",
    day_id="d",
    date=dt.date(2026, 3, 12),
    period=Period.MORNING,
    start=dt.time(9, 15),
    end=dt.time(12, 30),
)


def record(
    status: AttendanceStatus, arrival: dt.time | None = None, departure: dt.time | None = None
) -> AttendanceRecord:
    return AttendanceRecord("p", "h", status, arrival, departure)


def test_planned_minutes() -> None:
    assert planned_minutes(HALF) == 195


def test_present_absent_excused() -> None:
    assert attended_minutes(record(AttendanceStatus.PRESENT), HALF) == 195
    assert attended_minutes(record(AttendanceStatus.ABSENT), HALF) == 0
    assert attended_minutes(record(AttendanceStatus.EXCUSED), HALF) == 0
    assert attended_minutes(None, HALF) == 0


def test_partial_counts_the_hours_actually_attended() -> None:
    late = record(AttendanceStatus.PARTIAL, arrival=dt.time(10, 0))
    assert attended_minutes(late, HALF) == 150
    early = record(AttendanceStatus.PARTIAL, departure=dt.time(11, 0))
    assert attended_minutes(early, HALF) == 105


def test_partial_is_clamped_to_the_half_day() -> None:
    wide = record(AttendanceStatus.PARTIAL, dt.time(8, 0), dt.time(13, 0))
    assert attended_minutes(wide, HALF) == 195
    inverted = record(AttendanceStatus.PARTIAL, dt.time(12, 0), dt.time(10, 0))
    assert attended_minutes(inverted, HALF) == 0


times = st.times().map(lambda t: t.replace(second=0, microsecond=0))


@given(times, times)
def test_partial_never_exceeds_planned(arrival: dt.time, departure: dt.time) -> None:
    minutes = attended_minutes(record(AttendanceStatus.PARTIAL, arrival, departure), HALF)
    assert 0 <= minutes <= planned_minutes(HALF)


def test_format_hours() -> None:
    assert format_hours(185) == "3 h 05"
    assert format_hours(0) == "0 h 00"
