"""The programme of a session: days, half-days and their items."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.errors import NotFoundError, ValidationError
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.session import Day, HalfDay, Period, ProgrammeItem
from territ_desktop.storage import convert
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import DayRow, HalfDayRow, ProgrammeItemRow, SessionRow

_Row = TypeVar("_Row")

DEFAULT_MORNING = (dt.time(9, 0), dt.time(12, 30))
DEFAULT_AFTERNOON = (dt.time(13, 30), dt.time(17, 0))


def _get(orm: OrmSession, model: type[_Row], key: str, what: str) -> _Row:
    row = orm.get(model, key)
    if row is None:
        raise NotFoundError(f"{what} n'existe plus (supprimé·e entre-temps ?).")
    return row


def _check_times(start: dt.time | None, end: dt.time | None) -> None:
    if start is not None and end is not None and end <= start:
        raise ValidationError(
            f"L'heure de fin ({end:%H:%M}) doit être après l'heure de début ({start:%H:%M})."
        )


def _fill_item(row: ProgrammeItemRow, item: ProgrammeItem) -> None:
    if not item.title.strip():
        raise ValidationError("Le titre de la séquence est obligatoire.")
    _check_times(item.start, item.end)
    row.kind = str(item.kind)
    row.title = item.title.strip()
    row.start = item.start
    row.end = item.end
    row.speaker = item.speaker.strip()
    row.room = item.room.strip()
    row.themes = [t.strip() for t in item.themes if t.strip()]
    row.description = item.description
    row.materials = item.materials
    row.notes = item.notes


def _renumber(half_day: HalfDayRow) -> None:
    for position, item_row in enumerate(half_day.items):
        item_row.position = position


class ProgrammeService:
    """Edit the days, half-day times and programme items of a session."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add_day(
        self,
        session_id: str,
        date: dt.date,
        title: str = "",
        morning: tuple[dt.time, dt.time] | None = DEFAULT_MORNING,
        afternoon: tuple[dt.time, dt.time] | None = DEFAULT_AFTERNOON,
    ) -> Day:
        """Add a study day with a morning and/or an afternoon."""
        if morning is None and afternoon is None:
            raise ValidationError("Une journée doit avoir au moins une demi-journée.")
        with self._db.unit_of_work() as orm:
            _get(orm, SessionRow, session_id, "Cette session")
            if orm.scalar(
                select(DayRow.id).where(DayRow.session_id == session_id, DayRow.date == date)
            ):
                raise ValidationError(f"La session a déjà une journée le {date:%d/%m/%Y}.")
            day = DayRow(id=new_id(), session_id=session_id, date=date, title=title.strip())
            for period, times in ((Period.MORNING, morning), (Period.AFTERNOON, afternoon)):
                if times is not None:
                    _check_times(*times)
                    day.half_days.append(
                        HalfDayRow(id=new_id(), period=str(period), start=times[0], end=times[1])
                    )
            orm.add(day)
            orm.flush()
            return convert.day(day)

    def update_day(self, day_id: str, date: dt.date, title: str) -> Day:
        """Change a day's date or title."""
        with self._db.unit_of_work() as orm:
            day = _get(orm, DayRow, day_id, "Cette journée")
            clash = orm.scalar(
                select(DayRow.id).where(
                    DayRow.session_id == day.session_id, DayRow.date == date, DayRow.id != day_id
                )
            )
            if clash:
                raise ValidationError(f"La session a déjà une journée le {date:%d/%m/%Y}.")
            day.date = date
            day.title = title.strip()
            orm.flush()
            return convert.day(day)

    def set_half_day_times(self, half_day_id: str, start: dt.time, end: dt.time) -> HalfDay:
        """Change the start and end times of a half-day."""
        _check_times(start, end)
        with self._db.unit_of_work() as orm:
            row = _get(orm, HalfDayRow, half_day_id, "Cette demi-journée")
            row.start, row.end = start, end
            orm.flush()
            return convert.half_day(row, row.day)

    def delete_day(self, day_id: str) -> Day:
        """Delete a day with its programme; returns it so that undo can restore it."""
        with self._db.unit_of_work() as orm:
            row = _get(orm, DayRow, day_id, "Cette journée")
            snapshot = convert.day(row)
            orm.delete(row)
            return snapshot

    def restore_day(self, day: Day) -> Day:
        """Recreate a deleted day, its half-days and items, with their identifiers."""
        with self._db.unit_of_work() as orm:
            _get(orm, SessionRow, day.session_id, "Cette session")
            row = DayRow(id=day.id, session_id=day.session_id, date=day.date, title=day.title)
            for half in day.half_days:
                half_row = HalfDayRow(
                    id=half.id, period=str(half.period), start=half.start, end=half.end
                )
                for item in half.items:
                    item_row = ProgrammeItemRow(id=item.id, position=item.position)
                    _fill_item(item_row, item)
                    half_row.items.append(item_row)
                row.half_days.append(half_row)
            orm.add(row)
            orm.flush()
            return convert.day(row)

    def add_item(self, item: ProgrammeItem, position: int | None = None) -> ProgrammeItem:
        """Insert an item in its half-day, at ``position`` or at the end; keeps ``item.id``."""
        with self._db.unit_of_work() as orm:
            half = _get(orm, HalfDayRow, item.half_day_id, "Cette demi-journée")
            row = ProgrammeItemRow(id=item.id or new_id(), half_day_id=half.id)
            _fill_item(row, item)
            index = len(half.items) if position is None else max(0, min(position, len(half.items)))
            half.items.insert(index, row)
            _renumber(half)
            orm.flush()
            return convert.item(row)

    def update_item(self, item: ProgrammeItem) -> ProgrammeItem:
        """Save an item's fields (not its place in the programme)."""
        with self._db.unit_of_work() as orm:
            row = _get(orm, ProgrammeItemRow, item.id, "Cette séquence")
            _fill_item(row, item)
            orm.flush()
            return convert.item(row)

    def delete_item(self, item_id: str) -> ProgrammeItem:
        """Delete an item; returns it (with its position) so that undo can put it back."""
        with self._db.unit_of_work() as orm:
            row = _get(orm, ProgrammeItemRow, item_id, "Cette séquence")
            half = row.half_day
            snapshot = convert.item(row)
            half.items.remove(row)
            orm.delete(row)
            _renumber(half)
            return snapshot

    def restore_item(self, item: ProgrammeItem) -> ProgrammeItem:
        """Put a deleted item back where it was."""
        return self.add_item(item, position=item.position)

    def move_item(self, item_id: str, offset: int) -> ProgrammeItem:
        """Move an item up (negative offset) or down within its half-day."""
        with self._db.unit_of_work() as orm:
            row = _get(orm, ProgrammeItemRow, item_id, "Cette séquence")
            half = row.half_day
            index = half.items.index(row)
            target = max(0, min(index + offset, len(half.items) - 1))
            half.items.pop(index)
            half.items.insert(target, row)
            _renumber(half)
            orm.flush()
            return replace(convert.item(row), position=target)
