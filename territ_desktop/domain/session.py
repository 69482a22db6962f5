"""Training module, session (an edition), days, half-days, programme items, trainers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from territ_desktop.domain.audience import Audience


class SessionKind(StrEnum):
    """What kind of edition a session is."""

    MODULE = "module"
    CYCLE = "cycle"
    STUDY_DAY = "journee"


SESSION_KIND_LABELS = {
    SessionKind.MODULE: "Module de formation",
    SessionKind.CYCLE: "Cycle de journées d'étude",
    SessionKind.STUDY_DAY: "Journée d'étude",
}


class Period(StrEnum):
    """Morning or afternoon: sign-in sheets are per half-day."""

    MORNING = "matin"
    AFTERNOON = "apres_midi"


PERIOD_LABELS = {Period.MORNING: "Matin", Period.AFTERNOON: "Après-midi"}


class ItemKind(StrEnum):
    """Kinds of programme items."""

    PLENARY = "pleniere"
    WORKSHOP = "atelier"
    EXPERT_TALK = "expose"
    CASE_STUDY = "etude_de_cas"
    PRACTICE_EXCHANGE = "echange_pratiques"
    DEBATE = "debat"
    BREAK = "pause"


ITEM_KIND_LABELS = {
    ItemKind.PLENARY: "Plénière",
    ItemKind.WORKSHOP: "Travail en petits groupes / atelier",
    ItemKind.EXPERT_TALK: "Exposé d'expert",
    ItemKind.CASE_STUDY: "Étude de cas",
    ItemKind.PRACTICE_EXCHANGE: "Échange de pratiques",
    ItemKind.DEBATE: "Débat",
    ItemKind.BREAK: "Pause",
}


class TrainerRole(StrEnum):
    """Role of a person who delivers part of a session."""

    LEAD = "responsable"
    TRAINER = "formateur"
    SPEAKER = "intervenant"


TRAINER_ROLE_LABELS = {
    TrainerRole.LEAD: "Responsable du module",
    TrainerRole.TRAINER: "Formateur·rice",
    TrainerRole.SPEAKER: "Intervenant·e",
}


@dataclass(frozen=True, slots=True)
class TrainingModule:
    """A training module as described by its programme."""

    id: str
    title: str
    subtitle: str = ""
    objectives: tuple[str, ...] = ()
    audiences: tuple[Audience, ...] = ()
    leads: tuple[str, ...] = ()
    coordinating_body: str = ""
    partners: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class Trainer:
    """A trainer, module lead or expert speaker; one record per person across sessions."""

    id: str
    last_name: str
    first_name: str
    organisation: str = ""
    role: TrainerRole = TrainerRole.TRAINER
    email: str = ""

    @property
    def display_name(self) -> str:
        """First name then last name, as printed under a signature box."""
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class ProgrammeItem:
    """One item of a half-day's programme."""

    id: str
    half_day_id: str
    position: int
    kind: ItemKind
    title: str
    start: dt.time | None = None
    end: dt.time | None = None
    speaker: str = ""
    room: str = ""
    themes: tuple[str, ...] = ()
    description: str = ""
    materials: str = ""  # documents and tools used, as text (titles, links)
    notes: str = ""  # what happened, case studies, as delivered

    @property
    def is_group_work(self) -> bool:
        """True for the small-group items that get rotations and table notes."""
        return self.kind is ItemKind.WORKSHOP


@dataclass(frozen=True, slots=True)
class HalfDay:
    """A morning or afternoon of a study day; the unit of attendance."""

    id: str
    day_id: str
    date: dt.date
    period: Period
    start: dt.time
    end: dt.time
    items: tuple[ProgrammeItem, ...] = ()

    @property
    def label(self) -> str:
        """E.g. ``"12/06/2026 matin"``."""
        return f"{self.date:%d/%m/%Y} {PERIOD_LABELS[self.period].lower()}"


@dataclass(frozen=True, slots=True)
class Day:
    """A study day of a session, split into half-days."""

    id: str
    session_id: str
    date: dt.date
    title: str = ""
    half_days: tuple[HalfDay, ...] = ()


@dataclass(frozen=True, slots=True)
class Session:
    """One edition of a module or cycle: what appears at the top of every sign-in sheet."""

    id: str
    title: str
    kind: SessionKind = SessionKind.MODULE
    module_id: str | None = None
    place_name: str = ""
    place_address: str = ""
    organiser: str = ""
    organiser_address: str = ""
    funders: tuple[str, ...] = ()
    room_capacity: int | None = None
    description: str = ""
    days: tuple[Day, ...] = ()
    trainers: tuple[Trainer, ...] = field(default=())

    @property
    def half_days(self) -> tuple[HalfDay, ...]:
        """All half-days in chronological order."""
        return tuple(h for d in self.days for h in d.half_days)

    @property
    def first_date(self) -> dt.date | None:
        """Date of the first day, if any."""
        return self.days[0].date if self.days else None

    @property
    def last_date(self) -> dt.date | None:
        """Date of the last day, if any."""
        return self.days[-1].date if self.days else None


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """A line of the session list."""

    id: str
    title: str
    kind: SessionKind
    first_date: dt.date | None
    last_date: dt.date | None
    place_name: str
    participant_count: int
