"""The window driven as a user would: edit the programme and a participant, undo, redo."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTime

from territ_desktop.domain import Audience
from territ_desktop.services import Services
from territ_desktop.ui.day_dialog import DayDialog
from territ_desktop.ui.main_window import MainWindow
from territ_desktop.ui.new_session_dialog import NewSessionDialog
from territ_desktop.ui.participant_dialog import ParticipantDialog
from territ_desktop.ui.programme_item_dialog import ProgrammeItemDialog


def titles(services: Services, session_id: str, half: int) -> list[str]:
    return [i.title for i in services.sessions.get(session_id).half_days[half].items]


def test_opens_on_the_demo_session(window: MainWindow, demo_session_id: str) -> None:
    assert window.session_list.current_id() == demo_session_id
    assert window.session_page.stack.currentIndex() == 1
    assert window.session_page.participants_tab.proxy.rowCount() == 41
    assert "41 inscrit" in window.session_page.participants_tab.counts.text()


def test_programme_edit_undo_redo(
    window: MainWindow,
    demo: Services,
    demo_session_id: str,
    dialogs: dict[type, Any],
    answers: list[str],
) -> None:
    tab = window.session_page.programme_tab
    first_half = demo.sessions.get(demo_session_id).half_days[0]
    before = titles(demo, demo_session_id, 0)
    tab.select(first_half.id)

    def fill(dialog: ProgrammeItemDialog) -> None:
        dialog.title.setText("Jeu de rôle : le comité de pilotage")
        dialog.start.setTime(QTime(11, 0))
        dialog.end.setTime(QTime(11, 45))

    dialogs[ProgrammeItemDialog] = fill
    tab.buttons["addItemButton"].click()
    assert titles(demo, demo_session_id, 0) == [*before, "Jeu de rôle : le comité de pilotage"]
    tab.buttons["upButton"].click()
    assert titles(demo, demo_session_id, 0)[-2] == "Jeu de rôle : le comité de pilotage"

    window.undo_action.trigger()  # undo the move
    assert titles(demo, demo_session_id, 0)[-1] == "Jeu de rôle : le comité de pilotage"
    window.undo_action.trigger()  # undo the addition
    assert titles(demo, demo_session_id, 0) == before
    window.redo_action.trigger()
    assert titles(demo, demo_session_id, 0)[-1] == "Jeu de rôle : le comité de pilotage"
    assert tab.model.rowCount() == 4
    assert answers == []


def test_add_day_then_delete_and_undo(
    window: MainWindow,
    demo: Services,
    demo_session_id: str,
    dialogs: dict[type, Any],
    answers: list[str],
) -> None:
    tab = window.session_page.programme_tab
    dialogs[DayDialog] = lambda d: d.title.setText("Journée bonus")
    tab.buttons["addDayButton"].click()
    days = demo.sessions.get(demo_session_id).days
    assert days[-1].title == "Journée bonus"
    assert days[-1].date == dt.date(2027, 3, 18)  # a week after the last day
    tab.buttons["deleteButton"].click()  # the new day is selected
    assert len(demo.sessions.get(demo_session_id).days) == 4
    window.undo_action.trigger()
    assert demo.sessions.get(demo_session_id).days[-1].title == "Journée bonus"


def test_participant_add_edit_undo_redo(
    window: MainWindow,
    demo: Services,
    demo_session_id: str,
    dialogs: dict[type, Any],
    answers: list[str],
) -> None:
    tab = window.session_page.participants_tab

    def fill_new(dialog: ParticipantDialog) -> None:
        dialog.edits["last_name"].setText("NGUYỄN")
        dialog.edits["first_name"].setText("Văn An")
        dialog.edits["organisation"].setText("Ville de Quetigny")
        dialog.audience.setCurrentIndex(dialog.audience.findData("elu"))

    dialogs[ParticipantDialog] = fill_new
    tab.add()
    found = demo.participants.find(demo_session_id, search="nguyen van")
    assert [(p.last_name, p.audience) for p in found] == [("Nguyễn", Audience.ELU)]
    assert tab.proxy.rowCount() == 42

    tab.search.setText("quetigny")
    assert tab.proxy.rowCount() == 1
    tab.view.selectRow(0)
    dialogs[ParticipantDialog] = lambda d: d.edits["function"].setText("Maire adjoint")
    tab.edit()
    assert demo.participants.get(found[0].id).function == "Maire adjoint"

    window.undo_action.trigger()
    assert demo.participants.get(found[0].id).function == ""
    window.undo_action.trigger()
    assert demo.participants.find(search="quetigny") == []
    window.redo_action.trigger()
    assert demo.participants.get(found[0].id).last_name == "Nguyễn"
    window.redo_action.trigger()
    assert demo.participants.get(found[0].id).function == "Maire adjoint"


def test_remove_participants_and_undo(
    window: MainWindow, demo: Services, demo_session_id: str, answers: list[str]
) -> None:
    tab = window.session_page.participants_tab
    tab.search.setText("Ville de Chenôve")
    assert tab.proxy.rowCount() == 3
    tab.view.selectAll()
    tab.delete()
    assert len(demo.participants.find(demo_session_id)) == 38
    window.undo_action.trigger()
    assert len(demo.participants.find(demo_session_id)) == 41


def test_invalid_participant_shows_french_message(
    window: MainWindow, demo: Services, dialogs: dict[type, Any], answers: list[str]
) -> None:
    def fill(dialog: ParticipantDialog) -> None:
        dialog.edits["last_name"].setText("Diallo")
        dialog.edits["email"].setText("pas une adresse")

    dialogs[ParticipantDialog] = fill
    # The dialog's own validation refuses the value; nothing is written.
    try:
        window.session_page.participants_tab.add()
    except Exception as error:  # the fake exec re-raises what the OK button would show
        assert "n'est pas valide" in str(error)
    assert demo.participants.find(search="pas une adresse") == []


def test_new_session_and_session_fields(
    window: MainWindow, demo: Services, dialogs: dict[type, Any], answers: list[str]
) -> None:
    dialogs[NewSessionDialog] = lambda d: d.title.setText("Module TERRIT — Marseille 2027")
    window.new_session()
    new_id = window.session_list.current_id()
    assert new_id is not None and new_id == window.session_page.session_id
    info = window.session_page.info_tab
    info.place.setText("CREPS, Aix-en-Provence")
    info.funders.setPlainText("ARS Paca\nRégion Sud")
    info.save_button.click()
    assert demo.sessions.get(new_id).funders == ("ARS Paca", "Région Sud")
    window.undo_action.trigger()
    assert demo.sessions.get(new_id).funders == ()
    window.undo_action.trigger()  # undo the creation
    assert [s.id for s in demo.sessions.list_sessions()] != [new_id]
    assert window.session_list.model.rowCount() == 1


def test_window_state_is_remembered(window: MainWindow, tmp_path: Any) -> None:
    window.window.resize(900, 640)
    window.window.close()
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("window/geometry") is not None
    assert settings.value("session/last") == window.session_page.session_id
