"""Which notes a session has room for: its workshops' tables × rounds (no Qt here)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from territ_desktop.domain.notes import WorkshopNote
from territ_desktop.domain.session import HalfDay, ProgrammeItem

if TYPE_CHECKING:
    from territ_desktop.services import Services


@dataclass(frozen=True, slots=True)
class NoteKey:
    """One note of a session: a table in a round of a workshop, or (no item) the synthesis."""

    item_id: str | None
    table: str = ""
    round: int = 0

    @property
    def is_synthesis(self) -> bool:
        """True for the session's synthesis."""
        return self.item_id is None


SYNTHESIS = NoteKey(None)


@dataclass(frozen=True, slots=True)
class WorkshopSlots:
    """A small-group item, when it happens, and the notes it has room for."""

    item: ProgrammeItem
    half_day: HalfDay
    slots: tuple[NoteKey, ...]


def slots_for(
    item: ProgrammeItem,
    plan_tables: Sequence[Sequence[str]] | None,
    notes: Iterable[WorkshopNote],
    extra: Iterable[NoteKey] = (),
) -> tuple[NoteKey, ...]:
    """Tables × rounds of an item, by round: the saved plan's, else its themes in round 1.

    Notes already written for a table the plan does not have (typed before the plan was
    changed, or added by hand) are kept, and so are the ``extra`` slots added in the window.
    """
    found: dict[NoteKey, None] = {}
    if plan_tables:
        for number, tables in enumerate(plan_tables, start=1):
            found.update((NoteKey(item.id, table, number), None) for table in tables)
    else:
        found.update((NoteKey(item.id, theme, 1), None) for theme in item.themes)
    found.update(
        (NoteKey(item.id, note.table, note.round), None)
        for note in notes
        if note.item_id == item.id
    )
    found.update((key, None) for key in extra if key.item_id == item.id)
    return tuple(sorted(found, key=lambda key: key.round))  # stable: plan order within a round


@dataclass(frozen=True)
class SessionOutline:
    """What the notes tab shows of a session: its workshops, and every note saved.

    ``stored`` holds the rapporteur and the text of each note (and of the synthesis), with
    line breaks as the editor gives them back, so that comparing tells what was edited.
    """

    title: str
    workshops: tuple[WorkshopSlots, ...]
    stored: Mapping[NoteKey, tuple[str, str]]


def plain(text: str) -> str:
    """Text as a plain-text editor gives it back: every line break a line feed."""
    for separator in ("\r\n", "\r", "\u2029", "\u2028"):
        text = text.replace(separator, "\n")
    return text


def read_outline(services: Services, session_id: str, extra: Iterable[NoteKey]) -> SessionOutline:
    """Read a session's workshops, plans, notes and synthesis (``extra``: slots added by hand)."""
    session = services.sessions.get(session_id)
    notes = services.notes.session_notes(session_id)
    stored = {SYNTHESIS: ("", plain(services.notes.synthesis(session_id)))}
    for note in notes:
        stored[NoteKey(note.item_id, note.table, note.round)] = (note.rapporteur, plain(note.text))
    extra = tuple(extra)
    workshops = []
    for half in session.half_days:
        for item in half.items:
            if item.is_group_work:
                saved = services.rotations.load(item.id)
                tables = [list(r) for r in saved.plan.rounds] if saved else None
                workshops.append(WorkshopSlots(item, half, slots_for(item, tables, notes, extra)))
    return SessionOutline(session.title, tuple(workshops), stored)
