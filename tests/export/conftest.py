"""Fixtures of the export tests: a two-day session, hostile and international names."""

from __future__ import annotations

import pytest
from export_samples import make_participants, make_records, make_session

from territ_desktop.domain import AttendanceRecord, Participant, Session


@pytest.fixture
def session() -> Session:
    return make_session()


@pytest.fixture
def participants() -> list[Participant]:
    return make_participants()


@pytest.fixture
def records(
    session: Session, participants: list[Participant]
) -> dict[tuple[str, str], AttendanceRecord]:
    return make_records(session, participants)
