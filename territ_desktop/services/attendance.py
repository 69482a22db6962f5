"""Attendance per half-day: recording, live signatures, walk-ins, checks and exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.attendance import AttendanceChange, AttendanceRecord, AttendanceStatus
from territ_desktop.domain.attendance_checks import (
    AttendanceWarning,
    bookings_of,
    check_before_export,
)
from territ_desktop.domain.errors import NotFoundError, UserError, ValidationError
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.participant import Participant, clean_participant
from territ_desktop.domain.session import Session
from territ_desktop.services.sessions import load_session_row
from territ_desktop.storage import convert
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import (
    AttendanceRow,
    DayRow,
    EnrolmentRow,
    HalfDayRow,
    ParticipantRow,
    SessionRow,
    TrainerSignatureRow,
)

Key = tuple[str, str]
Change = AttendanceChange  # the name this module has always used


@dataclass(frozen=True)
class AttendanceSheet:
    """Everything the attendance grid, the sign-in view and the exports need."""

    session: Session
    participants: tuple[Participant, ...]
    records: dict[Key, AttendanceRecord] = field(default_factory=dict)
    walk_ins: frozenset[str] = frozenset()
    trainer_signatures: dict[Key, bytes] = field(default_factory=dict)  # (trainer, half-day)

    def record(self, participant_id: str, half_day_id: str) -> AttendanceRecord | None:
        """The record of one participant for one half-day, if any."""
        return self.records.get((participant_id, half_day_id))


def _record(row: AttendanceRow) -> AttendanceRecord:
    return AttendanceRecord(
        participant_id=row.participant_id,
        half_day_id=row.half_day_id,
        status=AttendanceStatus(row.status),
        arrival=row.arrival,
        departure=row.departure,
        signed_at=row.signed_at,
        signature_png=row.signature_png,
    )


class AttendanceService:
    """Record who came, collect signatures, check and export."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ---------------------------------------------------------------------------

    def sheet(self, session_id: str) -> AttendanceSheet:
        """The session, its enrolled participants and every recorded status."""
        with self._db.unit_of_work() as orm:
            return self._sheet(orm, session_id)

    def _sheet(self, orm: OrmSession, session_id: str) -> AttendanceSheet:
        session = convert.session(load_session_row(orm, session_id))
        enrolled = orm.execute(
            select(ParticipantRow, EnrolmentRow.walk_in)
            .join(EnrolmentRow, EnrolmentRow.participant_id == ParticipantRow.id)
            .where(EnrolmentRow.session_id == session_id)
        ).all()
        people = sorted((convert.participant(p) for p, _ in enrolled), key=lambda p: p.sort_key)
        half_day_ids = [h.id for h in session.half_days]
        records = {
            (r.participant_id, r.half_day_id): _record(r)
            for r in orm.scalars(
                select(AttendanceRow).where(AttendanceRow.half_day_id.in_(half_day_ids))
            )
        }
        signatures = {
            (s.trainer_id, s.half_day_id): s.signature_png
            for s in orm.scalars(
                select(TrainerSignatureRow).where(TrainerSignatureRow.half_day_id.in_(half_day_ids))
            )
        }
        return AttendanceSheet(
            session=session,
            participants=tuple(people),
            records=records,
            walk_ins=frozenset(p.id for p, walk_in in enrolled if walk_in),
            trainer_signatures=signatures,
        )

    # -- recording -------------------------------------------------------------------------

    def apply(self, session_id: str, changes: Sequence[Change]) -> list[Change]:
        """Apply changes in one transaction; returns the changes that undo them."""
        with self._db.unit_of_work() as orm:
            half_days = self._half_days(orm, session_id)
            enrolled = set(
                orm.scalars(
                    select(EnrolmentRow.participant_id).where(EnrolmentRow.session_id == session_id)
                )
            )
            inverse = []
            for change in changes:
                if change.half_day_id not in half_days:
                    raise NotFoundError("Cette demi-journée ne fait plus partie de la session.")
                if change.participant_id not in enrolled:
                    raise NotFoundError("Cette personne n'est plus inscrite à la session.")
                row = orm.scalar(
                    select(AttendanceRow).where(
                        AttendanceRow.participant_id == change.participant_id,
                        AttendanceRow.half_day_id == change.half_day_id,
                    )
                )
                inverse.append(
                    Change(change.participant_id, change.half_day_id, _record(row) if row else None)
                )
                if change.record is None:
                    if row is not None:
                        orm.delete(row)
                    continue
                self._check(change.record, half_days[change.half_day_id])
                if row is None:
                    row = AttendanceRow(
                        id=new_id(),
                        participant_id=change.participant_id,
                        half_day_id=change.half_day_id,
                    )
                    orm.add(row)
                row.status = str(change.record.status)
                partial = change.record.status is AttendanceStatus.PARTIAL
                row.arrival = change.record.arrival if partial else None
                row.departure = change.record.departure if partial else None
                row.signed_at = change.record.signed_at
                row.signature_png = change.record.signature_png
                orm.flush()
            inverse.reverse()
            return inverse

    @staticmethod
    def _check(record: AttendanceRecord, half_day: HalfDayRow) -> None:
        if record.status is not AttendanceStatus.PARTIAL:
            return
        arrival = record.arrival or half_day.start
        departure = record.departure or half_day.end
        if departure <= arrival:
            raise ValidationError("L'heure de départ doit être après l'heure d'arrivée.")
        if arrival < half_day.start or departure > half_day.end:
            raise ValidationError(
                f"Les heures doivent rester dans la demi-journée ({half_day.start:%H:%M} – "
                f"{half_day.end:%H:%M})."
            )

    @staticmethod
    def _half_days(orm: OrmSession, session_id: str) -> dict[str, HalfDayRow]:
        if orm.get(SessionRow, session_id) is None:
            raise NotFoundError("Cette session n'existe plus (elle a peut-être été supprimée).")
        rows = orm.scalars(
            select(HalfDayRow).join(DayRow).where(DayRow.session_id == session_id)
        ).all()
        return {row.id: row for row in rows}

    def set_status(
        self,
        session_id: str,
        participant_id: str,
        half_day_id: str,
        status: AttendanceStatus | None,
        arrival: dt.time | None = None,
        departure: dt.time | None = None,
    ) -> list[Change]:
        """Record one status (None clears it); returns the undo changes."""
        record = (
            None
            if status is None
            else AttendanceRecord(participant_id, half_day_id, status, arrival, departure)
        )
        return self.apply(session_id, [Change(participant_id, half_day_id, record)])

    def mark_all_present(self, session_id: str, half_day_id: str) -> list[Change]:
        """Everyone enrolled with no status yet becomes present; returns the undo changes."""
        sheet = self.sheet(session_id)
        changes = [
            Change(p.id, half_day_id, AttendanceRecord(p.id, half_day_id, AttendanceStatus.PRESENT))
            for p in sheet.participants
            if sheet.record(p.id, half_day_id) is None
        ]
        return self.apply(session_id, changes)

    def sign(
        self,
        session_id: str,
        participant_id: str,
        half_day_id: str,
        signature_png: bytes,
        at: dt.datetime | None = None,
    ) -> list[Change]:
        """Store a participant's signature taken on the laptop; they become present."""
        if not signature_png:
            raise ValidationError("La signature est vide : signez dans le cadre.")
        record = AttendanceRecord(
            participant_id,
            half_day_id,
            AttendanceStatus.PRESENT,
            signed_at=at or dt.datetime.now().replace(microsecond=0),
            signature_png=signature_png,
        )
        return self.apply(session_id, [Change(participant_id, half_day_id, record)])

    def sign_trainer(
        self,
        session_id: str,
        trainer_id: str,
        half_day_id: str,
        signature_png: bytes,
        at: dt.datetime | None = None,
    ) -> None:
        """Store (or replace) a trainer's signature for a half-day."""
        if not signature_png:
            raise ValidationError("La signature est vide : signez dans le cadre.")
        with self._db.unit_of_work() as orm:
            if half_day_id not in self._half_days(orm, session_id):
                raise NotFoundError("Cette demi-journée ne fait plus partie de la session.")
            row = orm.scalar(
                select(TrainerSignatureRow).where(
                    TrainerSignatureRow.trainer_id == trainer_id,
                    TrainerSignatureRow.half_day_id == half_day_id,
                )
            )
            if row is None:
                row = TrainerSignatureRow(
                    id=new_id(), trainer_id=trainer_id, half_day_id=half_day_id
                )
                orm.add(row)
            row.signature_png = signature_png
            row.signed_at = at or dt.datetime.now().replace(microsecond=0)

    def add_walk_in(
        self, session_id: str, participant: Participant, half_day_id: str | None = None
    ) -> Participant:
        """Enrol someone who came without registering (a new or an existing person).

        With ``half_day_id``, they are also marked present for that half-day. One transaction.
        """
        with self._db.unit_of_work() as orm:
            half_days = self._half_days(orm, session_id)
            row = orm.get(ParticipantRow, participant.id) if participant.id else None
            if row is None:
                value = clean_participant(participant)
                row = ParticipantRow(id=value.id or new_id())
                convert.fill_participant(row, value)
                orm.add(row)
                orm.flush()
            enrolment = orm.get(EnrolmentRow, (session_id, row.id))
            if enrolment is None:
                orm.add(EnrolmentRow(session_id=session_id, participant_id=row.id, walk_in=True))
            if half_day_id is not None:
                if half_day_id not in half_days:
                    raise NotFoundError("Cette demi-journée ne fait plus partie de la session.")
                orm.flush()
                exists = orm.scalar(
                    select(AttendanceRow.id).where(
                        AttendanceRow.participant_id == row.id,
                        AttendanceRow.half_day_id == half_day_id,
                    )
                )
                if exists is None:
                    orm.add(
                        AttendanceRow(
                            id=new_id(),
                            participant_id=row.id,
                            half_day_id=half_day_id,
                            status=str(AttendanceStatus.PRESENT),
                        )
                    )
            return convert.participant(row)

    # -- checks and exports ----------------------------------------------------------------

    def checks(self, session_id: str, until: dt.date | None = None) -> list[AttendanceWarning]:
        """Warnings to show before an export (the user may go on anyway)."""
        with self._db.unit_of_work() as orm:
            sheet = self._sheet(orm, session_id)
            others = [
                convert.session(row)
                for row in orm.scalars(select(SessionRow).where(SessionRow.id != session_id))
            ]
        bookings = [b for other in others for b in bookings_of(other)]
        return check_before_export(
            sheet.session,
            sheet.participants,
            sheet.records,
            other_bookings=bookings,
            until=until,
        )

    def export_sheets(
        self,
        session_id: str,
        target: Path,
        *,
        blank: bool = False,
        half_day_id: str | None = None,
        per_day: bool = False,
    ) -> Path:
        """Sign-in sheets (PDF), blank for printing or filled with what was recorded."""
        from territ_desktop.export import SheetLayout, write_attendance_sheets

        sheet = self.sheet(session_id)
        if not sheet.session.half_days:
            raise UserError("Cette session n'a pas encore de journée : ajoutez-en au programme.")
        if half_day_id is not None and half_day_id not in {h.id for h in sheet.session.half_days}:
            raise NotFoundError("Cette demi-journée ne fait pas partie de la session.")
        return write_attendance_sheets(
            sheet.session,
            sheet.participants,
            _suffix(target, ".pdf"),
            records=None if blank else sheet.records,
            layout=SheetLayout.PER_DAY if per_day else SheetLayout.PER_HALF_DAY,
            trainer_signatures_by_trainer=None if blank else sheet.trainer_signatures,
            half_day_ids=None if half_day_id is None else [half_day_id],
        )

    def export_attendance(self, session_id: str, target: Path) -> Path:
        """The funder workbook (``.xlsx``) or the same grid as CSV (``.csv``)."""
        from territ_desktop.export import write_attendance_csv, write_attendance_workbook

        sheet = self.sheet(session_id)
        suffix = target.suffix.lower()
        if suffix == ".xlsx":
            return write_attendance_workbook(
                sheet.session, sheet.participants, sheet.records, target
            )
        if suffix == ".csv":
            return write_attendance_csv(sheet.session, sheet.participants, sheet.records, target)
        raise UserError(
            f"Format non pris en charge : « {target.name} ». Choisissez un nom en .xlsx ou .csv."
        )

    def export_attestations(self, session_id: str, target: Path) -> list[Path]:
        """Attestations for everyone who attended: one PDF, or one file each in a folder."""
        from territ_desktop.export import write_attestation_files, write_attestations_pdf

        sheet = self.sheet(session_id)
        if target.suffix.lower() == ".pdf":
            return [
                write_attestations_pdf(sheet.session, sheet.participants, sheet.records, target)
            ]
        if target.exists() and not target.is_dir():
            raise UserError(f"« {target} » n'est pas un dossier : donnez un dossier ou un .pdf.")
        target.mkdir(parents=True, exist_ok=True)
        return write_attestation_files(sheet.session, sheet.participants, sheet.records, target)


def _suffix(target: Path, suffix: str) -> Path:
    if target.suffix.lower() != suffix:
        raise UserError(f"Le fichier « {target.name} » doit se terminer par {suffix}.")
    return target
