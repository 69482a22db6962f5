"""Property tests: invariants of every plan, and the incremental costs against a fresh count."""

from __future__ import annotations

from random import Random

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation import (
    Absence,
    Instance,
    Mode,
    Options,
    PastRound,
    Person,
    Pin,
    Plan,
    RotationInfeasibleError,
    Table,
    replan,
    score_plan,
    solve,
    validate,
)
from territ_desktop.rotation.delta import delta
from territ_desktop.rotation.greedy import greedy_assignment
from territ_desktop.rotation.problem import compile_instance
from territ_desktop.rotation.search import TabuSearch
from territ_desktop.rotation.solver import assignment_to_plan
from territ_desktop.rotation.state import State

SLOW_GUARD = 60.0
ORGS = ["", "", "", "ARS", "Mairie", "CCAS"]


@st.composite
def instances(draw: st.DrawFn) -> Instance:
    tables = tuple(Table(f"T{t}", draw(st.integers(3, 6))) for t in range(draw(st.integers(2, 4))))
    seats = sum(t.capacity for t in tables)
    n = draw(st.integers(2, seats - len(tables)))
    rounds = draw(st.integers(1, 3))
    people = tuple(
        Person(f"p{i}", draw(st.sampled_from(list(Audience))), draw(st.sampled_from(ORGS)))
        for i in range(n)
    )
    ids = [p.id for p in people]
    pairs = st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True).map(tuple)
    keep_apart = tuple(draw(st.lists(pairs, max_size=2)))
    keep_together = tuple(draw(st.lists(pairs, max_size=1)))
    pins = tuple(
        Pin(pid, draw(st.sampled_from(tables)).name)
        for pid in draw(st.lists(st.sampled_from(ids), max_size=2, unique=True))
    )
    absent = frozenset(
        Absence(pid, r)
        for pid, r in draw(
            st.lists(st.tuples(st.sampled_from(ids), st.integers(1, rounds)), max_size=3)
        )
    )
    history = tuple(
        PastRound(groups=tuple(tuple(ids[k::3]) for k in range(3)), tables=("T0", "T1", "X"))
        for _ in range(draw(st.integers(0, 2)))
    )
    options = Options(
        separate_organisations=draw(st.booleans()),
        world_cafe=draw(st.booleans()),
        mode=draw(st.sampled_from(list(Mode))),
        mix_first=draw(st.booleans()),
    )
    instance = Instance(
        rounds, tables, people, keep_apart, keep_together, pins, absent, history, options
    )
    try:
        validate(instance)
    except RotationInfeasibleError:
        assume(False)
    return instance


def check_invariants(instance: Instance, plan: Plan) -> None:
    pins = {pin.participant: pin.table for pin in instance.pinned}
    capacity = {t.name: t.capacity for t in instance.tables}
    assert len(plan.rounds) == instance.rounds
    for r, round_plan in enumerate(plan.rounds, start=1):
        seated = [pid for ids in round_plan.values() for pid in ids]
        assert len(seated) == len(set(seated)), "someone seated twice"
        for person in instance.participants:
            assert (person.id in seated) == instance.is_present(person.id, r)
        for table, ids in round_plan.items():
            assert len(ids) <= capacity[table]
            for pid in ids:
                assert pins.get(pid, table) == table
        for group in instance.keep_apart:
            tables = [plan.table_of(pid, r) for pid in group]
            assert None in tables or len(set(tables)) == len(tables)


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.filter_too_much],
)
@given(instances(), st.integers(0, 3))
def test_every_plan_keeps_the_hard_constraints(instance: Instance, seed: int) -> None:
    result = solve(instance, seed=seed, time_limit=SLOW_GUARD, max_iterations=150)
    check_invariants(instance, result.plan)
    assert result.score.hard_violations == 0, result.score.violations
    assert score_plan(instance, result.plan) == result.score


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.filter_too_much],
)
@given(instances(), st.integers(0, 3), st.data())
def test_replanning_never_changes_a_played_round(
    instance: Instance, seed: int, data: st.DataObject
) -> None:
    current = solve(instance, seed=seed, time_limit=SLOW_GUARD, max_iterations=50).plan
    from_round = data.draw(st.integers(1, instance.rounds))
    pinned = {pin.participant for pin in instance.pinned}
    movable = [p.id for p in instance.participants if p.id not in pinned]
    no_shows = data.draw(st.lists(st.sampled_from(movable), max_size=1)) if movable else []
    latecomer = Person("late", Audience.CITOYEN, "Nouvelle")
    seats = sum(t.capacity for t in instance.tables)
    arrivals = [latecomer] if len(instance.participants) < seats else []
    result = replan(
        instance,
        current,
        from_round,
        arrivals=arrivals,
        no_shows=no_shows,
        seed=seed,
        time_limit=SLOW_GUARD,
        max_iterations=50,
    )
    assert result.plan.rounds[: from_round - 1] == current.rounds[: from_round - 1]
    check_invariants(result.instance, result.plan)
    for r in range(from_round, instance.rounds + 1):
        for pid in no_shows:
            assert result.plan.table_of(pid, r) is None
        if arrivals:
            assert result.plan.table_of("late", r) is not None


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.filter_too_much],
)
@given(instances(), st.integers(0, 1000))
def test_incremental_costs_match_a_fresh_count(instance: Instance, seed: int) -> None:
    pb = compile_instance(instance)
    rng = Random(seed)
    state = State(pb, greedy_assignment(pb, rng))
    search = TabuSearch(state, rng, lambda _: False)
    for _ in range(25):
        search.iteration += 1
        candidates = search._candidates()
        if not candidates:
            break
        chosen = search._choose(candidates, state.cost, -(1 << 8192))
        if chosen is None:
            break
        r, moves, change = chosen
        assert delta(state, r, moves) == change
        before = state.cost
        search._make(r, moves)
        assert state.cost - before == change
    fresh = State(pb, state.tab)
    totals = ("pair_cost", "levels", "mix", "size_dev", "hard", "wc", "meet", "visits")
    for name in (*totals, "gain", "loss", "mix_out", "mix_in", "step_in", "step_out"):
        assert getattr(state, name) == getattr(fresh, name), name
    assert state.true_cost() == fresh.true_cost()
    score = score_plan(instance, assignment_to_plan(pb, state.tab))
    assert score.max_meetings == state.max_meetings()
    assert score.overlaps == state.overlaps()
    assert score.repeats == state.repeats()
    assert score.mix_deviation == state.mix
    assert score.size_deviation == state.size_dev
    assert score.table_repeats == state.wc
    assert (score.hard_violations == 0) == (state.hard == 0)
