"""Lower bounds on the soft goals, to stop the search at a proven optimum."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from territ_desktop.rotation.model import Instance, Mode, Score
from territ_desktop.rotation.units import kept_together


@dataclass(frozen=True, slots=True)
class Bounds:
    """No plan can do better than these values (they may not be reachable).

    ``repeats`` and ``overlaps`` bound the plans whose worst pair meets no more than
    ``max_meetings`` times (the first goal): the search and :func:`proven_optimal` check that
    one first.
    """

    max_meetings: int
    overlaps: int
    repeats: int
    table_repeats: int


def even_split_pairs(people: int, groups: int) -> int:
    """Fewest pairs sharing a group when ``people`` are spread over ``groups`` groups."""
    if groups <= 0:
        return 0
    size, extra = divmod(people, groups)
    return extra * (size + 1) * size // 2 + (groups - extra) * size * (size - 1) // 2


def lower_bounds(instance: Instance) -> Bounds:
    """Bounds from counting: every two rounds, the people in both share cells of a grid.

    Sum over pairs of C(meetings, 2) is the number of (pair, two rounds) where the pair sits
    together in both rounds; for two rounds with g and h groups, the people present in both
    rounds fall into g × h cells, so at least ``even_split_pairs(people, g * h)`` such pairs.
    """
    pinned = {pin.participant for pin in instance.pinned}
    counted = [p.id for p in instance.participants if p.id not in pinned]
    counted_set = set(counted)
    together = kept_together(instance)
    tables = len(instance.tables)
    rounds: list[tuple[set[str], int]] = []
    history_meetings: dict[tuple[str, str], int] = {}
    for past in instance.history:
        groups = [sorted(pid for pid in g if pid in counted_set) for g in past.groups]
        groups = [g for g in groups if g]
        for group in groups:
            for a, b in combinations(group, 2):
                if together[a] != together[b]:
                    history_meetings[(a, b)] = history_meetings.get((a, b), 0) + 1
        rounds.append(({pid for g in groups for pid in g}, len(groups)))
    first_planned = len(rounds)
    for r in range(1, instance.rounds + 1):
        here = {pid for pid in counted if instance.is_present(pid, r)}
        rounds.append((here, tables))
    overlaps = sum(m * (m - 1) // 2 for m in history_meetings.values())
    for j in range(first_planned, len(rounds)):
        for i in range(j):
            both = len(rounds[i][0] & rounds[j][0])
            overlaps += even_split_pairs(both, rounds[i][1] * rounds[j][1])
    history_max = max(history_meetings.values(), default=0)
    planned_meetings = sum(
        even_split_pairs(len(rounds[j][0]), tables) for j in range(first_planned, len(rounds))
    )
    pairs = len(counted) * (len(counted) - 1) // 2
    known_repeats = sum(m - 1 for m in history_meetings.values() if m >= 2)
    total = sum(history_meetings.values()) + planned_meetings
    repeats = max(known_repeats, total - pairs)
    if instance.keep_together:
        # Pairs kept together never count, so the counting bounds no longer hold as such.
        overlaps = sum(m * (m - 1) // 2 for m in history_meetings.values())
        repeats = known_repeats
    some_repeat = overlaps > 0 or repeats > 0
    max_meetings = max(history_max, 2 if some_repeat else (1 if total else 0))
    if max_meetings >= 2:
        # A pair meeting m times counts m − 1 repeats and C(m, 2) overlaps, and for m ≤ M,
        # m − 1 ≥ 2·C(m, 2) / M. So a plan whose worst pair stays at the bound M has at least
        # 2·overlaps / M repeats: 24 for 4 tables of 6 over 3 rounds, where the count of pairs
        # gives none.
        repeats = max(repeats, -(-2 * overlaps // max_meetings))
    return Bounds(
        max_meetings=max_meetings,
        overlaps=overlaps,
        repeats=repeats,
        table_repeats=_table_repeat_bound(instance, counted),
    )


def _table_repeat_bound(instance: Instance, counted: list[str]) -> int:
    names = {t.name for t in instance.tables}
    bound = 0
    for pid in counted:
        seen: dict[str, int] = {}
        for past in instance.history:
            for table, group in zip(past.tables, past.groups, strict=False):
                if pid in group:
                    seen[table] = seen.get(table, 0) + 1
        bound += sum(v - 1 for v in seen.values() if v >= 2)
        fresh = len(names - {t for t, v in seen.items() if v})
        rounds = sum(1 for r in range(1, instance.rounds + 1) if instance.is_present(pid, r))
        bound += max(0, rounds - fresh)
    return bound


def proven_optimal(instance: Instance, score: Score) -> bool:
    """Whether ``score`` sits at the lower bound of every goal: then no plan can do better.

    (A plan may be the best possible without this being provable: the bounds come from
    counting and are not always reached.)
    """
    if score.hard_violations or score.mix_deviation or score.size_deviation:
        return False
    bounds = lower_bounds(instance)
    if instance.options.world_cafe and score.table_repeats > bounds.table_repeats:
        return False
    if score.max_meetings > bounds.max_meetings:
        return False
    if instance.options.mode is Mode.OVERLAPS:
        return score.overlaps <= bounds.overlaps
    return score.repeats <= bounds.repeats
