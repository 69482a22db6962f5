from __future__ import annotations

import pytest

from territ_desktop.domain import AttendanceStatus
from territ_desktop.domain.errors import NotFoundError
from territ_desktop.rotation import score_plan
from territ_desktop.services import Services


def test_workshops_of_the_demo(demo: Services, demo_session_id: str) -> None:
    items = demo.rotations.workshops(demo_session_id)
    assert len(items) == 4
    assert all(len(i.themes) == 4 for i in items)


def test_default_instance_seats_only_people_present(demo: Services, demo_session_id: str) -> None:
    first = demo.rotations.workshops(demo_session_id)[0]
    sheet = demo.attendance.sheet(demo_session_id)
    half = next(h for h in sheet.session.half_days if any(i.id == first.id for i in h.items))
    present = {
        p.id
        for p in sheet.participants
        if sheet.record(p.id, half.id).status  # type: ignore[union-attr]
        in (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL)
    }
    instance = demo.rotations.default_instance(demo_session_id, first.id, rounds=2)
    assert {p.id for p in instance.participants} == present
    assert len(present) < len(sheet.participants)
    assert [t.name for t in instance.tables] == list(first.themes)
    assert sum(t.capacity for t in instance.tables) >= len(present)
    later = demo.rotations.workshops(demo_session_id)[3]
    assert len(demo.rotations.default_instance(demo_session_id, later.id).participants) == len(
        sheet.participants
    )  # no attendance yet for that day: everyone enrolled


def test_solve_save_and_history(demo: Services, demo_session_id: str) -> None:
    first, second = demo.rotations.workshops(demo_session_id)[:2]
    instance = demo.rotations.default_instance(demo_session_id, first.id, rounds=2)
    result = demo.rotations.solve(instance, seed=3, max_iterations=2000)
    assert result.score.hard_violations == 0
    assert demo.rotations.save(first.id, instance, result.plan, 3) is None
    stored = demo.rotations.load(first.id)
    assert stored is not None and stored.plan == result.plan
    assert stored.score == score_plan(instance, result.plan)
    assert len(demo.rotations.history(demo_session_id, second.id)) == 2
    assert demo.rotations.history(demo_session_id, first.id) == ()
    previous = demo.rotations.delete(first.id)
    assert demo.rotations.load(first.id) is None
    demo.rotations.restore(first.id, previous)
    assert demo.rotations.load(first.id) == stored


def test_plan_all_is_idempotent(demo: Services, demo_session_id: str) -> None:
    assert demo.rotations.plan_all(demo_session_id, max_iterations=300) == 4
    assert demo.rotations.plan_all(demo_session_id, max_iterations=300) == 0
    for item in demo.rotations.workshops(demo_session_id):
        stored = demo.rotations.load(item.id)
        assert stored is not None and stored.score.hard_violations == 0


def test_unknown_item(demo: Services, demo_session_id: str) -> None:
    with pytest.raises(NotFoundError):
        demo.rotations.workshop(demo_session_id, "nope")
