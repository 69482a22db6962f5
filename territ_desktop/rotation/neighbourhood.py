"""The neighbourhood of the tabu search: who is in conflict, and the best move around them.

Each iteration takes the people "in conflict" in some round (:meth:`Neighbourhood._candidates`),
samples a few of them and offers every swap of each with someone at another table and every move
to a table with room to a :class:`~territ_desktop.rotation.pick.Pick`, which keeps the best move
that is not tabu or that beats the best plan (:meth:`Neighbourhood._choose`). Swaps and moves of
a person alone in their unit are costed inline from the state's tables (``_scan``, and
``_scan_plain``, the hot loop for rounds of single people with no colleague or enemy); units of
several people go through the general ``delta``.
"""

from __future__ import annotations

from random import Random

from territ_desktop.rotation.delta import delta, swap_apart
from territ_desktop.rotation.pick import Pick, moved
from territ_desktop.rotation.problem import Problem
from territ_desktop.rotation.search_types import Tuning
from territ_desktop.rotation.state import State


class Neighbourhood:
    """The scan of the moves, mixed into :class:`~territ_desktop.rotation.search.TabuSearch`."""

    # Set by the search.
    state: State
    rng: Random
    tuning: Tuning
    iteration: int
    #: round → person → table → iteration until which going to that table is tabu.
    tabu: list[list[list[int]]]
    #: round → the people who can move (not pinned).
    movable: list[list[int]]
    # Set by ``_prepare_scan``.
    flagged: list[list[bool]]
    simple: list[list[bool]]
    org1: list[list[int]]
    up2: list[int]
    up2_of: list[int]
    table_count: int
    plain_round: list[bool]

    def _prepare_scan(self, pb: Problem) -> None:
        """The per-person facts the scan reads at every iteration."""
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
