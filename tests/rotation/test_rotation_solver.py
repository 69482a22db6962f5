"""The solver on known cases: optima reached, constraints held, errors explained in French."""

from __future__ import annotations

from itertools import count

import pytest
from golf_instances import golfers

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.errors import UserError
from territ_desktop.rotation import (
    Absence,
    Instance,
    Mode,
    Options,
    Person,
    Pin,
    RotationInfeasibleError,
    RotationInputError,
    Score,
    Table,
    greedy_plan,
    score_plan,
    solve,
    time_budget,
)

# Generous wall-clock limits: the iteration limits decide, the clock only guards a slow machine.
SLOW_GUARD = 60.0


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_kirkman_schoolgirls_solved(seed: int) -> None:
    result = solve(golfers(5, 3, 7), seed=seed, time_limit=SLOW_GUARD, max_iterations=30_000)
    assert result.score.repeats == 0
    assert result.score.max_meetings == 1
    assert result.optimal
    assert score_plan(result.instance, result.plan) == result.score


def test_six_by_five_by_four_solved() -> None:
    result = solve(golfers(6, 5, 4), seed=3, time_limit=SLOW_GUARD, max_iterations=5_000)
    assert (result.score.repeats, result.optimal) == (0, True)


def test_bigger_tables_than_tables_reach_overlap_bound() -> None:
    result = solve(golfers(4, 6, 3), seed=0, time_limit=SLOW_GUARD, max_iterations=5_000)
    assert result.score.overlaps == 24
    assert result.score.max_meetings == 2
    assert result.optimal


def test_same_seed_same_plan() -> None:
    instance = golfers(8, 4, 6)
    first = solve(instance, seed=7, time_limit=SLOW_GUARD, max_iterations=300)
    second = solve(instance, seed=7, time_limit=SLOW_GUARD, max_iterations=300)
    assert first.plan == second.plan
    assert first.iterations == second.iterations


def test_greedy_plan_is_valid_and_search_improves_it() -> None:
    instance = golfers(5, 3, 7)
    baseline = score_plan(instance, greedy_plan(instance, seed=0))
    solved = solve(instance, seed=0, time_limit=SLOW_GUARD, max_iterations=30_000).score
    assert baseline.hard_violations == 0
    assert solved.repeats < baseline.repeats


def test_progress_can_cancel() -> None:
    calls: list[tuple[float, Score]] = []

    def progress(fraction: float, best: Score) -> bool:
        calls.append((fraction, best))
        return False

    # 8 x 4 x 10 takes its opening step (about half a second for seed 0), so the first
    # report (after 0.1 s) comes while it runs, and cancelling stops it.
    result = solve(golfers(8, 4, 10), seed=0, time_limit=SLOW_GUARD, progress=progress)
    assert result.cancelled
    assert len(calls) == 1
    assert 0.0 <= calls[0][0] <= 1.0
    assert calls[0][1].hard_violations == 0
    assert result.score.hard_violations == 0


def workshop() -> Instance:
    kinds = list(Audience)
    people = [Person(f"anim{t}", Audience.AUTRE, "Ireps") for t in range(4)]
    people += [
        Person(f"p{i:02d}", kinds[i % len(kinds)], f"Org {i % 9}" if i % 3 else "")
        for i in range(26)
    ]
    tables = (Table("Accès aux soins", 8), Table("Santé mentale", 8), Table("Jeunes", 8))
    tables += (Table("Environnement", 7),)
    return Instance(
        rounds=3,
        tables=tables,
        participants=tuple(people),
        keep_apart=(("p00", "p01"), ("p02", "p03")),
        keep_together=(("p04", "p05"),),
        pinned=tuple(Pin(f"anim{t}", tables[t].name) for t in range(4)),
        absent=frozenset({Absence("p06", 1), Absence("p07", 2), Absence("p08", 3)}),
        options=Options(mix_first=True),
    )


def test_workshop_constraints_hold() -> None:
    instance = workshop()
    result = solve(instance, seed=1, time_limit=SLOW_GUARD, max_iterations=300)
    score = result.score
    assert score.hard_violations == 0, score.violations
    assert score.mix_deviation == 0
    assert score.size_deviation == 0
    assert score.max_meetings <= 2  # p04 and p05 always meet, which does not count
    for r, round_plan in enumerate(result.plan.rounds, start=1):
        for t in range(4):
            assert f"anim{t}" in round_plan[instance.tables[t].name]
        assert result.plan.table_of("p04", r) == result.plan.table_of("p05", r)
    assert result.plan.table_of("p06", 1) is None


def test_world_cafe_visits_every_theme_once() -> None:
    instance = golfers(4, 4, 4, options=Options(world_cafe=True))
    result = solve(instance, seed=0, time_limit=SLOW_GUARD, max_iterations=300)
    assert result.score.table_repeats == 0


def test_meet_most_mode() -> None:
    instance = golfers(3, 4, 4, options=Options(mode=Mode.MEET_MOST))
    result = solve(instance, seed=0, time_limit=SLOW_GUARD, max_iterations=3_000)
    # 12 people meet 3 each per round: 4 rounds need 72 meetings among 66 pairs.
    assert result.score.hard_violations == 0
    assert result.score.repeats >= 6


def test_too_many_people_is_explained() -> None:
    instance = golfers(2, 3, 1)
    smaller = Instance(
        rounds=1, tables=(Table("A", 3), Table("B", 2)), participants=instance.participants
    )
    with pytest.raises(RotationInfeasibleError, match="6 personnes présentes pour 5 places"):
        solve(smaller)


def test_contradictory_constraints_are_explained() -> None:
    base = golfers(2, 3, 1)
    with pytest.raises(RotationInfeasibleError, match="doivent être séparés"):
        solve(
            Instance(
                rounds=1,
                tables=base.tables,
                participants=base.participants,
                keep_apart=(("p0", "p2"),),
                keep_together=(("p0", "p1"), ("p1", "p2")),
            )
        )
    with pytest.raises(RotationInfeasibleError, match="fixés à des tables différentes"):
        solve(
            Instance(
                rounds=1,
                tables=base.tables,
                participants=base.participants,
                keep_together=(("p0", "p1"),),
                pinned=(Pin("p0", "T0"), Pin("p1", "T1")),
            )
        )
    with pytest.raises(RotationInfeasibleError, match="qui n'a que 3 places"):
        solve(
            Instance(
                rounds=1,
                tables=base.tables,
                participants=base.participants,
                pinned=tuple(Pin(f"p{i}", "T0") for i in range(4)),
            )
        )


def test_unknown_identifiers_are_input_errors() -> None:
    base = golfers(2, 3, 1)
    with pytest.raises(RotationInputError, match="participant inconnu « zz »"):
        solve(
            Instance(
                rounds=1,
                tables=base.tables,
                participants=base.participants,
                keep_apart=(("p0", "zz"),),
            )
        )
    with pytest.raises(UserError, match="table inconnue « T9 »"):
        solve(
            Instance(
                rounds=1,
                tables=base.tables,
                participants=base.participants,
                pinned=(Pin("p0", "T9"),),
            )
        )


def test_big_organisation_is_relaxed_with_a_warning() -> None:
    people = tuple(Person(f"m{i}", organisation="Mairie") for i in range(5))
    people += tuple(Person(f"x{i}") for i in range(5))
    instance = Instance(rounds=2, tables=(Table("A", 5), Table("B", 5)), participants=people)
    result = solve(instance, seed=0, time_limit=SLOW_GUARD, max_iterations=500)
    assert result.score.hard_violations == 0
    assert any("« Mairie »" in w and "3 au plus" in w for w in result.warnings)


def test_colleagues_kept_apart_by_default() -> None:
    people = tuple(Person(f"m{i}", organisation="ARS") for i in range(3))
    people += tuple(Person(f"x{i}") for i in range(6))
    instance = Instance(
        rounds=3, tables=tuple(Table(f"T{t}", 3) for t in range(3)), participants=people
    )
    result = solve(instance, seed=0, time_limit=SLOW_GUARD, max_iterations=500)
    for round_plan in result.plan.rounds:
        for ids in round_plan.values():
            assert sum(pid.startswith("m") for pid in ids) == 1


def test_nowhere_to_sit_is_explained() -> None:
    base = golfers(2, 3, 1)
    with pytest.raises(RotationInfeasibleError, match="aucune table possible pour « p1 »"):
        solve(
            Instance(
                rounds=1,
                tables=base.tables,
                participants=base.participants,
                keep_apart=(("p0", "p1"), ("p1", "p2")),
                pinned=(Pin("p2", "T0"), Pin("p0", "T1")),
            )
        )


@pytest.mark.parametrize(("shape", "budget"), [((5, 4, 7), 2.0), ((10, 10, 6), 10.0)])
def test_without_a_time_limit_the_search_gets_the_budget_for_its_size(
    shape: tuple[int, int, int], budget: float
) -> None:
    # Issue 5: 2 s up to 60 people, 10 s up to 120. A fake clock moves half a second per look,
    # so the run is quick whatever the machine.
    assert time_budget(60) == 2.0 and time_budget(61) == 10.0
    ticks = count()
    result = solve(golfers(*shape), seed=0, clock=lambda: next(ticks) * 0.5)
    assert not result.optimal
    assert budget <= result.seconds <= budget + 2.0
