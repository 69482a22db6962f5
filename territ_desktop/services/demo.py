"""The demo: a realistic TERRIT cycle, written in our own words; idempotent."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import fold
from territ_desktop.services import demo_content as content
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import (
    AttendanceRow,
    DayRow,
    EnrolmentRow,
    HalfDayRow,
    ParticipantRow,
    ProgrammeItemRow,
    SessionRow,
    SessionTrainerRow,
    TrainerRow,
    TrainingModuleRow,
    WorkshopNoteRow,
)

_NAMESPACE = uuid.UUID("6f1b8f0e-5d1c-4a53-9a55-7f1f3f0e2d10")


def demo_id(key: str) -> str:
    """A stable UUID for a demo record, so that running the demo twice changes nothing."""
    return str(uuid.uuid5(_NAMESPACE, key))


DEMO_SESSION_ID = demo_id("session")


@dataclass(frozen=True)
class DemoResult:
    """What ``create_demo`` did."""

    session_id: str
    created: bool
    participant_count: int


def _time(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def _participant_rows() -> list[ParticipantRow]:
    rows = []
    for line in content.PARTICIPANTS.strip().splitlines():
        last, first, org, function, audience, commune = line.split(";")
        email = f"{fold(first).replace(' ', '')}.{fold(last).replace(' ', '')}@exemple.fr"
        rows.append(
            ParticipantRow(
                id=demo_id(f"participant:{last}:{first}"),
                last_name=last,
                first_name=first,
                organisation=org,
                function=function,
                audience=str(Audience(audience)),
                territory=commune,
                email=email,
                phone="",
                notes="",
            )
        )
    return rows


def _status(code: str) -> tuple[str, dt.time | None, dt.time | None]:
    if code in ("P", "A", "E"):
        return {"P": "present", "A": "absent", "E": "excuse"}[code], None, None
    start, end = code.split("-")
    return "partiel", _time(start), _time(end)


def _add_attendance(orm: OrmSession, session: SessionRow, people: list[ParticipantRow]) -> None:
    """Statuses for the first two study days, with late arrivals and a walk-in."""
    halves = [h for day in sorted(session.days, key=lambda d: d.date)[:2] for h in day.half_days]
    halves.sort(key=lambda h: (h.day.date, h.start))
    last, first, org, function, audience, commune = content.WALK_IN
    walk_in = ParticipantRow(
        id=demo_id(f"participant:{last}:{first}"),
        last_name=last,
        first_name=first,
        organisation=org,
        function=function,
        audience=audience,
        territory=commune,
        email=f"{fold(first)}.{fold(last)}@exemple.fr",
        phone="",
        notes="Venue sans inscription dès la première matinée.",
    )
    if orm.get(ParticipantRow, walk_in.id) is None:
        orm.add(walk_in)
        orm.flush()
    orm.add(EnrolmentRow(session_id=session.id, participant_id=walk_in.id, walk_in=True))
    for index, half in enumerate(halves):
        for person in people:
            codes = content.ATTENDANCE_EXCEPTIONS.get(person.last_name, ("P",) * len(halves))
            status, arrival, departure = _status(codes[index])
            orm.add(
                AttendanceRow(
                    id=demo_id(f"attendance:{person.id}:{half.id}"),
                    participant_id=person.id,
                    half_day_id=half.id,
                    status=status,
                    arrival=arrival,
                    departure=departure,
                )
            )
        if index >= content.WALK_IN_FROM_HALF_DAY:
            orm.add(
                AttendanceRow(
                    id=demo_id(f"attendance:{walk_in.id}:{half.id}"),
                    participant_id=walk_in.id,
                    half_day_id=half.id,
                    status="present",
                )
            )


def _add_notes(orm: OrmSession, session: SessionRow) -> None:
    """Workshop notes of the days already held, the synthesis so far, the evaluation."""
    days = sorted(session.days, key=lambda d: d.date)
    for day_index, table, rapporteur, text in content.WORKSHOP_NOTES:
        item = next(i for h in days[day_index].half_days for i in h.items if i.kind == "atelier")
        orm.add(
            WorkshopNoteRow(
                id=demo_id(f"note:{item.id}:{table}:1"),
                programme_item_id=item.id,
                table_name=table,
                round=1,
                rapporteur=rapporteur,
                text=text,
            )
        )
    session.synthesis = content.SYNTHESIS
    session.evaluation = dict(content.EVALUATION)


def create_demo(database: Database, *, plans: bool = True) -> DemoResult:
    """Fill the database with the demo session; does nothing if it is already there.

    A demo made by an earlier version gets what it lacks (attendance, notes, group plans).
    ``plans=False`` skips solving the workshop rotations (about a second), for tests.
    """
    result = _create_records(database)
    if plans:
        from territ_desktop.services.attendance import AttendanceService
        from territ_desktop.services.rotations import RotationService

        rotations = RotationService(database, AttendanceService(database))
        rotations.plan_all(DEMO_SESSION_ID, seed=1, max_iterations=DEMO_SEARCH_ITERATIONS)
    return result


# Enough for good plans, few enough that ``territ demo`` stays around a second.
DEMO_SEARCH_ITERATIONS = 200


def _create_records(database: Database) -> DemoResult:
    people = _participant_rows()
    with database.unit_of_work() as orm:
        existing = orm.get(SessionRow, DEMO_SESSION_ID)
        if existing is not None:
            has_attendance = orm.scalar(
                select(AttendanceRow.id)
                .join(EnrolmentRow, EnrolmentRow.participant_id == AttendanceRow.participant_id)
                .where(EnrolmentRow.session_id == DEMO_SESSION_ID)
                .limit(1)
            )
            if has_attendance is None:
                rows = [orm.get(ParticipantRow, p.id) for p in people]
                _add_attendance(orm, existing, [r for r in rows if r is not None])
            if not existing.synthesis:
                _add_notes(orm, existing)
            return DemoResult(DEMO_SESSION_ID, created=False, participant_count=len(people) + 1)
        module = TrainingModuleRow(
            id=demo_id("module"),
            audiences=[str(a) for a in Audience if a is not Audience.AUTRE],
            **content.MODULE,
        )
        orm.add(module)
        orm.flush()  # no ORM relationship links the two, so the module must exist first
        session = SessionRow(
            id=DEMO_SESSION_ID, module_id=module.id, kind="cycle", **content.SESSION
        )
        orm.add(session)
        for position, (last, first, org, role) in enumerate(content.TRAINERS):
            trainer = TrainerRow(
                id=demo_id(f"trainer:{last}"),
                last_name=last,
                first_name=first,
                organisation=org,
                role=role,
                email="",
            )
            orm.add(trainer)
            if role != "intervenant":
                session.trainer_links.append(
                    SessionTrainerRow(trainer_id=trainer.id, position=position)
                )
        for day_date, title, halves in content.DAYS:
            day = DayRow(id=demo_id(f"day:{day_date}"), date=day_date, title=title)
            session.days.append(day)
            for (start, end), items in halves:
                period = "matin" if start.hour < 12 else "apres_midi"
                half = HalfDayRow(
                    id=demo_id(f"half:{day_date}:{period}"), period=period, start=start, end=end
                )
                day.half_days.append(half)
                for position, (kind, item_title, t0, t1, speaker, themes) in enumerate(items):
                    half.items.append(
                        ProgrammeItemRow(
                            id=demo_id(f"item:{day_date}:{period}:{position}"),
                            position=position,
                            kind=kind,
                            title=item_title,
                            start=_time(t0),
                            end=_time(t1),
                            speaker=speaker,
                            room="Salle Simone-Veil" if kind != "atelier" else "Salles 1 à 4",
                            themes=list(themes),
                            description="",
                        )
                    )
        for row in people:
            if orm.get(ParticipantRow, row.id) is None:
                orm.add(row)
        orm.flush()
        orm.add_all(EnrolmentRow(session_id=session.id, participant_id=row.id) for row in people)
        orm.flush()
        _add_attendance(orm, session, people)
        _add_notes(orm, session)
    return DemoResult(DEMO_SESSION_ID, created=True, participant_count=len(people) + 1)
