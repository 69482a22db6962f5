"""Rounds that a group of translations maps onto themselves: more rounds than a spread holds.

The spread start (``affine``) numbers the n = p^k people by the vectors of GF(p)^k and seats
each round as the cosets of a subspace. Such rounds can fall short of the most rounds without
repeat, (n − 1) // (g − 1) at tables of g = p^m: lines of PG(4, 2) give nine rounds for 32
people at tables of four, while ten exist (Aguado, 2004; the 8×4×10 social-golfer instance).

Here a round need not be cosets, only be mapped onto itself by the translations x ↦ x + h for
h in a subspace H (spanned by the first coordinates). The pairs of people then fall into orbits
under H, and such a round seats all the pairs of an orbit or none of them, each once (a
translation that takes a seated pair to another pair takes its table to a table of the round
holding that pair). So a plan where nobody meets twice is a choice of such rounds covering each
orbit of pairs at most once; with the most rounds, every orbit exactly once except those of the
pairs left over (each person has (n − 1) mod (g − 1) people never met, taken here as the
differences in a set D of H, so these pairs are orbits too). That is an exact cover, with about
|H| times fewer columns than pairs: for 8×4×10 with |H| = 8, 72 orbits to cover and 4,800
candidate rounds, solved in about half a second.

The rounds are listed depth-first (the first free person, then every H-invariant piece that
holds them) and the cover searched within counts of nodes, starting again in a new order when a
try runs long; the seed orders the candidates, so each seed gives its own plan and always the
same.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from random import Random

from territ_desktop.rotation.cover import Budget, OutOfBudgetError, bits, exact_cover

#: Beyond this the listing of rounds gets too long for a start.
MAX_PEOPLE = 64
#: Nodes for listing the rounds, for each subgroup tried.
LIST_NODES = 200_000
#: The cover search is heavy-tailed: for 8×4×10, 22 % of the orders of the rounds give a cover
#: within 3,000 nodes (67 of 300 orders tried), others none within a hundred thousand. So it
#: starts again in a new order after COVER_NODES nodes (about 0.05 s), at most RESTARTS times:
#: all 80 tries miss about twice in a billion (the search's clock may stop it sooner).
COVER_NODES = 3_000
RESTARTS = 80


def invariant_rounds(
    p: int, k: int, m: int, rng: Random, check: Callable[[], bool] | None = None
) -> list[list[list[int]]] | None:
    """The most rounds without repeat for p^k people at tables of p^m, or None if not found.

    Each round is a list of tables, each a list of points numbered 0 … p^k − 1 (the base-p
    digits of a point are its coordinates, the first coordinate lowest). ``check`` is called
    every few thousand nodes; False stops the search (None).
    """
    n, size = p**k, p**m
    if n > MAX_PEOPLE or not 0 < m < k or size * size > n:
        return None
    for dim in _dimensions(k, m):
        budget = Budget(check)
        try:
            found = _search(Space(p, k, dim), size, rng, budget)
        except OutOfBudgetError:
            if budget.stopped:
                return None
            continue
        if found is not None:
            return found
    return None


def _dimensions(k: int, m: int) -> list[int]:
    """Dimensions of H to try: k − m first (as many translations as tables), then the others.

    H = GF(p)^k would only give spreads again; a smaller H gives more rounds to search among.
    """
    first = k - m
    return [first] + [d for d in range(k - 1, 0, -1) if d != first]


class Space:
    """GF(p)^k as integers, with the translations by a subspace H of dimension ``dim``."""

    def __init__(self, p: int, k: int, dim: int) -> None:
        self.p, self.k, self.n = p, k, p**k
        self.group = list(range(p**dim))
        self.shift = [[self.add(x, h) for h in self.group] for x in range(self.n)]

    def add(self, x: int, y: int) -> int:
        """The sum of two vectors (digit by digit, modulo p)."""
        p, total, unit = self.p, 0, 1
        for _ in range(self.k):
            total += ((x % p + y % p) % p) * unit
            x, y, unit = x // p, y // p, unit * p
        return total

    def negate(self, x: int) -> int:
        """The opposite vector."""
        p, total, unit = self.p, 0, 1
        for _ in range(self.k):
            total += ((p - x % p) % p) * unit
            x, unit = x // p, unit * p
        return total

    def pair_orbits(self) -> tuple[list[list[int]], int]:
        """For each pair of points the index of its orbit under H, and the number of orbits."""
        orbit = [[-1] * self.n for _ in range(self.n)]
        count = 0
        for a in range(self.n):
            for b in range(a + 1, self.n):
                if orbit[a][b] >= 0:
                    continue
                for h in range(len(self.group)):
                    x, y = self.shift[a][h], self.shift[b][h]
                    orbit[x][y] = orbit[y][x] = count
                count += 1
        return orbit, count


def _search(space: Space, size: int, rng: Random, budget: Budget) -> list[list[list[int]]] | None:
    """The rounds found for this subgroup H; raises OutOfBudgetError when listing runs long."""
    n = space.n
    rounds = (n - 1) // (size - 1)
    orbit, count = space.pair_orbits()
    left_over = _left_over(space, (n - 1) % (size - 1), orbit)
    if left_over is None:
        return None
    pieces = _pieces(space, size, orbit, left_over, rng, budget)
    budget.reset()
    classes = _rounds(n, pieces, budget)
    # Columns: the orbits to seat, numbered without the left-over ones.
    column: dict[int, int] = {}
    for o in range(count):
        if not left_over >> o & 1:
            column[o] = len(column)
    rows: dict[int, list[list[int]]] = {}
    for tables, orbits in classes:
        row = 0
        for o in bits(orbits):
            row |= 1 << column[o]
        rows.setdefault(row, tables)
    masks = list(rows)
    for _ in range(RESTARTS):
        rng.shuffle(masks)
        budget.reset()
        try:
            chosen = exact_cover(len(column), masks, budget, COVER_NODES)
        except OutOfBudgetError:
            if budget.stopped:
                raise
            continue
        if chosen is None or len(chosen) != rounds:
            return None
        return [rows[masks[g]] for g in chosen]
    return None


def _left_over(space: Space, degree: int, orbit: list[list[int]]) -> int | None:
    """Orbits of the pairs nobody is seated with: differences in the first vectors of H.

    Each person keeps ``degree`` people never met; the set D of their differences must hold the
    opposite of each of its vectors. None when H has no such set of that size.
    """
    chosen: list[int] = []
    for d in space.group[1:]:
        if len(chosen) >= degree:
            break
        minus = space.negate(d)
        if d in chosen or minus in chosen:
            continue
        pair = [d] if minus == d else [d, minus]
        if len(chosen) + len(pair) <= degree:
            chosen.extend(pair)
    if len(chosen) != degree:
        return None
    mask = 0
    for x in range(space.n):
        for d in chosen:
            mask |= 1 << orbit[x][space.add(x, d)]
    return mask


Piece = tuple[int, int, list[list[int]]]


def _pieces(
    space: Space, size: int, orbit: list[list[int]], left_over: int, rng: Random, budget: Budget
) -> list[list[Piece]]:
    """For each point, the H-invariant sets of tables whose lowest point it is.

    A piece is (its points, the orbits of its pairs, its tables), points and orbits as bit sets;
    pieces seating a left-over pair are dropped.
    """
    n, shift = space.n, space.shift
    at: list[list[Piece]] = [[] for _ in range(n)]
    for low in range(n):
        for rest in combinations(range(low + 1, n), size - 1):
            budget.spend(LIST_NODES)
            table = (low, *rest)
            tables: list[list[int]] = []
            images: set[int] = set()
            union = 0
            ok = True
            for h in range(len(space.group)):
                image = 0
                for x in table:
                    image |= 1 << shift[x][h]
                if image in images:
                    continue
                if image & union:
                    ok = False
                    break
                images.add(image)
                tables.append(sorted(shift[x][h] for x in table))
                union |= image
            if not ok or union & ((1 << low) - 1):
                continue
            orbits = 0
            for a, b in combinations(table, 2):
                orbits |= 1 << orbit[a][b]
            if orbits & left_over:
                continue
            at[low].append((union, orbits, tables))
        rng.shuffle(at[low])
    return at


def _rounds(n: int, pieces: list[list[Piece]], budget: Budget) -> list[tuple[list[list[int]], int]]:
    """Every round made of pieces (depth-first from the lowest free point): tables and orbits."""
    found: list[tuple[list[list[int]], int]] = []
    full = (1 << n) - 1

    def extend(covered: int, orbits: int, tables: list[list[int]]) -> None:
        budget.spend(LIST_NODES)
        if covered == full:
            found.append((tables, orbits))
            return
        low = (~covered & full) & -(~covered & full)
        for points, piece_orbits, piece_tables in pieces[low.bit_length() - 1]:
            if not points & covered:
                extend(covered | points, orbits | piece_orbits, tables + piece_tables)

    extend(0, 0, [])
    return found
