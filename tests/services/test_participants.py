from __future__ import annotations

from dataclasses import replace

import pytest

from territ_desktop.domain import Audience, NotFoundError, Participant, Session, ValidationError
from territ_desktop.domain.ids import new_id
from territ_desktop.services import Services


def person(last: str, first: str = "", **fields: str) -> Participant:
    return Participant(id=new_id(), last_name=last, first_name=first, **fields)  # type: ignore[arg-type]


@pytest.fixture
def session_id(services: Services) -> str:
    return services.sessions.create(Session(id=new_id(), title="Journée d'étude")).id


def test_create_cleans_and_enrols(services: Services, session_id: str) -> None:
    created = services.participants.create(person("  GARNIER ", "Paul", email="P@X.FR"), session_id)
    assert created.last_name == "Garnier"
    assert created.email == "p@x.fr"
    assert [p.id for p in services.participants.find(session_id)] == [created.id]


def test_invalid_participant_writes_nothing(services: Services, session_id: str) -> None:
    with pytest.raises(ValidationError):
        services.participants.create(person("", "Sans nom"), session_id)
    assert services.participants.find() == []


def test_search_ignores_accents_and_case(services: Services) -> None:
    services.participants.create(person("Kowalski", "Łukasz", organisation="Parenthèse"))
    services.participants.create(person("Robin", "Élise", territory="Dole"))
    assert [p.last_name for p in services.participants.find(search="lukasz")] == ["Kowalski"]
    assert [p.last_name for p in services.participants.find(search="ELISE dole")] == ["Robin"]
    assert [p.last_name for p in services.participants.find(search="parenthese")] == ["Kowalski"]


def test_update_and_count_by_audience(services: Services, session_id: str) -> None:
    p = services.participants.create(person("Morel", audience=Audience.AUTRE), session_id)
    services.participants.update(replace(p, audience=Audience.ELU))
    counts = services.participants.count_by_audience(session_id)
    assert counts[Audience.ELU] == 1
    assert sum(counts.values()) == 1


def test_delete_and_restore_keeps_enrolments(services: Services, session_id: str) -> None:
    p = services.participants.create(person("Morel"), session_id)
    deleted = services.participants.delete(p.id)
    assert services.participants.find(session_id) == []
    services.participants.restore(deleted)
    assert services.participants.find(session_id) == [p]
    with pytest.raises(NotFoundError):
        services.participants.delete(new_id())


def test_remove_from_session_keeps_people_of_other_sessions(
    services: Services, session_id: str
) -> None:
    other = services.sessions.create(Session(id=new_id(), title="Autre")).id
    only_here = services.participants.create(person("Seul"), session_id)
    both = services.participants.create(person("Deux"), session_id)
    services.participants.enrol(both.id, other)
    removals = services.participants.remove_from_session([only_here.id, both.id], session_id)
    assert [r.deleted for r in removals] == [True, False]
    assert services.participants.find(session_id) == []
    assert [p.id for p in services.participants.find()] == [both.id]
    services.participants.undo_removals(removals)
    assert {p.id for p in services.participants.find(session_id)} == {only_here.id, both.id}
    assert [p.id for p in services.participants.find(other)] == [both.id]


def test_unknown_session_is_a_clear_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="session"):
        services.participants.create(person("Morel"), new_id())
