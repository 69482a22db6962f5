"""The hand-over from the tabu search to the exact seating of one round (``exact``).

When the best plan is one round away from a plan where nobody meets twice, the search leaves that
round out, searches the other rounds alone until no pair meets twice (a smaller tabu search),
then seats the round anew by the exact search of :mod:`territ_desktop.rotation.exact`.
"""

from __future__ import annotations

from collections.abc import Callable
from random import Random
from typing import TYPE_CHECKING

from territ_desktop.rotation.exact import completable, complete_round, drop_round, excess_without
from territ_desktop.rotation.problem import Problem, compile_instance
from territ_desktop.rotation.search_types import Report, Watch
from territ_desktop.rotation.state import State

if TYPE_CHECKING:
    from territ_desktop.rotation.search import TabuSearch

#: The exact search is tried when leaving one round out leaves at most this many meetings
#: beyond the first (see :func:`peel`), at most this many times in a row.
PEEL_EXCESS = 4
PEEL_TRIES = 6


def _no_repeat(state: State) -> bool:
    """The goal of the search of the other rounds: nobody meets twice, nothing broken."""
    return state.hard == 0 and state.max_meetings() <= 1


def peel(
    search: TabuSearch,
    best: list[list[int]],
    start: float,
    time_limit: float,
    max_iterations: int | None,
    report: Report | None,
    clock: Callable[[], float],
) -> tuple[list[list[int]] | None, bool]:
    """Try for a plan with no repeat: the other rounds without one, then round r anew.

    Taken when the best plan is close (few meetings beyond the first once a round r is left
    out) and every round can be seated anew by the exact search (see ``exact``): the rounds
    but r are searched alone until no pair meets twice, then round r is seated anew by the
    exact search; when no seating exists, one of the other rounds is shuffled and the loop
    goes on, a few times. Returns the plan found (None if none) and whether cancelled.
    """
    pb = search.state.pb
    search.next_peel = search.restarts + search.peel_wait
    full = State(pb, best)
    rounds = [r for r in range(pb.rounds) if completable(full, r)]
    if len(rounds) < pb.rounds:
        search.next_peel = 1 << 62  # never (the rounds do not change)
        return None, False
    excess = {r: excess_without(full, r) for r in rounds}
    least = min(excess.values())
    if least > PEEL_EXCESS:
        return None, False
    closest = [k for k in rounds if excess[k] == least]
    deadline = start + time_limit
    watch = Watch(start, time_limit, report, best, clock)

    if least == 0:
        # The other rounds already have no repeat: seat each such round anew directly.
        for k in closest:
            row = complete_round(full, k, search.rng, check=watch)
            if watch.stopped:
                return None, True
            if row is not None:
                tab = [line[:] for line in best]
                tab[k] = row
                search.peel_wait = 1
                return tab, False
    r = search.rng.choice(closest)
    sub_pb = compile_instance(drop_round(pb.instance, r))
    sub_tab = [row for k, row in enumerate(best) if k != r]
    for _ in range(PEEL_TRIES):
        budget = search.tuning.stall * 2
        if max_iterations is not None:
            budget = min(budget, max_iterations - search.iteration)
        if budget <= 0 or clock() >= deadline:
            break
        sub = type(search)(State(sub_pb, sub_tab), search.rng, _no_repeat, search.tuning)
        outcome = sub.run(deadline - clock(), budget, watch.report, clock)
        search.iteration += outcome.iterations
        if outcome.cancelled:
            return None, True
        if not outcome.optimal:
            break
        tab = [row[:] for row in outcome.best]
        tab.insert(r, best[r][:])
        row = complete_round(State(pb, tab), r, search.rng, check=watch)
        if watch.stopped:
            return None, True
        if row is not None:
            tab[r] = row
            search.peel_wait = 1
            return tab, False
        sub_tab = outcome.best
        _shuffle_round(search.rng, sub_pb, sub_tab)
    search.peel_wait *= 2
    return None, False


def _shuffle_round(rng: Random, pb: Problem, tab: list[list[int]]) -> None:
    """Seat the movable people of one random round at random, table sizes kept."""
    k = rng.randrange(pb.rounds)
    fixed = {p for u, t in enumerate(pb.fixed[k]) if t >= 0 for p in pb.units[k][u]}
    movable = [p for p in range(pb.n) if tab[k][p] >= 0 and p not in fixed]
    seats = [tab[k][p] for p in movable]
    rng.shuffle(seats)
    for p, t in zip(movable, seats, strict=True):
        tab[k][p] = t
