from __future__ import annotations

from collections import Counter

from territ_desktop.domain import Audience, ItemKind
from territ_desktop.services import Services
from territ_desktop.services.demo import create_demo


def test_demo_is_realistic(demo: Services, demo_session_id: str) -> None:
    session = demo.sessions.get(demo_session_id)
    assert len(session.days) == 4
    assert len(session.half_days) == 8
    kinds = {i.kind for h in session.half_days for i in h.items}
    assert {ItemKind.PLENARY, ItemKind.WORKSHOP, ItemKind.EXPERT_TALK} <= kinds
    assert len(session.trainers) == 2
    people = demo.participants.find(demo_session_id)
    assert 35 <= len(people) <= 45
    assert {p.audience for p in people} == set(Audience)
    organisations = Counter(p.organisation for p in people)
    assert organisations.most_common(1)[0][1] >= 2
    for half in session.half_days:
        assert half.start < half.end


def test_demo_twice_changes_nothing(demo: Services, demo_session_id: str) -> None:
    before = (demo.sessions.list_sessions(), demo.participants.find())
    again = create_demo(demo.database, plans=False)
    assert not again.created
    assert (demo.sessions.list_sessions(), demo.participants.find()) == before


def test_demo_has_group_plans_and_notes(services: Services, demo_session_id: str) -> None:
    create_demo(services.database)
    items = services.rotations.workshops(demo_session_id)
    plans = [services.rotations.load(i.id) for i in items]
    assert all(p is not None and p.score.hard_violations == 0 for p in plans)
    assert plans[0] is not None and plans[0].score.max_meetings <= 2
    assert services.notes.synthesis(demo_session_id)
    assert services.notes.evaluation(demo_session_id) is not None
    assert len(services.notes.session_notes(demo_session_id)) >= 4
