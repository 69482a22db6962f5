"""Values the rotation solver reads and returns: instance, plan, score, result.

All are frozen dataclasses over plain identifiers, so a service can build an instance from the
database and a page can show a plan without either knowing the other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.participant import Participant


class Mode(StrEnum):
    """What "sitting together again" costs."""

    #: Sum over pairs of C(meetings, 2): nobody sits with the same person again and again.
    OVERLAPS = "overlaps"
    #: Sum over pairs of max(0, meetings - 1): everyone meets as many different people as possible.
    MEET_MOST = "meet_most"


@dataclass(frozen=True, slots=True)
class Person:
    """Someone to seat: an identifier, an audience type and an organisation.

    ``label`` is only used in French messages (a printed name reads better than an identifier).
    """

    id: str
    audience: Audience = Audience.AUTRE
    organisation: str = ""
    label: str = ""

    @property
    def display(self) -> str:
        """The label if there is one, else the identifier."""
        return self.label or self.id

    @classmethod
    def from_participant(cls, participant: Participant) -> Person:
        """Build a person from a domain participant."""
        return cls(
            id=participant.id,
            audience=participant.audience,
            organisation=participant.organisation,
            label=participant.printed_name,
        )


@dataclass(frozen=True, slots=True)
class Table:
    """A table (or workshop theme) and how many people it seats."""

    name: str
    capacity: int


@dataclass(frozen=True, slots=True)
class Pin:
    """A person who stays at one table in every round (facilitator, rapporteur)."""

    participant: str
    table: str


@dataclass(frozen=True, slots=True)
class Absence:
    """A person missing from one round (rounds are numbered from 1)."""

    participant: str
    round: int


@dataclass(frozen=True, slots=True)
class PastRound:
    """An earlier round of the same cycle: its groups, and each group's table when known.

    ``tables`` is either empty (tables unknown) or as long as ``groups``; table names matter only
    for world-café rotations (not going back to a theme already seen).
    """

    groups: tuple[tuple[str, ...], ...]
    tables: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Options:
    """Switches of the solver."""

    separate_organisations: bool = True
    world_cafe: bool = False
    mode: Mode = Mode.OVERLAPS
    #: Rank the audience mix right after the worst pair, before overlaps (or repeats). On by
    #: default: a workshop's tables should mix audiences (see docs/rotations-json.md).
    mix_first: bool = True


@dataclass(frozen=True, slots=True)
class Instance:
    """Everything the solver needs to seat people over several rounds."""

    rounds: int
    tables: tuple[Table, ...]
    participants: tuple[Person, ...]
    keep_apart: tuple[tuple[str, ...], ...] = ()
    keep_together: tuple[tuple[str, ...], ...] = ()
    pinned: tuple[Pin, ...] = ()
    absent: frozenset[Absence] = frozenset()
    history: tuple[PastRound, ...] = ()
    options: Options = field(default_factory=Options)

    def person(self, participant_id: str) -> Person | None:
        """Return the person with this identifier, if any."""
        for person in self.participants:
            if person.id == participant_id:
                return person
        return None

    def is_present(self, participant_id: str, round_number: int) -> bool:
        """Whether someone is expected in a round (numbered from 1)."""
        return Absence(participant_id, round_number) not in self.absent


RoundPlan = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Plan:
    """Who sits where: for each round, table name → participant identifiers."""

    rounds: tuple[RoundPlan, ...]

    def table_of(self, participant_id: str, round_number: int) -> str | None:
        """Table of someone in a round (numbered from 1), or None when not seated."""
        for name, ids in self.rounds[round_number - 1].items():
            if participant_id in ids:
                return name
        return None

    def as_past_rounds(self, until: int | None = None) -> tuple[PastRound, ...]:
        """The first ``until`` rounds (all by default) as history for a later plan."""
        chosen = self.rounds if until is None else self.rounds[:until]
        return tuple(PastRound(groups=tuple(r.values()), tables=tuple(r.keys())) for r in chosen)


@dataclass(frozen=True, slots=True)
class Score:
    """A plan's quality, computed from scratch by :func:`score_plan`.

    Pairs involving a pinned person are left out of the meeting counts (a facilitator meets
    everyone at their table by design), and so are pairs kept together; pinned people are also
    left out of the audience mix.
    """

    hard_violations: int
    violations: tuple[str, ...]
    max_meetings: int
    repeated_pairs: int
    repeats: int
    overlaps: int
    mix_deviation: int
    size_deviation: int
    table_repeats: int

    def key(self, options: Options) -> tuple[int, ...]:
        """Lexicographic key (smaller is better) under the instance's options."""
        pairs = self.overlaps if options.mode is Mode.OVERLAPS else self.repeats
        cafe = self.table_repeats if options.world_cafe else 0
        middle = (self.mix_deviation, pairs) if options.mix_first else (pairs, self.mix_deviation)
        return (self.hard_violations, cafe, self.max_meetings, *middle, self.size_deviation)


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`solve` and :func:`replan` return."""

    instance: Instance
    plan: Plan
    score: Score
    warnings: tuple[str, ...]
    optimal: bool
    cancelled: bool
    iterations: int
    seconds: float


#: Called with the fraction of the time (or iteration) budget used and the best score so far;
#: returning False cancels the search, which then returns its best plan.
ProgressCallback = Callable[[float, Score], bool | None]
