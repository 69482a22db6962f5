"""Whether an instance is plain "golf": the case where rounds can be built by construction."""

from __future__ import annotations

from territ_desktop.rotation.problem import Problem


def is_plain(pb: Problem) -> bool:
    """Equal tables filled exactly, and nothing else to respect.

    Everyone present in every round and free (no pin, no one kept together or apart, no
    colleague), no history, no world café, a single audience type, no plan to stay close to.
    """
    n, caps = pb.n, pb.caps
    if pb.reference is not None or len(set(caps)) != 1 or pb.tables < 2:
        return False
    if caps[0] * pb.tables != n or pb.instance.options.world_cafe:
        return False
    if len(set(pb.audience)) > 1 or any(pb.apart) or not all(pb.counted):
        return False
    for r in range(pb.rounds):
        if not all(pb.present[r]) or any(len(u) > 1 for u in pb.units[r]):
            return False
        if any(pb.unit_orgs[r]) or any(t >= 0 for t in pb.fixed[r]):
            return False
    return not any(any(row) for row in pb.history)
