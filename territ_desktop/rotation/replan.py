"""Re-planning after a late arrival or a no-show: the rounds played stay as they were.

The remaining rounds are solved again with the rounds already played as history, starting from
the current plan, with one more goal placed right after the hard constraints: move as few people
as possible (a person seated at another table than planned, in a remaining round, counts once).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from random import Random

from territ_desktop.rotation.errors import RotationInputError
from territ_desktop.rotation.greedy import greedy_assignment
from territ_desktop.rotation.model import Absence, Instance, Person, Plan, ProgressCallback, Result
from territ_desktop.rotation.problem import compile_instance
from territ_desktop.rotation.search import Tuning
from territ_desktop.rotation.solver import assignment_to_plan, run_search
from territ_desktop.rotation.state import State
from territ_desktop.rotation.validate import validate

DEFAULT_REPLAN_TIME_LIMIT = 2.0


def with_changes(
    instance: Instance,
    from_round: int,
    *,
    arrivals: Sequence[Person] = (),
    no_shows: Sequence[str] = (),
) -> Instance:
    """The instance once latecomers arrive and no-shows leave, from ``from_round`` on.

    A latecomer not yet registered is added, absent from the rounds before ``from_round``; a
    registered one loses their absences from ``from_round`` on. A no-show is absent from
    ``from_round`` to the end.
    """
    _check_round(instance, from_round)
    people = list(instance.participants)
    known = {p.id for p in people}
    absent = set(instance.absent)
    later = range(from_round, instance.rounds + 1)
    for person in arrivals:
        if person.id in known:
            absent -= {Absence(person.id, r) for r in later}
        else:
            people.append(person)
            known.add(person.id)
            absent |= {Absence(person.id, r) for r in range(1, from_round)}
    for participant_id in no_shows:
        if participant_id not in known:
            raise RotationInputError(
                f"Absence imprévue : participant inconnu « {participant_id} »."
            )
        absent |= {Absence(participant_id, r) for r in later}
    return replace(instance, participants=tuple(people), absent=frozenset(absent))


def _check_round(instance: Instance, from_round: int) -> None:
    if not 1 <= from_round <= instance.rounds:
        raise RotationInputError(
            f"Le tour à partir duquel replanifier doit être compris entre 1 et "
            f"{instance.rounds} (reçu : {from_round})."
        )


def replan(
    instance: Instance,
    current: Plan,
    from_round: int,
    *,
    arrivals: Sequence[Person] = (),
    no_shows: Sequence[str] = (),
    seed: int = 0,
    time_limit: float = DEFAULT_REPLAN_TIME_LIMIT,
    max_iterations: int | None = None,
    progress: ProgressCallback | None = None,
    tuning: Tuning | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> Result:
    """Re-plan rounds ``from_round``.. of ``current``, leaving the earlier rounds untouched.

    ``instance`` is the one ``current`` was made for; ``arrivals`` and ``no_shows`` are applied
    with :func:`with_changes` (pass none if ``instance`` already has them). The result's
    ``instance`` is the updated one and its plan covers every round.
    """
    started = clock()
    updated = with_changes(instance, from_round, arrivals=arrivals, no_shows=no_shows)
    warnings = validate(updated)
    if len(current.rounds) != instance.rounds:
        raise RotationInputError(
            f"Le plan à replanifier compte {len(current.rounds)} tours au lieu de "
            f"{instance.rounds}."
        )
    played = current.rounds[: from_round - 1]
    remaining = current.rounds[from_round - 1 :]
    shift = from_round - 1
    sub = replace(
        updated,
        rounds=updated.rounds - shift,
        absent=frozenset(
            Absence(a.participant, a.round - shift) for a in updated.absent if a.round > shift
        ),
        history=updated.history + current.as_past_rounds(shift),
    )
    pb = compile_instance(sub, reference=list(remaining))
    assert pb.reference is not None
    start = [
        [t if pb.present[r][p] else -1 for p, t in enumerate(pb.reference[r])]
        for r in range(pb.rounds)
    ]
    rng = Random(seed)
    state = State(pb, greedy_assignment(pb, rng, start=start))

    def plan_of(best: list[list[int]]) -> Plan:
        return Plan(rounds=tuple(played) + assignment_to_plan(pb, best).rounds)

    return run_search(
        pb,
        state,
        rng,
        warnings=warnings,
        started=started,
        time_limit=time_limit,
        max_iterations=max_iterations,
        progress=progress,
        tuning=tuning,
        plan_of=plan_of,
        instance=updated,
        clock=clock,
    )
