"""Who must sit together: keep-together links and people pinned to the same table."""

from __future__ import annotations

from functools import lru_cache

from territ_desktop.domain.participant import fold
from territ_desktop.rotation.model import Instance


@lru_cache(maxsize=4096)
def organisation_key(organisation: str) -> str:
    """Compare organisations ignoring case, accents and spacing; empty means none."""
    return " ".join(fold(organisation).split())


class DisjointSets:
    """Union-find over strings."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        """Representative of the set holding ``item``."""
        parent = self._parent.setdefault(item, item)
        if parent != item:
            parent = self.find(parent)
            self._parent[item] = parent
        return parent

    def union(self, a: str, b: str) -> None:
        """Merge the sets of ``a`` and ``b``."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self._parent[max(root_a, root_b)] = min(root_a, root_b)


def together_groups(instance: Instance) -> list[list[str]]:
    """Sets of people who always share a table, in participant order; singletons included.

    Keep-together links are transitive, and people pinned to the same table are together anyway.
    """
    sets = DisjointSets()
    known = {p.id for p in instance.participants}
    for group in instance.keep_together:
        members = [m for m in group if m in known]
        for other in members[1:]:
            sets.union(members[0], other)
    first_at_table: dict[str, str] = {}
    for pin in instance.pinned:
        if pin.participant not in known:
            continue
        anchor = first_at_table.setdefault(pin.table, pin.participant)
        sets.union(anchor, pin.participant)
    groups: dict[str, list[str]] = {}
    for person in instance.participants:
        groups.setdefault(sets.find(person.id), []).append(person.id)
    return list(groups.values())


def pin_map(instance: Instance) -> dict[str, str]:
    """Participant identifier → table name of its pin (the last one wins if repeated)."""
    return {pin.participant: pin.table for pin in instance.pinned}


def kept_together(instance: Instance) -> dict[str, str]:
    """Participant → representative of its keep-together set (their meetings never count)."""
    sets = DisjointSets()
    for group in instance.keep_together:
        for other in group[1:]:
            sets.union(group[0], other)
    return {p.id: sets.find(p.id) for p in instance.participants}
