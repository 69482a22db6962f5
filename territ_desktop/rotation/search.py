"""Tabu search over swaps and moves, conflict-directed, after Dotú and Van Hentenryck.

Each iteration looks at people "in conflict" (a repeated meeting, a badly mixed or badly sized
table, a broken constraint, a theme seen twice, a moved person when re-planning), samples a few
of them, evaluates every swap with someone at another table and every move to a table with room,
and makes the best move that is not tabu (or that beats the best plan found). Going back to the
table just left is tabu for a few iterations. Moves are chosen by the search cost (each meeting
above the bound counts the same); the best plan is kept by the exact order of the goals. After a
long stall the search restarts from the plan of lowest search cost with a few random swaps, or,
when one round stands between the best plan and a plan with no repeat, tries the exact search of
``exact`` on that round. All choices draw on one seeded ``random.Random``, so a run is
reproducible for a seed and an iteration count; the clock only decides when to stop. A caller
may give an *opening*, a first step tried before any move (a construction too slow for the
start), whose plan is kept when better.

The scan of the moves lives in ``neighbourhood``, the hand-over to the exact search in ``peel``,
the knobs and the outcome in ``search_types`` (all importable from here).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from random import Random

from territ_desktop.rotation.neighbourhood import Neighbourhood
from territ_desktop.rotation.peel import peel
from territ_desktop.rotation.problem import relax
from territ_desktop.rotation.search_types import REPORT_EVERY, Outcome, Report, Tuning, Watch
from territ_desktop.rotation.state import State

#: A first step before the moves: given a check (False: stop), a plan to start from, or None.
Opening = Callable[[Callable[[], bool]], list[list[int]] | None]

__all__ = ["REPORT_EVERY", "Opening", "Outcome", "Report", "TabuSearch", "Tuning"]


class TabuSearch(Neighbourhood):
    """One run of the search from a given state."""

    def __init__(
        self,
        state: State,
        rng: Random,
        is_optimal: Callable[[State], bool],
        tuning: Tuning | None = None,
        opening: Opening | None = None,
    ) -> None:
        self.state = state
        self.opening = opening
        self.rng = rng
        self.is_optimal = is_optimal
        self.tuning = tuning or Tuning.for_people(state.pb.n)
        pb = state.pb
        self.tabu = [[[0] * pb.tables for _ in range(pb.n)] for _ in range(pb.rounds)]
        self.movable = [
            [p for u, unit in enumerate(pb.units[r]) if pb.fixed[r][u] < 0 for p in unit]
            for r in range(pb.rounds)
        ]
        self._prepare_scan(pb)
        self.iteration = 0
        #: Restarts so far, and at which one to try the exact search next (see ``_peel``).
        self.restarts = 0
        self.next_peel = 1
        self.peel_wait = 1

    def run(
        self,
        time_limit: float,
        max_iterations: int | None,
        report: Report | None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> Outcome:
        """Search until the limits, a proven optimum, or cancellation."""
        state = self.state
        cost = state.cost
        # ``aspire``: the lowest search cost so far (aspiration); ``best_cost``: the exact cost
        # of the best plan (see State.true_cost).
        aspire = cost
        best_cost, best = state.true_cost(), state.snapshot()
        anchor = best  # the plan of lowest search cost: restarts start from it
        best_max = state.max_meetings()
        if self.is_optimal(state):
            return Outcome(best, 0, cancelled=False, optimal=True)
        start = clock()
        deadline = start + time_limit
        if self.opening is not None and max_iterations != 0:
            watch = Watch(start, time_limit, report, best, clock)
            opened = self.opening(watch)
            if watch.stopped:
                return Outcome(best, 0, cancelled=True, optimal=False)
            candidate = None if opened is None else State(state.pb, opened)
            if candidate is not None and candidate.true_cost() < best_cost:
                self.state = state = candidate
                best_cost, best = state.true_cost(), state.snapshot()
                best_max = state.max_meetings()
                if self.is_optimal(state):
                    return Outcome(best, 0, cancelled=False, optimal=True)
                aspire = cost = state.cost
                anchor = best
        next_report = clock() + REPORT_EVERY
        since_best = 0
        while max_iterations is None or self.iteration < max_iterations:
            now = clock()
            if now >= deadline:
                break
            if report is not None and now >= next_report:
                next_report = now + REPORT_EVERY
                done = (now - start) / time_limit if time_limit > 0 else 1.0
                if max_iterations:
                    done = max(done, self.iteration / max_iterations)
                if not report(min(1.0, done), best):
                    return Outcome(best, self.iteration, cancelled=True, optimal=False)
            candidates = self._candidates()
            if not candidates:
                # Nobody is in conflict: no move is worth looking at (and the plan is almost
                # always optimal; say so only when the bounds prove it).
                optimal = self.is_optimal(state)
                return Outcome(best, self.iteration, cancelled=False, optimal=optimal)
            self.iteration += 1
            move = self._choose(candidates, cost, aspire)
            if move is None:
                since_best += 1
            else:
                r, moves, change = move
                self._make(r, moves)
                cost += change
                improved = False
                if cost < aspire:
                    aspire, anchor, improved = cost, state.snapshot(), True
                exact = state.true_cost()
                if exact < best_cost:
                    best_cost, best, improved = exact, state.snapshot(), True
                    best_max = state.max_meetings()
                    if self.is_optimal(state):
                        return Outcome(best, self.iteration, cancelled=False, optimal=True)
                if improved:
                    since_best = 0
                else:
                    since_best += 1
            if since_best >= self.tuning.relax_stall and best_max > state.pb.threshold:
                # The worst pair stays above the bound: accept one more meeting, so that the
                # goals below it (mix, overlaps) start to count.
                self.state = state = State(relax(state.pb), best)
                aspire = cost = state.cost
                best_cost, anchor = state.true_cost(), best
                since_best = 0
            if since_best >= self.tuning.stall:
                self.restarts += 1
                if self.restarts >= self.next_peel:
                    found, cancelled = self._peel(
                        best, start, time_limit, max_iterations, report, clock
                    )
                    if cancelled:
                        return Outcome(best, self.iteration, cancelled=True, optimal=False)
                    if found is not None:
                        self.state = state = State(state.pb, found)
                        exact = state.true_cost()
                        if exact < best_cost:
                            best_cost, best = exact, state.snapshot()
                            best_max = state.max_meetings()
                            if self.is_optimal(state):
                                return Outcome(best, self.iteration, cancelled=False, optimal=True)
                        aspire = cost = state.cost
                        anchor = state.snapshot()
                        since_best = 0
                        continue
                self._restart(anchor)
                state = self.state
                cost = state.cost
                since_best = 0
        return Outcome(best, self.iteration, cancelled=False, optimal=False)

    def _peel(
        self,
        best: list[list[int]],
        start: float,
        time_limit: float,
        max_iterations: int | None,
        report: Report | None,
        clock: Callable[[], float],
    ) -> tuple[list[list[int]] | None, bool]:
        """Try for a plan with no repeat by the exact search of one round (see :func:`peel`)."""
        return peel(self, best, start, time_limit, max_iterations, report, clock)

    def _make(self, r: int, moves: list[tuple[int, int]]) -> None:
        state, pb = self.state, self.state.pb
        tenure = self.rng.randint(self.tuning.tenure_min, self.tuning.tenure_max)
        until = self.iteration + tenure
        for u, _ in moves:
            a = state.where[r][u]
            for p in pb.units[r][u]:
                self.tabu[r][p][a] = until
        state.move_units(r, moves)

    def _restart(self, best: list[list[int]]) -> None:
        """Start again from the best plan, shaken by a few random swaps that break nothing."""
        pb = self.state.pb
        self.state = State(pb, best)
        rng = self.rng
        rounds = [r for r in range(pb.rounds) if len(self.movable[r]) >= 2]
        if not rounds:
            return
        for _ in range(self.tuning.kick):
            r = rng.choice(rounds)
            p, q = rng.sample(self.movable[r], 2)
            u, v = pb.unit_of[r][p], pb.unit_of[r][q]
            a, b = self.state.where[r][u], self.state.where[r][v]
            if a == b:
                continue
            before = self.state.hard
            self.state.move_units(r, [(u, b), (v, a)])
            if self.state.hard > before:
                self.state.move_units(r, [(u, a), (v, b)])
