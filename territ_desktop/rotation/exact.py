"""Seating one round anew so that nobody meets again: an exact search, for the local search.

When every other round is fixed, a round where no pair meets a second time is a partition of
the people into groups of mutually "new" people, one group per table: an exact cover. The
groups are listed first (cliques of the graph of pairs that have not met, taking at most one
person from each table of another round, as transversals of a Latin square), then a cover is
searched for, person with the fewest groups left first (Knuth's Algorithm X on bit sets). Both
steps stop after a number of nodes, so a call costs a bounded time; the random order of the
groups makes each call find a different cover.

It serves the local search when the plan is one round away from a plan with no repeat (see
``peel``): on square instances such as 10 tables of 10 for 4 rounds, the last round is the hard
part, and few seatings of the first rounds admit one at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from random import Random

from territ_desktop.rotation.cover import Budget, OutOfBudgetError, bits, exact_cover
from territ_desktop.rotation.model import Absence, Instance
from territ_desktop.rotation.state import State

#: Nodes of the listing of groups, then of the cover search, before giving up.
LIST_NODES = 300_000
COVER_NODES = 60_000


def drop_round(instance: Instance, r: int) -> Instance:
    """The instance without round r (numbered from 0): the later rounds move up by one."""
    absent = frozenset(
        Absence(a.participant, a.round - (a.round > r + 1))
        for a in instance.absent
        if a.round != r + 1
    )
    return replace(instance, rounds=instance.rounds - 1, absent=absent)


def excess_without(state: State, r: int) -> int:
    """Meetings beyond the first of every pair, leaving round r out."""
    excess = 0
    tab = state.tab
    for a, row in enumerate(state.meet):
        for b in range(a + 1, len(row)):
            if row[b] >= 2:
                excess += row[b] - 1 - (tab[r][a] == tab[r][b] >= 0)
    return excess


def completable(state: State, r: int) -> bool:
    """Whether round r can be seated anew by :func:`complete_round`.

    Everyone who can move is a single person with no colleague and nobody to keep apart from
    (pinned people stay where they are), and no pair may meet twice (bound of one meeting).
    """
    pb = state.pb
    if pb.bounds.max_meetings != 1 or pb.reference is not None or pb.w_wc or pb.rounds < 2:
        return False
    units, fixed = pb.units[r], pb.fixed[r]
    for u, unit in enumerate(units):
        if fixed[u] >= 0:
            continue
        if len(unit) > 1 or pb.apart[unit[0]] or pb.unit_orgs[r][u]:
            return False
    return True


def complete_round(
    state: State,
    r: int,
    rng: Random,
    *,
    check: Callable[[], bool] | None = None,
) -> list[int] | None:
    """Round r seated anew with the same table sizes and no pair meeting twice, or None.

    The other rounds stay as they are; so do pinned people. Assumes :func:`completable`.
    ``check`` is called every few milliseconds; returning False stops the search (None).
    """
    pb = state.pb
    tab_r = state.tab[r]
    fixed_units = [u for u, t in enumerate(pb.fixed[r]) if t >= 0]
    fixed_people = {p for u in fixed_units for p in pb.units[r][u]}
    movable = [p for p in range(pb.n) if tab_r[p] >= 0 and p not in fixed_people]
    if not movable:
        return None
    slots = [state.size[r][t] for t in range(pb.tables)]
    for p in fixed_people:
        slots[tab_r[p]] -= 1
    index = {p: i for i, p in enumerate(movable)}
    compat = _new_pairs(state, r, movable)
    other = (r + 1) % pb.rounds
    classes = _classes(state.tab[other], movable)
    budget = Budget(check)
    sizes = sorted({k for k in slots if k > 0})
    try:
        groups: list[int] = []
        for k in sizes:
            groups.extend(_cliques(compat, classes, k, budget))
        quota = {k: slots.count(k) for k in sizes}
        cover = _cover(len(movable), groups, quota, rng, budget)
    except OutOfBudgetError:
        return None
    if cover is None:
        return None
    row = tab_r[:]
    free = {k: [t for t in range(pb.tables) if slots[t] == k] for k in sizes}
    for group in cover:
        t = free[group.bit_count()].pop()
        for i in bits(group):
            row[movable[i]] = t
    assert all(row[p] >= 0 for p in index)
    return row


def _new_pairs(state: State, r: int, movable: list[int]) -> list[int]:
    """For each movable person (by index), the bit set of those never met outside round r."""
    tab_r = state.tab[r]
    compat = []
    for p in movable:
        row = state.meet[p]
        mask = 0
        for j, q in enumerate(movable):
            if q == p:
                continue
            met = row[q] - (tab_r[p] == tab_r[q])
            if met == 0:
                mask |= 1 << j
        compat.append(mask)
    return compat


def _classes(other_row: list[int], movable: list[int]) -> list[int]:
    """People by their table in another round: a new group takes at most one of each."""
    by_table: dict[int, int] = {}
    alone: list[int] = []
    for j, p in enumerate(movable):
        t = other_row[p]
        if t < 0:
            alone.append(1 << j)
        else:
            by_table[t] = by_table.get(t, 0) | 1 << j
    return sorted(by_table.values(), key=int.bit_count, reverse=True) + alone


def _cliques(compat: list[int], classes: list[int], size: int, budget: Budget) -> list[int]:
    """Every group of ``size`` people who have never met, at most one from each class."""
    found: list[int] = []
    count = len(classes)

    def extend(k: int, candidates: int, members: int, need: int) -> None:
        budget.spend(LIST_NODES)
        if need == 0:
            found.append(members)
            return
        if count - k < need:
            return
        options = candidates & classes[k]
        while options:
            low = options & -options
            options ^= low
            extend(k + 1, candidates & compat[low.bit_length() - 1], members | low, need - 1)
        if count - k - 1 >= need:
            extend(k + 1, candidates, members, need)

    full = (1 << len(compat)) - 1
    extend(0, full, 0, size)
    return found


def _cover(
    people: int, groups: list[int], quota: dict[int, int], rng: Random, budget: Budget
) -> list[int] | None:
    """Groups covering every person once, ``quota[k]`` groups of each size k (Algorithm X)."""
    budget.reset()
    rng.shuffle(groups)
    by_size: dict[int, int] = {}
    for g, group in enumerate(groups):
        by_size[group.bit_count()] = by_size.get(group.bit_count(), 0) | 1 << g
    quotas = [(by_size.get(k, 0), count) for k, count in quota.items()]
    chosen = exact_cover(people, groups, budget, COVER_NODES, quotas)
    return None if chosen is None else [groups[g] for g in chosen]
