"""Rounds from a partial spread of GF(p)^k: no repeat by construction, only where it applies."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from random import Random

import pytest
from golf_instances import golfers

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation import (
    Absence,
    Instance,
    Options,
    PastRound,
    Person,
    Pin,
    Table,
    greedy_plan,
    score_plan,
    solve,
)
from territ_desktop.rotation.affine import affine_start, partial_spread
from territ_desktop.rotation.galois import _irreducible, _multiply, primitive_powers
from territ_desktop.rotation.problem import compile_instance


def _is_subspace(vectors: set[tuple[int, ...]], p: int) -> bool:
    with_zero = vectors | {(0,) * len(next(iter(vectors)))}
    return all(
        tuple((x + c * y) % p for x, y in zip(a, b, strict=True)) in with_zero
        for a in with_zero
        for b in with_zero
        for c in range(p)
    )


@pytest.mark.parametrize(
    ("p", "k", "m", "wanted", "expected"),
    [
        (2, 4, 2, 5, 5),  # the spread behind 4×4×5 (from the field GF(16))
        (2, 6, 3, 9, 9),  # 8×8×9, from GF(64)
        (2, 8, 4, 17, 17),  # 16×16×17, from GF(256)
        (3, 4, 2, 10, 10),  # 9×9×10, from GF(81)
        (2, 5, 2, 10, 9),  # lines of PG(4, 2): nine at most, behind 8×4×9
        (3, 2, 1, 4, 4),  # the affine plane of order 3
        (5, 2, 1, 3, 3),  # fewer rounds than the plane holds
    ],
)
def test_partial_spreads_are_subspaces_meeting_only_in_zero(
    p: int, k: int, m: int, wanted: int, expected: int
) -> None:
    spread = partial_spread(p, k, m, wanted, Random(3))
    assert len(spread) == expected
    for subspace in spread:
        assert len(subspace) == p**m - 1
        assert _is_subspace(subspace, p)
    for a, b in combinations(spread, 2):
        assert not a & b


@pytest.mark.parametrize(("p", "k"), [(2, 2), (2, 5), (3, 3), (5, 2), (2, 8)])
def test_the_powers_of_a_primitive_element_run_over_the_field(p: int, k: int) -> None:
    powers = primitive_powers(p, k)
    order = p**k - 1
    assert len(set(powers)) == order and (0,) * k not in powers
    modulus = _irreducible(p, k)
    for i, j in [(1, 1), (2, order - 2), (order // 2, order // 3 + 1)]:
        assert _multiply(powers[i], powers[j], modulus, p) == powers[(i + j) % order]


@pytest.mark.parametrize("shape", [(8, 4, 9), (4, 4, 5), (3, 3, 4), (9, 3, 13), (8, 8, 9)])
def test_the_start_reaches_zero_repeats_where_a_spread_holds_every_round(
    shape: tuple[int, int, int],
) -> None:
    instance = golfers(*shape)
    for seed in range(3):
        plan = greedy_plan(instance, seed=seed, constructions=True)
        score = score_plan(instance, plan)
        assert score.repeats == 0 and score.hard_violations == 0 and score.size_deviation == 0


def test_the_search_stops_at_once_on_the_constructed_optimum() -> None:
    result = solve(golfers(8, 4, 9), seed=1, time_limit=30)
    assert result.optimal and result.score.repeats == 0
    assert result.iterations == 0


def test_rounds_beyond_the_spread_are_seated_by_the_greedy_start() -> None:
    instance = golfers(8, 4, 10)
    pb = compile_instance(instance)
    tab = affine_start(pb, Random(0))
    assert tab is not None
    filled = [all(t >= 0 for t in row) for row in tab]
    assert filled == [True] * 9 + [False]
    score = score_plan(instance, greedy_plan(instance, seed=0, constructions=True))
    assert score.hard_violations == 0 and score.max_meetings == 2


def test_the_plain_greedy_stays_the_default_baseline() -> None:
    instance = golfers(8, 4, 9)
    assert score_plan(instance, greedy_plan(instance, seed=0)).repeats > 0


PLAIN = golfers(4, 4, 5)
ELSEWHERE = [
    replace(PLAIN, pinned=(Pin("p0", "T0"),)),
    replace(PLAIN, keep_apart=(("p0", "p1"),)),
    replace(PLAIN, keep_together=(("p0", "p1"),)),
    replace(PLAIN, absent=frozenset({Absence("p3", 2)})),
    replace(PLAIN, history=(PastRound((("p0", "p1"),)),)),
    replace(PLAIN, options=Options(world_cafe=True)),
    replace(
        PLAIN,
        participants=(Person("p0", Audience.ELU), *PLAIN.participants[1:]),
    ),
    replace(
        PLAIN,
        participants=(
            Person("p0", organisation="Mairie"),
            Person("p1", organisation="Mairie"),
            *PLAIN.participants[2:],
        ),
    ),
    replace(PLAIN, tables=(*PLAIN.tables[:3], Table("T3", 5))),
    golfers(6, 5, 4),  # 30 people: not a power of a prime
    golfers(1, 16, 2),  # a single table: nothing to build
]


@pytest.mark.parametrize("instance", ELSEWHERE)
def test_no_construction_when_anything_else_must_be_respected(instance: Instance) -> None:
    assert affine_start(compile_instance(instance), Random(0)) is None
