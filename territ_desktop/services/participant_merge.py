"""Merging two directory records of the same person, and taking a merge back.

The kept record's empty fields are filled from the other one (never overwritten), the other's
enrolments and attendance move to the kept record, and the other record is deleted. Where both
were enrolled in the same session, or both have a status for the same half-day, the kept
record's row wins. :class:`MergeResult` keeps a copy of everything changed, so that
:func:`unmerge` restores the two records exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.errors import NotFoundError, ValidationError
from territ_desktop.domain.participant import Participant
from territ_desktop.storage import convert
from territ_desktop.storage.models import (
    AttendanceRow,
    EnrolmentRow,
    HalfDayRow,
    ParticipantRow,
    SessionRow,
)

#: Fields the other record may fill on the kept one (the last name is never empty).
FILLABLE = (
    "first_name",
    "organisation",
    "function",
    "audience",
    "territory",
    "email",
    "phone",
    "notes",
)


@dataclass(frozen=True)
class EnrolmentCopy:
    """One enrolment row, as it was."""

    session_id: str
    enrolled_at: dt.datetime
    walk_in: bool


@dataclass(frozen=True)
class AttendanceCopy:
    """One attendance row, as it was."""

    id: str
    half_day_id: str
    status: str
    arrival: dt.time | None
    departure: dt.time | None
    signed_at: dt.datetime | None
    signature_png: bytes | None
    recorded_at: dt.datetime


@dataclass(frozen=True)
class MergeResult:
    """What a merge did, so that it can be reported and undone.

    ``kept_before`` and ``kept`` are the kept record before and after; ``removed`` the deleted
    record; ``filled`` the fields it gave the kept one. ``moved_sessions`` and
    ``moved_attendance`` (attendance row ids) changed hands; ``dropped_enrolments`` and
    ``dropped_attendance`` were the other's rows where the kept record already had one.
    """

    kept_before: Participant
    kept: Participant
    removed: Participant
    filled: tuple[str, ...]
    moved_sessions: tuple[str, ...]
    dropped_enrolments: tuple[EnrolmentCopy, ...]
    moved_attendance: tuple[str, ...]
    dropped_attendance: tuple[AttendanceCopy, ...]


def _enrolments(orm: OrmSession, participant_id: str) -> list[EnrolmentRow]:
    return list(
        orm.scalars(select(EnrolmentRow).where(EnrolmentRow.participant_id == participant_id))
    )


def _attendance(orm: OrmSession, participant_id: str) -> list[AttendanceRow]:
    return list(
        orm.scalars(select(AttendanceRow).where(AttendanceRow.participant_id == participant_id))
    )


def _copy_attendance(row: AttendanceRow) -> AttendanceCopy:
    return AttendanceCopy(
        row.id,
        row.half_day_id,
        row.status,
        row.arrival,
        row.departure,
        row.signed_at,
        row.signature_png,
        row.recorded_at,
    )


def _load(orm: OrmSession, participant_id: str) -> ParticipantRow:
    row = orm.get(ParticipantRow, participant_id)
    if row is None:
        raise NotFoundError("Une des deux fiches n'existe plus dans l'annuaire.")
    return row


def merge(orm: OrmSession, keep_id: str, other_id: str) -> MergeResult:
    """Merge ``other_id`` into ``keep_id`` within the caller's transaction."""
    if keep_id == other_id:
        raise ValidationError("Choisissez deux fiches différentes à fusionner.")
    kept_row, other_row = _load(orm, keep_id), _load(orm, other_id)
    kept_before, removed = convert.participant(kept_row), convert.participant(other_row)
    filled = []
    for name in FILLABLE:
        mine, theirs = getattr(kept_row, name), getattr(other_row, name)
        empty = not mine or (name == "audience" and mine == Audience.AUTRE.value)
        if empty and theirs and theirs != mine:
            setattr(kept_row, name, theirs)
            filled.append(name)

    kept_sessions = {e.session_id for e in _enrolments(orm, keep_id)}
    moved_sessions, dropped = [], []
    for enrolment in _enrolments(orm, other_id):
        if enrolment.session_id in kept_sessions:
            dropped.append(
                EnrolmentCopy(enrolment.session_id, enrolment.enrolled_at, enrolment.walk_in)
            )
        else:
            moved_sessions.append(enrolment.session_id)
    kept_half_days = {a.half_day_id for a in _attendance(orm, keep_id)}
    moved_attendance, dropped_attendance = [], []
    for row in _attendance(orm, other_id):
        if row.half_day_id in kept_half_days:
            dropped_attendance.append(_copy_attendance(row))
        else:
            moved_attendance.append(row.id)
    orm.flush()
    if moved_sessions:
        orm.execute(
            update(EnrolmentRow)
            .where(
                EnrolmentRow.participant_id == other_id,
                EnrolmentRow.session_id.in_(moved_sessions),
            )
            .values(participant_id=keep_id)
        )
    if moved_attendance:
        orm.execute(
            update(AttendanceRow)
            .where(AttendanceRow.id.in_(moved_attendance))
            .values(participant_id=keep_id)
        )
    orm.expire_all()
    orm.delete(_load(orm, other_id))  # cascades to the rows the kept record already had
    orm.flush()
    return MergeResult(
        kept_before,
        convert.participant(_load(orm, keep_id)),
        removed,
        tuple(filled),
        tuple(moved_sessions),
        tuple(dropped),
        tuple(moved_attendance),
        tuple(dropped_attendance),
    )


def unmerge(orm: OrmSession, result: MergeResult) -> None:
    """Take a merge back within the caller's transaction: both records as they were."""
    other = result.removed
    if orm.get(ParticipantRow, other.id) is None:
        row = ParticipantRow(id=other.id)
        convert.fill_participant(row, other)
        orm.add(row)
        orm.flush()
    kept = orm.get(ParticipantRow, result.kept.id)
    if kept is not None:
        for name in result.filled:
            if getattr(kept, name) == str(getattr(result.kept, name)):
                setattr(kept, name, str(getattr(result.kept_before, name)))
        if result.moved_sessions:
            orm.execute(
                update(EnrolmentRow)
                .where(
                    EnrolmentRow.participant_id == kept.id,
                    EnrolmentRow.session_id.in_(result.moved_sessions),
                )
                .values(participant_id=other.id)
            )
        if result.moved_attendance:
            orm.execute(
                update(AttendanceRow)
                .where(
                    AttendanceRow.id.in_(result.moved_attendance),
                    AttendanceRow.participant_id == kept.id,
                )
                .values(participant_id=other.id)
            )
    for enrolment in result.dropped_enrolments:
        if orm.get(SessionRow, enrolment.session_id) is not None:
            orm.add(
                EnrolmentRow(
                    session_id=enrolment.session_id,
                    participant_id=other.id,
                    enrolled_at=enrolment.enrolled_at,
                    walk_in=enrolment.walk_in,
                )
            )
    for copy in result.dropped_attendance:
        if orm.get(HalfDayRow, copy.half_day_id) is None:
            continue
        orm.add(
            AttendanceRow(
                id=copy.id,
                participant_id=other.id,
                half_day_id=copy.half_day_id,
                status=copy.status,
                arrival=copy.arrival,
                departure=copy.departure,
                signed_at=copy.signed_at,
                signature_png=copy.signature_png,
                recorded_at=copy.recorded_at,
            )
        )
