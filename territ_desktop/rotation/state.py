"""A seating under search, with the running totals that make a move's cost cheap to compute.

For pair meetings the state keeps, for each round r, person p and table t, the cost of seating
p at t: ``gain[r][p][t]`` = sum over counted people x at t of ``up[meet[p][x]]``, and
``loss[r][p]``, what leaving p's own table gives back. Swapping two people then costs O(1), as in
Dotú and Van Hentenryck's tabu search for social golfers.
"""

from __future__ import annotations

from territ_desktop.rotation.problem import Problem


def mix_deviation(counts: list[int], totals: list[int], size: int, people: int) -> int:
    """Distance of one table's audience counts to the floor/ceil of their fair shares."""
    if people == 0:
        return 0
    deviation = 0
    for kind, total in enumerate(totals):
        share = total * size
        low, high = share // people, -(-share // people)
        count = counts[kind]
        if count > high:
            deviation += count - high
        elif count < low:
            deviation += low - count
    return deviation


class State:
    """Assignment of every present person to a table in every round, plus running totals."""

    def __init__(self, problem: Problem, tab: list[list[int]]) -> None:
        self.pb = problem
        nr, n, nt = problem.rounds, problem.n, problem.tables
        self.tab = [row[:] for row in tab]
        self.members: list[list[list[int]]] = [[[] for _ in range(nt)] for _ in range(nr)]
        self.cm: list[list[list[int]]] = [[[] for _ in range(nt)] for _ in range(nr)]
        self.where: list[list[int]] = [[-1] * len(problem.units[r]) for r in range(nr)]
        self.meet = [row[:] for row in problem.history]
        #: Per round, the people present who count for meetings (not pinned).
        self.seated = [
            [p for p in range(n) if problem.present[r][p] and problem.counted[p]] for r in range(nr)
        ]
        #: Rounds with people of two audiences or more (else the mix never changes).
        self.mixed = [sum(1 for c in problem.mix_count[r] if c) > 1 for r in range(nr)]
        self.visits = [row[:] for row in problem.visits0]
        for r in range(nr):
            for p in range(n):
                t = self.tab[r][p]
                if t >= 0:
                    self.members[r][t].append(p)
                    if problem.counted[p]:
                        self.cm[r][t].append(p)
                        self.visits[p][t] += 1
            for u, unit in enumerate(problem.units[r]):
                self.where[r][u] = self.tab[r][unit[0]]
            component = problem.component
            for group in self.cm[r]:
                for i, a in enumerate(group):
                    for b in group[i + 1 :]:
                        if component[a] != component[b]:
                            self.meet[a][b] += 1
                            self.meet[b][a] += 1
        self.rebuild()

    def rebuild(self) -> None:
        """Recompute every running total from the assignment."""
        pb = self.pb
        nr, n, nt = pb.rounds, pb.n, pb.tables
        up, dn, g = pb.up, pb.dn, pb.g
        self.gain = [[[0] * nt for _ in range(n)] for _ in range(nr)]
        self.loss = [[0] * n for _ in range(nr)]
        for r in range(nr):
            tab_r, gain_r, loss_r = self.tab[r], self.gain[r], self.loss[r]
            for p in range(n):
                if tab_r[p] < 0 or not pb.counted[p]:
                    continue
                row, gp = self.meet[p], gain_r[p]
                for t in range(nt):
                    gp[t] = sum(up[row[x]] for x in self.cm[r][t] if x != p)
                loss_r[p] = sum(dn[row[x]] for x in self.cm[r][tab_r[p]] if x != p)
        self.pair_cost = 0
        self.levels = [0] * len(g)
        counted = [p for p in range(n) if pb.counted[p]]
        for i, a in enumerate(counted):
            row = self.meet[a]
            for b in counted[i + 1 :]:
                m = row[b]
                self.pair_cost += g[m]
                self.levels[m] += 1
        self.counts = [[[0] * len(pb.mix_count[r]) for _ in range(nt)] for r in range(nr)]
        self.size = [[len(self.members[r][t]) for t in range(nt)] for r in range(nr)]
        self.csize = [[len(self.cm[r][t]) for t in range(nt)] for r in range(nr)]
        self.org = [[dict[int, int]() for _ in range(nt)] for _ in range(nr)]
        for r in range(nr):
            for p in range(n):
                if self.tab[r][p] >= 0 and pb.counted[p]:
                    self.counts[r][self.tab[r][p]][pb.audience[p]] += 1
            for u, orgs in enumerate(pb.unit_orgs[r]):
                at = self.org[r][self.where[r][u]]
                for o in orgs:
                    at[o] = at.get(o, 0) + 1
        self.mix_t = [[self.table_mix(r, t) for t in range(nt)] for r in range(nr)]
        self.mix_out = [[self.marginals(r, t)[0] for t in range(nt)] for r in range(nr)]
        self.mix_in = [[self.marginals(r, t)[1] for t in range(nt)] for r in range(nr)]
        self.size_t = [[self.table_size_dev(r, t) for t in range(nt)] for r in range(nr)]
        #: Rounds with a free seat: only there can someone move without a swap.
        self.room = [sum(pb.caps) > sum(pb.present[r]) for r in range(nr)]
        self.step_in = [
            [self.one_step(r, t, +1) if self.room[r] else [] for t in range(nt)] for r in range(nr)
        ]
        self.step_out = [
            [self.one_step(r, t, -1) if self.room[r] else [] for t in range(nt)] for r in range(nr)
        ]
        self.hard_t = [[self.table_hard(r, t) for t in range(nt)] for r in range(nr)]
        self.mix = sum(map(sum, self.mix_t))
        self.size_dev = sum(map(sum, self.size_t))
        self.hard = sum(map(sum, self.hard_t))
        self.wc = pb.wc_const + sum(v - 1 for row in self.visits for v in row if v >= 2)
        self.moves = 0
        if pb.reference is not None:
            for r in range(nr):
                ref, tab_r = pb.reference[r], self.tab[r]
                self.moves += sum(1 for p in range(n) if 0 <= ref[p] != tab_r[p] >= 0)

    # -- per-table terms -------------------------------------------------------------------

    def table_mix(self, r: int, t: int) -> int:
        """Audience-mix deviation of one table."""
        pb = self.pb
        return mix_deviation(self.counts[r][t], pb.mix_count[r], self.csize[r][t], pb.mix_total[r])

    def marginals(self, r: int, t: int) -> tuple[list[int], list[int]]:
        """Mix change if one person of each audience left, or joined, table t (same size)."""
        pb = self.pb
        people, size = pb.mix_total[r], self.csize[r][t]
        leave, join = [], []
        for kind, total in enumerate(pb.mix_count[r]):
            share = total * size
            low, high = (share // people, -(-share // people)) if people else (0, 0)
            count = self.counts[r][t][kind]
            leave.append(-1 if count > high else (1 if count <= low else 0))
            join.append(1 if count >= high else (-1 if count < low else 0))
        return leave, join

    def one_step(self, r: int, t: int, step: int) -> list[int]:
        """Cost change at table t if one counted person of each audience joins (+1) or leaves.

        Audience mix, table size and seats over capacity only (a move to or from a free seat);
        the last entry is for a person left out of the mix (pinned).
        """
        pb = self.pb
        size = self.size[r][t] + step
        low, high, cap = pb.size_low[r][t], pb.size_high[r][t], pb.caps[t]
        fixed = max(0, size - high) + max(0, low - size) - self.size_t[r][t]
        fixed += pb.w_hard * (max(0, size - cap) - max(0, self.size[r][t] - cap))
        counts, totals, people = self.counts[r][t], pb.mix_count[r], pb.mix_total[r]
        csize = self.csize[r][t] + step
        before = self.mix_t[r][t]
        out = []
        for kind in range(len(totals)):
            if not totals[kind]:
                out.append(0)  # nobody of that audience in this round
                continue
            counts[kind] += step
            after = mix_deviation(counts, totals, csize, people)
            counts[kind] -= step
            out.append(fixed + pb.w_mix * (after - before))
        out.append(fixed)
        return out

    def table_size_dev(self, r: int, t: int) -> int:
        """Distance of a table's size to the most even sizes."""
        size, low, high = self.size[r][t], self.pb.size_low[r][t], self.pb.size_high[r][t]
        return max(0, size - high) + max(0, low - size)

    def table_hard(self, r: int, t: int) -> int:
        """Hard-constraint breaks at one table: seats over capacity, colleagues, kept apart."""
        pb = self.pb
        broken = max(0, self.size[r][t] - pb.caps[t])
        limit = pb.org_limit[r]
        for o, count in self.org[r][t].items():
            if count > limit[o]:
                broken += count - limit[o]
        tab_r = self.tab[r]
        for p in self.members[r][t]:
            for x in pb.apart[p]:
                if x > p and tab_r[x] == t:
                    broken += 1
        return broken

    @property
    def cost(self) -> int:
        """The lexicographic cost folded into one integer (smaller is better)."""
        pb = self.pb
        return (
            pb.w_hard * self.hard
            + pb.w_move * self.moves
            + pb.w_wc * self.wc
            + pb.w_pair * self.pair_cost
            + pb.w_mix * self.mix
            + self.size_dev
        )

    def true_cost(self) -> int:
        """The cost by the exact order of the goals (the search moves by ``cost``).

        The two differ only when a pair meets two or more times above the bound on the worst
        pair: ``cost`` counts such meetings one by one, this one puts the worst pair first.
        """
        pb = self.pb
        pairs = sum(count * cost for count, cost in zip(self.levels, pb.g_true, strict=True))
        return (
            pb.w_hard * self.hard
            + pb.w_move * self.moves
            + pb.w_wc * self.wc
            + pb.w_pair * pairs
            + pb.w_mix * self.mix
            + self.size_dev
        )

    # -- changes -----------------------------------------------------------------------------

    def _change_pair(self, a: int, b: int, step: int) -> None:
        pb = self.pb
        m = self.meet[a][b]
        m2 = m + step
        self.meet[a][b] = self.meet[b][a] = m2
        self.pair_cost += pb.g[m2] - pb.g[m]
        self.levels[m] -= 1
        self.levels[m2] += 1
        du = pb.up[m2] - pb.up[m]
        dd = pb.dn[m2] - pb.dn[m]
        for r in range(pb.rounds):
            tab_r = self.tab[r]
            ta, tb = tab_r[a], tab_r[b]
            if ta < 0 or tb < 0:
                continue
            gain_r = self.gain[r]
            gain_r[a][tb] += du
            gain_r[b][ta] += du
            if ta == tb:
                self.loss[r][a] += dd
                self.loss[r][b] += dd

    def move_units(self, r: int, moves: list[tuple[int, int]]) -> None:
        """Move units (index, new table) in round r and update every running total."""
        pb = self.pb
        where_r = self.where[r]
        new: dict[int, int] = {}
        old: dict[int, int] = {}
        tables: set[int] = set()
        for u, b in moves:
            a = where_r[u]
            if a == b:
                continue
            tables.update((a, b))
            for p in pb.units[r][u]:
                old[p], new[p] = a, b
        if not new:
            return
        movers = list(new)
        for p in movers:
            for x in self.cm[r][old[p]]:
                if x not in new:
                    self._change_pair(p, x, -1)
            for x in self.cm[r][new[p]]:
                if x not in new:
                    self._change_pair(p, x, +1)
        for i, p in enumerate(movers):
            for x in movers[i + 1 :]:
                step = (new[p] == new[x]) - (old[p] == old[x])
                if step:
                    self._change_pair(p, x, step)
        self._relocate(r, moves, old, new, tables)

    def _relocate(
        self,
        r: int,
        moves: list[tuple[int, int]],
        old: dict[int, int],
        new: dict[int, int],
        tables: set[int],
    ) -> None:
        pb = self.pb
        tab_r, where_r = self.tab[r], self.where[r]
        up, dn = pb.up, pb.dn
        gain_r = self.gain[r]
        ref = pb.reference[r] if pb.reference is not None else None
        for u, b in moves:
            a = where_r[u]
            if a == b:
                continue
            where_r[u] = b
            for o in pb.unit_orgs[r][u]:
                self.org[r][a][o] -= 1
                self.org[r][b][o] = self.org[r][b].get(o, 0) + 1
        for p, b in new.items():
            a = old[p]
            self.members[r][a].remove(p)
            self.members[r][b].append(p)
            self.cm[r][a].remove(p)
            self.cm[r][b].append(p)
            tab_r[p] = b
            self.size[r][a] -= 1
            self.size[r][b] += 1
            self.csize[r][a] -= 1
            self.csize[r][b] += 1
            kind = pb.audience[p]
            self.counts[r][a][kind] -= 1
            self.counts[r][b][kind] += 1
            visits = self.visits[p]
            self.wc += (visits[b] >= 1) - (visits[a] >= 2)
            visits[a] -= 1
            visits[b] += 1
            if ref is not None and ref[p] >= 0:
                self.moves += (b != ref[p]) - (a != ref[p])
        for p, b in new.items():
            a = old[p]
            row = self.meet[p]
            for y in self.seated[r]:
                w = up[row[y]]
                if w and y != p:
                    gy = gain_r[y]
                    gy[a] -= w
                    gy[b] += w
        loss_r = self.loss[r]
        for t in tables:
            group = self.cm[r][t]
            for y in group:
                row = self.meet[y]
                loss_r[y] = sum(dn[row[x]] for x in group if x != y)
            if self.mixed[r]:  # else the mix is perfect whatever the seating
                mix = self.table_mix(r, t)
                self.mix += mix - self.mix_t[r][t]
                self.mix_t[r][t] = mix
                self.mix_out[r][t], self.mix_in[r][t] = self.marginals(r, t)
            size = self.table_size_dev(r, t)
            self.size_dev += size - self.size_t[r][t]
            self.size_t[r][t] = size
            if self.room[r]:
                self.step_in[r][t] = self.one_step(r, t, +1)
                self.step_out[r][t] = self.one_step(r, t, -1)
            hard = self.table_hard(r, t)
            self.hard += hard - self.hard_t[r][t]
            self.hard_t[r][t] = hard

    def snapshot(self) -> list[list[int]]:
        """A copy of the assignment (round → person → table, -1 when absent)."""
        return [row[:] for row in self.tab]

    def max_meetings(self) -> int:
        """The most times any counted pair meets."""
        for m in range(len(self.levels) - 1, -1, -1):
            if self.levels[m]:
                return m
        return 0

    def overlaps(self) -> int:
        """Sum over counted pairs of C(meetings, 2)."""
        return sum(count * m * (m - 1) // 2 for m, count in enumerate(self.levels))

    def repeats(self) -> int:
        """Sum over counted pairs of max(0, meetings - 1)."""
        return sum(count * (m - 1) for m, count in enumerate(self.levels) if m >= 2)
