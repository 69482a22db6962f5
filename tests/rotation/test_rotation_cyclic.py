"""Turns of one base round: Kirkman's schoolgirls and other small plain instances."""

from __future__ import annotations

from dataclasses import replace
from math import comb
from random import Random

import pytest
from golf_instances import golfers
from hypothesis import given, settings
from hypothesis import strategies as st

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation import Instance, Person, Pin, Table, greedy_plan, score_plan, solve
from territ_desktop.rotation.cyclic import _orbits, cyclic_start
from territ_desktop.rotation.plain import is_plain
from territ_desktop.rotation.problem import compile_instance
from territ_desktop.rotation.solver import built_start


@pytest.mark.parametrize("shape", [(5, 3, 7), (10, 4, 3), (8, 3, 11)])
def test_turns_of_a_base_round_seat_nobody_twice_with_the_same_person(
    shape: tuple[int, int, int],
) -> None:
    instance = golfers(*shape)
    pb = compile_instance(instance)
    for seed in range(4):
        tab = cyclic_start(pb, Random(seed))
        assert tab is not None
        for row in tab:
            assert sorted(row.count(t) for t in range(pb.tables)) == [shape[1]] * shape[0]
        plan = greedy_plan(instance, seed=seed, constructions=True)
        score = score_plan(instance, plan)
        assert score.repeats == 0 and score.hard_violations == 0


def test_kirkman_is_solved_at_the_start_whatever_the_seed() -> None:
    instance = golfers(5, 3, 7)
    for seed in range(20):
        result = solve(instance, seed=seed, time_limit=30)
        assert result.optimal and result.score.repeats == 0 and result.iterations == 0


def test_the_base_round_counts_every_pair_in_exactly_one_orbit() -> None:
    # 30 people over 4 rounds: 7 orbits of 4 and 2 fixed points. Pairs two turns apart inside an
    # orbit form orbits of 2 (seated together once in the base round, they meet twice).
    key, size = _orbits(30, 4, 28)
    assert sum(size) == comb(30, 2)
    assert size[key[0][2]] == 2 and size[key[0][1]] == 4
    assert key[0][1] == key[0][3] == key[1][2]
    assert size[key[28][29]] == 1 and size[key[0][28]] == 4


@pytest.mark.parametrize(
    "shape",
    [
        (4, 6, 3),  # tables larger than their number: some pair must meet twice
        (5, 3, 2),  # two rounds: the greedy start does as well
        (12, 4, 5),  # 48 people: the base round's neighbourhood is too large for a start
    ],
)
def test_no_search_when_it_cannot_help(shape: tuple[int, int, int]) -> None:
    rng = Random(0)
    assert cyclic_start(compile_instance(golfers(*shape)), rng) is None
    assert rng.random() == Random(0).random()  # nothing was drawn: no search ran


KIRKMAN = golfers(5, 3, 7)


@pytest.mark.parametrize(
    "instance",
    [
        replace(KIRKMAN, pinned=(Pin("p0", "T0"),)),
        replace(KIRKMAN, keep_apart=(("p0", "p1"),)),
        replace(KIRKMAN, participants=(Person("p0", Audience.ELU), *KIRKMAN.participants[1:])),
        replace(KIRKMAN, tables=(*KIRKMAN.tables[:4], Table("T4", 4))),
    ],
)
def test_only_plain_instances_are_built(instance: Instance) -> None:
    pb = compile_instance(instance)
    assert not is_plain(pb)
    assert cyclic_start(pb, Random(0)) is None
    assert is_plain(compile_instance(KIRKMAN))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(2, 9), st.integers(2, 5), st.integers(1, 12), st.integers(0, 50))
def test_a_built_start_is_always_a_valid_plan_and_otherwise_the_greedy_one(
    tables: int, size: int, rounds: int, seed: int
) -> None:
    # Plain shapes of every kind: where a construction applies (prime powers, small
    # instances), its start seats everyone once per round at a full table, and nobody twice
    # with the same person when it built every round; where none applies, the start is exactly
    # the greedy one.
    instance = golfers(tables, size, rounds)
    start = score_plan(instance, greedy_plan(instance, seed=seed, constructions=True))
    plain = score_plan(instance, greedy_plan(instance, seed=seed))
    assert start.hard_violations == 0 and start.size_deviation == 0
    built = built_start(compile_instance(instance), seed)
    if built is None:
        assert start == plain
    elif all(t >= 0 for row in built for t in row):
        assert start.repeats == 0
