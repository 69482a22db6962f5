"""Turn ORM rows into plain domain values (and fill rows from them)."""

from __future__ import annotations

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import (
    Day,
    HalfDay,
    ItemKind,
    Period,
    ProgrammeItem,
    Session,
    SessionKind,
    Trainer,
    TrainerRole,
    TrainingModule,
)
from territ_desktop.storage.models import (
    DayRow,
    HalfDayRow,
    ParticipantRow,
    ProgrammeItemRow,
    SessionRow,
    TrainerRow,
    TrainingModuleRow,
)

PARTICIPANT_FIELDS = (
    "last_name",
    "first_name",
    "organisation",
    "function",
    "audience",
    "territory",
    "email",
    "phone",
    "notes",
)


def participant(row: ParticipantRow) -> Participant:
    """Domain value of a participant row."""
    return Participant(
        id=row.id,
        last_name=row.last_name,
        first_name=row.first_name,
        organisation=row.organisation,
        function=row.function,
        audience=Audience(row.audience),
        territory=row.territory,
        email=row.email,
        phone=row.phone,
        notes=row.notes,
    )


def fill_participant(row: ParticipantRow, value: Participant) -> None:
    """Copy a participant value's fields into a row (not its id)."""
    for name in PARTICIPANT_FIELDS:
        setattr(row, name, str(getattr(value, name)))


def trainer(row: TrainerRow) -> Trainer:
    """Domain value of a trainer row."""
    return Trainer(
        id=row.id,
        last_name=row.last_name,
        first_name=row.first_name,
        organisation=row.organisation,
        role=TrainerRole(row.role),
        email=row.email,
    )


def module(row: TrainingModuleRow) -> TrainingModule:
    """Domain value of a training module row."""
    return TrainingModule(
        id=row.id,
        title=row.title,
        subtitle=row.subtitle,
        objectives=tuple(row.objectives),
        audiences=tuple(Audience(a) for a in row.audiences),
        leads=tuple(row.leads),
        coordinating_body=row.coordinating_body,
        partners=tuple(row.partners),
        description=row.description,
    )


def item(row: ProgrammeItemRow) -> ProgrammeItem:
    """Domain value of a programme item row."""
    return ProgrammeItem(
        id=row.id,
        half_day_id=row.half_day_id,
        position=row.position,
        kind=ItemKind(row.kind),
        title=row.title,
        start=row.start,
        end=row.end,
        speaker=row.speaker,
        room=row.room,
        themes=tuple(row.themes),
        description=row.description,
        materials=row.materials,
        notes=row.notes,
    )


def half_day(row: HalfDayRow, date_row: DayRow) -> HalfDay:
    """Domain value of a half-day row, with its items."""
    return HalfDay(
        id=row.id,
        day_id=row.day_id,
        date=date_row.date,
        period=Period(row.period),
        start=row.start,
        end=row.end,
        items=tuple(item(i) for i in row.items),
    )


def day(row: DayRow) -> Day:
    """Domain value of a day row, with its half-days."""
    return Day(
        id=row.id,
        session_id=row.session_id,
        date=row.date,
        title=row.title,
        half_days=tuple(half_day(h, row) for h in row.half_days),
    )


def session(row: SessionRow, *, with_programme: bool = True) -> Session:
    """Domain value of a session row, with its days and trainers."""
    return Session(
        id=row.id,
        title=row.title,
        kind=SessionKind(row.kind),
        module_id=row.module_id,
        place_name=row.place_name,
        place_address=row.place_address,
        organiser=row.organiser,
        organiser_address=row.organiser_address,
        funders=tuple(row.funders),
        room_capacity=row.room_capacity,
        description=row.description,
        days=tuple(day(d) for d in row.days) if with_programme else (),
        trainers=tuple(trainer(link.trainer) for link in row.trainer_links),
    )
