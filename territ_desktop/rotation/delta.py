"""Cost change of a move before making it: the incremental evaluation of the local search."""

from __future__ import annotations

from territ_desktop.rotation.state import State, mix_deviation


def delta(state: State, r: int, moves: list[tuple[int, int]]) -> int:
    """Cost change if the units of ``moves`` (index, new table) moved in round r."""
    pb = state.pb
    where_r, tab_r = state.where[r], state.tab[r]
    units = pb.units[r]
    old: dict[int, int] = {}
    new: dict[int, int] = {}
    size_change: dict[int, int] = {}
    org_change: dict[tuple[int, int], int] = {}
    for u, b in moves:
        a = where_r[u]
        if a == b:
            continue
        for p in units[u]:
            old[p], new[p] = a, b
        size_change[a] = size_change.get(a, 0) - len(units[u])
        size_change[b] = size_change.get(b, 0) + len(units[u])
        for o in pb.unit_orgs[r][u]:
            org_change[(a, o)] = org_change.get((a, o), 0) - 1
            org_change[(b, o)] = org_change.get((b, o), 0) + 1
    if not new:
        return 0
    movers = list(new)
    pairs = _pair_delta(state, r, movers, old, new)
    hard = 0
    mix = 0
    size = 0
    counts = {t: state.counts[r][t][:] for t in size_change}
    for p in movers:
        counts[old[p]][pb.audience[p]] -= 1
        counts[new[p]][pb.audience[p]] += 1
    for t, change in size_change.items():
        before, after = state.size[r][t], state.size[r][t] + change
        cap, low, high = pb.caps[t], pb.size_low[r][t], pb.size_high[r][t]
        hard += max(0, after - cap) - max(0, before - cap)
        size += max(0, after - high) + max(0, low - after) - state.size_t[r][t]
        mix += (
            mix_deviation(counts[t], pb.mix_count[r], state.csize[r][t] + change, pb.mix_total[r])
            - state.mix_t[r][t]
        )
    limit = pb.org_limit[r]
    for (t, o), change in org_change.items():
        before = state.org[r][t].get(o, 0)
        hard += max(0, before + change - limit[o]) - max(0, before - limit[o])
    for p in movers:
        for x in pb.apart[p]:
            tx = tab_r[x]
            if tx < 0:
                continue
            if x in new:
                if x < p:
                    continue
                hard += (new[x] == new[p]) - (tx == old[p])
            else:
                hard += (tx == new[p]) - (tx == old[p])
    cafe = 0
    moved = 0
    ref = pb.reference[r] if pb.reference is not None else None
    for p in movers:
        a, b = old[p], new[p]
        visits = state.visits[p]
        cafe += (visits[b] >= 1) - (visits[a] >= 2)
        if ref is not None and ref[p] >= 0:
            moved += (b != ref[p]) - (a != ref[p])
    return (
        pb.w_hard * hard
        + pb.w_move * moved
        + pb.w_wc * cafe
        + pb.w_pair * pairs
        + pb.w_mix * mix
        + size
    )


def _pair_delta(
    state: State, r: int, movers: list[int], old: dict[int, int], new: dict[int, int]
) -> int:
    pb = state.pb
    up, dn = pb.up, pb.dn
    gain_r, loss_r = state.gain[r], state.loss[r]
    change = 0
    for i, p in enumerate(movers):
        row = state.meet[p]
        a, b = old[p], new[p]
        change += gain_r[p][b] - loss_r[p]
        for x in movers:
            if x == p:
                continue
            if old[x] == b:
                change -= up[row[x]]
            if old[x] == a:
                change += dn[row[x]]
        for x in movers[i + 1 :]:
            step = (new[x] == b) - (old[x] == a)
            if step > 0:
                change += up[row[x]]
            elif step < 0:
                change -= dn[row[x]]
    return change


def swap_apart(state: State, r: int, p: int, q: int, a: int, b: int) -> int:
    """Change in kept-apart pairs sharing a table if p (at a) and q (at b) swap."""
    pb = state.pb
    tab_r = state.tab[r]
    broken = 0
    for x in pb.apart[p]:
        if x != q:
            broken += (tab_r[x] == b) - (tab_r[x] == a)
    for x in pb.apart[q]:
        if x != p:
            broken += (tab_r[x] == a) - (tab_r[x] == b)
    return broken
