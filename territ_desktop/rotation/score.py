"""The independent scorer: a plan's quality computed from scratch from the instance and the plan.

Nothing here reads the solver's internal state, so tests and the benchmark can check the solver
against it. Hard-constraint breaks come with a French sentence each.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from territ_desktop.rotation.model import Instance, Plan, Score
from territ_desktop.rotation.units import DisjointSets, organisation_key


def score_plan(instance: Instance, plan: Plan) -> Score:
    """Score ``plan`` for ``instance``: hard breaks with reasons, then the soft goals."""
    people = {p.id: p for p in instance.participants}
    pinned = {pin.participant: pin.table for pin in instance.pinned}
    counted = {pid for pid in people if pid not in pinned}
    names = {pid: p.display for pid, p in people.items()}
    problems: list[str] = []
    if len(plan.rounds) != instance.rounds:
        problems.append(f"Le plan compte {len(plan.rounds)} tours au lieu de {instance.rounds}.")
    seats = _seats(instance, plan, names, problems)
    _check_capacities(instance, plan, problems)
    _check_links(instance, seats, names, problems)
    if instance.options.separate_organisations:
        _check_organisations(instance, seats, problems)
    meetings = _meetings(instance, plan, counted)
    max_meetings = max(meetings.values(), default=0)
    return Score(
        hard_violations=len(problems),
        violations=tuple(problems),
        max_meetings=max_meetings,
        repeated_pairs=sum(1 for m in meetings.values() if m >= 2),
        repeats=sum(m - 1 for m in meetings.values() if m >= 2),
        overlaps=sum(m * (m - 1) // 2 for m in meetings.values()),
        mix_deviation=_mix_deviation(instance, plan, counted),
        size_deviation=_size_deviation(instance, plan),
        table_repeats=_table_repeats(instance, plan, counted),
    )


def _seats(
    instance: Instance, plan: Plan, names: dict[str, str], problems: list[str]
) -> list[dict[str, str]]:
    """Per round, participant → table; records unknown, missing, doubled and absent people."""
    tables = {t.name for t in instance.tables}
    pinned = {pin.participant: pin.table for pin in instance.pinned}
    seats: list[dict[str, str]] = []
    for r, round_plan in enumerate(plan.rounds[: instance.rounds], start=1):
        where: dict[str, str] = {}
        for table, ids in round_plan.items():
            if table not in tables:
                problems.append(f"Tour {r} : table inconnue « {table} ».")
            for pid in ids:
                if pid not in names:
                    problems.append(f"Tour {r} : participant inconnu « {pid} ».")
                elif pid in where:
                    problems.append(f"Tour {r} : {_q(names, pid)} est placé à deux tables.")
                else:
                    where[pid] = table
        for pid in names:
            present = instance.is_present(pid, r)
            if present and pid not in where:
                problems.append(f"Tour {r} : {_q(names, pid)} n'est placé à aucune table.")
            elif not present and pid in where:
                problems.append(f"Tour {r} : {_q(names, pid)} est absent mais placé.")
            elif present and pid in pinned and where[pid] != pinned[pid]:
                problems.append(
                    f"Tour {r} : {_q(names, pid)} devrait rester à la table "
                    f"« {pinned[pid]} » (placé à « {where[pid]} »)."
                )
        seats.append(where)
    return seats


def _q(names: dict[str, str], pid: str) -> str:
    return f"« {names.get(pid, pid)} »"


def _check_capacities(instance: Instance, plan: Plan, problems: list[str]) -> None:
    capacity = {t.name: t.capacity for t in instance.tables}
    for r, round_plan in enumerate(plan.rounds[: instance.rounds], start=1):
        for table, ids in round_plan.items():
            if table in capacity and len(ids) > capacity[table]:
                problems.append(
                    f"Tour {r} : la table « {table} » accueille {len(ids)} personnes "
                    f"pour {capacity[table]} places."
                )


def _check_links(
    instance: Instance, seats: list[dict[str, str]], names: dict[str, str], problems: list[str]
) -> None:
    for r, where in enumerate(seats, start=1):
        for group in instance.keep_apart:
            for a, b in combinations(group, 2):
                if a in where and where.get(a) == where.get(b):
                    problems.append(
                        f"Tour {r} : {_q(names, a)} et {_q(names, b)} devaient être séparés "
                        f"mais sont ensemble à la table « {where[a]} »."
                    )
        for group in instance.keep_together:
            here = [pid for pid in group if pid in where]
            if len({where[pid] for pid in here}) > 1:
                listed = ", ".join(_q(names, pid) for pid in here)
                problems.append(
                    f"Tour {r} : {listed} devaient rester ensemble mais sont à des tables "
                    "différentes."
                )


def _check_organisations(
    instance: Instance, seats: list[dict[str, str]], problems: list[str]
) -> None:
    """At most ceil(units / tables) units of one organisation per table (1 when possible).

    A unit is a set of people who must sit together (keep-together links, same-table pins).
    """
    sets = DisjointSets()
    for group in instance.keep_together:
        for other in group[1:]:
            sets.union(group[0], other)
    by_table: dict[str, str] = {}
    for pin in instance.pinned:
        sets.union(by_table.setdefault(pin.table, pin.participant), pin.participant)
    shown: dict[str, str] = {}
    org_of: dict[str, str] = {}
    for person in instance.participants:
        key = organisation_key(person.organisation)
        if key:
            org_of[person.id] = key
            shown.setdefault(key, person.organisation.strip())
    tables = len(instance.tables)
    for r, where in enumerate(seats, start=1):
        units: dict[str, set[str]] = {}
        at_table: dict[tuple[str, str], set[str]] = {}
        for pid, table in where.items():
            if pid in org_of:
                units.setdefault(org_of[pid], set()).add(sets.find(pid))
                at_table.setdefault((org_of[pid], table), set()).add(sets.find(pid))
        for (key, table), here in sorted(at_table.items()):
            limit = -(-len(units[key]) // tables)
            if len(here) > limit:
                problems.append(
                    f"Tour {r} : {len(here)} personnes de l'organisation « {shown[key]} » "
                    f"à la table « {table} » ({limit} au plus)."
                )


def _meetings(instance: Instance, plan: Plan, counted: set[str]) -> Counter[tuple[str, str]]:
    """Meetings per pair, leaving out pinned people and people who must sit together."""
    together = DisjointSets()
    for linked in instance.keep_together:
        for other in linked[1:]:
            together.union(linked[0], other)
    meetings: Counter[tuple[str, str]] = Counter()
    groups = [g for past in instance.history for g in past.groups]
    groups += [ids for round_plan in plan.rounds for ids in round_plan.values()]
    for group in groups:
        members = sorted({pid for pid in group if pid in counted})
        meetings.update(
            (a, b) for a, b in combinations(members, 2) if together.find(a) != together.find(b)
        )
    return meetings


def _mix_deviation(instance: Instance, plan: Plan, counted: set[str]) -> int:
    """Sum over rounds, tables and audiences of the distance to floor/ceil of the fair share."""
    audience = {p.id: p.audience for p in instance.participants}
    deviation = 0
    for round_plan in plan.rounds:
        tables = {t: [pid for pid in ids if pid in counted] for t, ids in round_plan.items()}
        everyone = [pid for ids in tables.values() for pid in ids]
        total = len(everyone)
        if total == 0:
            continue
        overall = Counter(audience[pid] for pid in everyone)
        for ids in tables.values():
            here = Counter(audience[pid] for pid in ids)
            for kind, n in overall.items():
                low = n * len(ids) // total
                high = -(-n * len(ids) // total)
                deviation += max(0, here[kind] - high) + max(0, low - here[kind])
    return deviation


def _size_deviation(instance: Instance, plan: Plan) -> int:
    """Sum of distances between table sizes and the most even sizes the capacities allow."""
    capacity = {t.name: t.capacity for t in instance.tables}
    deviation = 0
    for round_plan in plan.rounds:
        seated = sum(len(ids) for ids in round_plan.values())
        level = even_level(list(capacity.values()), seated)
        for name, cap in capacity.items():
            size = len(round_plan.get(name, ()))
            low, high = min(cap, level - 1), min(cap, level)
            deviation += max(0, size - high) + max(0, low - size)
    return deviation


def even_level(capacities: list[int], people: int) -> int:
    """Smallest size L such that tables filled up to min(capacity, L) seat everyone."""
    level = 0
    while sum(min(c, level) for c in capacities) < people and level <= max(capacities):
        level += 1
    return level


def _table_repeats(instance: Instance, plan: Plan, counted: set[str]) -> int:
    visits: Counter[tuple[str, str]] = Counter()
    for past in instance.history:
        for table, group in zip(past.tables, past.groups, strict=False):
            visits.update((pid, table) for pid in group if pid in counted)
    for round_plan in plan.rounds:
        for table, ids in round_plan.items():
            visits.update((pid, table) for pid in ids if pid in counted)
    return sum(v - 1 for v in visits.values() if v >= 2)
