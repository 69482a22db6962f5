"""Entry point: a start, then tabu search within a time or iteration budget.

The start is the greedy seating, with rounds from a partial spread first where one applies
(see ``affine``), or, for small plain instances, turns of one base round when that gives a plan
without repeat (see ``cyclic``). Where a spread falls short, the search opens with rounds kept
by translations (see ``translations``), too slow for the start.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from random import Random

from territ_desktop.rotation.affine import affine_start, translations_opening
from territ_desktop.rotation.cyclic import cyclic_start
from territ_desktop.rotation.greedy import greedy_assignment
from territ_desktop.rotation.model import Instance, Mode, Plan, ProgressCallback, Result
from territ_desktop.rotation.problem import Problem, compile_instance
from territ_desktop.rotation.score import score_plan
from territ_desktop.rotation.search import Opening, Report, TabuSearch, Tuning
from territ_desktop.rotation.state import State
from territ_desktop.rotation.validate import validate

#: Issue 5's time budget: up to this many people the search gets SMALL_BUDGET seconds, beyond
#: it LARGE_BUDGET (the search keeps its best plan when time runs out, and stops earlier at a
#: proven optimum).
SMALL_INSTANCE = 60
SMALL_BUDGET = 2.0
LARGE_BUDGET = 10.0


def time_budget(people: int) -> float:
    """Default time limit of a search for this many people (seconds)."""
    return SMALL_BUDGET if people <= SMALL_INSTANCE else LARGE_BUDGET


def solve(
    instance: Instance,
    *,
    seed: int = 0,
    time_limit: float | None = None,
    max_iterations: int | None = None,
    progress: ProgressCallback | None = None,
    tuning: Tuning | None = None,
    clock: Callable[[], float] = time.perf_counter,
    constructions: bool = True,
) -> Result:
    """Seat everyone over the rounds; the best plan found within the budget.

    Raises :class:`~territ_desktop.rotation.errors.RotationInputError` on a malformed instance and
    :class:`~territ_desktop.rotation.errors.RotationInfeasibleError` when the hard constraints
    cannot all hold. The same seed and ``max_iterations`` give the same plan; ``time_limit``
    (seconds of ``clock``, wall time by default; the benchmark passes ``time.process_time``) only
    cuts the search short; by default :func:`time_budget` of the number of people.
    ``max_iterations=0`` returns the start. ``constructions=False`` starts from the greedy
    seating even where a construction applies (see ``affine`` and ``cyclic``).
    """
    started = clock()
    if time_limit is None:
        time_limit = time_budget(len(instance.participants))
    warnings = validate(instance)
    pb = compile_instance(instance)
    rng = Random(seed)
    built = built_start(pb, seed) if constructions else None
    state = State(pb, greedy_assignment(pb, rng, start=built))
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
        plan_of=lambda best: assignment_to_plan(pb, best),
        clock=clock,
        opening=opening_step(pb, seed) if constructions else None,
    )


def opening_step(pb: Problem, seed: int) -> Opening | None:
    """The search's first step where a construction too slow for the start may do better.

    Rounds kept by translations (see ``affine.translations_opening``), rounds beyond them
    seated greedily; on generators of their own, so that the search after a failed step is
    the same as without it.
    """
    step = translations_opening(pb)
    if step is None:
        return None

    def opening(check: Callable[[], bool]) -> list[list[int]] | None:
        rng = Random(f"opening:{seed}")
        built = step(rng, check)
        return None if built is None else greedy_assignment(pb, rng, start=built)

    return opening


def built_start(pb: Problem, seed: int) -> list[list[int]] | None:
    """Rounds built by a construction (-1 where a round is left to the greedy start), or None.

    The constructions draw on a generator of their own, so that where none applies the greedy
    start and the search are exactly those of ``constructions=False``.
    """
    rng = Random(f"construct:{seed}")
    built = affine_start(pb, rng)
    return built if built is not None else cyclic_start(pb, rng)


def greedy_plan(instance: Instance, *, seed: int = 0, constructions: bool = False) -> Plan:
    """The start of the search alone; same checks as :func:`solve`.

    By default the plain greedy seating (the benchmark's baseline); ``constructions=True`` gives
    the search's own start, built rounds included where a construction applies.
    """
    return solve(instance, seed=seed, max_iterations=0, constructions=constructions).plan


def run_search(
    pb: Problem,
    state: State,
    rng: Random,
    *,
    warnings: tuple[str, ...],
    started: float,
    time_limit: float,
    max_iterations: int | None,
    progress: ProgressCallback | None,
    tuning: Tuning | None,
    plan_of: Callable[[list[list[int]]], Plan],
    instance: Instance | None = None,
    clock: Callable[[], float] = time.perf_counter,
    opening: Opening | None = None,
) -> Result:
    """Run the tabu search from ``state`` and score its best plan (shared with re-planning)."""
    target = instance or pb.instance
    report: Report | None = None
    if progress is not None:
        callback = progress

        def report(fraction: float, best: list[list[int]]) -> bool:
            return callback(fraction, score_plan(target, plan_of(best))) is not False

    search = TabuSearch(state, rng, lambda s: is_optimal(pb, s), tuning, opening)
    remaining = max(0.0, time_limit - (clock() - started))
    outcome = search.run(remaining, max_iterations, report, clock)
    plan = plan_of(outcome.best)
    score = score_plan(target, plan)
    notes = list(warnings)
    if score.hard_violations:
        notes.append(
            "Aucun placement trouvé ne respecte toutes les contraintes ; les infractions "
            "restantes sont listées dans le score."
        )
    return Result(
        instance=target,
        plan=plan,
        score=score,
        warnings=tuple(notes),
        optimal=outcome.optimal and not score.hard_violations,
        cancelled=outcome.cancelled,
        iterations=outcome.iterations,
        seconds=clock() - started,
    )


def is_optimal(pb: Problem, state: State) -> bool:
    """Whether every goal sits at its lower bound (then no plan can do better)."""
    if state.hard or state.mix or state.size_dev or state.moves:
        return False
    bounds = pb.bounds
    options = pb.instance.options
    if options.world_cafe and state.wc > bounds.table_repeats:
        return False
    if state.max_meetings() > bounds.max_meetings:
        return False
    if options.mode is Mode.OVERLAPS:
        return state.overlaps() <= bounds.overlaps
    return state.repeats() <= bounds.repeats


def assignment_to_plan(pb: Problem, tab: list[list[int]]) -> Plan:
    """Turn round → person → table indices into a plan keyed by table names."""
    rounds = []
    for tab_r in tab:
        groups: list[list[str]] = [[] for _ in pb.table_names]
        for p, t in enumerate(tab_r):
            if t >= 0:
                groups[t].append(pb.ids[p])
        rounds.append({name: tuple(g) for name, g in zip(pb.table_names, groups, strict=True)})
    return Plan(rounds=tuple(rounds))
