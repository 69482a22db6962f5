"""Checks to run before exporting attendance: things a funder or auditor would reject.

Each check returns warnings, not errors: the user reads them and may export anyway (a status
can be missing for a good reason, a session may really take place on a public holiday). The
checks are pure functions of domain values; the caller gathers the other sessions' bookings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import holidays

from territ_desktop.domain.attendance import AttendanceRecord, AttendanceStatus
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import Session

NAMES_SHOWN = 5
"""How many names a warning lists before it says "and N others"."""


class WarningKind(StrEnum):
    """What a warning is about; the UI may group or filter on it."""

    MISSING_STATUS = "statut_manquant"
    PUBLIC_HOLIDAY = "jour_ferie"
    OVER_CAPACITY = "capacite_depassee"
    TRAINER_CONFLICT = "formateur_indisponible"


@dataclass(frozen=True, slots=True)
class AttendanceWarning:
    """A problem the user should look at before exporting; ``message`` is French."""

    kind: WarningKind
    message: str
    half_day_id: str | None = None
    date: dt.date | None = None
    participant_ids: tuple[str, ...] = ()
    trainer_id: str | None = None


@dataclass(frozen=True, slots=True)
class TrainerBooking:
    """A half-day of another session and the trainers booked on it."""

    session_id: str
    session_title: str
    date: dt.date
    start: dt.time
    end: dt.time
    trainer_ids: frozenset[str]


def bookings_of(session: Session) -> list[TrainerBooking]:
    """The bookings of every trainer of ``session``, one per half-day."""
    trainer_ids = frozenset(t.id for t in session.trainers)
    return [
        TrainerBooking(session.id, session.title, h.date, h.start, h.end, trainer_ids)
        for h in session.half_days
    ]


def _names(participants: Sequence[Participant]) -> str:
    shown = ", ".join(p.printed_name for p in participants[:NAMES_SHOWN])
    hidden = len(participants) - NAMES_SHOWN
    return f"{shown} et {hidden} autre(s)" if hidden > 0 else shown


def missing_statuses(
    session: Session,
    participants: Sequence[Participant],
    records: Mapping[tuple[str, str], AttendanceRecord],
    *,
    until: dt.date | None = None,
) -> list[AttendanceWarning]:
    """Half-days where some enrolled participants have no status recorded.

    Args:
        session: The session.
        participants: The enrolled participants.
        records: Attendance records keyed by ``(participant_id, half_day_id)``.
        until: Only check half-days on or before this date (e.g. today, so that blank sheets
            printed in advance raise nothing); ``None`` checks them all.
    """
    ordered = sorted(participants, key=lambda p: (*p.sort_key, p.id))
    warnings: list[AttendanceWarning] = []
    for half_day in session.half_days:
        if until is not None and half_day.date > until:
            continue
        missing = [p for p in ordered if (p.id, half_day.id) not in records]
        if not missing:
            continue
        count = len(missing)
        noun = "participant·e inscrit·e" if count == 1 else "participant·es inscrit·es"
        warnings.append(
            AttendanceWarning(
                WarningKind.MISSING_STATUS,
                f"{half_day.label} : {count} {noun} sans statut de présence ({_names(missing)}). "
                "Complétez les présences d'après la feuille d'émargement, ou exportez tel quel : "
                "ces personnes compteront pour 0 heure.",
                half_day_id=half_day.id,
                date=half_day.date,
                participant_ids=tuple(p.id for p in missing),
            )
        )
    return warnings


def public_holidays(session: Session, *, subdivision: str | None = None) -> list[AttendanceWarning]:
    """Days of the session that are French public holidays.

    Args:
        session: The session.
        subdivision: A ``holidays.France`` subdivision for local holidays, e.g. ``"57"`` for
            Moselle (Good Friday and St Stephen's Day) or ``"974"`` for La Réunion.
    """
    dates = sorted({d.date for d in session.days})
    if not dates:
        return []
    years = sorted({d.year for d in dates})
    calendar = holidays.country_holidays("FR", years=years, subdiv=subdivision, language="fr")
    warnings: list[AttendanceWarning] = []
    for date in dates:
        name = calendar.get(date)
        if name is None:
            continue
        warnings.append(
            AttendanceWarning(
                WarningKind.PUBLIC_HOLIDAY,
                f"Le {date:%d/%m/%Y} est un jour férié ({name}). Vérifiez la date de la "
                "journée : une feuille d'émargement datée d'un jour férié est souvent refusée "
                "par les financeurs.",
                date=date,
            )
        )
    return warnings


def over_capacity(
    session: Session,
    records: Mapping[tuple[str, str], AttendanceRecord],
    *,
    enrolled: int | None = None,
) -> list[AttendanceWarning]:
    """Half-days with more people present than the room holds.

    Presence counts every record marked present or partly present for the half-day, enrolled
    or not (walk-ins sign too). If ``enrolled`` is given, a half-day with no presence recorded
    yet is checked against the number enrolled instead.
    """
    capacity = session.room_capacity
    if capacity is None or capacity <= 0:
        return []
    present_statuses = (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL)
    present: dict[str, set[str]] = {}
    for (participant_id, half_day_id), record in records.items():
        if record.status in present_statuses:
            present.setdefault(half_day_id, set()).add(participant_id)
    warnings: list[AttendanceWarning] = []
    for half_day in session.half_days:
        people = present.get(half_day.id, set())
        if len(people) > capacity:
            message = (
                f"{half_day.label} : {len(people)} personnes présentes pour une salle de "
                f"{capacity} places. Vérifiez les présences saisies ou la capacité de la salle : "
                "un financeur peut refuser une feuille qui compte plus de signataires que de "
                "places."
            )
        elif not people and enrolled is not None and enrolled > capacity:
            message = (
                f"{half_day.label} : {enrolled} personnes inscrites pour une salle de "
                f"{capacity} places. Prévoyez une salle plus grande ou limitez les inscriptions."
            )
        else:
            continue
        warnings.append(
            AttendanceWarning(
                WarningKind.OVER_CAPACITY,
                message,
                half_day_id=half_day.id,
                date=half_day.date,
                participant_ids=tuple(sorted(people)),
            )
        )
    return warnings


def trainer_conflicts(
    session: Session, bookings: Iterable[TrainerBooking]
) -> list[AttendanceWarning]:
    """Trainers of ``session`` booked on another session at an overlapping time."""
    names = {t.id: t.display_name for t in session.trainers}
    warnings: list[AttendanceWarning] = []
    others = [b for b in bookings if b.session_id != session.id]
    for half_day in session.half_days:
        for booking in others:
            overlaps = (
                booking.date == half_day.date
                and booking.start < half_day.end
                and half_day.start < booking.end
            )
            if not overlaps:
                continue
            for trainer_id in sorted(booking.trainer_ids & names.keys()):
                warnings.append(
                    AttendanceWarning(
                        WarningKind.TRAINER_CONFLICT,
                        f"{half_day.label} : {names[trainer_id]} est aussi prévu·e sur "
                        f"« {booking.session_title} » le {booking.date:%d/%m/%Y} "
                        f"{_slot_times(booking.start, booking.end)}. Une même personne ne peut "
                        "pas animer deux sessions en même temps : corrigez l'une des deux.",
                        half_day_id=half_day.id,
                        date=half_day.date,
                        trainer_id=trainer_id,
                    )
                )
    return warnings


def _slot_times(start: dt.time, end: dt.time) -> str:
    return f"de {start.hour} h {start.minute:02d} à {end.hour} h {end.minute:02d}"


def check_before_export(
    session: Session,
    participants: Sequence[Participant],
    records: Mapping[tuple[str, str], AttendanceRecord],
    *,
    other_bookings: Iterable[TrainerBooking] = (),
    until: dt.date | None = None,
    holiday_subdivision: str | None = None,
) -> list[AttendanceWarning]:
    """Run every check and return the warnings, in the order: holidays, statuses, room, trainers.

    Args:
        session: The session about to be exported.
        participants: Its enrolled participants.
        records: Attendance records keyed by ``(participant_id, half_day_id)``.
        other_bookings: Half-days of other sessions with their trainers (see
            :func:`bookings_of`); bookings of ``session`` itself are ignored.
        until: Check missing statuses only up to this date (see :func:`missing_statuses`).
        holiday_subdivision: ``holidays.France`` subdivision for local public holidays.

    Returns:
        The warnings; empty when everything looks right.
    """
    return [
        *public_holidays(session, subdivision=holiday_subdivision),
        *missing_statuses(session, participants, records, until=until),
        *over_capacity(session, records, enrolled=len(participants)),
        *trainer_conflicts(session, other_bookings),
    ]
