"""How mixed each workshop's tables were: audience types, colleagues together, repeat meetings.

Trainers want every table to mix audience types and colleagues from one organisation to sit
apart. For each table of each round this module counts the audience types present and the
people seated with a colleague; for the workshop as a whole, the pairs of people who shared a
table in more than one round.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import Participant, fold
from territ_desktop.domain.session import HalfDay, Session
from territ_desktop.export.attendance_data import printed_order
from territ_desktop.export.summary_data import WorkshopSummary

MIXED_TYPES = 3
"""A table counts as well mixed from this many audience types."""


@dataclass(frozen=True, slots=True)
class TableMix:
    """One table of one round."""

    round: int
    """Counting from 1."""
    table: str
    members: tuple[Participant, ...]
    """The enrolled people seated there, in printed order."""
    size: int
    """Everyone seated, including identifiers not found among the enrolled."""
    audiences: tuple[tuple[Audience, int], ...]
    """Audience types at the table and how many of each, in code order."""
    colleagues: tuple[tuple[str, int], ...]
    """Organisations with two or more people at the table, and how many."""

    @property
    def audience_count(self) -> int:
        """Number of distinct audience types at the table."""
        return len(self.audiences)

    @property
    def with_colleague(self) -> int:
        """People seated with at least one colleague of the same organisation."""
        return sum(count for _, count in self.colleagues)


@dataclass(frozen=True, slots=True)
class WorkshopMix:
    """The tables of one workshop and how mixed they were."""

    workshop: WorkshopSummary
    half_day: HalfDay | None
    tables: tuple[TableMix, ...]
    repeated_pairs: int
    """Pairs of people who sat at the same table in more than one round."""

    @property
    def round_count(self) -> int:
        """Number of rounds."""
        return len(self.workshop.rounds)

    @property
    def well_mixed(self) -> int:
        """Tables with at least :data:`MIXED_TYPES` audience types."""
        return sum(1 for t in self.tables if t.audience_count >= MIXED_TYPES)

    @property
    def with_colleagues(self) -> int:
        """Tables where at least two people of the same organisation sat together."""
        return sum(1 for t in self.tables if t.colleagues)


def _colleagues(members: Iterable[Participant]) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for person in members:
        organisation = " ".join(person.organisation.split())
        if not organisation:
            continue
        key = fold(organisation)
        counts[key] += 1
        names.setdefault(key, organisation)
    shared = [(names[key], n) for key, n in counts.items() if n > 1]
    return tuple(sorted(shared, key=lambda pair: (-pair[1], fold(pair[0]))))


def _table(
    round_number: int, table: str, ids: tuple[str, ...], people: Mapping[str, Participant]
) -> TableMix:
    members = tuple(printed_order(people[i] for i in ids if i in people))
    kinds = Counter(person.audience for person in members)
    return TableMix(
        round=round_number,
        table=table,
        members=members,
        size=len(set(ids)),
        audiences=tuple((a, kinds[a]) for a in Audience if kinds[a]),
        colleagues=_colleagues(members),
    )


def _repeated_pairs(workshop: WorkshopSummary) -> int:
    seen: Counter[tuple[str, str]] = Counter()
    for tables in workshop.rounds:
        for ids in tables.values():
            for pair in combinations(sorted(set(ids)), 2):
                seen[pair] += 1
    return sum(1 for n in seen.values() if n > 1)


def _half_day(session: Session, half_day_id: str) -> HalfDay | None:
    return next((h for h in session.half_days if h.id == half_day_id), None)


def workshop_mix(
    workshop: WorkshopSummary, session: Session, participants: Iterable[Participant]
) -> WorkshopMix:
    """Describe the tables of one workshop.

    Args:
        workshop: The workshop with its rounds.
        session: The session, to find the workshop's half-day.
        participants: The enrolled participants (identifiers of others count in sizes only).
    """
    people = {p.id: p for p in participants}
    tables = tuple(
        _table(number, name, tuple(ids), people)
        for number, round_tables in enumerate(workshop.rounds, start=1)
        for name, ids in round_tables.items()
    )
    return WorkshopMix(
        workshop=workshop,
        half_day=_half_day(session, workshop.item.half_day_id),
        tables=tables,
        repeated_pairs=_repeated_pairs(workshop),
    )
