"""Anonymising participants inside one unit of work (used by the privacy service).

What goes: last and first names (replaced by « Participant·e N »), organisation (in a small
structure it names the person), function, e-mail, phone, notes, signature images, and the
names as they appear in the session's texts (workshop notes and their rapporteurs, synthesis,
programme notes, group plans). What stays, for the funders' statistics: audience type,
commune, enrolments, attendance statuses and hours. See docs/privacy.md.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.participant import fold
from territ_desktop.domain.retention import pseudonym
from territ_desktop.storage.models import (
    AttendanceRow,
    DayRow,
    HalfDayRow,
    ParticipantRow,
    ProgrammeItemRow,
    RotationPlanRow,
    SessionRow,
    WorkshopNoteRow,
)

_PSEUDONYM = re.compile(r"^Participant·e (\d+)$")
_CHUNK = 500


def _chunks(ids: Collection[str]) -> Iterable[list[str]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def next_number(orm: OrmSession) -> int:
    """The number the next anonymised participant gets (after the highest one used)."""
    names = orm.scalars(
        select(ParticipantRow.last_name).where(ParticipantRow.anonymised_at.is_not(None))
    )
    numbers = [int(m.group(1)) for n in names if (m := _PSEUDONYM.match(n))]
    return max(numbers, default=0) + 1


def _accent_variants() -> dict[str, str]:
    """Each letter and the Latin letters that fold to it: ``e`` → ``EeÈÉÊËèéêëĒē…``."""
    variants: dict[str, list[str]] = {}
    for code in range(0x41, 0x250):
        char = chr(code)
        base = fold(char)
        if len(base) == 1 and base.isalpha():
            variants.setdefault(base, []).append(char)
    return {base: "".join(chars) for base, chars in variants.items()}


_VARIANTS = _accent_variants()


def _letter(char: str) -> str:
    """A pattern for ``char`` that ignores its accent (typed names often lose them)."""
    base = fold(char)
    if base not in _VARIANTS:
        return re.escape(char)  # not a letter, or one that folds to two (œ, ß)
    return f"[{_VARIANTS[base]}][\u0300-\u036f]*"  # and a decomposed accent, if any


def _name_pattern(first: str, last: str) -> re.Pattern[str] | None:
    """« Jean Dupont », « Dupont Jean », « DUPONT Jean »: ignoring case, accents and spacing."""
    first, last = first.strip(), last.strip()
    if not first or not last:
        return None  # a lone name would hit ordinary words (« Petit », « Blanc »)

    def words(text: str) -> str:
        return r"\s+".join("".join(_letter(c) for c in w) for w in text.split())

    both = f"{words(first)}\\s+{words(last)}|{words(last)}\\s+{words(first)}"
    return re.compile(rf"(?<!\w)(?:{both})(?!\w)", re.IGNORECASE)


def scrub(text: str, names: Mapping[re.Pattern[str], str]) -> str:
    """``text`` with every full name of ``names`` replaced by its pseudonym."""
    for pattern, replacement in names.items():
        text = pattern.sub(replacement, text)
    return text


def anonymise_people(orm: OrmSession, ids: Collection[str], now: dt.datetime) -> dict[str, str]:
    """Anonymise the participants ``ids``; return their pseudonyms by id.

    The texts of their sessions are scrubbed of their names as well (see module docstring).
    """
    number = next_number(orm)
    patterns: dict[re.Pattern[str], str] = {}
    given: dict[str, str] = {}
    for chunk in _chunks(ids):
        for row in orm.scalars(select(ParticipantRow).where(ParticipantRow.id.in_(chunk))):
            given[row.id] = name = pseudonym(number)
            number += 1
            pattern = _name_pattern(row.first_name, row.last_name)
            if pattern is not None:
                patterns[pattern] = name
            row.last_name = name
            row.first_name = row.organisation = row.function = ""
            row.email = row.phone = row.notes = ""
            row.anonymised_at = now
        orm.execute(
            update(AttendanceRow)
            .where(AttendanceRow.participant_id.in_(chunk))
            .values(signature_png=None)
        )
    sessions = set(_sessions_of(orm, given))
    _scrub_sessions(orm, sessions, patterns, given)
    return given


def _sessions_of(orm: OrmSession, ids: Collection[str]) -> Iterable[str]:
    from territ_desktop.storage.models import EnrolmentRow

    for chunk in _chunks(ids):
        yield from orm.scalars(
            select(EnrolmentRow.session_id).where(EnrolmentRow.participant_id.in_(chunk))
        )
        yield from orm.scalars(
            select(DayRow.session_id)
            .join(HalfDayRow, HalfDayRow.day_id == DayRow.id)
            .join(AttendanceRow, AttendanceRow.half_day_id == HalfDayRow.id)
            .where(AttendanceRow.participant_id.in_(chunk))
        )


def _scrub_sessions(
    orm: OrmSession,
    session_ids: Collection[str],
    patterns: Mapping[re.Pattern[str], str],
    given: Mapping[str, str],
) -> None:
    if not session_ids:
        return
    for session in orm.scalars(select(SessionRow).where(SessionRow.id.in_(session_ids))):
        session.synthesis = scrub(session.synthesis, patterns)
        session.description = scrub(session.description, patterns)
    items = list(
        orm.scalars(
            select(ProgrammeItemRow)
            .join(HalfDayRow, HalfDayRow.id == ProgrammeItemRow.half_day_id)
            .join(DayRow, DayRow.id == HalfDayRow.day_id)
            .where(DayRow.session_id.in_(session_ids))
        )
    )
    item_ids = [i.id for i in items]
    for item in items:
        item.notes = scrub(item.notes, patterns)
        item.description = scrub(item.description, patterns)
    for note in orm.scalars(
        select(WorkshopNoteRow).where(WorkshopNoteRow.programme_item_id.in_(item_ids))
    ):
        note.text = scrub(note.text, patterns)
        note.rapporteur = scrub(note.rapporteur, patterns)
    for plan in orm.scalars(
        select(RotationPlanRow).where(RotationPlanRow.programme_item_id.in_(item_ids))
    ):
        plan.instance = _scrub_json(_scrub_instance(plan.instance, given), patterns)
        plan.plan = _scrub_json(plan.plan, patterns)


def _scrub_json(value: Any, patterns: Mapping[re.Pattern[str], str]) -> Any:
    """Every string of a JSON value (plans keep names in their messages) scrubbed of names."""
    if isinstance(value, str):
        return scrub(value, patterns)
    if isinstance(value, list):
        return [_scrub_json(v, patterns) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_json(v, patterns) for k, v in value.items()}
    return value


def _scrub_instance(instance: dict[str, Any], given: Mapping[str, str]) -> dict[str, Any]:
    """A group-plan instance with the anonymised people's names and organisations removed."""
    people = instance.get("participants")
    if not isinstance(people, list):
        return instance
    cleaned = []
    for person in people:
        if isinstance(person, dict) and person.get("id") in given:
            person = {**person, "organisation": ""}
            if "name" in person:
                person["name"] = given[str(person["id"])]
        cleaned.append(person)
    return {**instance, "participants": cleaned}
