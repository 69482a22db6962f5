"""Fixtures for the import tests."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from territ_desktop.domain import Audience, Participant


@pytest.fixture
def existing() -> list[Participant]:
    """Two participants already in the database; the messy files name both again."""
    return [
        Participant(
            "existing-petit",
            "Petit",
            "Sophie",
            "Association Santé Quartiers",
            email="sophie.petit@asso.fr",
            audience=Audience.ASSOCIATIF,
        ),
        Participant("existing-bernard", "Bernard", "Luc", "Métropole de Lyon", phone="04 78 00"),
    ]


@pytest.fixture
def ids() -> Callable[[], str]:
    """Predictable ids for new participants: new-1, new-2..."""
    counter = itertools.count(1)
    return lambda: f"new-{next(counter)}"
