"""Benchmark: the rotation solver against the plain greedy seating, on fixed instances.

Run as ``.venv/bin/python bench/rotation_bench.py [--seeds N] [--only NAME] [--scale X]``.
Every plan is scored by the independent scorer (``score_plan``), never by the solver's own
totals. For each instance it prints, over the seeds, the mean and worst of the goal's measure
for the greedy baseline and for the solver, the solver's worst pair, audience-mix deviation and
hard breaks (worst seed) and overlaps (mean), its CPU seconds (``time.process_time``, which is
also the clock of the time limit), the worst CPU seconds of the search's start (the greedy
seating, or rounds built from a partial spread or turns of a base round where that applies),
and whether each target was met on every seed: the value, the time, and the first valid plan
(that start, with no hard break, within 0.1 s).

Targets are those of issue 5. A line of its table without a time of its own gets the issue's time
budget: 2 s up to 60 people, 10 s up to 120 (so 8×4×9, 32 people, has 2 s).

Social-golfer instances are written tables × size × rounds. The workshops mimic real sessions:
seven audience types, pinned facilitators, colleagues kept apart, unequal tables, absences, and a
cycle of four study days solved day after day with the earlier days as history.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from territ_desktop.domain.audience import Audience  # noqa: E402
from territ_desktop.rotation import (  # noqa: E402
    Absence,
    Instance,
    Options,
    PastRound,
    Person,
    Pin,
    Plan,
    Score,
    Table,
    greedy_plan,
    score_plan,
    solve,
)


@dataclass(frozen=True)
class Case:
    """One benchmark line: an instance, the measure to report, the target."""

    name: str
    instance: Callable[[], Instance]
    measure: str
    target: int
    seconds: float
    no_triple: bool = False
    perfect_mix: bool = False
    history_rounds: int = 0


class Row(NamedTuple):
    """One seed of a case: the greedy baseline, the search's start and its CPU, the result."""

    baseline: Score
    start: Score
    start_cpu: float
    score: Score
    cpu: float


#: The issue's time budget for the first valid plan (the greedy start).
FIRST_PLAN_SECONDS = 0.1


def budget(people: int) -> float:
    """The issue's time budget when a target gives no time of its own."""
    return 2.0 if people <= 60 else 10.0


def golfers(tables: int, size: int, rounds: int) -> Callable[[], Instance]:
    def build() -> Instance:
        return Instance(
            rounds=rounds,
            tables=tuple(Table(f"Table {t + 1}", size) for t in range(tables)),
            participants=tuple(Person(f"p{i:03d}") for i in range(tables * size)),
        )

    return build


THEMES = [
    "Accès aux soins et aux droits",
    "Santé mentale",
    "Santé des jeunes",
    "Environnement et santé",
    "Nutrition et activité physique",
    "Vieillissement",
    "Addictions",
    "Logement et santé",
    "Parentalité",
    "Diagnostic partagé",
]
AUDIENCE_WEIGHTS = [
    (Audience.ELU, 3),
    (Audience.COORDINATEUR, 5),
    (Audience.POLITIQUE_VILLE, 2),
    (Audience.INSTITUTION, 3),
    (Audience.ASSOCIATIF, 4),
    (Audience.CITOYEN, 2),
    (Audience.AUTRE, 1),
]


def workshop(
    registered: int,
    capacities: list[int],
    rounds: int,
    seed: int,
    facilitators: bool = True,
    mix_first: bool = True,
) -> Instance:
    """A realistic workshop: audiences, organisations, facilitators, absences."""
    rng = random.Random(seed)
    kinds = [a for a, w in AUDIENCE_WEIGHTS for _ in range(w)]
    tables = tuple(Table(THEMES[i], c) for i, c in enumerate(capacities))
    people: list[Person] = []
    pins: list[Pin] = []
    staff = len(tables) if facilitators else 0
    for t in range(staff):
        pid = f"anim{t + 1}"
        people.append(Person(pid, Audience.AUTRE, "Ireps", f"Animateur {t + 1}"))
        pins.append(Pin(pid, tables[t].name))
    orgs = [f"Organisation {i}" for i in range((registered - staff) // 3)]
    for i in range(registered - staff):
        # About one in three shares an organisation with someone else.
        org = rng.choice(orgs[: len(orgs) // 2]) if rng.random() < 0.35 else rng.choice(orgs)
        # The seven audience types all come, each at least twice.
        kind = AUDIENCE_WEIGHTS[i % 7][0] if i < 14 else rng.choice(kinds)
        people.append(Person(f"p{i:03d}", kind, org))
    participants = [p.id for p in people[staff:]]
    absent = {Absence(pid, r) for pid in rng.sample(participants, 4) for r in range(1, rounds + 1)}
    absent |= {Absence(rng.choice(participants), rng.randint(1, rounds)) for _ in range(4)}
    apart = (tuple(rng.sample(participants, 2)),)
    return Instance(
        rounds=rounds,
        tables=tables,
        participants=tuple(people),
        keep_apart=apart,
        pinned=tuple(pins),
        absent=frozenset(absent),
        options=Options(mix_first=mix_first),
    )


def cycle_day(
    seed: int, solver: Callable[[Instance, int], Plan], mix_first: bool = True
) -> Instance:
    """Day 4 of a cycle: days 1-3 (two rounds each) solved in turn become the history."""
    base = workshop(36, [7, 7, 6, 6, 6, 6], 2, 100 + seed, facilitators=False, mix_first=mix_first)
    history: tuple[PastRound, ...] = ()
    for day in range(3):
        instance = replace(base, history=history, absent=_day_absences(base, day))
        plan = solver(instance, seed)
        history += plan.as_past_rounds()
    return replace(base, history=history, absent=_day_absences(base, 3))


def _day_absences(base: Instance, day: int) -> frozenset[Absence]:
    rng = random.Random(day)
    ids = [p.id for p in base.participants]
    return frozenset(Absence(pid, r) for pid in rng.sample(ids, 2) for r in (1, 2))


def _cycle_solver(instance: Instance, seed: int) -> Plan:
    return solve(instance, seed=seed, time_limit=2.0, clock=time.process_time).plan


#: Suffix of the lines run in the issue's literal order (overlaps before the audience mix), for
#: reference: they are not held to a perfect mix, the two goals conflict on these workshops.
OVERLAPS_FIRST = " ovl1st"

CASES = [
    Case("golf 5x3x7 (Kirkman)", golfers(5, 3, 7), "repeats", 0, 0.1),
    Case("golf 6x5x4", golfers(6, 5, 4), "repeats", 0, 0.5),
    Case("golf 12x10x4", golfers(12, 10, 4), "repeats", 0, 1.0),
    Case("golf 8x4x9", golfers(8, 4, 9), "repeats", 0, budget(32)),
    Case("golf 8x4x10", golfers(8, 4, 10), "repeats", 10, 10.0, no_triple=True),
    Case("golf 10x10x4", golfers(10, 10, 4), "repeats", 0, 10.0),
    Case("golf 10x10x6", golfers(10, 10, 6), "repeats", 104, 10.0, no_triple=True),
    Case("golf 4x6x3", golfers(4, 6, 3), "overlaps", 24, 0.1),
    Case("golf 6x10x5", golfers(6, 10, 5), "overlaps", 240, 2.0),
    *[
        Case(
            f"workshop {n}, {len(caps)} tables, 4 rounds{'' if first else OVERLAPS_FIRST}",
            lambda n=n, caps=caps, first=first: workshop(n, caps, 4, n, mix_first=first),
            "hard",
            0,
            limit,
            no_triple=True,
            perfect_mix=first,
        )
        for first in (True, False)
        for n, caps in ((45, [9, 9, 8, 8, 7, 7]), (80, [12, 11, 11, 10, 10, 10, 9, 9]))
        for limit in (budget(n),)
    ],
]


def value(score: Score, measure: str) -> int:
    return {
        "repeats": score.repeats,
        "overlaps": score.overlaps,
        "hard": score.hard_violations,
    }[measure]


def met(case: Case, score: Score) -> bool:
    ok = value(score, case.measure) <= case.target and score.hard_violations == 0
    if case.no_triple:
        ok = ok and score.max_meetings <= 2
    if case.perfect_mix:
        ok = ok and score.mix_deviation == 0
    return ok


def run_case(case: Case, instance_of: Callable[[int], Instance], seeds: int, scale: float) -> None:
    rows: list[Row] = []
    for seed in range(seeds):
        instance = instance_of(seed)
        started = time.process_time()
        baseline = score_plan(instance, greedy_plan(instance, seed=seed))
        started = time.process_time()
        start = score_plan(instance, greedy_plan(instance, seed=seed, constructions=True))
        greedy_cpu = time.process_time() - started
        started = time.process_time()
        result = solve(
            instance, seed=seed, time_limit=case.seconds * scale, clock=time.process_time
        )
        cpu = time.process_time() - started
        score = score_plan(instance, result.plan)
        rows.append(Row(baseline, start, greedy_cpu, score, cpu))
    base_values = [value(row.baseline, case.measure) for row in rows]
    values = [value(row.score, case.measure) for row in rows]
    cpus = [row.cpu for row in rows]
    worst_max = max(row.score.max_meetings for row in rows)
    overlaps = statistics.mean(row.score.overlaps for row in rows)
    worst_mix = max(row.score.mix_deviation for row in rows)
    hard = max(row.score.hard_violations for row in rows)
    quality = all(met(case, row.score) for row in rows)
    in_time = max(cpus) <= case.seconds * 1.02  # the last iteration may overrun a little
    first_ok = all(
        row.start.hard_violations == 0 and row.start_cpu <= FIRST_PLAN_SECONDS for row in rows
    )
    print(
        f"{case.name:40} {case.measure:8} ≤{case.target:<4} "
        f"{statistics.mean(base_values):8.1f} {max(base_values):6d} "
        f"{statistics.mean(values):8.1f} {max(values):6d} "
        f"{worst_max:4d} {worst_mix:4d} {hard:4d} {overlaps:7.1f} "
        f"{statistics.mean(cpus):7.2f} {max(cpus):7.2f} ≤{case.seconds:<5} "
        f"{max(row.start_cpu for row in rows):6.3f} "
        f"{'yes' if quality else 'NO':>4} {'yes' if in_time else 'NO':>4} "
        f"{'yes' if first_ok else 'NO':>5}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--only", default="", help="run the cases whose name contains this")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every time limit")
    args = parser.parse_args()
    print(
        f"{'instance':40} {'measure':8} {'target':5} {'greedy':>8} {'worst':>6} "
        f"{'solver':>8} {'worst':>6} {'max':>4} {'mix':>4} {'hard':>4} {'ovl':>7} "
        f"{'cpu':>7} {'worst':>7} {'limit':6} {'start':>6} {'met':>4} {'time':>4} {'first':>5}"
    )
    for case in CASES:
        if args.only in case.name:
            run_case(case, lambda seed, case=case: case.instance(), args.seeds, args.scale)
    for first in (True, False):
        name = f"cycle day 4 (36, 6 past rounds){'' if first else OVERLAPS_FIRST}"
        cycle = Case(name, golfers(1, 1, 1), "hard", 0, 2.0, no_triple=True, perfect_mix=first)
        if args.only in cycle.name:
            run_case(
                cycle,
                lambda seed, first=first: cycle_day(seed, _cycle_solver, first),
                args.seeds,
                args.scale,
            )


if __name__ == "__main__":
    main()
