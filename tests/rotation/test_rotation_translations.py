"""Rounds kept by translations: the ten rounds of 8×4×10 where a spread holds nine."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import combinations
from random import Random

import pytest
from golf_instances import golfers

from territ_desktop.rotation import Pin, score_plan, solve
from territ_desktop.rotation.affine import translations_opening
from territ_desktop.rotation.problem import compile_instance
from territ_desktop.rotation.translations import Space, invariant_rounds


def _meetings(rounds: list[list[list[int]]]) -> Counter[tuple[int, int]]:
    met: Counter[tuple[int, int]] = Counter()
    for seating in rounds:
        for table in seating:
            met.update(combinations(sorted(table), 2))
    return met


@pytest.mark.parametrize("seed", range(4))
def test_32_people_at_tables_of_four_get_ten_rounds_without_repeat(seed: int) -> None:
    rounds = invariant_rounds(2, 5, 2, Random(seed))
    assert rounds is not None and len(rounds) == 10
    for seating in rounds:
        assert sorted(len(table) for table in seating) == [4] * 8
        assert sorted(x for table in seating for x in table) == list(range(32))
    met = _meetings(rounds)
    assert max(met.values()) == 1 and len(met) == 480
    # Everyone misses exactly one person: the pairs left over pair everybody off.
    missed = Counter(x for pair in combinations(range(32), 2) if pair not in met for x in pair)
    assert sorted(missed.values()) == [1] * 32


def test_every_round_is_mapped_onto_itself_by_a_subgroup_of_translations() -> None:
    rounds = invariant_rounds(2, 5, 2, Random(0))
    assert rounds is not None
    space = Space(2, 5, 3)
    for seating in rounds:
        tables = {frozenset(table) for table in seating}
        for h in space.group:
            assert {frozenset(space.add(x, h) for x in table) for table in tables} == tables


def test_a_seed_always_gives_the_same_rounds_and_seeds_differ() -> None:
    first = invariant_rounds(2, 5, 2, Random(7))
    assert first == invariant_rounds(2, 5, 2, Random(7))
    assert first != invariant_rounds(2, 5, 2, Random(8))


def test_a_check_returning_false_stops_the_search() -> None:
    calls: list[int] = []

    def check() -> bool:
        calls.append(1)
        return False

    assert invariant_rounds(2, 5, 2, Random(0), check) is None
    assert len(calls) == 1


@pytest.mark.parametrize(
    "shape",
    [
        (3, 3, 2),  # 27 at tables of 9: tables larger than their number
        (2, 7, 2),  # 128 people: too many for a start-up search
        (2, 5, 0),  # tables of one
    ],
)
def test_shapes_out_of_reach_give_none_at_once(shape: tuple[int, int, int]) -> None:
    assert invariant_rounds(*shape, Random(0)) is None


def test_the_vector_arithmetic_is_digit_by_digit() -> None:
    space = Space(3, 2, 1)
    assert space.add(5, 7) == 0  # (2, 1) + (1, 2) = (0, 0) in GF(3)^2
    assert space.negate(5) == 7
    orbit, count = space.pair_orbits()
    # 36 pairs under the 3 translations of the first coordinate: 12 orbits of 3.
    assert count == 12
    assert orbit[0][1] == orbit[1][2] == orbit[2][0]


def test_the_opening_applies_only_where_no_full_spread_is_known() -> None:
    assert translations_opening(compile_instance(golfers(8, 4, 10))) is not None
    assert translations_opening(compile_instance(golfers(4, 4, 5))) is None  # affine plane
    pinned = replace(golfers(8, 4, 10), pinned=(Pin("p0", "T0"),))
    assert translations_opening(compile_instance(pinned)) is None  # not plain


def test_the_solver_seats_8x4x10_without_repeat_and_knows_it_is_optimal() -> None:
    instance = golfers(8, 4, 10)
    for seed in range(3):
        result = solve(instance, seed=seed, time_limit=60)
        assert result.optimal and result.iterations == 0
        score = score_plan(instance, result.plan)
        assert score.repeats == 0 and score.max_meetings == 1 and score.hard_violations == 0


def test_rounds_beyond_the_most_are_seated_by_the_greedy_start() -> None:
    instance = golfers(8, 4, 11)
    result = solve(instance, seed=0, max_iterations=1)
    score = score_plan(instance, result.plan)
    assert score.hard_violations == 0 and score.max_meetings == 2
    # Ten rounds without repeat plus one: at most the 48 pairs of the last round meet twice.
    assert score.repeats <= 48
