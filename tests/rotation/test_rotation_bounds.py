"""Whether a score is provably the best possible (every goal at its counting bound)."""

from __future__ import annotations

from dataclasses import replace

from golf_instances import golfers

from territ_desktop.rotation import (
    Mode,
    Options,
    PastRound,
    greedy_plan,
    proven_optimal,
    score_plan,
    solve,
)
from territ_desktop.rotation.bounds import lower_bounds


def test_a_plan_without_repeat_is_proven_optimal_and_the_greedy_one_is_not() -> None:
    instance = golfers(5, 3, 7)
    best = solve(instance, seed=0, time_limit=30)
    assert proven_optimal(instance, best.score) and best.optimal
    greedy = score_plan(instance, greedy_plan(instance, seed=0))
    assert greedy.repeats > 0 and not proven_optimal(instance, greedy)


def test_unavoidable_repeats_can_still_be_optimal() -> None:
    # 24 people at 4 tables of 6 for 3 rounds: 24 overlaps at least, and the solver gets there.
    instance = golfers(4, 6, 3)
    result = solve(instance, seed=0, time_limit=30)
    assert result.score.overlaps == 24
    assert proven_optimal(instance, result.score)
    # Counting pairs gives no bound on plain repeats here (180 seats for 276 pairs), but with
    # nobody meeting three times every overlap is a repeat: 24 at least, reached.
    meet_most = replace(instance, options=Options(mode=Mode.MEET_MOST))
    assert lower_bounds(meet_most).repeats == 24
    assert proven_optimal(meet_most, score_plan(meet_most, result.plan))
    assert solve(meet_most, seed=0, time_limit=30).optimal


def test_the_repeats_bound_follows_the_worst_pair_allowed() -> None:
    # History where one pair already met three times: the bound on the worst pair is 3, and a
    # pair meeting three times counts 2 repeats for 3 overlaps.
    history = tuple(PastRound((("p0", "p1"),)) for _ in range(3))
    instance = replace(golfers(4, 6, 3), history=history)
    bounds = lower_bounds(instance)
    # Overlaps: 3 from the history, 8 for each of the 3 pairs of planned rounds (24 people in
    # 16 cells of a 4 × 4 grid). Repeats: 2 × 27 / 3, where counting with two meetings at most
    # would claim 27.
    assert (bounds.max_meetings, bounds.overlaps, bounds.repeats) == (3, 27, 18)


def test_a_broken_constraint_or_a_poor_mix_is_never_optimal() -> None:
    instance = golfers(5, 3, 7)
    score = solve(instance, seed=0, time_limit=30).score
    assert not proven_optimal(instance, replace(score, hard_violations=1))
    assert not proven_optimal(instance, replace(score, mix_deviation=1))
    assert not proven_optimal(instance, replace(score, size_deviation=1))
    assert not proven_optimal(instance, replace(score, max_meetings=2))
