"""Checks before export: missing statuses, public holidays, room capacity, trainer clashes."""

from __future__ import annotations

import datetime as dt

import pytest

from territ_desktop.domain import (
    AttendanceRecord,
    AttendanceStatus,
    Day,
    HalfDay,
    Participant,
    Period,
    Session,
    Trainer,
)
from territ_desktop.domain.attendance_checks import (
    TrainerBooking,
    WarningKind,
    bookings_of,
    check_before_export,
    missing_statuses,
    over_capacity,
    public_holidays,
    trainer_conflicts,
)

Records = dict[tuple[str, str], AttendanceRecord]
ALICE = Trainer("t1", "Martin", "Alice")
BRUNO = Trainer("t2", "Petit", "Bruno")


def make_session(
    dates: list[dt.date],
    *,
    session_id: str = "s1",
    trainers: tuple[Trainer, ...] = (ALICE,),
    capacity: int | None = None,
) -> Session:
    days = []
    for n, date in enumerate(dates):
        day_id = f"{session_id}-d{n}"
        halves = (
            HalfDay(f"{day_id}-m", day_id, date, Period.MORNING, dt.time(9), dt.time(12, 30)),
            HalfDay(f"{day_id}-a", day_id, date, Period.AFTERNOON, dt.time(14), dt.time(17)),
        )
        days.append(Day(day_id, session_id, date, half_days=halves))
    return Session(
        session_id,
        f"Session {session_id}",
        days=tuple(days),
        trainers=trainers,
        room_capacity=capacity,
    )


PEOPLE = [Participant(f"p{i}", f"Nom{i}", "Prénom") for i in range(4)]


def everyone(session: Session, status: AttendanceStatus = AttendanceStatus.PRESENT) -> Records:
    return {
        (p.id, h.id): AttendanceRecord(p.id, h.id, status)
        for p in PEOPLE
        for h in session.half_days
    }


def test_nothing_to_say() -> None:
    session = make_session([dt.date(2026, 6, 11)], capacity=10)
    assert check_before_export(session, PEOPLE, everyone(session)) == []


def test_missing_statuses_per_half_day() -> None:
    session = make_session([dt.date(2026, 6, 11)])
    records = everyone(session)
    morning = session.half_days[0]
    del records[("p1", morning.id)]
    del records[("p3", morning.id)]
    warnings = missing_statuses(session, PEOPLE, records)
    assert len(warnings) == 1
    warning = warnings[0]
    assert warning.kind is WarningKind.MISSING_STATUS
    assert warning.half_day_id == morning.id
    assert warning.participant_ids == ("p1", "p3")
    assert "11/06/2026 matin" in warning.message
    assert "2 participant·es" in warning.message
    assert "NOM1 Prénom" in warning.message


def test_missing_statuses_lists_a_few_names_then_counts() -> None:
    session = make_session([dt.date(2026, 6, 11)])
    many = [Participant(f"x{i}", f"Nom{i:02d}", "A") for i in range(8)]
    (warning, _afternoon) = missing_statuses(session, many, {})
    assert "et 3 autre(s)" in warning.message


def test_missing_statuses_can_skip_future_half_days() -> None:
    session = make_session([dt.date(2026, 6, 11), dt.date(2026, 6, 12)])
    warnings = missing_statuses(session, PEOPLE, {}, until=dt.date(2026, 6, 11))
    assert {w.date for w in warnings} == {dt.date(2026, 6, 11)}


@pytest.mark.parametrize(
    ("date", "name"),
    [
        (dt.date(2026, 7, 14), "Fête nationale"),
        (dt.date(2026, 5, 14), "Ascension"),
        (dt.date(2026, 11, 11), "Armistice"),
    ],
)
def test_public_holiday(date: dt.date, name: str) -> None:
    session = make_session([date - dt.timedelta(days=1), date])
    (warning,) = public_holidays(session)
    assert warning.kind is WarningKind.PUBLIC_HOLIDAY
    assert warning.date == date
    assert name in warning.message
    assert f"{date:%d/%m/%Y}" in warning.message


def test_local_public_holiday_in_moselle() -> None:
    good_friday = make_session([dt.date(2026, 4, 3)])
    assert public_holidays(good_friday) == []
    assert len(public_holidays(good_friday, subdivision="57")) == 1


def test_more_present_than_the_room_holds() -> None:
    session = make_session([dt.date(2026, 6, 11)], capacity=3)
    records = everyone(session)
    afternoon = session.half_days[1]
    records[("p0", afternoon.id)] = AttendanceRecord("p0", afternoon.id, AttendanceStatus.ABSENT)
    warnings = over_capacity(session, records)
    assert [w.half_day_id for w in warnings] == [session.half_days[0].id]
    assert "4 personnes présentes pour une salle de 3 places" in warnings[0].message


def test_partial_presence_counts_and_excused_does_not() -> None:
    session = make_session([dt.date(2026, 6, 11)], capacity=3)
    records = everyone(session, AttendanceStatus.PARTIAL)
    assert len(over_capacity(session, records)) == 2
    assert over_capacity(session, everyone(session, AttendanceStatus.EXCUSED)) == []


def test_more_enrolled_than_places_before_the_day() -> None:
    session = make_session([dt.date(2026, 6, 11)], capacity=3)
    warnings = over_capacity(session, {}, enrolled=4)
    assert len(warnings) == 2
    assert "4 personnes inscrites" in warnings[0].message
    assert over_capacity(make_session([dt.date(2026, 6, 11)]), {}, enrolled=400) == []


def test_trainer_on_two_sessions_at_once() -> None:
    session = make_session([dt.date(2026, 6, 11)], trainers=(ALICE, BRUNO))
    other = make_session([dt.date(2026, 6, 11)], session_id="s2", trainers=(ALICE,))
    warnings = trainer_conflicts(session, bookings_of(other))
    assert len(warnings) == 2  # morning and afternoon
    assert {w.trainer_id for w in warnings} == {"t1"}
    assert "Alice Martin" in warnings[0].message
    assert "« Session s2 »" in warnings[0].message


def test_no_conflict_when_times_only_touch_or_dates_differ() -> None:
    session = make_session([dt.date(2026, 6, 11)])
    touching = TrainerBooking(
        "s3", "Soirée", dt.date(2026, 6, 11), dt.time(17), dt.time(19), frozenset({"t1"})
    )
    other_day = TrainerBooking(
        "s4", "Autre jour", dt.date(2026, 6, 12), dt.time(9), dt.time(12), frozenset({"t1"})
    )
    itself = bookings_of(session)
    assert trainer_conflicts(session, [touching, other_day, *itself]) == []


def test_overlap_inside_a_half_day() -> None:
    session = make_session([dt.date(2026, 6, 11)])
    lunch_talk = TrainerBooking(
        "s5", "Conférence", dt.date(2026, 6, 11), dt.time(12), dt.time(14, 30), frozenset({"t1"})
    )
    warnings = trainer_conflicts(session, [lunch_talk])
    assert [w.half_day_id for w in warnings] == [h.id for h in session.half_days]


def test_everything_at_once_in_a_stable_order() -> None:
    session = make_session([dt.date(2026, 7, 14)], capacity=2)
    records = everyone(session)
    del records[("p0", session.half_days[1].id)]
    other = bookings_of(make_session([dt.date(2026, 7, 14)], session_id="s2"))
    warnings = check_before_export(session, PEOPLE, records, other_bookings=other)
    kinds = [w.kind for w in warnings]
    assert kinds == [
        WarningKind.PUBLIC_HOLIDAY,
        WarningKind.MISSING_STATUS,
        WarningKind.OVER_CAPACITY,
        WarningKind.OVER_CAPACITY,
        WarningKind.TRAINER_CONFLICT,
        WarningKind.TRAINER_CONFLICT,
    ]
    assert all(w.message.endswith(".") for w in warnings)
