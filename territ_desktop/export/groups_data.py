"""What the small-group printouts need: a rotation plan as plain values.

The services layer builds a :class:`GroupPlanPrint` from a stored plan (tables, the people at
each table in each round, the pinned facilitators) and hands it to the writers of
:mod:`~territ_desktop.export.groups_pdf` and :mod:`~territ_desktop.export.groups_workbook`. It
knows nothing of the solver: a round is just "table name → participant ids". A person absent
from a round is simply at no table in that round.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from territ_desktop.domain.participant import Participant
from territ_desktop.export.french_format import clock, long_date, time_range

FACILITATOR_LABEL = "animateur·rice"
ABSENT_MARK = "—"

Times = tuple[dt.time, dt.time]


@dataclass(frozen=True, slots=True)
class TableInfo:
    """A table of the workshop: its name (as on the tent card), theme and seats."""

    name: str
    theme: str = ""
    capacity: int | None = None


@dataclass(frozen=True, slots=True)
class GroupPlanPrint:
    """A small-group rotation plan, ready to print.

    Attributes:
        session_title: The session's exact title.
        item_title: The workshop slot of the programme the plan belongs to.
        date: The day of the workshop, if known.
        start: Start of the workshop slot, if known.
        end: End of the workshop slot, if known.
        tables: The tables, in the order they are printed; names are unique.
        rounds: One mapping per round, from table name to the ids of the people seated there.
            A table missing from a round's mapping is empty in that round.
        participants: Everyone the plan mentions (and possibly more), by id.
        facilitators: Ids of the people pinned to their table (facilitators, rapporteurs).
        round_times: Optional start and end of each round (empty, or one entry per round,
            ``None`` where unknown).
    """

    session_title: str
    item_title: str
    tables: tuple[TableInfo, ...]
    rounds: tuple[Mapping[str, tuple[str, ...]], ...]
    participants: Mapping[str, Participant]
    facilitators: frozenset[str] = frozenset()
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    round_times: tuple[Times | None, ...] = ()
    _seats: dict[str, tuple[str | None, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        """Check that the plan is consistent and index who sits where.

        Raises:
            ValueError: No table, duplicate table names, a round naming an unknown table or
                person, someone seated twice in a round, or round times that do not match the
                rounds. These are programming errors of the caller, not user errors.
        """
        names = [table.name for table in self.tables]
        if not names:
            raise ValueError("a group plan needs at least one table")
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate table names in {names!r}")
        if self.round_times and len(self.round_times) != len(self.rounds):
            raise ValueError("round_times must be empty or give one entry per round")
        known = set(names)
        seats: dict[str, list[str | None]] = {}
        for number, groups in enumerate(self.rounds):
            for table, people in groups.items():
                if table not in known:
                    raise ValueError(f"round {number + 1} uses unknown table {table!r}")
                for person in people:
                    if person not in self.participants:
                        raise ValueError(f"round {number + 1} seats unknown person {person!r}")
                    row = seats.setdefault(person, [None] * len(self.rounds))
                    if row[number] is not None:
                        raise ValueError(f"{person!r} is seated twice in round {number + 1}")
                    row[number] = table
        self._seats.update({person: tuple(row) for person, row in seats.items()})

    @property
    def round_count(self) -> int:
        """Number of rounds."""
        return len(self.rounds)

    def members(self, round_index: int, table: str) -> list[Participant]:
        """People at ``table`` in round ``round_index`` (from 0), sorted by last then first name."""
        ids = self.rounds[round_index].get(table, ())
        return sorted((self.participants[i] for i in ids), key=lambda p: p.sort_key)

    def tables_of(self, participant_id: str) -> tuple[str | None, ...]:
        """The table of a person in each round, ``None`` where they are absent."""
        return self._seats.get(participant_id, (None,) * self.round_count)

    def seated(self) -> list[Participant]:
        """People seated in at least one round, sorted by last then first name."""
        return sorted((self.participants[i] for i in self._seats), key=lambda p: p.sort_key)

    def everyone(self) -> list[Participant]:
        """Every participant given, seated or not, sorted by last then first name."""
        return sorted(self.participants.values(), key=lambda p: p.sort_key)

    def is_facilitator(self, participant_id: str) -> bool:
        """True for a person pinned to their table."""
        return participant_id in self.facilitators

    def theme_of(self, table: str) -> str:
        """The theme of a table (empty if none)."""
        return next((t.theme for t in self.tables if t.name == table), "")

    def times_of(self, round_index: int) -> Times | None:
        """Start and end of a round if known; with a single round, the slot's own times."""
        if self.round_times:
            return self.round_times[round_index]
        if self.round_count == 1 and self.start is not None and self.end is not None:
            return (self.start, self.end)
        return None

    def round_label(self, round_index: int) -> str:
        """``"Tour 2 sur 3"``, or ``"Tour unique"`` when the plan has one round."""
        if self.round_count == 1:
            return "Tour unique"
        return f"Tour {round_index + 1} sur {self.round_count}"

    def round_times_text(self, round_index: int) -> str:
        """``"de 10 h 00 à 10 h 45"``, or empty when the round's times are unknown."""
        times = self.times_of(round_index)
        return time_range(*times) if times else ""

    def when(self) -> str:
        """Date and slot in words, e.g. ``"jeudi 11 juin 2026, de 14 h 00 à 16 h 30"``."""
        parts: list[str] = []
        if self.date is not None:
            parts.append(long_date(self.date, weekday=True))
        if self.start is not None and self.end is not None:
            parts.append(time_range(self.start, self.end))
        elif self.start is not None:
            parts.append(f"à partir de {clock(self.start)}")
        return ", ".join(parts)

    def slot(self) -> str:
        """Workshop title, date and times on one line."""
        parts = [self.item_title.strip(), self.when()]
        return " · ".join(p for p in parts if p)

    def heading(self) -> str:
        """Session title, workshop and date on one line, for page headers."""
        parts = [self.session_title.strip(), self.slot()]
        return " · ".join(p for p in parts if p)
