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


class Watch:
    """The check of a long step inside the search (an exact search, a construction).

    Called every few thousand nodes: False at the deadline or when the caller cancels (then
    ``stopped`` is set); meanwhile it passes the progress report on, with the best plan so far.
    ``report`` also serves as the report of a search run within the step.
    """

    def __init__(
        self,
        start: float,
        time_limit: float,
        outer: Report | None,
        best: list[list[int]],
        clock: Callable[[], float],
    ) -> None:
        self.start = start
        self.time_limit = time_limit
        self.outer = outer
        self.best = best
        self.clock = clock
        self.deadline = start + time_limit
        self.next_report = clock() + REPORT_EVERY
        self.stopped = False

    def report(self, _fraction: float, _best: list[list[int]]) -> bool:
        """Progress of the whole search, with its best plan; False once cancelled."""
        if self.outer is None:
            return True
        done = (self.clock() - self.start) / self.time_limit if self.time_limit > 0 else 1.0
        self.stopped = not self.outer(min(1.0, done), self.best)
        return not self.stopped

    def __call__(self) -> bool:
        """Whether the step may go on: time left, and not cancelled."""
        now = self.clock()
        if now >= self.deadline:
            return False
        if now >= self.next_report:
            self.next_report = now + REPORT_EVERY
            return self.report(0.0, self.best)
        return True
