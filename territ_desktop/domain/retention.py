"""How long personal data is kept (RGPD), and what is due for archiving or anonymisation.

A session's records (sign-in sheets, attendance) are proof for its funders for a number of
years after its last day: by default :data:`DEFAULT_RETENTION_YEARS`, more when the session
says so or when one of its funders asks for longer (the longest applies). When that period has
run out the session is *archived* (read-only), and a participant is *anonymised* once every
session they took part in is archived: names replaced, contact data erased, audience type,
commune, enrolments and attendance kept for the statistics. Pure functions, no database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.participant import fold

DEFAULT_RETENTION_YEARS = 3
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 30
PSEUDONYM = "Participant·e {number}"


class RetentionStatus(StrEnum):
    """Where a session stands."""

    KEPT = "conservee"  # within its retention period
    DUE = "a_archiver"  # period over, not archived yet
    ARCHIVED = "archivee"  # read-only, participants not all anonymised yet
    ANONYMISED = "anonymisee"  # archived and every participant anonymised


def check_years(years: int) -> int:
    """``years`` if it is an allowed retention period, else ValidationError."""
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise ValidationError(
            f"La durée de conservation doit être comprise entre {MIN_RETENTION_YEARS} et "
            f"{MAX_RETENTION_YEARS} ans."
        )
    return years


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved ``years`` years later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def funder_key(name: str) -> str:
    """A funder's name compared ignoring case, accents and spacing."""
    return " ".join(fold(name).split())


def effective_years(own: int, funders: Sequence[str], rules: Mapping[str, int]) -> int:
    """The session's own period or its funders' (keys from :func:`funder_key`), the longest."""
    return max([own, *(rules[k] for k in map(funder_key, funders) if k in rules)])


@dataclass(frozen=True)
class SessionRetention:
    """One session's retention: its end, its period, and what was done."""

    session_id: str
    title: str
    end: dt.date  # the last day (the creation date for a session without days)
    own_years: int
    years: int  # the effective period (see :func:`effective_years`)
    archived_at: dt.datetime | None = None
    anonymised_at: dt.datetime | None = None
    participants: int = 0

    @property
    def expires(self) -> dt.date:
        """The first day the records are no longer needed as proof."""
        return add_years(self.end, self.years)

    def status(self, today: dt.date) -> RetentionStatus:
        """Where the session stands on ``today``."""
        if self.anonymised_at is not None:
            return RetentionStatus.ANONYMISED
        if self.archived_at is not None:
            return RetentionStatus.ARCHIVED
        if today >= self.expires:
            return RetentionStatus.DUE
        return RetentionStatus.KEPT


@dataclass(frozen=True)
class PersonRecord:
    """What the plan needs to know about one participant."""

    participant_id: str
    printed_name: str
    session_ids: frozenset[str]  # sessions they are enrolled in or have attendance for
    anonymised: bool = False
    last_change: dt.date | None = None  # for people in no session


@dataclass(frozen=True)
class PrivacyPlan:
    """What applying retention would do today; shown as a preview before anything is written."""

    today: dt.date
    archive: tuple[SessionRetention, ...] = ()
    anonymise: tuple[PersonRecord, ...] = ()
    delete: tuple[PersonRecord, ...] = ()  # in no session, untouched for the default period
    mark_anonymised: tuple[str, ...] = ()  # session ids whose last participants go now
    kept_for: Mapping[str, dt.date] = field(default_factory=dict)  # id -> when they can go

    @property
    def empty(self) -> bool:
        """True when nothing is due."""
        return not (self.archive or self.anonymise or self.delete or self.mark_anonymised)


def plan_privacy(
    sessions: Sequence[SessionRetention],
    people: Sequence[PersonRecord],
    today: dt.date,
    *,
    scope: Collection[str] | None = None,
) -> PrivacyPlan:
    """What is due on ``today``: sessions to archive, then people whose sessions all are.

    A person in a session still within its period is kept (their name is on its sheets);
    ``kept_for`` says until when. A person in no session at all is deleted once their record
    has not changed for :data:`DEFAULT_RETENTION_YEARS`. ``scope`` (participant ids) limits
    the plan to those people and their own sessions (erasing one person's data).
    """
    by_id = {s.session_id: s for s in sessions}
    chosen = [p for p in people if scope is None or p.participant_id in scope]
    reach = None if scope is None else {i for p in chosen for i in p.session_ids}
    archive = tuple(
        s
        for s in sessions
        if s.status(today) is RetentionStatus.DUE and (reach is None or s.session_id in reach)
    )
    archived = {s.session_id for s in sessions if s.archived_at is not None}
    archived |= {s.session_id for s in archive}
    anonymise: list[PersonRecord] = []
    delete: list[PersonRecord] = []
    kept_for: dict[str, dt.date] = {}
    for person in chosen:
        if person.anonymised:
            continue
        known = [by_id[i] for i in person.session_ids if i in by_id]
        if not known:
            changed = person.last_change or today
            if today >= add_years(changed, DEFAULT_RETENTION_YEARS):
                delete.append(person)
            continue
        live = [s for s in known if s.session_id not in archived]
        if live:
            kept_for[person.participant_id] = max(s.expires for s in live)
        else:
            anonymise.append(person)
    going = {p.participant_id for p in anonymise}
    remaining: dict[str, int] = dict.fromkeys(archived, 0)
    for person in people:
        if person.anonymised or person.participant_id in going:
            continue
        for session_id in person.session_ids & archived:
            remaining[session_id] += 1
    mark = tuple(
        sorted(
            i
            for i, left in remaining.items()
            if left == 0 and i in by_id and by_id[i].anonymised_at is None
        )
    )
    return PrivacyPlan(today, archive, tuple(anonymise), tuple(delete), mark, kept_for)


def pseudonym(number: int) -> str:
    """The name an anonymised participant gets: « Participant·e 17 »."""
    return PSEUDONYM.format(number=number)
