from __future__ import annotations

from typing import Any

from territ_desktop.domain import Audience
from territ_desktop.services import Services
from territ_desktop.ui.participants_table_model import (
    ParticipantFilterProxy,
    ParticipantsTableModel,
)
from territ_desktop.ui.session_list_model import SessionListModel


def test_session_list_model(qtmodeltester: Any, demo: Services) -> None:
    model = SessionListModel()
    model.set_sessions(demo.sessions.list_sessions())
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_participants_model_and_filter(
    qtmodeltester: Any, demo: Services, demo_session_id: str
) -> None:
    model = ParticipantsTableModel()
    model.set_participants(demo.participants.find(demo_session_id))
    qtmodeltester.check(model)
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_search("lukasz")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    proxy.set_audience(Audience.CITOYEN)
    assert proxy.rowCount() == 4
    qtmodeltester.check(proxy)
