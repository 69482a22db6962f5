"""Re-planning after a no-show or a late arrival."""

from __future__ import annotations

import pytest

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation import (
    Absence,
    Instance,
    Person,
    Plan,
    RotationInputError,
    Table,
    replan,
    solve,
    with_changes,
)

SLOW_GUARD = 60.0


def workshop() -> Instance:
    kinds = list(Audience)
    return Instance(
        rounds=4,
        tables=tuple(Table(f"T{t}", 5) for t in range(4)),
        participants=tuple(Person(f"p{i:02d}", kinds[i % 7]) for i in range(16)),
    )


def moves(before: Plan, after: Plan, rounds: range, ids: set[str]) -> int:
    return sum(
        1
        for r in rounds
        for pid in ids
        if before.table_of(pid, r) is not None
        and after.table_of(pid, r) is not None
        and before.table_of(pid, r) != after.table_of(pid, r)
    )


def test_no_show_moves_nobody() -> None:
    instance = workshop()
    current = solve(instance, seed=0, time_limit=SLOW_GUARD, max_iterations=500).plan
    result = replan(
        instance, current, 3, no_shows=["p03"], seed=0, time_limit=SLOW_GUARD, max_iterations=300
    )
    assert result.plan.rounds[:2] == current.rounds[:2]
    assert result.plan.table_of("p03", 2) == current.table_of("p03", 2)
    assert result.plan.table_of("p03", 3) is None
    assert result.plan.table_of("p03", 4) is None
    assert moves(current, result.plan, range(3, 5), {p.id for p in instance.participants}) == 0
    assert Absence("p03", 4) in result.instance.absent


def test_late_arrival_is_seated_without_moving_others() -> None:
    instance = workshop()
    current = solve(instance, seed=1, time_limit=SLOW_GUARD, max_iterations=500).plan
    late = Person("late", Audience.ELU, "Mairie")
    result = replan(
        instance, current, 2, arrivals=[late], seed=0, time_limit=SLOW_GUARD, max_iterations=300
    )
    assert result.plan.rounds[0] == current.rounds[0]
    assert result.plan.table_of("late", 1) is None
    for r in range(2, 5):
        assert result.plan.table_of("late", r) is not None
    assert moves(current, result.plan, range(2, 5), {p.id for p in instance.participants}) == 0
    assert result.score.hard_violations == 0


def test_arrival_that_forces_a_move_moves_few() -> None:
    # Full tables but one seat; the latecomer's colleague sits at the only table with room.
    people = tuple(Person(f"p{i}", organisation="Org" if i == 0 else "") for i in range(7))
    instance = Instance(rounds=2, tables=(Table("A", 4), Table("B", 4)), participants=people)
    current = Plan(
        rounds=(
            {"A": ("p1", "p2", "p3", "p4"), "B": ("p0", "p5", "p6")},
            {"A": ("p1", "p2", "p5", "p6"), "B": ("p0", "p3", "p4")},
        )
    )
    late = Person("late", organisation="org")
    result = replan(
        instance, current, 1, arrivals=[late], seed=0, time_limit=SLOW_GUARD, max_iterations=300
    )
    assert result.score.hard_violations == 0
    everyone = {p.id for p in people}
    # One person per round moves to the other table to free a seat away from the colleague.
    assert moves(current, result.plan, range(1, 3), everyone) == 2


def test_registered_latecomer_loses_absences() -> None:
    instance = Instance(
        rounds=3,
        tables=(Table("A", 3), Table("B", 3)),
        participants=tuple(Person(f"p{i}") for i in range(5)),
        absent=frozenset({Absence("p4", r) for r in (1, 2, 3)}),
    )
    updated = with_changes(instance, 2, arrivals=[Person("p4")])
    assert updated.absent == frozenset({Absence("p4", 1)})


def test_bad_round_is_refused() -> None:
    instance = workshop()
    current = solve(instance, seed=0, time_limit=SLOW_GUARD, max_iterations=10).plan
    with pytest.raises(RotationInputError, match="compris entre 1 et 4"):
        replan(instance, current, 5)
    with pytest.raises(RotationInputError, match="participant inconnu « zz »"):
        replan(instance, current, 2, no_shows=["zz"])
