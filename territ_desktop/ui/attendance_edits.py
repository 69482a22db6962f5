"""What a keystroke or a menu entry of the attendance grid changes, and its undoable step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from territ_desktop.domain.attendance import AttendanceChange, AttendanceRecord, AttendanceStatus
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import HalfDay, Period
from territ_desktop.ui.undo import ServiceCommand

Cell = tuple[Participant, HalfDay]
Lookup = Callable[[str, str], AttendanceRecord | None]  # (participant, half-day) -> record

PARTIAL = "partial"
"""The H key and its menu entry: partly present, after asking for the times."""

KEYS: dict[int, AttendanceStatus | str | None] = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
    Qt.Key.Key_H: PARTIAL,
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}

_KEEPS_SIGNATURE = (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL)


def default_half_day(half_days: Sequence[HalfDay], now: dt.datetime) -> HalfDay | None:
    """The half-day under way (or today's), else the next one, else the last one."""
    if not half_days:
        return None
    today = [h for h in half_days if h.date == now.date()]
    if today:
        wanted = Period.AFTERNOON if now.time() >= dt.time(13, 0) else Period.MORNING
        return next((h for h in today if h.period is wanted), today[0])
    return next((h for h in half_days if h.date > now.date()), half_days[-1])


def status_changes(
    cells: Sequence[Cell], status: AttendanceStatus | None, record: Lookup
) -> list[AttendanceChange]:
    """Changes giving ``cells`` a status (None clears them); cells already so are left alone.

    A signature taken on the laptop is kept when a cell becomes present or partly present, and
    dropped when it becomes absent or excused.
    """
    changes = []
    for person, half_day in cells:
        old = record(person.id, half_day.id)
        if status is None:
            if old is not None:
                changes.append(AttendanceChange(person.id, half_day.id, None))
            continue
        if old is not None and old.status is status:
            continue  # same status: keep its signature and times
        new = AttendanceRecord(person.id, half_day.id, status)
        if old is not None and old.signature_png and status in _KEEPS_SIGNATURE:
            new = replace(old, status=status, arrival=None, departure=None)
        changes.append(AttendanceChange(person.id, half_day.id, new))
    return changes


def partial_changes(
    cells: Sequence[Cell], arrival: dt.time, departure: dt.time, record: Lookup
) -> list[AttendanceChange]:
    """Changes marking ``cells`` partly present from ``arrival`` to ``departure``."""
    changes = []
    for person, half_day in cells:
        old = record(person.id, half_day.id)
        new = AttendanceRecord(person.id, half_day.id, AttendanceStatus.PARTIAL, arrival, departure)
        if old is not None and old.signature_png:
            new = replace(new, signed_at=old.signed_at, signature_png=old.signature_png)
        changes.append(AttendanceChange(person.id, half_day.id, new))
    return changes


def push_step(
    undo_stack: QUndoStack,
    text: str,
    inverse: list[AttendanceChange],
    redo: Callable[[], list[AttendanceChange]],
    undo: Callable[[list[AttendanceChange]], object],
    refresh: Callable[[], None],
) -> None:
    """Push an edit already made, whose undo applies the inverse changes the service returned.

    ``redo`` makes the edit again and returns fresh inverse changes for the next undo.
    """
    latest = [inverse]

    def do_redo() -> None:
        latest[0] = redo()

    undo_stack.push(
        ServiceCommand(text, redo=do_redo, undo=lambda: undo(latest[0]), refresh=refresh)
    )
