"""The search itself: greedy start, search costs against the exact order, tuning."""

from __future__ import annotations

from random import Random

from golf_instances import golfers

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation import (
    Instance,
    Person,
    Pin,
    Table,
    greedy_plan,
    score_plan,
    solve,
)
from territ_desktop.rotation.greedy import greedy_assignment
from territ_desktop.rotation.problem import compile_instance
from territ_desktop.rotation.search import Tuning
from territ_desktop.rotation.solver import assignment_to_plan
from territ_desktop.rotation.state import State


def test_greedy_seats_the_most_constrained_first() -> None:
    # p6 can only sit at T1 (kept from p2, pinned at T0), so p7 (kept from p6) only at T0, so
    # p3 (p7's colleague) only at T1: taken in a bad order, someone breaks a constraint.
    people = [Person(f"p{i}", Audience.ELU) for i in range(8)]
    people[3] = Person("p3", Audience.ELU, "Mairie")
    people[7] = Person("p7", Audience.AUTRE, "Mairie")
    people[6] = Person("p6", Audience.ELU, "ARS")
    instance = Instance(
        rounds=2,
        tables=(Table("T0", 5), Table("T1", 5)),
        participants=tuple(people),
        keep_apart=(("p2", "p6"), ("p7", "p6")),
        pinned=(Pin("p2", "T0"),),
    )
    for seed in range(8):
        score = score_plan(instance, greedy_plan(instance, seed=seed))
        assert score.hard_violations == 0, score.violations


def test_search_costs_count_meetings_linearly_and_the_exact_order_puts_the_worst_first() -> None:
    pb = compile_instance(golfers(4, 4, 5))
    assert pb.threshold == 1
    # Each meeting above the bound weighs the same in the search...
    assert pb.g[3] - pb.g[2] == pb.g[2] - pb.g[1] > 0
    # ...while in the exact order one pair meeting three times outweighs all pairs meeting twice.
    pairs = pb.n * (pb.n - 1) // 2
    assert pb.g_true[3] > pairs * pb.g_true[2]


def test_exact_cost_puts_the_worst_pair_first_like_the_score() -> None:
    instance = golfers(3, 4, 6)
    pb = compile_instance(instance)
    states = [State(pb, greedy_assignment(pb, Random(seed))) for seed in range(12)]
    for a in states:
        for b in states:
            score_a = score_plan(instance, assignment_to_plan(pb, a.tab))
            score_b = score_plan(instance, assignment_to_plan(pb, b.tab))
            if score_a.max_meetings < score_b.max_meetings:
                assert a.true_cost() < b.true_cost()


def test_best_plan_is_kept_by_the_exact_order() -> None:
    instance = golfers(4, 4, 6)
    result = solve(instance, seed=2, time_limit=60.0, max_iterations=400)
    # Whatever the search crossed, the plan returned has no pair meeting three times when a
    # plan with pairs meeting at most twice was seen (the greedy start already has one here).
    start = score_plan(instance, greedy_plan(instance, seed=2))
    assert start.max_meetings <= 2
    assert result.score.max_meetings <= 2


def test_tuning_depends_on_the_size() -> None:
    assert Tuning.for_people(15).sample == 30
    assert Tuning.for_people(15).tenure_max == 12
    assert Tuning.for_people(100) == Tuning()


def test_tables_are_mixed_by_default() -> None:
    kinds = list(Audience)
    people = tuple(Person(f"p{i:02d}", kinds[i % 7], f"Org {i % 5}") for i in range(28))
    instance = Instance(
        rounds=3,
        tables=tuple(Table(f"T{t}", 7) for t in range(4)),
        participants=people,
    )
    assert instance.options.mix_first
    result = solve(instance, seed=0, time_limit=60.0, max_iterations=600)
    assert result.score.hard_violations == 0
    assert result.score.mix_deviation == 0
