"""Exact covers on bit sets (Knuth's Algorithm X), within a count of nodes.

Given rows, each a set of columns (a bit set), find rows that hold every column exactly once.
The column with the fewest rows left is tried first; rows are tried in the order given, so a
caller that shuffles them with a seeded generator gets a different but reproducible cover.
Every call stops after a number of nodes (and asks ``check`` every few thousand), so its cost
is bounded whatever the instance: a search that runs out gives up rather than run on.

Used to seat one round anew (``exact``) and to choose the rounds of a symmetric plan
(``translations``). The exact-cover packages on PyPI take a NumPy matrix and run to the end
with no bound on the work nor a way to stop them, which a solver with a time limit cannot
accept; the algorithm itself is a few lines on Python integers.
"""

from __future__ import annotations

from collections.abc import Callable


class OutOfBudgetError(Exception):
    """The node budget ran out, or the caller stopped the search."""


class Budget:
    """Nodes spent so far; ``check`` is called every 2048 nodes (False stops)."""

    def __init__(self, check: Callable[[], bool] | None = None) -> None:
        self.check = check
        self.nodes = 0
        #: Whether ``check`` stopped the search (rather than the count of nodes).
        self.stopped = False

    def spend(self, limit: int) -> None:
        """Count one node; raise :class:`OutOfBudgetError` past ``limit`` or when stopped."""
        self.nodes += 1
        if self.nodes > limit:
            raise OutOfBudgetError
        if self.nodes % 2048 == 0 and self.check is not None and not self.check():
            self.stopped = True
            raise OutOfBudgetError

    def reset(self) -> None:
        """Start counting again (a new search within the same call)."""
        self.nodes = 0


def exact_cover(
    columns: int,
    rows: list[int],
    budget: Budget,
    limit: int,
    quotas: list[tuple[int, int]] | None = None,
) -> list[int] | None:
    """Indices of rows covering each of ``columns`` columns exactly once, or None if none does.

    ``quotas`` optionally caps how many rows of a kind may be taken: (bit set of row indices,
    most of them in the cover). Raises :class:`OutOfBudgetError` after ``limit`` nodes.
    """
    of_column = [0] * columns
    for g, row in enumerate(rows):
        for c in bits(row):
            of_column[c] |= 1 << g
    clash = []
    for row in rows:
        mask = 0
        for c in bits(row):
            mask |= of_column[c]
        clash.append(mask)
    kinds = quotas or []
    left = [count for _, count in kinds]
    full = (1 << columns) - 1

    def search(covered: int, alive: int) -> list[int] | None:
        budget.spend(limit)
        if covered == full:
            return []
        best, fewest = -1, 1 << 30
        for c in bits(full & ~covered):
            n = (of_column[c] & alive).bit_count()
            if n < fewest:
                best, fewest = c, n
                if n <= 1:
                    break
        if fewest == 0:
            return None
        options = of_column[best] & alive
        while options:
            low = options & -options
            options ^= low
            g = low.bit_length() - 1
            allowed = alive & ~clash[g]
            taken = [q for q, (kind, _) in enumerate(kinds) if kind & low]
            for q in taken:
                left[q] -= 1
                if not left[q]:
                    allowed &= ~kinds[q][0]
            rest = search(covered | rows[g], allowed)
            for q in taken:
                left[q] += 1
            if rest is not None:
                return [g, *rest]
        return None

    return search(0, (1 << len(rows)) - 1)


def bits(mask: int) -> list[int]:
    """The positions of the set bits, lowest first."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out
