"""Hand edits of a rotation plan (pure functions used by the Petits groupes tab)."""

from __future__ import annotations

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation import Instance, Person, Pin, Plan, Table, score_plan, solve
from territ_desktop.ui.rotation_edits import (
    LOCK_MARK,
    again,
    fit_plan,
    fresh_instance,
    move,
    rename_table,
    swap,
    with_locks,
    without_lock_copies,
)


def _instance(rounds: int = 2) -> Instance:
    people = tuple(
        Person(f"p{i}", list(Audience)[i % 7], organisation=f"Org {i}", label=f"P{i}")
        for i in range(12)
    )
    return Instance(
        rounds=rounds, tables=(Table("A", 4), Table("B", 4), Table("C", 4)), participants=people
    )


def _plan() -> Plan:
    first = {"A": ("p0", "p1", "p2", "p3"), "B": ("p4", "p5", "p6", "p7"), "C": ("p8", "p9")}
    second = {"A": ("p0", "p4", "p8"), "B": ("p1", "p5", "p9"), "C": ("p2", "p6", "p3", "p7")}
    return Plan(rounds=(first, second))


def test_move_and_swap_touch_one_round_only() -> None:
    plan = _plan()
    moved = move(plan, 1, ["p0", "p4"], "C")
    assert moved.rounds[0]["C"] == ("p8", "p9", "p0", "p4")
    assert "p0" not in moved.rounds[0]["A"] and "p4" not in moved.rounds[0]["B"]
    assert moved.rounds[1] == plan.rounds[1]
    swapped = swap(plan, 2, "p0", "p1")
    assert swapped.rounds[1]["A"][0] == "p1" and swapped.rounds[1]["B"][0] == "p0"
    assert swapped.rounds[0] == plan.rounds[0]


def test_rename_and_fit_follow_the_instance() -> None:
    plan = rename_table(_plan(), "B", "Bis")
    assert list(plan.rounds[0]) == ["A", "Bis", "C"]
    instance = _instance(rounds=3)
    fitted = fit_plan(_plan(), instance)
    assert len(fitted.rounds) == 3 and fitted.rounds[2] == {"A": (), "B": (), "C": ()}
    fewer = Instance(rounds=1, tables=(Table("A", 4), Table("D", 4)), participants=())
    assert fit_plan(_plan(), fewer).rounds == ({"A": ("p0", "p1", "p2", "p3"), "D": ()},)


def test_fresh_instance_drops_links_to_people_gone() -> None:
    settings = Instance(
        rounds=2,
        tables=(Table("A", 4),),
        participants=(Person("x"), Person("y"), Person("z")),
        keep_apart=(("x", "y"), ("x", "y", "z")),
        pinned=(Pin("z", "A"),),
    )
    fresh = fresh_instance(settings, [Person("x"), Person("y")], ())
    assert fresh.keep_apart == (("x", "y"), ("x", "y"))
    assert fresh.pinned == ()


def test_again_lists_tablemates_met_in_another_round() -> None:
    met = again(_plan(), _instance(), 2)
    assert met["p2"] == ["p3"]  # together at A in round 1, at C in round 2
    assert met["p0"] == []
    assert again(_plan(), _instance(), 2, earlier=True)["p2"] == []  # no earlier workshop


def test_locked_people_keep_their_seat_after_a_solve() -> None:
    instance, plan = _instance(), _plan()
    locks = {(1, "p0"), (1, "p4"), (2, "p2")}
    locked = with_locks(instance, plan, locks)
    assert any(LOCK_MARK in p.id for p in locked.participants)
    result = solve(locked, seed=3, max_iterations=200)
    back = without_lock_copies(result.plan)
    assert back.table_of("p0", 1) == "A"
    assert back.table_of("p4", 1) == "B"
    assert back.table_of("p2", 2) == "C"
    assert score_plan(instance, back).hard_violations == 0
    assert not any(LOCK_MARK in pid for r in back.rounds for ids in r.values() for pid in ids)


def test_locks_keep_people_apart_through_their_stand_ins() -> None:
    instance = Instance(
        rounds=2,
        tables=(Table("A", 3), Table("B", 3)),
        participants=tuple(Person(f"p{i}") for i in range(6)),
        keep_apart=(("p0", "p1"),),
    )
    plan = Plan(rounds=({"A": ("p0", "p2", "p3"), "B": ("p1", "p4", "p5")},) * 2)
    result = solve(with_locks(instance, plan, {(1, "p0")}), seed=1, max_iterations=100)
    back = without_lock_copies(result.plan)
    assert back.table_of("p0", 1) == "A"
    assert back.table_of("p1", 1) != "A"
    assert score_plan(instance, back).hard_violations == 0
