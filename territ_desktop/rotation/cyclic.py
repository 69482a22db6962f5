"""A start made of turns of one base round, for small plain instances (a cyclic symmetry).

With R rounds, number the n = k·R + f people as k orbits of R points (i, z), z in Z_R, plus f
fixed points. Round r seats at table t the base round's table t turned by r: (i, z) becomes
(i, z + r) and fixed points stay. A pair of points and its turns form an orbit, and each time
a pair of an orbit sits together in the base round, every pair of that orbit meets R / |orbit|
times over the R rounds. So the repeats of the whole plan can be counted, and searched, on the
base round alone: a search R times smaller. This is the classic way to seat Kirkman's fifteen
schoolgirls (tables of 3, 7 rounds: 2 orbits of 7 and one fixed point), found here in a few
swaps whatever the seed.

A tabu search on swaps of the base round runs within a fixed count of pair look-ups (a count, not
a clock: a seed always gives the same plan). Its plan is used only when nobody meets twice
(then no plan can do better); otherwise the usual greedy start is kept.
"""

from __future__ import annotations

from random import Random

from territ_desktop.rotation.plain import is_plain
from territ_desktop.rotation.problem import Problem

#: Beyond this the base round's neighbourhood gets too large for a start of a few hundredths.
MAX_PEOPLE = 45
#: Pair look-ups in all (each swap evaluated costs 2 × (table size − 1)): a few hundredths of a
#: second, wasted when the search fails (then the greedy start is used).
LOOKUPS = 40_000


def cyclic_start(pb: Problem, rng: Random) -> list[list[int]] | None:
    """Every round seated, with no pair meeting twice; or None (not plain, or not found)."""
    rounds, n, tables = pb.rounds, pb.n, pb.tables
    if rounds < 3 or n > MAX_PEOPLE or pb.bounds.max_meetings > 1 or not is_plain(pb):
        return None
    orbits, fixed = divmod(n, rounds)
    if orbits == 0 or fixed > tables:
        return None
    base = BaseRoundSearch(n, rounds, orbits * rounds, tables, pb.caps[0], rng).run()
    if base is None:
        return None
    people = list(range(n))
    rng.shuffle(people)
    moving = orbits * rounds
    tab = [[-1] * n for _ in range(rounds)]
    for r in range(rounds):
        for t, block in enumerate(base):
            for point in block:
                turned = point if point >= moving else point - point % rounds + (point + r) % rounds
                tab[r][people[turned]] = t
    return tab


class BaseRoundSearch:
    """Tabu search over swaps in the base round, by the repeats of the turned plan."""

    def __init__(
        self, n: int, rounds: int, moving: int, tables: int, size: int, rng: Random
    ) -> None:
        self.rng = rng
        self.rounds = rounds
        self.key, self.orbit_size = _orbits(n, rounds, moving)
        points = list(range(n))
        rng.shuffle(points)
        self.blocks = [points[t * size : (t + 1) * size] for t in range(tables)]
        self.count = [0] * len(self.orbit_size)
        for block in self.blocks:
            for i, a in enumerate(block):
                for b in block[i + 1 :]:
                    self.count[self.key[a][b]] += 1
        self.cost = sum(self._penalty(o, c) for o, c in enumerate(self.count))

    def _penalty(self, orbit: int, count: int) -> int:
        """Repeats of an orbit's pairs over all rounds when ``count`` of them sit together."""
        size = self.orbit_size[orbit]
        return size * max(0, count * self.rounds // size - 1)

    def run(self) -> list[list[int]] | None:
        """The base round once its plan has no repeat, or None when the budget runs out."""
        tabu: dict[tuple[int, int], int] = {}
        best = self.cost
        spent = iteration = 0
        blocks = self.blocks
        per_swap = 2 * (len(blocks[0]) - 1)
        while self.cost > 0 and spent < LOOKUPS:
            iteration += 1
            choice: tuple[int, int, int, int] | None = None
            choice_delta = 0
            for x in range(len(blocks)):
                for y in range(x + 1, len(blocks)):
                    for a in range(len(blocks[x])):
                        for b in range(len(blocks[y])):
                            spent += per_swap
                            delta = self._delta(x, y, a, b)
                            p, q = blocks[x][a], blocks[y][b]
                            forbidden = tabu.get((p, y), 0) > iteration or (
                                tabu.get((q, x), 0) > iteration
                            )
                            if forbidden and self.cost + delta >= best:
                                continue
                            if (
                                choice is None
                                or delta < choice_delta
                                or (delta == choice_delta and self.rng.random() < 0.3)
                            ):
                                choice, choice_delta = (x, y, a, b), delta
            if choice is None:
                break
            x, y, a, b = choice
            p, q = blocks[x][a], blocks[y][b]
            self._swap(x, y, a, b)
            self.cost += choice_delta
            best = min(best, self.cost)
            tabu[(p, x)] = iteration + self.rng.randint(2, 8)
            tabu[(q, y)] = iteration + self.rng.randint(2, 8)
        return [block[:] for block in blocks] if self.cost == 0 else None

    def _changes(self, x: int, y: int, a: int, b: int) -> dict[int, int]:
        key, blocks = self.key, self.blocks
        p, q = blocks[x][a], blocks[y][b]
        changes: dict[int, int] = {}
        for other, gone, came in ((blocks[x], p, q), (blocks[y], q, p)):
            for o in other:
                if o != gone:
                    k_out, k_in = key[gone][o], key[came][o]
                    changes[k_out] = changes.get(k_out, 0) - 1
                    changes[k_in] = changes.get(k_in, 0) + 1
        return changes

    def _delta(self, x: int, y: int, a: int, b: int) -> int:
        count = self.count
        return sum(
            self._penalty(o, count[o] + v) - self._penalty(o, count[o])
            for o, v in self._changes(x, y, a, b).items()
            if v
        )

    def _swap(self, x: int, y: int, a: int, b: int) -> None:
        for o, v in self._changes(x, y, a, b).items():
            self.count[o] += v
        blocks = self.blocks
        blocks[x][a], blocks[y][b] = blocks[y][b], blocks[x][a]


def _orbits(n: int, rounds: int, moving: int) -> tuple[list[list[int]], list[int]]:
    """For each pair of points the index of its orbit under the turns, and each orbit's size."""
    ids: dict[tuple[int, ...], int] = {}
    key = [[-1] * n for _ in range(n)]
    size: list[int] = []
    for p in range(n):
        for q in range(p + 1, n):
            if q >= moving:
                name: tuple[int, ...] = (q, p) if p >= moving else (q, p // rounds)
            else:
                i, j = p // rounds, q // rounds
                d = (q - p) % rounds if i != j else min((q - p) % rounds, (p - q) % rounds)
                name = (i, j, d)
            if name not in ids:
                ids[name] = len(size)
                size.append(0)
            o = ids[name]
            size[o] += 1
            key[p][q] = key[q][p] = o
    return key, size
