"""The demo: a realistic TERRIT cycle, written in our own words; idempotent."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import fold
from territ_desktop.services import demo_content as content
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import (
    DayRow,
    EnrolmentRow,
    HalfDayRow,
    ParticipantRow,
    ProgrammeItemRow,
    SessionRow,
    SessionTrainerRow,
    TrainerRow,
    TrainingModuleRow,
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


def create_demo(database: Database) -> DemoResult:
    """Fill the database with the demo session; does nothing if it is already there."""
    people = _participant_rows()
    with database.unit_of_work() as orm:
        if orm.get(SessionRow, DEMO_SESSION_ID) is not None:
            return DemoResult(DEMO_SESSION_ID, created=False, participant_count=len(people))
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
    return DemoResult(DEMO_SESSION_ID, created=True, participant_count=len(people))
