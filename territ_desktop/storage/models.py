"""ORM tables (SQLAlchemy 2 typed declarative).

Every row has a UUID string primary key so that records keep their identity when a session is
moved to another database. Lists are stored as JSON, which SQLite and PostgreSQL both support.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from territ_desktop.domain.ids import new_id


class Base(DeclarativeBase):
    """Declarative base for every TERRIT table."""


def _id_column() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_id)


class Stamped:
    """Creation and modification times, for sync and audit."""

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )


class TrainingModuleRow(Stamped, Base):
    """A training module (programme text)."""

    __tablename__ = "training_modules"

    id: Mapped[str] = _id_column()
    title: Mapped[str] = mapped_column(String(300))
    subtitle: Mapped[str] = mapped_column(String(300), default="")
    objectives: Mapped[list[str]] = mapped_column(JSON, default=list)
    audiences: Mapped[list[str]] = mapped_column(JSON, default=list)
    leads: Mapped[list[str]] = mapped_column(JSON, default=list)
    coordinating_body: Mapped[str] = mapped_column(String(300), default="")
    partners: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")


class SessionRow(Stamped, Base):
    """An edition of a module or a cycle of study days."""

    __tablename__ = "sessions"

    id: Mapped[str] = _id_column()
    module_id: Mapped[str | None] = mapped_column(
        ForeignKey("training_modules.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    place_name: Mapped[str] = mapped_column(String(300), default="")
    place_address: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    organiser_address: Mapped[str] = mapped_column(Text, default="")
    funders: Mapped[list[str]] = mapped_column(JSON, default=list)
    room_capacity: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    synthesis: Mapped[str] = mapped_column(Text, default="", server_default="")
    evaluation: Mapped[dict[str, object] | None] = mapped_column(JSON)
    # Personal data (RGPD): kept this many years after the last day, then archived read-only
    # (archived_at), then its participants anonymised (anonymised_at). See docs/privacy.md.
    retention_years: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    days: Mapped[list[DayRow]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="DayRow.date"
    )
    trainer_links: Mapped[list[SessionTrainerRow]] = relationship(
        cascade="all, delete-orphan", order_by="SessionTrainerRow.position"
    )


class TrainerRow(Stamped, Base):
    """A trainer, lead or expert speaker."""

    __tablename__ = "trainers"

    id: Mapped[str] = _id_column()
    last_name: Mapped[str] = mapped_column(String(200))
    first_name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(320), default="")


class SessionTrainerRow(Base):
    """Which trainers deliver which session."""

    __tablename__ = "session_trainers"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    trainer_id: Mapped[str] = mapped_column(
        ForeignKey("trainers.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    trainer: Mapped[TrainerRow] = relationship()


class DayRow(Base):
    """A study day."""

    __tablename__ = "days"

    id: Mapped[str] = _id_column()
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300), default="")

    session: Mapped[SessionRow] = relationship(back_populates="days")
    half_days: Mapped[list[HalfDayRow]] = relationship(
        back_populates="day", cascade="all, delete-orphan", order_by="HalfDayRow.start"
    )


class HalfDayRow(Base):
    """A morning or afternoon, the unit of attendance."""

    __tablename__ = "half_days"

    id: Mapped[str] = _id_column()
    day_id: Mapped[str] = mapped_column(ForeignKey("days.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(20))
    start: Mapped[dt.time] = mapped_column(Time)
    end: Mapped[dt.time] = mapped_column(Time)

    day: Mapped[DayRow] = relationship(back_populates="half_days")
    items: Mapped[list[ProgrammeItemRow]] = relationship(
        back_populates="half_day",
        cascade="all, delete-orphan",
        order_by="ProgrammeItemRow.position",
    )


class ProgrammeItemRow(Base):
    """An item of a half-day's programme."""

    __tablename__ = "programme_items"

    id: Mapped[str] = _id_column()
    half_day_id: Mapped[str] = mapped_column(
        ForeignKey("half_days.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    start: Mapped[dt.time | None] = mapped_column(Time)
    end: Mapped[dt.time | None] = mapped_column(Time)
    speaker: Mapped[str] = mapped_column(String(300), default="")
    room: Mapped[str] = mapped_column(String(200), default="")
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    half_day: Mapped[HalfDayRow] = relationship(back_populates="items")


class ParticipantRow(Stamped, Base):
    """A person, one record across sessions."""

    __tablename__ = "participants"

    id: Mapped[str] = _id_column()
    last_name: Mapped[str] = mapped_column(String(200), index=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    function: Mapped[str] = mapped_column(String(300), default="")
    audience: Mapped[str] = mapped_column(String(30))
    territory: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class EnrolmentRow(Base):
    """A participant enrolled in a session."""

    __tablename__ = "enrolments"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class AttendanceRow(Base):
    """What the signed sheet says about one participant for one half-day."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("participant_id", "half_day_id"),)

    id: Mapped[str] = _id_column()
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    half_day_id: Mapped[str] = mapped_column(
        ForeignKey("half_days.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    arrival: Mapped[dt.time | None] = mapped_column(Time)
    departure: Mapped[dt.time | None] = mapped_column(Time)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )


class TrainerSignatureRow(Base):
    """A trainer's signature for one half-day, taken on the laptop."""

    __tablename__ = "trainer_signatures"
    __table_args__ = (UniqueConstraint("trainer_id", "half_day_id"),)

    id: Mapped[str] = _id_column()
    trainer_id: Mapped[str] = mapped_column(ForeignKey("trainers.id", ondelete="CASCADE"))
    half_day_id: Mapped[str] = mapped_column(
        ForeignKey("half_days.id", ondelete="CASCADE"), index=True
    )
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    signature_png: Mapped[bytes] = mapped_column(LargeBinary)


class RotationPlanRow(Stamped, Base):
    """The small-group plan of one workshop item: settings, rounds and score, as JSON.

    ``instance`` and ``plan`` use the documented JSON forms of ``territ rotations solve``
    (docs/rotations-json.md), so a plan can be moved, scripted and re-scored as it is.
    """

    __tablename__ = "rotation_plans"

    id: Mapped[str] = _id_column()
    programme_item_id: Mapped[str] = mapped_column(
        ForeignKey("programme_items.id", ondelete="CASCADE"), unique=True
    )
    instance: Mapped[dict[str, object]] = mapped_column(JSON)
    plan: Mapped[dict[str, object]] = mapped_column(JSON)
    seed: Mapped[int] = mapped_column(Integer, default=1)
    locked: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class WorkshopNoteRow(Stamped, Base):
    """The notes of one table in one round of a workshop item (Markdown-light text)."""

    __tablename__ = "workshop_notes"
    __table_args__ = (UniqueConstraint("programme_item_id", "table_name", "round"),)

    id: Mapped[str] = _id_column()
    programme_item_id: Mapped[str] = mapped_column(
        ForeignKey("programme_items.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(200))
    round: Mapped[int] = mapped_column(Integer, default=1)
    rapporteur: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class FunderRetentionRow(Base):
    """A funder's retention period: its sessions keep their records at least this long."""

    __tablename__ = "funder_retention"

    funder_key: Mapped[str] = mapped_column(String(300), primary_key=True)  # folded name
    funder: Mapped[str] = mapped_column(String(300))  # as typed
    years: Mapped[int] = mapped_column(Integer)
