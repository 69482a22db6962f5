"""The independent scorer, on examples computed by hand."""

from __future__ import annotations

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation import (
    Absence,
    Instance,
    Options,
    PastRound,
    Person,
    Pin,
    Plan,
    Table,
    score_plan,
)


def people(*ids: str, audience: Audience = Audience.AUTRE) -> tuple[Person, ...]:
    return tuple(Person(pid, audience) for pid in ids)


def two_tables(rounds: int = 2, **kwargs: object) -> Instance:
    return Instance(
        rounds=rounds,
        tables=(Table("T1", 2), Table("T2", 2)),
        participants=people("a", "b", "c", "d"),
        **kwargs,  # type: ignore[arg-type]
    )


def test_pairs_meeting_twice() -> None:
    plan = Plan(rounds=({"T1": ("a", "b"), "T2": ("c", "d")},) * 2)
    score = score_plan(two_tables(), plan)
    assert score.hard_violations == 0
    assert score.violations == ()
    assert score.max_meetings == 2
    assert score.repeated_pairs == 2
    assert score.repeats == 2
    assert score.overlaps == 2


def test_three_meetings_count_three_overlaps() -> None:
    plan = Plan(rounds=({"T1": ("a", "b"), "T2": ("c", "d")},) * 3)
    score = score_plan(two_tables(rounds=3), plan)
    assert score.max_meetings == 3
    assert score.repeated_pairs == 2
    assert score.repeats == 4  # 2 pairs x (3 - 1)
    assert score.overlaps == 6  # 2 pairs x C(3, 2)


def test_history_counts() -> None:
    history = (PastRound(groups=(("a", "c"), ("b", "d"))),)
    plan = Plan(rounds=({"T1": ("a", "c"), "T2": ("b", "d")}, {"T1": ("a", "b"), "T2": ("c", "d")}))
    score = score_plan(two_tables(history=history), plan)
    # a-c and b-d meet twice (history + round 1), a-b and c-d once.
    assert (score.max_meetings, score.repeated_pairs, score.overlaps) == (2, 2, 2)


def test_no_repeat() -> None:
    plan = Plan(rounds=({"T1": ("a", "b"), "T2": ("c", "d")}, {"T1": ("a", "c"), "T2": ("b", "d")}))
    score = score_plan(two_tables(), plan)
    assert (score.max_meetings, score.repeats, score.overlaps, score.repeated_pairs) == (1, 0, 0, 0)


def test_mix_deviation() -> None:
    instance = Instance(
        rounds=1,
        tables=(Table("T1", 2), Table("T2", 2)),
        participants=people("e1", "e2", audience=Audience.ELU)
        + people("c1", "c2", audience=Audience.CITOYEN),
    )
    # Each audience has 2 of 4 people, each table 2 seats: fair share exactly 1 of each.
    apart = Plan(rounds=({"T1": ("e1", "e2"), "T2": ("c1", "c2")},))
    mixed = Plan(rounds=({"T1": ("e1", "c1"), "T2": ("e2", "c2")},))
    assert score_plan(instance, apart).mix_deviation == 4
    assert score_plan(instance, mixed).mix_deviation == 0


def test_size_deviation() -> None:
    instance = Instance(
        rounds=1,
        tables=(Table("T1", 4), Table("T2", 4)),
        participants=people("a", "b", "c", "d", "e", "f"),
    )
    uneven = Plan(rounds=({"T1": ("a", "b", "c", "d"), "T2": ("e", "f")},))
    even = Plan(rounds=({"T1": ("a", "b", "c"), "T2": ("d", "e", "f")},))
    # Even sizes are 2 or 3 per table (3 + 3 = 6): the table of 4 is one over.
    assert score_plan(instance, uneven).size_deviation == 1
    assert score_plan(instance, even).size_deviation == 0


def test_size_deviation_respects_capacities() -> None:
    instance = Instance(
        rounds=1,
        tables=(Table("T1", 2), Table("T2", 6)),
        participants=people("a", "b", "c", "d", "e", "f"),
    )
    plan = Plan(rounds=({"T1": ("a", "b"), "T2": ("c", "d", "e", "f")},))
    assert score_plan(instance, plan).size_deviation == 0


def test_pinned_people_left_out_of_pairs_and_mix() -> None:
    instance = Instance(
        rounds=2,
        tables=(Table("T1", 3), Table("T2", 3)),
        participants=people("anim", "a", "b", "c", "d"),
        pinned=(Pin("anim", "T1"),),
    )
    plan = Plan(
        rounds=(
            {"T1": ("anim", "a", "b"), "T2": ("c", "d")},
            {"T1": ("anim", "a", "c"), "T2": ("b", "d")},
        )
    )
    score = score_plan(instance, plan)
    assert score.hard_violations == 0
    assert score.max_meetings == 1  # a meets anim twice, which does not count
    assert score.mix_deviation == 0


def test_table_repeats() -> None:
    instance = two_tables(options=Options(world_cafe=True))
    plan = Plan(rounds=({"T1": ("a", "b"), "T2": ("c", "d")}, {"T1": ("a", "c"), "T2": ("b", "d")}))
    assert score_plan(instance, plan).table_repeats == 2  # a at T1 twice, d at T2 twice


def test_table_repeats_count_named_history() -> None:
    history = (PastRound(groups=(("a", "b"), ("c", "d")), tables=("T2", "T1")),)
    instance = two_tables(rounds=1, history=history)
    plan = Plan(rounds=({"T1": ("a", "b"), "T2": ("c", "d")},))
    assert score_plan(instance, plan).table_repeats == 0


def test_hard_violations_are_explained_in_french() -> None:
    instance = Instance(
        rounds=1,
        tables=(Table("T1", 2), Table("T2", 3)),
        participants=(
            Person("a", organisation="ARS"),
            Person("b", organisation="ars "),
            Person("c"),
            Person("d"),
            Person("e"),
            Person("f"),
        ),
        keep_apart=(("c", "d"),),
        keep_together=(("e", "f"),),
        pinned=(Pin("f", "T2"),),
        absent=frozenset({Absence("d", 1)}),
    )
    plan = Plan(rounds=({"T1": ("a", "b", "c", "d"), "T2": ("e", "x")},))
    score = score_plan(instance, plan)
    text = "\n".join(score.violations)
    assert "« T1 » accueille 4 personnes pour 2 places" in text
    assert "participant inconnu « x »" in text
    assert "« d » est absent mais placé" in text
    assert "« f » n'est placé à aucune table" in text
    assert "devaient être séparés" in text
    assert "organisation « ARS »" in text
    assert score.hard_violations == len(score.violations) == 6


def test_pin_and_together_breaks() -> None:
    instance = Instance(
        rounds=1,
        tables=(Table("T1", 3), Table("T2", 3)),
        participants=people("a", "b", "c"),
        keep_together=(("a", "b"),),
        pinned=(Pin("c", "T2"),),
    )
    plan = Plan(rounds=({"T1": ("a", "c"), "T2": ("b",)},))
    text = "\n".join(score_plan(instance, plan).violations)
    assert "devrait rester à la table « T2 »" in text
    assert "devaient rester ensemble" in text


def test_wrong_number_of_rounds() -> None:
    plan = Plan(rounds=({"T1": ("a", "b"), "T2": ("c", "d")},))
    score = score_plan(two_tables(rounds=2), plan)
    assert any("1 tours au lieu de 2" in v for v in score.violations)


def test_big_organisation_allows_ceiling_per_table() -> None:
    instance = Instance(
        rounds=1,
        tables=(Table("T1", 3), Table("T2", 3)),
        participants=tuple(Person(f"p{i}", organisation="Mairie") for i in range(3)),
    )
    ok = Plan(rounds=({"T1": ("p0", "p1"), "T2": ("p2",)},))
    bad = Plan(rounds=({"T1": ("p0", "p1", "p2"), "T2": ()},))
    assert score_plan(instance, ok).hard_violations == 0
    assert score_plan(instance, bad).hard_violations == 1
    relaxed = Instance(
        rounds=1,
        tables=instance.tables,
        participants=instance.participants,
        options=Options(separate_organisations=False),
    )
    assert score_plan(relaxed, bad).hard_violations == 0


def test_people_kept_together_do_not_count_as_meeting() -> None:
    instance = two_tables(keep_together=(("a", "b"),))
    plan = Plan(rounds=({"T1": ("a", "b"), "T2": ("c", "d")},) * 2)
    score = score_plan(instance, plan)
    assert (score.max_meetings, score.overlaps) == (2, 1)  # only c-d counts
