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
reproducible for a seed and an iteration count; the clock only decides when to stop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from random import Random

from territ_desktop.rotation.delta import delta, swap_apart
from territ_desktop.rotation.exact import completable, complete_round, drop_round, excess_without
from territ_desktop.rotation.pick import Pick, moved
from territ_desktop.rotation.problem import Problem, compile_instance, relax
from territ_desktop.rotation.state import State

#: Called with the fraction of the budget used and the best assignment so far; False cancels.
Report = Callable[[float, list[list[int]]], bool]

REPORT_EVERY = 0.1

#: The exact search is tried when leaving one round out leaves at most this many meetings
#: beyond the first (see ``TabuSearch._peel``), at most this many times in a row.
PEEL_EXCESS = 4
PEEL_TRIES = 6


def _no_repeat(state: State) -> bool:
    """The goal of the search of the other rounds: nobody meets twice, nothing broken."""
    return state.hard == 0 and state.max_meetings() <= 1


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


class TabuSearch:
    """One run of the search from a given state."""

    def __init__(
        self,
        state: State,
        rng: Random,
        is_optimal: Callable[[State], bool],
        tuning: Tuning | None = None,
    ) -> None:
        self.state = state
        self.rng = rng
        self.is_optimal = is_optimal
        self.tuning = tuning or Tuning.for_people(state.pb.n)
        pb = state.pb
        self.tabu = [[[0] * pb.tables for _ in range(pb.n)] for _ in range(pb.rounds)]
        self.movable = [
            [p for u, unit in enumerate(pb.units[r]) if pb.fixed[r][u] < 0 for p in unit]
            for r in range(pb.rounds)
        ]
        self.flagged = [
            [
                bool(pb.apart[p]) or bool(pb.unit_orgs[r][pb.unit_of[r][p]])
                if pb.present[r][p]
                else False
                for p in range(pb.n)
            ]
            for r in range(pb.rounds)
        ]
        self.simple = [
            [
                pb.present[r][p]
                and pb.fixed[r][pb.unit_of[r][p]] < 0
                and len(pb.units[r][pb.unit_of[r][p]]) == 1
                for p in range(pb.n)
            ]
            for r in range(pb.rounds)
        ]
        self.org1 = [
            [
                next(iter(pb.unit_orgs[r][pb.unit_of[r][p]]), -1) if pb.present[r][p] else -1
                for p in range(pb.n)
            ]
            for r in range(pb.rounds)
        ]
        self.up2, self.up2_of = [2 * x for x in pb.up], pb.up
        self.table_count = pb.tables
        #: Rounds where everyone who can move is a single person with no colleague or enemy.
        self.plain_round = [
            all(
                self.simple[r][p] and not self.flagged[r][p]
                for p in range(pb.n)
                if pb.present[r][p] and pb.fixed[r][pb.unit_of[r][p]] < 0
            )
            for r in range(pb.rounds)
        ]
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
        next_report = start + REPORT_EVERY
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
        """Try for a plan with no repeat: the other rounds without one, then round r anew.

        Taken when the best plan is close (few meetings beyond the first once a round r is left
        out) and every round can be seated anew by the exact search (see ``exact``): the rounds
        but r are searched alone until no pair meets twice, then round r is seated anew by the
        exact search; when no seating exists, one of the other rounds is shuffled and the loop
        goes on, a few times. Returns the plan found (None if none) and whether cancelled.
        """
        pb = self.state.pb
        self.next_peel = self.restarts + self.peel_wait
        full = State(pb, best)
        rounds = [r for r in range(pb.rounds) if completable(full, r)]
        if len(rounds) < pb.rounds:
            self.next_peel = 1 << 62  # never (the rounds do not change)
            return None, False
        excess = {r: excess_without(full, r) for r in rounds}
        least = min(excess.values())
        if least > PEEL_EXCESS:
            return None, False
        closest = [k for k in rounds if excess[k] == least]
        deadline = start + time_limit
        outer = report
        stopped = False
        next_report = clock() + REPORT_EVERY

        def sub_report(_fraction: float, _best: list[list[int]]) -> bool:
            """Progress of the whole search, with its best plan."""
            nonlocal stopped
            if outer is None:
                return True
            done = (clock() - start) / time_limit if time_limit > 0 else 1.0
            stopped = not outer(min(1.0, done), best)
            return not stopped

        def check() -> bool:
            """Whether the exact search may go on: time left, and not cancelled."""
            nonlocal next_report
            now = clock()
            if now >= deadline:
                return False
            if now >= next_report:
                next_report = now + REPORT_EVERY
                return sub_report(0.0, best)
            return True

        if least == 0:
            # The other rounds already have no repeat: seat each such round anew directly.
            for k in closest:
                row = complete_round(full, k, self.rng, check=check)
                if stopped:
                    return None, True
                if row is not None:
                    tab = [line[:] for line in best]
                    tab[k] = row
                    self.peel_wait = 1
                    return tab, False
        r = self.rng.choice(closest)
        sub_pb = compile_instance(drop_round(pb.instance, r))
        sub_tab = [row for k, row in enumerate(best) if k != r]
        for _ in range(PEEL_TRIES):
            budget = self.tuning.stall * 2
            if max_iterations is not None:
                budget = min(budget, max_iterations - self.iteration)
            if budget <= 0 or clock() >= deadline:
                break
            sub = TabuSearch(State(sub_pb, sub_tab), self.rng, _no_repeat, self.tuning)
            outcome = sub.run(deadline - clock(), budget, sub_report, clock)
            self.iteration += outcome.iterations
            if outcome.cancelled:
                return None, True
            if not outcome.optimal:
                break
            tab = [row[:] for row in outcome.best]
            tab.insert(r, best[r][:])
            row = complete_round(State(pb, tab), r, self.rng, check=check)
            if stopped:
                return None, True
            if row is not None:
                tab[r] = row
                self.peel_wait = 1
                return tab, False
            sub_tab = outcome.best
            self._shuffle_round(sub_pb, sub_tab)
        self.peel_wait *= 2
        return None, False

    def _shuffle_round(self, pb: Problem, tab: list[list[int]]) -> None:
        """Seat the movable people of one random round at random, table sizes kept."""
        k = self.rng.randrange(pb.rounds)
        fixed = {p for u, t in enumerate(pb.fixed[k]) if t >= 0 for p in pb.units[k][u]}
        movable = [p for p in range(pb.n) if tab[k][p] >= 0 and p not in fixed]
        seats = [tab[k][p] for p in movable]
        self.rng.shuffle(seats)
        for p, t in zip(movable, seats, strict=True):
            tab[k][p] = t

    def _candidates(self) -> list[tuple[int, int]]:
        """(round, person) for every movable person in conflict in that round."""
        state, pb = self.state, self.state.pb
        cafe = pb.instance.options.world_cafe
        found = []
        for r in range(pb.rounds):
            tab_r, loss_r = state.tab[r], state.loss[r]
            mix_r, size_r, hard_r = state.mix_t[r], state.size_t[r], state.hard_t[r]
            ref = pb.reference[r] if pb.reference is not None else None
            if not (cafe or ref is not None or any(mix_r) or any(size_r) or any(hard_r)):
                # Only repeated meetings can put someone in conflict in this round.
                found.extend([(r, p) for p in self.movable[r] if loss_r[p] > 0])
                continue
            for p in self.movable[r]:
                t = tab_r[p]
                if (
                    loss_r[p] > 0
                    or mix_r[t]
                    or size_r[t]
                    or hard_r[t]
                    or (cafe and state.visits[p][t] >= 2)
                    or (ref is not None and 0 <= ref[p] != t)
                ):
                    found.append((r, p))
        return found

    def _choose(
        self, candidates: list[tuple[int, int]], cost: int, best_cost: int
    ) -> tuple[int, list[tuple[int, int]], int] | None:
        """The best allowed move around a sample of the people in conflict."""
        if len(candidates) > self.tuning.sample:
            candidates = self.rng.sample(candidates, self.tuning.sample)
        pick = Pick(self.rng, best_cost - cost)
        state, pb = self.state, self.state.pb
        tight = pb.reference is None and not pb.w_wc
        for r, p in candidates:
            if tight and self.plain_round[r] and not state.room[r]:
                # Everyone movable is a single person, every seat taken: swaps only.
                self._scan_plain(r, p, pb.unit_of[r][p], state.tab[r][p], pick)
            else:
                self._scan(r, p, pick)
        if pick.choice is None:
            return None
        r, moves = pick.moves()
        return r, moves, pick.change

    def _scan(self, r: int, p: int, pick: Pick) -> None:
        """Offer every swap of p's unit with a unit at another table, and every move to a seat."""
        state, pb = self.state, self.state.pb
        a = state.tab[r][p]
        u = pb.unit_of[r][p]
        if not self.simple[r][p]:
            self._scan_unit(r, p, u, a, pick)
            return
        plain = self.plain_round[r] and pb.reference is None and not pb.w_wc
        if plain:
            # Everyone movable is simple: the tight loop covers every swap; moves if room.
            self._scan_plain(r, p, u, a, pick)
            if not state.room[r]:
                return
        it = self.iteration
        tabu_r = self.tabu[r]
        tabu_p = tabu_r[p]
        unit_of, fixed = pb.unit_of[r], pb.fixed[r]
        simple, flagged = self.simple[r], self.flagged[r]
        gain_r, loss_r, meet_p = state.gain[r], state.loss[r], state.meet[p]
        gain_p, loss_p = gain_r[p], loss_r[p]
        up2, w_pair, w_mix, w_wc, w_move, w_hard = (
            self._up2(),
            pb.w_pair,
            pb.w_mix,
            pb.w_wc,
            pb.w_move,
            pb.w_hard,
        )
        aud = pb.audience
        kind_p = aud[p]
        mix_out, mix_in = state.mix_out[r], state.mix_in[r]
        out_a_p, in_a = mix_out[a][kind_p], mix_in[a]
        step_out_p = state.step_out[r][a][kind_p] if state.room[r] else 0
        step_in = state.step_in[r]
        visits = state.visits
        visits_p = visits[p]
        ref = pb.reference[r] if pb.reference is not None else None
        members, sizes, caps = state.members[r], state.size[r], pb.caps
        org1 = self.org1[r]
        op = org1[p]
        limit = pb.org_limit[r]
        orgs_r = state.org[r]
        org_a = orgs_r[a]
        full_a = {o for o, c in org_a.items() if c >= limit[o]}
        leave_p = op >= 0 and org_a.get(op, 0) > limit[op]
        apart = pb.apart
        apart_p = apart[p]
        flag_p = flagged[p]
        tab_r = state.tab[r]
        hard_t = state.hard_t[r]
        seen: set[int] = set()
        for b in range(self.table_count):
            if b == a:
                continue
            tabu_pb = tabu_p[b] > it
            base = gain_p[b] - loss_p
            # p's own part of going to b, whoever comes back.
            own = 0
            org_b = orgs_r[b]
            hp = 0
            if op >= 0:
                hp = (org_b.get(op, 0) >= limit[op]) - leave_p
            if w_wc:
                own += w_wc * ((visits_p[b] >= 1) - (visits_p[a] >= 2))
            if ref is not None:
                own += w_move * moved(ref[p], a, b)
            over_b = {o for o, c in org_b.items() if c > limit[o]} if hard_t[b] else ()
            out_b, in_b_p = mix_out[b], mix_in[b][kind_p]
            if not plain:
                for q in members[b]:
                    if not simple[q]:
                        v = unit_of[q]
                        if fixed[v] >= 0 or v in seen:
                            continue
                        seen.add(v)
                        change = delta(state, r, [(u, b), (v, a)])
                        if change <= pick.change:
                            pick.offer((r, u, b, v, a), change, tabu_pb or tabu_r[q][a] > it)
                        continue
                    change = (base + gain_r[q][a] - loss_r[q] - up2[meet_p[q]]) * w_pair + own
                    kind_q = aud[q]
                    if kind_q != kind_p:
                        change += w_mix * (out_a_p + in_a[kind_q] + out_b[kind_q] + in_b_p)
                    if flag_p or flagged[q]:
                        oq = org1[q]
                        if oq != op:
                            broken = hp
                            if oq >= 0:
                                broken += (oq in full_a) - (oq in over_b)
                            change += w_hard * broken
                        if apart_p or apart[q]:
                            change += w_hard * swap_apart(state, r, p, q, a, b)
                    if w_wc:
                        vq = visits[q]
                        change += w_wc * ((vq[a] >= 1) - (vq[b] >= 2))
                    if ref is not None:
                        change += w_move * moved(ref[q], b, a)
                    if change <= pick.change:
                        pick.offer((r, u, b, unit_of[q], a), change, tabu_pb or tabu_r[q][a] > it)
            if sizes[b] < caps[b]:  # then the round has room and the step costs are kept
                change = base * w_pair + own + step_out_p + step_in[b][kind_p] + w_hard * hp
                if apart_p:
                    change += w_hard * sum((tab_r[x] == b) - (tab_r[x] == a) for x in apart_p)
                if change <= pick.change:
                    pick.offer((r, u, b, -1, -1), change, tabu_pb)

    def _up2(self) -> list[int]:
        """Twice the pair-cost steps (cached for the current problem)."""
        up = self.state.pb.up
        if self.up2_of is not up:
            self.up2, self.up2_of = [2 * x for x in up], up
        return self.up2

    def _scan_unit(self, r: int, p: int, u: int, a: int, pick: Pick) -> None:
        """Swaps and moves of a unit of several people (kept together): the general delta."""
        state, pb = self.state, self.state.pb
        it = self.iteration
        tabu_r = self.tabu[r]
        unit_of, units, fixed = pb.unit_of[r], pb.units[r], pb.fixed[r]
        size_u = len(units[u])
        members, sizes, caps = state.members[r], state.size[r], pb.caps
        seen: set[int] = set()
        for b in range(pb.tables):
            if b == a:
                continue
            tabu_pb = tabu_r[p][b] > it
            for q in members[b]:
                v = unit_of[q]
                if fixed[v] >= 0 or v in seen:
                    continue
                seen.add(v)
                change = delta(state, r, [(u, b), (v, a)])
                if change <= pick.change:
                    pick.offer((r, u, b, v, a), change, tabu_pb or tabu_r[q][a] > it)
            if sizes[b] + size_u <= caps[b]:
                change = delta(state, r, [(u, b)])
                if change <= pick.change:
                    pick.offer((r, u, b, -1, -1), change, tabu_pb)

    def _scan_plain(self, r: int, p: int, u: int, a: int, pick: Pick) -> None:
        """Swaps of a simple person with simple partners: pairs and mix only (the hot loop)."""
        state, pb = self.state, self.state.pb
        it = self.iteration
        tabu_r = self.tabu[r]
        tabu_p = tabu_r[p]
        unit_of = pb.unit_of[r]
        simple, flagged = self.simple[r], self.flagged[r]
        gain_r, loss_r, meet_p = state.gain[r], state.loss[r], state.meet[p]
        gain_p = gain_r[p]
        up2, w_pair, w_mix = self._up2(), pb.w_pair, pb.w_mix
        aud = pb.audience
        kind_p = aud[p]
        mix_out, mix_in = state.mix_out[r], state.mix_in[r]
        out_a_p, in_a = mix_out[a][kind_p], mix_in[a]
        loss_p = loss_r[p]
        members = state.members[r]
        rng = pick.rng
        bound, ties, choice, aspiration = pick.change, pick.ties, pick.choice, pick.aspiration
        for b in range(self.table_count):
            if b == a:
                continue
            tabu_pb = tabu_p[b] > it
            base = gain_p[b] - loss_p
            out_b, in_b_p = mix_out[b], mix_in[b][kind_p]
            for q in members[b]:
                if not simple[q] or flagged[q]:
                    continue
                change = (base + gain_r[q][a] - loss_r[q] - up2[meet_p[q]]) * w_pair
                kind_q = aud[q]
                if kind_q != kind_p:
                    change += w_mix * (out_a_p + in_a[kind_q] + out_b[kind_q] + in_b_p)
                if change > bound:
                    continue
                if (tabu_pb or tabu_r[q][a] > it) and change >= aspiration:
                    continue
                if change < bound:
                    bound, ties, choice = change, 1, (r, u, b, unit_of[q], a)
                else:
                    ties += 1
                    if rng.random() * ties < 1:
                        choice = (r, u, b, unit_of[q], a)
        pick.change, pick.ties, pick.choice = bound, ties, choice

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
