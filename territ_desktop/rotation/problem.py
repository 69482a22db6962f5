"""The instance compiled to integers: people, tables and rounds become indices.

The solver works on this form only. Costs are folded into one integer whose weights make the
goals lexicographic: hard constraints, then (re-planning) people moved, then (world café) tables
seen twice, then pair meetings and audience mix (by default the worst pair, the mix, then the
other meetings; option ``mix_first`` off puts all meetings before the mix), then table sizes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation.bounds import Bounds, lower_bounds
from territ_desktop.rotation.model import Instance, Mode
from territ_desktop.rotation.score import even_level
from territ_desktop.rotation.units import (
    kept_together,
    organisation_key,
    pin_map,
    together_groups,
)

AUDIENCES = list(Audience)


@dataclass(slots=True)
class Problem:
    """Integer form of an instance (see the module docstring)."""

    instance: Instance
    ids: list[str]
    table_names: list[str]
    caps: list[int]
    rounds: int
    audience: list[int]
    counted: list[bool]
    present: list[list[bool]]
    units: list[list[tuple[int, ...]]]
    unit_of: list[list[int]]
    fixed: list[list[int]]
    unit_orgs: list[list[tuple[int, ...]]]
    org_limit: list[list[int]]
    apart: list[tuple[int, ...]]
    history: list[list[int]]
    visits0: list[list[int]]
    wc_const: int
    reference: list[list[int]] | None
    size_low: list[list[int]]
    size_high: list[list[int]]
    mix_total: list[int]
    mix_count: list[list[int]]
    g: list[int]
    g_true: list[int]
    up: list[int]
    dn: list[int]
    w_mix: int
    w_pair: int
    w_wc: int
    w_move: int
    w_hard: int
    bounds: Bounds
    history_max: int
    threshold: int
    component: list[int]

    @property
    def n(self) -> int:
        """Number of people."""
        return len(self.ids)

    @property
    def tables(self) -> int:
        """Number of tables."""
        return len(self.caps)


def compile_instance(
    instance: Instance, reference: Sequence[Mapping[str, Sequence[str]]] | None = None
) -> Problem:
    """Compile a validated instance; ``reference`` is the plan to stay close to (re-planning)."""
    ids = [p.id for p in instance.participants]
    index = {pid: i for i, pid in enumerate(ids)}
    names = [t.name for t in instance.tables]
    caps = [t.capacity for t in instance.tables]
    n, nr = len(ids), instance.rounds
    pins = pin_map(instance)
    counted = [pid not in pins for pid in ids]
    present = [[instance.is_present(pid, r + 1) for pid in ids] for r in range(nr)]

    units, unit_of, fixed, unit_orgs, org_limit = _units(instance, index, present, pins)
    apart_sets: list[set[int]] = [set() for _ in range(n)]
    for linked in instance.keep_apart:
        for a in linked:
            for b in linked:
                if a != b:
                    apart_sets[index[a]].add(index[b])
    together = kept_together(instance)
    component = [index[together[pid]] for pid in ids]
    history, visits0 = _history(instance, index, counted, component, names)
    wc_const = _foreign_table_repeats(instance, set(names), set(pins))
    ref = None if reference is None else _reference(reference, index, names, nr)
    size_low: list[list[int]] = []
    size_high: list[list[int]] = []
    mix_total: list[int] = []
    mix_count: list[list[int]] = []
    audience = [AUDIENCES.index(p.audience) for p in instance.participants]
    for r in range(nr):
        level = even_level(caps, sum(present[r]))
        size_low.append([min(c, level - 1) for c in caps])
        size_high.append([min(c, level) for c in caps])
        seated = [p for p in range(n) if present[r][p] and counted[p]]
        mix_total.append(len(seated))
        counts = [0] * len(AUDIENCES)
        for p in seated:
            counts[audience[p]] += 1
        mix_count.append(counts)

    bounds = lower_bounds(instance)
    history_max = max((max(row) for row in history), default=0)
    costs = _costs(instance, bounds.max_meetings, history_max, sum(counted), ref is not None)
    return Problem(
        instance=instance,
        ids=ids,
        table_names=names,
        caps=caps,
        rounds=nr,
        audience=audience,
        counted=counted,
        present=present,
        units=units,
        unit_of=unit_of,
        fixed=fixed,
        unit_orgs=unit_orgs,
        org_limit=org_limit,
        apart=[tuple(sorted(s)) for s in apart_sets],
        history=history,
        visits0=visits0,
        wc_const=wc_const,
        reference=ref,
        size_low=size_low,
        size_high=size_high,
        mix_total=mix_total,
        mix_count=mix_count,
        bounds=bounds,
        history_max=history_max,
        component=component,
        **costs,
    )


def relax(pb: Problem) -> Problem:
    """The same problem accepting one more meeting for the worst pair (bound not reached)."""
    costs = _costs(
        pb.instance, pb.threshold + 1, pb.history_max, sum(pb.counted), pb.reference is not None
    )
    return replace(pb, **costs)


def _costs(
    instance: Instance, threshold: int, history_max: int, counted: int, reference: bool
) -> dict[str, Any]:
    """Pair-cost tables and goal weights for a given accepted worst pair."""
    nr, n = instance.rounds, len(instance.participants)
    seats = sum(t.capacity for t in instance.tables)
    mode = instance.options.mode
    mix_range = 2 * nr * n + 1
    mix_first = instance.options.mix_first
    spread = mix_range if mix_first else 1
    g_true = _pair_costs(mode, threshold, history_max + nr, n, spread)
    g = _pair_costs(mode, threshold, history_max + nr, n, spread, linear=True)
    if mix_first:
        # Mix between the worst-pair levels and the base pair cost (see _pair_costs).
        w_pair = nr * seats + 1
        w_mix = w_pair * _base_range(mode, history_max + nr, n)
    else:
        w_mix = nr * seats + 1
        w_pair = w_mix * mix_range
    w_wc = w_pair * (counted * (counted - 1) // 2 * g_true[-1] + 1)
    w_move = w_wc * (nr * n + 1)
    return {
        "threshold": threshold,
        "g": g,
        "g_true": g_true,
        "up": [g[m + 1] - g[m] for m in range(len(g) - 1)] + [0],
        "dn": [0] + [g[m] - g[m - 1] for m in range(1, len(g))],
        "w_mix": w_mix,
        "w_pair": w_pair,
        "w_wc": w_wc if instance.options.world_cafe else 0,
        "w_move": w_move if reference else 0,
        "w_hard": w_move * (nr * n + 1),
    }


def _units(
    instance: Instance, index: dict[str, int], present: list[list[bool]], pins: dict[str, str]
) -> tuple[
    list[list[tuple[int, ...]]],
    list[list[int]],
    list[list[int]],
    list[list[tuple[int, ...]]],
    list[list[int]],
]:
    """Per round: units, unit of each person, fixed table of each unit, orgs, org limits."""
    n, nt = len(index), len(instance.tables)
    table_index = {t.name: i for i, t in enumerate(instance.tables)}
    groups = [[index[pid] for pid in group] for group in together_groups(instance)]
    orgs: dict[str, int] = {}
    org_of = []
    for person in instance.participants:
        key = organisation_key(person.organisation)
        use = key and instance.options.separate_organisations
        org_of.append(orgs.setdefault(key, len(orgs)) if use else -1)
    units, unit_of, fixed, unit_orgs, org_limit = [], [], [], [], []
    for r in range(instance.rounds):
        here = [tuple(p for p in g if present[r][p]) for g in groups]
        here = [unit for unit in here if unit]
        owner = [-1] * n
        for u, unit in enumerate(here):
            for p in unit:
                owner[p] = u
        org_units = [0] * len(orgs)
        orgs_of_unit = [tuple({org_of[p] for p in unit if org_of[p] >= 0}) for unit in here]
        for unit_org_list in orgs_of_unit:
            for o in unit_org_list:
                org_units[o] += 1
        ids = [p.id for p in instance.participants]
        units.append(here)
        unit_of.append(owner)
        fixed.append(
            [next((table_index[pins[ids[p]]] for p in u if ids[p] in pins), -1) for u in here]
        )
        unit_orgs.append([tuple(o for o in uo if org_units[o] >= 2) for uo in orgs_of_unit])
        org_limit.append([-(-c // nt) for c in org_units])
    return units, unit_of, fixed, unit_orgs, org_limit


def _history(
    instance: Instance,
    index: dict[str, int],
    counted: list[bool],
    component: list[int],
    names: list[str],
) -> tuple[list[list[int]], list[list[int]]]:
    """Meetings between counted people, and table visits, in the earlier rounds."""
    n = len(index)
    table_index = {name: t for t, name in enumerate(names)}
    history = [[0] * n for _ in range(n)]
    visits = [[0] * len(names) for _ in range(n)]
    for past in instance.history:
        for g_i, group in enumerate(past.groups):
            members = [index[pid] for pid in group if pid in index and counted[index[pid]]]
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if component[a] != component[b]:
                        history[a][b] += 1
                        history[b][a] += 1
            if past.tables and past.tables[g_i] in table_index:
                for p in members:
                    visits[p][table_index[past.tables[g_i]]] += 1
    return history, visits


def _reference(
    reference: Sequence[Mapping[str, Sequence[str]]],
    index: dict[str, int],
    names: list[str],
    rounds: int,
) -> list[list[int]]:
    """Round → person → table of the plan to stay close to (-1 when not seated there)."""
    table_index = {name: t for t, name in enumerate(names)}
    ref = [[-1] * len(index) for _ in range(rounds)]
    for r, round_plan in enumerate(reference[:rounds]):
        for name, members in round_plan.items():
            for pid in members:
                if pid in index and name in table_index:
                    ref[r][index[pid]] = table_index[name]
    return ref


def _base_range(mode: Mode, most: int, people: int) -> int:
    """More than the base pair cost of any plan."""
    top = most + 1
    base = top * (top - 1) // 2 if mode is Mode.OVERLAPS else top - 1
    return people * (people - 1) // 2 * base + 1


def _pair_costs(
    mode: Mode, threshold: int, most: int, people: int, spread: int = 1, linear: bool = False
) -> list[int]:
    """Cost of a pair meeting m times, for m = 0 .. most + 1.

    The base cost is C(m, 2) (or m - 1 when meeting the most people); above the lower bound on
    the worst pair, each extra level weighs more than all base costs together, and each level
    more than all the levels below it, so the worst pair comes first. ``spread`` leaves room
    between the levels and the base cost for the audience mix (option ``mix_first``).

    ``linear`` gives the costs the search moves by: each meeting above the bound weighs the
    same (a pair meeting three times costs as much as two pairs meeting twice, as in Dotú and
    Van Hentenryck's count of repeats). That landscape is far easier to cross than the exact
    order, where one pair meeting three times outweighs any number meeting twice; the search
    keeps its best plan by the exact order (``g_true``).
    """
    top = most + 1
    if mode is Mode.OVERLAPS:
        base = [m * (m - 1) // 2 for m in range(top + 1)]
    else:
        base = [max(0, m - 1) for m in range(top + 1)]
    pairs = people * (people - 1) // 2
    level_weight = (pairs * base[-1] + 1) * spread
    growth = pairs + 1
    costs = []
    for m in range(top + 1):
        if linear:
            costs.append(base[min(m, threshold)] + level_weight * max(0, m - threshold))
            continue
        excess = sum(growth ** (k - threshold - 1) for k in range(threshold + 1, m + 1))
        costs.append(base[m] + level_weight * excess)
    return costs


def _foreign_table_repeats(instance: Instance, names: set[str], pinned: set[str]) -> int:
    """Repeats at history tables that are not tables of this instance (a constant)."""
    seen: dict[tuple[str, str], int] = {}
    known = {p.id for p in instance.participants} - pinned
    for past in instance.history:
        for table, group in zip(past.tables, past.groups, strict=False):
            if table in names:
                continue
            for pid in group:
                if pid in known:
                    seen[(pid, table)] = seen.get((pid, table), 0) + 1
    return sum(v - 1 for v in seen.values() if v >= 2)
