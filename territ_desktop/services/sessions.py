"""Sessions (editions) and the trainers who deliver them."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from territ_desktop.domain.errors import NotFoundError, ValidationError
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.session import Session, SessionKind, SessionSummary, Trainer
from territ_desktop.storage import convert
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import (
    DayRow,
    EnrolmentRow,
    HalfDayRow,
    SessionRow,
    SessionTrainerRow,
    TrainerRow,
)

_FULL = (
    selectinload(SessionRow.days).selectinload(DayRow.half_days).selectinload(HalfDayRow.items),
    selectinload(SessionRow.trainer_links).selectinload(SessionTrainerRow.trainer),
)


def load_session_row(orm: OrmSession, session_id: str) -> SessionRow:
    """The session row with its programme and trainers, or NotFoundError."""
    row = orm.scalars(
        select(SessionRow).where(SessionRow.id == session_id).options(*_FULL)
    ).one_or_none()
    if row is None:
        raise NotFoundError("Cette session n'existe plus (elle a peut-être été supprimée).")
    return row


def _check(session: Session) -> None:
    if not session.title.strip():
        raise ValidationError("Le titre de la session est obligatoire.")
    if session.room_capacity is not None and session.room_capacity < 1:
        raise ValidationError("La capacité de la salle doit être d'au moins une personne.")


def _fill(row: SessionRow, session: Session) -> None:
    row.title = session.title.strip()
    row.kind = str(session.kind)
    row.module_id = session.module_id
    row.place_name = session.place_name.strip()
    row.place_address = session.place_address.strip()
    row.organiser = session.organiser.strip()
    row.organiser_address = session.organiser_address.strip()
    row.funders = [f.strip() for f in session.funders if f.strip()]
    row.room_capacity = session.room_capacity
    row.description = session.description


class SessionService:
    """Create, list, edit and delete sessions; manage their trainers."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def list_sessions(self) -> list[SessionSummary]:
        """Every session, most recent first."""
        with self._db.unit_of_work() as orm:
            counts = dict(
                orm.execute(
                    select(EnrolmentRow.session_id, func.count()).group_by(EnrolmentRow.session_id)
                ).all()
            )
            dates = {
                sid: (first, last)
                for sid, first, last in orm.execute(
                    select(
                        DayRow.session_id, func.min(DayRow.date), func.max(DayRow.date)
                    ).group_by(DayRow.session_id)
                ).all()
            }
            rows = orm.scalars(select(SessionRow)).all()
            summaries = [
                SessionSummary(
                    id=row.id,
                    title=row.title,
                    kind=SessionKind(row.kind),
                    first_date=dates.get(row.id, (None, None))[0],
                    last_date=dates.get(row.id, (None, None))[1],
                    place_name=row.place_name,
                    participant_count=counts.get(row.id, 0),
                )
                for row in rows
            ]
        summaries.sort(
            key=lambda s: (s.first_date is not None, s.first_date, s.title), reverse=True
        )
        return summaries

    def get(self, session_id: str) -> Session:
        """A session with its days, half-days, programme and trainers."""
        with self._db.unit_of_work() as orm:
            return convert.session(load_session_row(orm, session_id))

    def create(self, session: Session) -> Session:
        """Store a new session (its id is kept if given, so undo can recreate it)."""
        _check(session)
        with self._db.unit_of_work() as orm:
            row = SessionRow(id=session.id or new_id())
            _fill(row, session)
            orm.add(row)
            orm.flush()
            return convert.session(load_session_row(orm, row.id))

    def update(self, session: Session) -> Session:
        """Save a session's own fields (not its programme or trainers)."""
        _check(session)
        with self._db.unit_of_work() as orm:
            row = load_session_row(orm, session.id)
            _fill(row, session)
            orm.flush()
            return convert.session(row)

    def delete(self, session_id: str) -> None:
        """Delete a session with its programme and enrolments (participants stay)."""
        with self._db.unit_of_work() as orm:
            orm.delete(load_session_row(orm, session_id))

    def list_trainers(self) -> list[Trainer]:
        """Every known trainer and speaker, by name."""
        with self._db.unit_of_work() as orm:
            rows = orm.scalars(select(TrainerRow).order_by(TrainerRow.last_name)).all()
            return [convert.trainer(r) for r in rows]

    def save_trainer(self, trainer: Trainer) -> Trainer:
        """Create or update a trainer."""
        if not trainer.last_name.strip():
            raise ValidationError("Le nom de la personne est obligatoire.")
        with self._db.unit_of_work() as orm:
            row = orm.get(TrainerRow, trainer.id) or TrainerRow(id=trainer.id or new_id())
            row.last_name = trainer.last_name.strip()
            row.first_name = trainer.first_name.strip()
            row.organisation = trainer.organisation.strip()
            row.role = str(trainer.role)
            row.email = trainer.email.strip().lower()
            orm.add(row)
            orm.flush()
            return convert.trainer(row)

    def set_trainers(self, session_id: str, trainer_ids: list[str]) -> Session:
        """Replace the session's trainers by ``trainer_ids``, in that order."""
        with self._db.unit_of_work() as orm:
            row = load_session_row(orm, session_id)
            row.trainer_links.clear()
            orm.flush()
            for position, trainer_id in enumerate(dict.fromkeys(trainer_ids)):
                if orm.get(TrainerRow, trainer_id) is None:
                    raise NotFoundError("Un·e des formateur·rices choisi·es n'existe plus.")
                row.trainer_links.append(
                    SessionTrainerRow(
                        session_id=session_id, trainer_id=trainer_id, position=position
                    )
                )
            orm.flush()
            orm.expire(row)
            return convert.session(load_session_row(orm, session_id))
