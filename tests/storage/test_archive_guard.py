"""Archived sessions and anonymised people are read-only through every service."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import ItemKind, ProgrammeItem, Session
from territ_desktop.services import Services
from territ_desktop.storage.archive_guard import ArchivedError, allow_archived_changes
from territ_desktop.storage.models import ParticipantRow, SessionRow

OLD = dt.date(2020, 5, 4)


@pytest.fixture
def archived(services: Services) -> tuple[Services, str, str, str]:
    """Two sessions; the old one archived. Returns services, old id, new id, a person's id."""
    old = services.sessions.create(Session(id="", title="Ancienne"))
    services.programme.add_day(old.id, OLD, "")
    new = services.sessions.create(Session(id="", title="Récente"))
    person = services.participants.create(Participant("", "Morel", "Anne"), old.id)
    with services.database.unit_of_work() as orm:
        allow_archived_changes(orm)
        row = orm.get(SessionRow, old.id)
        assert row is not None
        row.archived_at = dt.datetime(2024, 1, 1)
    return services, old.id, new.id, person.id


def test_edits_of_an_archived_session_are_refused(
    archived: tuple[Services, str, str, str],
) -> None:
    services, old_id, new_id, person_id = archived
    old = services.sessions.get(old_id)
    half = old.half_days[0]
    outsider = services.participants.create(Participant("", "Blanc", "Hugo"))
    refused = [
        lambda: services.sessions.update(Session(id=old_id, title="Renommée")),
        lambda: services.sessions.delete(old_id),
        lambda: services.programme.add_day(old_id, OLD + dt.timedelta(days=1), ""),
        lambda: services.programme.delete_day(old.days[0].id),
        lambda: services.programme.add_item(
            ProgrammeItem("", half.id, 0, ItemKind.PLENARY, "Ouverture")
        ),
        lambda: services.participants.enrol(outsider.id, old_id),
        lambda: services.participants.unenrol(person_id, old_id),  # bulk delete
        lambda: services.participants.delete(person_id),  # would cascade into the archive
        lambda: services.participants.create(Participant("", "Petit", "Léa"), old_id),
    ]
    for action in refused:
        with pytest.raises(ArchivedError):
            action()
    assert services.sessions.get(old_id).title == "Ancienne"
    assert len(services.participants.find(old_id)) == 1
    # Other sessions and the person's own record stay editable.
    services.sessions.update(Session(id=new_id, title="Récente, renommée"))
    services.participants.enrol(person_id, new_id)
    services.participants.update(Participant(person_id, "Morel", "Anne-Sophie"))


def test_anonymised_people_are_read_only(archived: tuple[Services, str, str, str]) -> None:
    services, _old, _new, person_id = archived
    with services.database.unit_of_work() as orm:
        allow_archived_changes(orm)
        orm.execute(
            update(ParticipantRow)
            .where(ParticipantRow.id == person_id)
            .values(anonymised_at=dt.datetime(2024, 1, 1), last_name="Participant·e 1")
        )
    with pytest.raises(ArchivedError, match="anonymisées"):
        services.participants.update(Participant(person_id, "Morel", "Anne"))
    with services.database.unit_of_work() as orm, pytest.raises(ArchivedError):
        orm.execute(update(ParticipantRow).values(notes="x"))


def test_no_archive_costs_one_query(services: Services) -> None:
    session = services.sessions.create(Session(id="", title="Libre"))
    services.sessions.update(Session(id=session.id, title="Libre, renommée"))
    services.sessions.delete(session.id)
