"""The exact seating of one round (no pair meeting twice) and its use by the search."""

from __future__ import annotations

from random import Random
from typing import Any

import pytest
from golf_instances import golfers

from territ_desktop.rotation import Absence, Instance, Person, Pin, Score, Table, score_plan, solve
from territ_desktop.rotation.exact import (
    completable,
    complete_round,
    drop_round,
    excess_without,
)
from territ_desktop.rotation.problem import compile_instance
from territ_desktop.rotation.search import TabuSearch
from territ_desktop.rotation.solver import assignment_to_plan
from territ_desktop.rotation.state import State


def affine_plane_of_three() -> list[list[int]]:
    """Nine people (x, y) in Z3 × Z3; round k groups them by y - k·x (and round 3 by x)."""
    rounds = [[(y - k * x) % 3 for x in range(3) for y in range(3)] for k in range(3)]
    rounds.append([x for x in range(3) for _ in range(3)])
    return rounds


def test_last_round_of_the_affine_plane_is_found_again() -> None:
    instance = golfers(3, 3, 4)
    pb = compile_instance(instance)
    tab = affine_plane_of_three()
    tab[3] = tab[0][:]  # the last round spoilt: everyone meets their first-round group again
    state = State(pb, tab)
    assert completable(state, 3)
    assert excess_without(state, 3) == 0
    assert excess_without(state, 1) > 0
    for seed in range(4):
        row = complete_round(state, 3, Random(seed))
        assert row is not None
        tab[3] = row
        score = score_plan(instance, assignment_to_plan(pb, tab))
        assert (score.repeats, score.hard_violations) == (0, 0)


def test_no_seating_is_reported_as_none() -> None:
    # Four people, two tables of two: after the three ways to pair them, everyone has met.
    pb = compile_instance(golfers(2, 2, 4))
    tab = [[0, 0, 1, 1], [0, 1, 0, 1], [0, 1, 1, 0], [0, 0, 1, 1]]
    assert complete_round(State(pb, tab), 3, Random(0)) is None


def test_pinned_people_stay_and_colleagues_rule_it_out() -> None:
    tables = (Table("T0", 3), Table("T1", 3), Table("T2", 3))
    people = tuple(Person(f"p{i}") for i in range(9))
    pinned = Instance(rounds=2, tables=tables, participants=people, pinned=(Pin("p0", "T0"),))
    tab = [[0, 0, 0, 1, 1, 1, 2, 2, 2], [0, 0, 0, 1, 1, 1, 2, 2, 2]]
    state = State(compile_instance(pinned), tab)
    assert completable(state, 1)
    row = complete_round(state, 1, Random(0))
    assert row is not None and row[0] == 0
    tab[1] = row
    assert score_plan(pinned, assignment_to_plan(state.pb, tab)).repeats == 0
    colleagues = Instance(
        rounds=2,
        tables=tables,
        participants=(Person("a", organisation="ARS"), Person("b", organisation="ARS")),
    )
    assert not completable(State(compile_instance(colleagues), [[0, 1], [0, 1]]), 1)


def test_drop_round_moves_the_later_absences_up() -> None:
    instance = golfers(2, 2, 3, absent=frozenset({Absence("p0", 1), Absence("p1", 3)}))
    assert drop_round(instance, 1).absent == frozenset({Absence("p0", 1), Absence("p1", 2)})
    assert drop_round(instance, 0).absent == frozenset({Absence("p1", 2)})
    assert drop_round(instance, 2).rounds == 2


def test_ten_tables_of_ten_for_four_rounds_are_solved() -> None:
    # Two orthogonal Latin squares of order 10: the local search alone stalls a few repeats
    # away; the last round seated by the exact search closes the gap.
    result = solve(golfers(10, 10, 4), seed=1, time_limit=60.0, max_iterations=20_000)
    assert result.score.repeats == 0
    assert result.score.hard_violations == 0
    assert result.optimal


def test_the_exact_search_stops_when_told() -> None:
    instance = golfers(3, 3, 4)
    pb = compile_instance(instance)
    tab = affine_plane_of_three()
    tab[3] = tab[0][:]
    calls: list[int] = []

    def check() -> bool:
        calls.append(1)
        return False

    # Too small to reach the first check: the answer comes anyway.
    assert complete_round(State(pb, tab), 3, Random(0), check=check) is not None
    big = golfers(10, 10, 4)
    state = State(compile_instance(big), [[p // 10 for p in range(100)]] * 4)
    assert complete_round(state, 3, Random(0), check=check) is None
    assert calls == [1]


def test_progress_goes_on_and_cancel_holds_while_seating_exactly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    peeling = []
    peel = TabuSearch._peel

    def watched(self: TabuSearch, *args: Any) -> tuple[list[list[int]] | None, bool]:
        peeling.append(True)
        found, cancelled = peel(self, *args)
        peeling.pop()
        return found, cancelled

    monkeypatch.setattr(TabuSearch, "_peel", watched)
    ticks = iter(range(10**9))

    def clock() -> float:  # 20 ms at each reading: a report every few steps
        return next(ticks) / 50

    seen: list[bool] = []

    def progress(_fraction: float, score: Score) -> bool:
        assert score.hard_violations == 0
        seen.append(bool(peeling))
        return not peeling  # cancel as soon as a report comes from the exact search

    result = solve(golfers(10, 10, 4), seed=1, time_limit=10**6, progress=progress, clock=clock)
    assert seen[-1] is True
    assert result.cancelled
    assert result.score.hard_violations == 0
