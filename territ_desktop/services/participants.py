"""Participants: the directory, enrolment in sessions, counts by audience type."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.errors import NotFoundError, UserError
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.participant import Participant, clean_participant, fold, matches
from territ_desktop.services import participant_merge
from territ_desktop.services.participant_merge import MergeResult
from territ_desktop.storage import convert
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import EnrolmentRow, ParticipantRow, SessionRow


@dataclass(frozen=True)
class DeletedParticipant:
    """What undo needs to bring a deleted participant back."""

    participant: Participant
    session_ids: tuple[str, ...]


@dataclass(frozen=True)
class Removal:
    """What taking someone off a session did, so that undo can reverse it."""

    snapshot: DeletedParticipant
    session_id: str
    deleted: bool  # True: the person was in no other session and left the directory


class ParticipantService:
    """Create, find, edit, delete and enrol participants."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def find(
        self,
        session_id: str | None = None,
        search: str = "",
        audience: Audience | None = None,
        *,
        not_in_session: str | None = None,
    ) -> list[Participant]:
        """Participants (of one session, if given), filtered, sorted by name.

        ``not_in_session`` keeps only the people not enrolled in that session (to pick whom to
        enrol); ``search`` ignores case and accents.
        """
        query = select(ParticipantRow)
        if session_id is not None:
            query = query.join(
                EnrolmentRow, EnrolmentRow.participant_id == ParticipantRow.id
            ).where(EnrolmentRow.session_id == session_id)
        if not_in_session is not None:
            enrolled = select(EnrolmentRow.participant_id).where(
                EnrolmentRow.session_id == not_in_session
            )
            query = query.where(ParticipantRow.id.not_in(enrolled))
        if audience is not None:
            query = query.where(ParticipantRow.audience == str(audience))
        with self._db.unit_of_work() as orm:
            people = [convert.participant(row) for row in orm.scalars(query)]
        folded = fold(search)
        if folded.strip():
            people = [p for p in people if matches(p, folded)]
        people.sort(key=lambda p: p.sort_key)
        return people

    def get(self, participant_id: str) -> Participant:
        """One participant, or NotFoundError."""
        with self._db.unit_of_work() as orm:
            row = orm.get(ParticipantRow, participant_id)
            if row is None:
                raise NotFoundError("Cette personne n'existe plus dans l'annuaire.")
            return convert.participant(row)

    def create(self, participant: Participant, session_id: str | None = None) -> Participant:
        """Add a participant (keeping ``participant.id`` if set), enrolled in ``session_id``."""
        value = clean_participant(participant)
        with self._db.unit_of_work() as orm:
            row = ParticipantRow(id=value.id or new_id())
            convert.fill_participant(row, value)
            orm.add(row)
            if session_id is not None:
                self._require_session(orm, session_id)
                orm.add(EnrolmentRow(session_id=session_id, participant_id=row.id))
            orm.flush()
            return convert.participant(row)

    def update(self, participant: Participant) -> Participant:
        """Save a participant's fields."""
        value = clean_participant(participant)
        with self._db.unit_of_work() as orm:
            row = orm.get(ParticipantRow, value.id)
            if row is None:
                raise NotFoundError("Cette personne n'existe plus dans l'annuaire.")
            convert.fill_participant(row, value)
            orm.flush()
            return convert.participant(row)

    def delete(self, participant_id: str) -> DeletedParticipant:
        """Delete a participant and their enrolments; returns what undo needs."""
        with self._db.unit_of_work() as orm:
            row = orm.get(ParticipantRow, participant_id)
            if row is None:
                raise NotFoundError("Cette personne n'existe plus dans l'annuaire.")
            sessions = tuple(
                orm.scalars(
                    select(EnrolmentRow.session_id).where(
                        EnrolmentRow.participant_id == participant_id
                    )
                )
            )
            snapshot = DeletedParticipant(convert.participant(row), sessions)
            orm.delete(row)
            return snapshot

    def restore(self, deleted: DeletedParticipant) -> Participant:
        """Bring a deleted participant back, with the same id and enrolments."""
        self.undo_removals([Removal(deleted, "", deleted=True)])
        return deleted.participant

    def remove_from_session(self, participant_ids: list[str], session_id: str) -> list[Removal]:
        """Take people off a session in one transaction.

        Someone listed in no other session is deleted from the directory, so that removing a
        mistaken entry leaves nothing behind; the others keep their record.
        """
        removals = []
        with self._db.unit_of_work() as orm:
            for participant_id in participant_ids:
                row = orm.get(ParticipantRow, participant_id)
                if row is None:
                    raise NotFoundError("Cette personne n'existe plus dans l'annuaire.")
                sessions = tuple(
                    orm.scalars(
                        select(EnrolmentRow.session_id).where(
                            EnrolmentRow.participant_id == participant_id
                        )
                    )
                )
                others = [s for s in sessions if s != session_id]
                if others:
                    orm.execute(
                        delete(EnrolmentRow).where(
                            EnrolmentRow.session_id == session_id,
                            EnrolmentRow.participant_id == participant_id,
                        )
                    )
                else:
                    orm.delete(row)
                snapshot = DeletedParticipant(convert.participant(row), sessions)
                removals.append(Removal(snapshot, session_id, deleted=not others))
        return removals

    def undo_removals(self, removals: list[Removal]) -> None:
        """Reverse :meth:`remove_from_session`, in one transaction."""
        with self._db.unit_of_work() as orm:
            for removal in removals:
                person = removal.snapshot.participant
                if removal.deleted:
                    row = ParticipantRow(id=person.id)
                    convert.fill_participant(row, person)
                    orm.add(row)
                    orm.flush()
                    sessions = removal.snapshot.session_ids
                else:
                    sessions = (removal.session_id,)
                for session_id in sessions:
                    exists = orm.get(SessionRow, session_id) is not None
                    if exists and orm.get(EnrolmentRow, (session_id, person.id)) is None:
                        orm.add(EnrolmentRow(session_id=session_id, participant_id=person.id))

    def enrol(self, participant_id: str, session_id: str) -> None:
        """Enrol a participant in a session (nothing happens if already enrolled)."""
        with self._db.unit_of_work() as orm:
            self._require_session(orm, session_id)
            if orm.get(EnrolmentRow, (session_id, participant_id)) is None:
                orm.add(EnrolmentRow(session_id=session_id, participant_id=participant_id))

    def unenrol(self, participant_id: str, session_id: str) -> None:
        """Take a participant off a session's list (the person stays in the directory)."""
        with self._db.unit_of_work() as orm:
            orm.execute(
                delete(EnrolmentRow).where(
                    EnrolmentRow.session_id == session_id,
                    EnrolmentRow.participant_id == participant_id,
                )
            )

    def enrol_many(self, participant_ids: Sequence[str], session_id: str) -> list[str]:
        """Enrol several people in one transaction; returns those who were not enrolled yet."""
        added: list[str] = []
        with self._db.unit_of_work() as orm:
            self._require_session(orm, session_id)
            for participant_id in dict.fromkeys(participant_ids):
                if orm.get(ParticipantRow, participant_id) is None:
                    raise NotFoundError("Cette personne n'existe plus dans l'annuaire.")
                if orm.get(EnrolmentRow, (session_id, participant_id)) is None:
                    orm.add(EnrolmentRow(session_id=session_id, participant_id=participant_id))
                    added.append(participant_id)
        return added

    def unenrol_many(self, participant_ids: Sequence[str], session_id: str) -> None:
        """Take several people off a session's list; they stay in the directory."""
        with self._db.unit_of_work() as orm:
            orm.execute(
                delete(EnrolmentRow).where(
                    EnrolmentRow.session_id == session_id,
                    EnrolmentRow.participant_id.in_(list(participant_ids)),
                )
            )

    def sessions_of(self, participant_id: str) -> list[str]:
        """Ids of the sessions a participant is enrolled in."""
        with self._db.unit_of_work() as orm:
            return list(
                orm.scalars(
                    select(EnrolmentRow.session_id).where(
                        EnrolmentRow.participant_id == participant_id
                    )
                )
            )

    def merge(self, keep_id: str, other_id: str) -> MergeResult:
        """Merge two records of the same person into ``keep_id``, in one transaction.

        The kept record's empty fields are filled from the other; the other's enrolments and
        attendance move to the kept record (the kept one's rows win where both have one); the
        other record is deleted. :meth:`unmerge` takes it back.
        """
        with self._db.unit_of_work() as orm:
            return participant_merge.merge(orm, keep_id, other_id)

    def unmerge(self, result: MergeResult) -> None:
        """Undo :meth:`merge`: both records, their enrolments and attendance as they were."""
        with self._db.unit_of_work() as orm:
            participant_merge.unmerge(orm, result)

    @staticmethod
    def export_directory(people: Sequence[Participant], target: Path | str) -> Path:
        """Write ``people`` as a directory file: ``.xlsx`` workbook or ``.csv`` (French Excel).

        Raises:
            UserError: the name ends neither in .xlsx nor in .csv, or the file cannot be written.
        """
        from territ_desktop.export.directory_export import (
            write_directory_csv,
            write_directory_xlsx,
        )

        target = Path(target)
        suffix = target.suffix.lower()
        if suffix == ".xlsx":
            return write_directory_xlsx(people, target)
        if suffix == ".csv":
            return write_directory_csv(people, target)
        raise UserError(f"Le fichier « {target.name} » doit se terminer par .xlsx (Excel) ou .csv.")

    def count_by_audience(self, session_id: str | None = None) -> dict[Audience, int]:
        """How many participants of each audience type (every type present, maybe 0)."""
        counts = dict.fromkeys(Audience, 0)
        for person in self.find(session_id):
            counts[person.audience] += 1
        return counts

    @staticmethod
    def _require_session(orm: OrmSession, session_id: str) -> None:
        if orm.get(SessionRow, session_id) is None:
            raise NotFoundError("Cette session n'existe plus (elle a peut-être été supprimée).")
