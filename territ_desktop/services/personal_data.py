"""Reading everything stored about one participant (for the RGPD right of access)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.attendance import AttendanceStatus
from territ_desktop.domain.errors import NotFoundError
from territ_desktop.domain.personal_data import AttendanceLine, EnrolmentLine, PersonalData
from territ_desktop.domain.retention import SessionRetention
from territ_desktop.domain.session import Period
from territ_desktop.storage import convert
from territ_desktop.storage.models import (
    AttendanceRow,
    DayRow,
    EnrolmentRow,
    HalfDayRow,
    ParticipantRow,
    SessionRow,
)


def load_personal_data(
    orm: OrmSession, participant_id: str, retentions: Sequence[SessionRetention]
) -> PersonalData:
    """The participant's record, enrolments (with how long they are kept) and attendance."""
    row = orm.get(ParticipantRow, participant_id)
    if row is None:
        raise NotFoundError("Cette personne n'existe plus dans l'annuaire.")
    by_id = {r.session_id: r for r in retentions}
    firsts = dict(
        orm.execute(
            select(DayRow.session_id, func.min(DayRow.date)).group_by(DayRow.session_id)
        ).all()
    )
    enrolments = []
    query = (
        select(EnrolmentRow, SessionRow.title)
        .join(SessionRow, SessionRow.id == EnrolmentRow.session_id)
        .where(EnrolmentRow.participant_id == participant_id)
    )
    for enrolment, title in orm.execute(query):
        retention = by_id[enrolment.session_id]
        enrolments.append(
            EnrolmentLine(
                session_title=title,
                first_date=firsts.get(enrolment.session_id),
                last_date=retention.end,
                enrolled_at=enrolment.enrolled_at,
                walk_in=enrolment.walk_in,
                kept_until=retention.expires,
                archived=retention.archived_at is not None,
            )
        )
    enrolments.sort(key=lambda e: (e.last_date, e.session_title))
    attendance = []
    query_attendance = (
        select(AttendanceRow, HalfDayRow.period, DayRow.date, SessionRow.title)
        .join(HalfDayRow, HalfDayRow.id == AttendanceRow.half_day_id)
        .join(DayRow, DayRow.id == HalfDayRow.day_id)
        .join(SessionRow, SessionRow.id == DayRow.session_id)
        .where(AttendanceRow.participant_id == participant_id)
        .order_by(DayRow.date, HalfDayRow.start)
    )
    for record, period, date, title in orm.execute(query_attendance):
        attendance.append(
            AttendanceLine(
                session_title=title,
                date=date,
                period=Period(period),
                status=AttendanceStatus(record.status),
                arrival=record.arrival,
                departure=record.departure,
                signed=record.signature_png is not None,
            )
        )
    return PersonalData(
        participant=convert.participant(row),
        created_at=row.created_at,
        updated_at=row.updated_at,
        anonymised_at=row.anonymised_at,
        enrolments=tuple(enrolments),
        attendance=tuple(attendance),
    )
