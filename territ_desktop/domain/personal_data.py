"""Everything the database holds about one participant (RGPD right of access)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from territ_desktop.domain.attendance import AttendanceStatus
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import Period


@dataclass(frozen=True)
class EnrolmentLine:
    """One session the person is enrolled in, and how long its records are kept."""

    session_title: str
    first_date: dt.date | None
    last_date: dt.date | None
    enrolled_at: dt.datetime | None
    walk_in: bool
    kept_until: dt.date
    archived: bool


@dataclass(frozen=True)
class AttendanceLine:
    """What a sign-in sheet says about the person for one half-day."""

    session_title: str
    date: dt.date
    period: Period
    status: AttendanceStatus
    arrival: dt.time | None
    departure: dt.time | None
    signed: bool  # a signature image is stored


@dataclass(frozen=True)
class PersonalData:
    """A participant's record, enrolments and attendance, as stored."""

    participant: Participant
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    anonymised_at: dt.datetime | None
    enrolments: tuple[EnrolmentLine, ...] = ()
    attendance: tuple[AttendanceLine, ...] = ()
