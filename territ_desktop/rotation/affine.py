"""A start with no repeat at all for plain "golf" instances whose sizes are powers of a prime.

When n = p^k people sit at tables of g = p^m (p prime), number the people by the vectors of
GF(p)^k. An m-dimensional subspace W splits the vectors into its n/g cosets: one round's tables.
Two people meet in that round exactly when their difference lies in W, so rounds built from
subspaces that share only the zero vector (a *partial spread*) never seat a pair together twice.
The affine planes behind the Kirkman-style puzzles (4×4×5, 8×8×9, …) are such spreads; for 32
people at tables of four, nine rounds come this way (the most a partial spread of lines of
PG(4, 2) holds), which is the hard 8×4×9 case of the social-golfer literature.

When m divides k the spread comes from the field GF(p^k) (see ``partial_spread``); otherwise a
small randomised search finds one (seeded, within a fixed budget, so reproducible). It only
applies to plain instances (``plain.is_plain``: equal tables filled exactly, nothing else to
respect). Rounds beyond the spread are left empty for the greedy start to fill. When the spread
is short of the rounds wanted, the search first tries rounds that only translations map onto
themselves (``translations_opening``: all ten for 8×4×10, in about half a second, too long for
the start: the first plan must come within a tenth of a second).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import product
from random import Random

from territ_desktop.rotation.galois import primitive_powers
from territ_desktop.rotation.plain import is_plain
from territ_desktop.rotation.problem import Problem
from territ_desktop.rotation.translations import invariant_rounds

Vector = tuple[int, ...]
#: A construction step: (generator, check) -> rounds seated (-1 beyond them), or None.
Step = Callable[[Random, Callable[[], bool]], list[list[int]] | None]

#: Larger spaces make the start too slow (and no benchmark needs them).
MAX_PEOPLE = 1024
RESTARTS = 40
CANDIDATES = 60
#: Vectors computed in all, over every attempt: keeps the start within a few hundredths of a
#: second (a count, not a clock, so that a seed always gives the same plan).
CHECKS = 40_000


def affine_start(pb: Problem, rng: Random) -> list[list[int]] | None:
    """Rounds seated as a partial spread (unseated rounds hold -1), or None when it cannot apply."""
    shape = _shape(pb)
    if shape is None:
        return None
    p, k, m = shape
    vectors = list(product(range(p), repeat=k))
    index = {v: i for i, v in enumerate(vectors)}
    spread = partial_spread(p, k, m, pb.rounds, rng)
    if not spread:
        return None
    return seat_rounds(pb, [_cosets(subspace, vectors, index, p) for subspace in spread], rng)


def translations_opening(pb: Problem) -> Step | None:
    """Where a spread falls short, the search's first step: rounds kept by translations.

    For plain instances of prime-power sizes whose tables are not a subfield's size (m does not
    divide k: no spread of the most rounds is known), the returned step tries the rounds of
    ``translations`` (all ten for 8×4×10). It takes a generator and a ``check`` (False stops
    it) and gives the rounds seated (-1 beyond them), or None. None when it does not apply.
    """
    shape = _shape(pb)
    if shape is None or shape[1] % shape[2] == 0:
        return None
    p, k, m = shape

    def step(rng: Random, check: Callable[[], bool]) -> list[list[int]] | None:
        rounds = invariant_rounds(p, k, m, rng, check)
        return None if rounds is None else seat_rounds(pb, rounds[: pb.rounds], rng)

    return step


def seat_rounds(pb: Problem, rounds: list[list[list[int]]], rng: Random) -> list[list[int]]:
    """Rounds of tables of points, seated with people and tables shuffled (-1 beyond them)."""
    people = list(range(pb.n))
    rng.shuffle(people)
    tab = [[-1] * pb.n for _ in range(pb.rounds)]
    for r, seating in enumerate(rounds):
        tables = list(range(pb.tables))
        rng.shuffle(tables)
        for members in seating:
            table = tables.pop()
            for point in members:
                tab[r][people[point]] = table
    return tab


def _cosets(
    subspace: set[Vector], vectors: list[Vector], index: dict[Vector, int], p: int
) -> list[list[int]]:
    """The cosets of a subspace (given by its non-zero vectors), as tables of point numbers."""
    seen: set[Vector] = set()
    tables = []
    zero = (0,) * len(vectors[0])
    for v in vectors:
        if v in seen:
            continue
        members = [_add(v, w, p) for w in (zero, *subspace)]
        seen.update(members)
        tables.append([index[w] for w in members])
    return tables


def partial_spread(p: int, k: int, m: int, wanted: int, rng: Random) -> list[set[Vector]]:
    """Up to ``wanted`` m-dimensional subspaces of GF(p)^k meeting only in zero.

    Each is given by its non-zero vectors. When m divides k they come from the field GF(p^k):
    the multiples x·GF(p^m) of its subfield split the non-zero vectors exactly (a Desarguesian
    spread, the affine planes among them). Otherwise the largest set found over a few randomised
    attempts.
    """
    if k % m == 0:
        powers = primitive_powers(p, k)
        step = (p**k - 1) // (p**m - 1)
        chosen = rng.sample(range(step), min(wanted, step))
        return [{powers[i + j * step] for j in range(p**m - 1)} for i in chosen]
    zero = (0,) * k
    nonzero = [v for v in product(range(p), repeat=k) if v != zero]
    best: list[set[Vector]] = []
    budget = [CHECKS]
    for _ in range(RESTARTS):
        free = set(nonzero)
        spread: list[set[Vector]] = []
        while len(spread) < wanted and budget[0] > 0:
            subspace = _subspace_in(p, m, free, rng, budget)
            if subspace is None:
                break
            spread.append(subspace)
            free -= subspace
        if len(spread) > len(best):
            best = spread
        if len(best) >= wanted or budget[0] <= 0:
            break
    return best


def _subspace_in(
    p: int, m: int, free: set[Vector], rng: Random, budget: list[int]
) -> set[Vector] | None:
    """An m-dimensional subspace whose non-zero vectors all lie in ``free`` (depth-first).

    ``budget[0]`` counts down the vectors computed; the search gives up when it runs out.
    """
    pool = sorted(free)

    def grow(span: set[Vector], depth: int) -> set[Vector] | None:
        if depth == m:
            return span
        candidates = rng.sample(pool, min(CANDIDATES, len(pool)))
        for v in candidates:
            if budget[0] <= 0:
                return None
            if v in span:
                continue
            new = {_add(_scale(a, v, p), s, p) for a in range(1, p) for s in span}
            budget[0] -= len(new)
            if new <= free:
                found = grow(span | new, depth + 1)
                if found is not None:
                    return found
        return None

    zero = (0,) * len(pool[0]) if pool else ()
    found = grow({zero}, 0) if pool else None
    return None if found is None else found - {zero}


def _shape(pb: Problem) -> tuple[int, int, int] | None:
    """(p, k, m) when the instance is a plain n = p^k, tables of p^m, nothing else to respect."""
    n = pb.n
    if n > MAX_PEOPLE or not is_plain(pb):
        return None
    p = _prime_base(n)
    if p is None:
        return None
    k, m = _log(n, p), _log(pb.caps[0], p)
    if m is None or k is None or not 0 < m < k:
        return None
    return p, k, m


def _prime_base(n: int) -> int | None:
    """The prime p with n a power of p, if any."""
    for p in range(2, n + 1):
        if n % p == 0:
            while n % p == 0:
                n //= p
            return p if n == 1 else None
    return None


def _log(n: int, p: int) -> int | None:
    k = 0
    while n > 1 and n % p == 0:
        n //= p
        k += 1
    return k if n == 1 else None


def _add(a: Vector, b: Vector, p: int) -> Vector:
    return tuple((x + y) % p for x, y in zip(a, b, strict=True))


def _scale(c: int, a: Vector, p: int) -> Vector:
    return tuple((c * x) % p for x in a)
