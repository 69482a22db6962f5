"""Choosing the best move among those offered, and a small cost helper of re-planning."""

from __future__ import annotations

from random import Random


def moved(ref: int, a: int, b: int) -> int:
    """Change in "people moved" when someone whose reference table is ``ref`` goes a → b."""
    if ref < 0:
        return 0
    return (b != ref) - (a != ref)


class Pick:
    """The best move offered so far, ties broken at random (reservoir sampling)."""

    def __init__(self, rng: Random, aspiration: int) -> None:
        self.rng = rng
        self.aspiration = aspiration
        self.change = 1 << 4096
        self.ties = 0
        #: Round, unit, its new table, and the unit swapped with it and its new table (or -1).
        self.choice: tuple[int, int, int, int, int] | None = None

    def offer(self, choice: tuple[int, int, int, int, int], change: int, tabu: bool) -> None:
        """Consider a move; a tabu move counts only if it beats the best plan found."""
        if tabu and change >= self.aspiration:
            return
        if change < self.change:
            self.change, self.choice, self.ties = change, choice, 1
        else:
            self.ties += 1
            if self.rng.random() * self.ties < 1:
                self.choice = choice

    def moves(self) -> tuple[int, list[tuple[int, int]]]:
        """The chosen move as a round and a list of (unit, new table)."""
        assert self.choice is not None
        r, u, b, v, a = self.choice
        return r, [(u, b)] if v < 0 else [(u, b), (v, a)]
