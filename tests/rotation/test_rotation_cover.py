"""Exact covers on bit sets, within a count of nodes."""

from __future__ import annotations

from random import Random

import pytest

from territ_desktop.rotation.cover import Budget, OutOfBudgetError, bits, exact_cover


def _mask(*columns: int) -> int:
    out = 0
    for c in columns:
        out |= 1 << c
    return out


# Knuth's example (Dancing Links, 2000): seven columns, six rows, one cover (rows 0, 3, 4).
KNUTH = [
    _mask(2, 4, 5),
    _mask(0, 3, 6),
    _mask(1, 2, 5),
    _mask(0, 3),
    _mask(1, 6),
    _mask(3, 4, 6),
]


def test_finds_the_only_cover_of_knuths_example() -> None:
    chosen = exact_cover(7, KNUTH, Budget(), 1_000)
    assert chosen is not None and sorted(chosen) == [0, 3, 4]


def test_the_cover_holds_every_column_once_whatever_the_order() -> None:
    rows = [_mask(0, 1), _mask(2, 3), _mask(0, 2), _mask(1, 3), _mask(0, 3), _mask(1, 2)]
    for seed in range(10):
        shuffled = rows[:]
        Random(seed).shuffle(shuffled)
        chosen = exact_cover(4, shuffled, Budget(), 1_000)
        assert chosen is not None
        held = [c for g in chosen for c in bits(shuffled[g])]
        assert sorted(held) == [0, 1, 2, 3]


def test_says_none_when_no_cover_exists() -> None:
    assert exact_cover(3, [_mask(0, 1), _mask(1, 2)], Budget(), 1_000) is None


def test_quotas_cap_the_rows_of_a_kind() -> None:
    rows = [_mask(0), _mask(1), _mask(0, 1)]
    assert sorted(exact_cover(2, rows, Budget(), 100, [(_mask(0, 1), 2)]) or []) in ([0, 1], [2])
    # At most one of the two single rows: only the pair is left.
    assert exact_cover(2, rows, Budget(), 100, [(_mask(0, 1), 1)]) == [2]


def test_stops_after_the_count_of_nodes() -> None:
    # 13 columns, every pair of them a row: no cover (odd), and many nodes to prove it.
    rows = [_mask(a, b) for a in range(13) for b in range(a + 1, 13)]
    with pytest.raises(OutOfBudgetError):
        exact_cover(13, rows, Budget(), 50)


def test_a_check_returning_false_stops_the_search_and_says_so() -> None:
    rows = [_mask(a, b) for a in range(13) for b in range(a + 1, 13)]
    budget = Budget(lambda: False)
    with pytest.raises(OutOfBudgetError):
        exact_cover(13, rows, budget, 10**9)
    assert budget.stopped and budget.nodes == 2048
