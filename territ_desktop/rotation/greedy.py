"""The greedy start: round after round, each group of people goes to its cheapest table.

It is also the plain baseline of the benchmark. Units (people who sit together) are placed most
constrained first, then in a random order; a table is chosen by, in order: a seat left, hard
constraints, room under the even size, world-café repeats, pair meetings so far, audience mix.
"""

from __future__ import annotations

from random import Random

from territ_desktop.rotation.problem import Problem


def target_sizes(pb: Problem, r: int, rng: Random) -> list[int]:
    """Table sizes for round r as even as capacities allow (the extra seats drawn at random)."""
    sizes = pb.size_low[r][:]
    extra = sum(pb.present[r]) - sum(sizes)
    open_tables = [t for t in range(pb.tables) if pb.size_high[r][t] > sizes[t]]
    rng.shuffle(open_tables)
    for t in open_tables[: max(0, extra)]:
        sizes[t] += 1
    return sizes


class _Round:
    """One round being filled."""

    def __init__(self, pb: Problem, r: int, rng: Random) -> None:
        self.pb, self.r = pb, r
        nt = pb.tables
        self.tab = [-1] * pb.n
        self.target = target_sizes(pb, r, rng)
        self.size = [0] * nt
        self.counted_at: list[list[int]] = [[] for _ in range(nt)]
        self.counts = [[0] * len(pb.mix_count[r]) for _ in range(nt)]
        self.org = [dict[int, int]() for _ in range(nt)]

    def place(self, u: int, t: int) -> None:
        pb = self.pb
        for p in pb.units[self.r][u]:
            self.tab[p] = t
            self.size[t] += 1
            if pb.counted[p]:
                self.counted_at[t].append(p)
                self.counts[t][pb.audience[p]] += 1
        for o in pb.unit_orgs[self.r][u]:
            self.org[t][o] = self.org[t].get(o, 0) + 1

    def remove(self, u: int, t: int) -> None:
        pb = self.pb
        for p in pb.units[self.r][u]:
            self.tab[p] = -1
            self.size[t] -= 1
            if pb.counted[p]:
                self.counted_at[t].remove(p)
                self.counts[t][pb.audience[p]] -= 1
        for o in pb.unit_orgs[self.r][u]:
            self.org[t][o] -= 1

    def breaks(self, u: int, t: int) -> bool:
        """Whether seating unit u at table t breaks a hard constraint."""
        pb, r = self.pb, self.r
        members = pb.units[r][u]
        if self.size[t] + len(members) > pb.caps[t]:
            return True
        limit = pb.org_limit[r]
        if any(self.org[t].get(o, 0) + 1 > limit[o] for o in pb.unit_orgs[r][u]):
            return True
        return any(self.tab[x] == t for p in members for x in pb.apart[p])

    def eject(self, u: int, placed: list[int]) -> bool:
        """Seat u by moving one unit already seated to another table, if that breaks nothing."""
        pb = self.pb
        for v in placed:
            t = self.tab[pb.units[self.r][v][0]]
            self.remove(v, t)
            if not self.breaks(u, t):
                for t2 in range(pb.tables):
                    if t2 != t and not self.breaks(v, t2):
                        self.place(v, t2)
                        self.place(u, t)
                        return True
            self.place(v, t)
        return False

    def key(
        self, u: int, t: int, meet: list[list[int]], visits: list[list[int]]
    ) -> tuple[int, ...]:
        """How bad table t is for unit u (lexicographic, smaller is better)."""
        pb, r = self.pb, self.r
        members = pb.units[r][u]
        after = self.size[t] + len(members)
        over_capacity = after > pb.caps[t]
        over_target = after > self.target[t]
        hard = 0
        limit = pb.org_limit[r]
        for o in pb.unit_orgs[r][u]:
            if self.org[t].get(o, 0) + 1 > limit[o]:
                hard += 1
        for p in members:
            hard += sum(1 for x in pb.apart[p] if self.tab[x] == t)
        cafe = 0
        if pb.instance.options.world_cafe:
            cafe = sum(1 for p in members if visits[p][t] >= 1)
        up = pb.up
        here = self.counted_at[t]
        pairs = 0
        for p in members:
            row = meet[p]
            pairs += sum(up[row[x]] for x in here)
        mix = 0
        people = pb.mix_total[r]
        if people:
            share_size = max(0, self.target[t] - (self.size[t] - len(here)))
            for p in members:
                kind = pb.audience[p]
                high = -(-pb.mix_count[r][kind] * share_size // people)
                mix += self.counts[t][kind] >= high
        # A seat beyond the even size is better than a broken constraint.
        return (over_capacity, hard, over_target, cafe, pairs, mix)


def greedy_assignment(
    pb: Problem, rng: Random, start: list[list[int]] | None = None
) -> list[list[int]]:
    """Seat everyone present, round by round; ``start`` keeps people where they already are."""
    meet = [row[:] for row in pb.history]
    visits = [row[:] for row in pb.visits0]
    result: list[list[int]] = []
    for r in range(pb.rounds):
        builder = _Round(pb, r, rng)
        units = pb.units[r]
        todo: list[int] = []
        for u, members in enumerate(units):
            kept = start[r][members[0]] if start is not None else -1
            if pb.fixed[r][u] >= 0:
                builder.place(u, pb.fixed[r][u])
            elif kept >= 0:
                builder.place(u, kept)
            else:
                todo.append(u)
        order = {u: (-_difficulty(pb, r, u), rng.random()) for u in todo}
        todo.sort(key=order.__getitem__)
        # Units with a constraint go first, the one with the fewest tables left first (as in
        # DSatur colouring); the others follow in the shuffled order.
        linked = [u for u in todo if _difficulty(pb, r, u) > 4]
        free = [u for u in todo if _difficulty(pb, r, u) <= 4]
        ordered: list[int] = []
        related = _related(pb, r, linked)
        largest = max((len(units[u]) for u in todo), default=0)
        fits = {v: [not builder.breaks(v, t) for t in range(pb.tables)] for v in linked}
        while linked:
            u = min(linked, key=lambda v: (sum(fits[v]), order[v]))
            linked.remove(u)
            ordered.append(u)
            if _seat(builder, u, meet, visits, rng, ordered):
                fits = {v: [not builder.breaks(v, t) for t in range(pb.tables)] for v in linked}
                continue
            t = builder.tab[units[u][0]]
            full = builder.size[t] + largest > pb.caps[t]
            for v in linked if full else related[u]:
                if v in fits and fits[v][t] and builder.breaks(v, t):
                    fits[v][t] = False
        for u in free:
            ordered.append(u)
            _seat(builder, u, meet, visits, rng, ordered)
        for group in builder.counted_at:
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if pb.component[a] != pb.component[b]:
                        meet[a][b] += 1
                        meet[b][a] += 1
            for p in group:
                visits[p][builder.tab[p]] += 1
        result.append(builder.tab)
    return result


def _seat(
    builder: _Round,
    u: int,
    meet: list[list[int]],
    visits: list[list[int]],
    rng: Random,
    placed: list[int],
) -> bool:
    """Seat unit u at its best table (``placed``: the units seated so far, u last).

    Returns whether another unit had to move to make room.
    """
    best: tuple[float, ...] | None = None
    choice = 0
    for t in range(builder.pb.tables):
        key = (*builder.key(u, t, meet, visits), rng.random())
        if best is None or key < best:
            best, choice = key, t
    assert best is not None
    if (best[0] or best[1]) and builder.eject(u, placed[:-1]):
        return True  # no table took u without breaking a constraint: someone made room
    builder.place(u, choice)
    return False


def _related(pb: Problem, r: int, linked: list[int]) -> dict[int, set[int]]:
    """For each unit, the units that share an organisation with it or are kept apart from it."""
    by_org: dict[int, list[int]] = {}
    for u in linked:
        for o in pb.unit_orgs[r][u]:
            by_org.setdefault(o, []).append(u)
    related: dict[int, set[int]] = {u: set() for u in linked}
    unit_of = pb.unit_of[r]
    for u in linked:
        for o in pb.unit_orgs[r][u]:
            related[u].update(by_org[o])
        for p in pb.units[r][u]:
            for x in pb.apart[p]:
                if unit_of[x] >= 0:
                    related[u].add(unit_of[x])
    return related


def _difficulty(pb: Problem, r: int, u: int) -> int:
    members = pb.units[r][u]
    return 4 * len(members) + 2 * len(pb.unit_orgs[r][u]) + sum(len(pb.apart[p]) for p in members)
