"""What the tabu search takes and gives: its knobs, its progress report, its outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: Called with the fraction of the budget used and the best assignment so far; False cancels.
Report = Callable[[float, list[list[int]]], bool]

REPORT_EVERY = 0.1


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the search found."""

    best: list[list[int]]
    iterations: int
    cancelled: bool
    optimal: bool


@dataclass(frozen=True, slots=True)
class Tuning:
    """Knobs of the search (defaults tuned on the benchmark)."""

    sample: int = 40  # small instances do better with 30 (cheaper iterations)
    tenure_min: int = 2  # small instances do better with 4 to 12
    tenure_max: int = 6
    stall: int = 400
    kick: int = 4
    relax_stall: int = 100

    @classmethod
    def for_people(cls, people: int) -> Tuning:
        """The defaults for an instance of this many people."""
        if people <= 24:
            return cls(sample=30, tenure_min=4, tenure_max=12)
        return cls()
