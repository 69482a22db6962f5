"""Helper shared by the rotation tests: plain social-golfer instances."""

from __future__ import annotations

from territ_desktop.rotation import Instance, Person, Table


def golfers(tables: int, size: int, rounds: int, **kwargs: object) -> Instance:
    """``tables`` tables T0, T1, … of ``size`` seats, filled by people p0, p1, …"""
    return Instance(
        rounds=rounds,
        tables=tuple(Table(f"T{t}", size) for t in range(tables)),
        participants=tuple(Person(f"p{i}") for i in range(tables * size)),
        **kwargs,  # type: ignore[arg-type]
    )
