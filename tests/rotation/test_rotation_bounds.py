"""Whether a score is provably the best possible (every goal at its counting bound)."""

from __future__ import annotations

from dataclasses import replace

from golf_instances import golfers

from territ_desktop.rotation import Mode, Options, greedy_plan, proven_optimal, score_plan, solve


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
    # Counting gives no bound on plain repeats here, so "meet the most people" cannot say so.
    meet_most = replace(instance, options=Options(mode=Mode.MEET_MOST))
    assert not proven_optimal(meet_most, score_plan(meet_most, result.plan))


def test_a_broken_constraint_or_a_poor_mix_is_never_optimal() -> None:
    instance = golfers(5, 3, 7)
    score = solve(instance, seed=0, time_limit=30).score
    assert not proven_optimal(instance, replace(score, hard_violations=1))
    assert not proven_optimal(instance, replace(score, mix_deviation=1))
    assert not proven_optimal(instance, replace(score, size_deviation=1))
    assert not proven_optimal(instance, replace(score, max_meetings=2))
