from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from territ_desktop.domain import ItemKind, NotFoundError, ProgrammeItem, Session, ValidationError
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.session import Trainer, TrainerRole
from territ_desktop.services import Services


def make_session(services: Services, title: str = "Module TERRIT — Lyon") -> Session:
    return services.sessions.create(Session(id=new_id(), title=title, place_name="Lyon"))


def item(half_day_id: str, title: str) -> ProgrammeItem:
    return ProgrammeItem(
        id=new_id(), half_day_id=half_day_id, position=0, kind=ItemKind.PLENARY, title=title
    )


def test_create_update_list_delete_session(services: Services) -> None:
    session = make_session(services)
    assert [s.id for s in services.sessions.list_sessions()] == [session.id]
    services.sessions.update(replace(session, funders=("ARS", " "), room_capacity=30))
    again = services.sessions.get(session.id)
    assert again.funders == ("ARS",)
    assert again.room_capacity == 30
    services.sessions.delete(session.id)
    assert services.sessions.list_sessions() == []
    with pytest.raises(NotFoundError):
        services.sessions.get(session.id)


def test_session_needs_a_title(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.sessions.create(Session(id=new_id(), title="  "))


def test_days_have_half_days_in_order(services: Services) -> None:
    session = make_session(services)
    services.programme.add_day(session.id, dt.date(2026, 5, 7), "J2")
    services.programme.add_day(session.id, dt.date(2026, 3, 5), "J1", afternoon=None)
    loaded = services.sessions.get(session.id)
    assert [d.title for d in loaded.days] == ["J1", "J2"]
    assert len(loaded.half_days) == 3
    with pytest.raises(ValidationError, match="déjà une journée"):
        services.programme.add_day(session.id, dt.date(2026, 3, 5))


def test_half_day_times_are_checked(services: Services) -> None:
    session = make_session(services)
    day = services.programme.add_day(session.id, dt.date(2026, 3, 5))
    half = day.half_days[0]
    with pytest.raises(ValidationError, match="après"):
        services.programme.set_half_day_times(half.id, dt.time(12), dt.time(9))
    changed = services.programme.set_half_day_times(half.id, dt.time(8, 30), dt.time(12))
    assert changed.start == dt.time(8, 30)


def test_items_add_move_delete_restore(services: Services) -> None:
    session = make_session(services)
    half = services.programme.add_day(session.id, dt.date(2026, 3, 5)).half_days[0]
    a, b, c = (services.programme.add_item(item(half.id, t)) for t in "ABC")
    services.programme.move_item(c.id, -2)

    def titles() -> list[str]:
        return [i.title for i in services.sessions.get(session.id).half_days[0].items]

    assert titles() == ["C", "A", "B"]
    removed = services.programme.delete_item(a.id)
    assert titles() == ["C", "B"]
    services.programme.restore_item(removed)
    assert titles() == ["C", "A", "B"]
    services.programme.update_item(replace(b, title="B2"))
    assert titles() == ["C", "A", "B2"]


def test_delete_and_restore_day_keeps_ids(services: Services) -> None:
    session = make_session(services)
    day = services.programme.add_day(session.id, dt.date(2026, 3, 5))
    services.programme.add_item(item(day.half_days[1].id, "Atelier"))
    snapshot = services.programme.delete_day(day.id)
    assert services.sessions.get(session.id).days == ()
    services.programme.restore_day(snapshot)
    assert services.sessions.get(session.id).days == (snapshot,)


def test_trainers(services: Services) -> None:
    session = make_session(services)
    t1 = services.sessions.save_trainer(Trainer(new_id(), "Fontaine", "Claire"))
    t2 = services.sessions.save_trainer(
        Trainer(new_id(), "Roussel", "Anne", role=TrainerRole.SPEAKER)
    )
    updated = services.sessions.set_trainers(session.id, [t2.id, t1.id])
    assert [t.last_name for t in updated.trainers] == ["Roussel", "Fontaine"]
    assert [t.last_name for t in services.sessions.set_trainers(session.id, [t1.id]).trainers] == [
        "Fontaine"
    ]
