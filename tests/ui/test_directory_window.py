"""The participant directory window, and enrolling people of the directory from the tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from territ_desktop.domain import Audience, Participant, Session
from territ_desktop.domain.ids import new_id
from territ_desktop.services import Services
from territ_desktop.ui import messages
from territ_desktop.ui.directory_window import DirectoryWindow, keeper_first
from territ_desktop.ui.enrol_dialog import EnrolDialog
from territ_desktop.ui.main_window import MainWindow
from territ_desktop.ui.participant_dialog import ParticipantDialog


@pytest.fixture
def other_session(demo: Services) -> str:
    return demo.sessions.create(Session(id=new_id(), title="Journée d'étude à Dijon")).id


@pytest.fixture
def directory(window: MainWindow, other_session: str) -> DirectoryWindow:
    window.action("actionDirectory").trigger()
    assert window.directory is not None and window.directory.widget.isVisible()
    return window.directory


def test_search_and_filters(
    directory: DirectoryWindow, demo_session_id: str, other_session: str
) -> None:
    assert directory.proxy.rowCount() == 41
    directory.search.setText("LUKASZ")
    assert [p.first_name for p in directory.shown()] == ["Łukasz"]
    directory.search.setText("")
    directory.audience.setCurrentIndex(directory.audience.findData(str(Audience.CITOYEN)))
    assert directory.proxy.rowCount() == 4
    assert "4 personne(s) affichée(s) sur 41" in directory.counts.text()
    directory.audience.setCurrentIndex(0)
    directory.session_filter.setCurrentIndex(directory.session_filter.findData(demo_session_id))
    assert directory.proxy.rowCount() == 41
    directory.session_filter.setCurrentIndex(directory.session_filter.findData(other_session))
    assert directory.proxy.rowCount() == 0


def test_enrol_unenrol_and_undo(
    window: MainWindow,
    directory: DirectoryWindow,
    demo: Services,
    other_session: str,
    answers: list[str],
) -> None:
    directory.target.setCurrentIndex(directory.target.findData(other_session))
    directory.view.selectRow(0)
    directory.view.selectionModel().select(
        directory.proxy.index(1, 0),
        directory.view.selectionModel().SelectionFlag.Select
        | directory.view.selectionModel().SelectionFlag.Rows,
    )
    chosen = {p.id for p in directory.selected()}
    assert len(chosen) == 2
    directory.buttons["enrolButton"].click()
    assert {p.id for p in demo.participants.find(other_session)} == chosen
    directory.buttons["unenrolButton"].click()
    assert demo.participants.find(other_session) == []
    window.undo_action.trigger()
    assert {p.id for p in demo.participants.find(other_session)} == chosen
    window.undo_action.trigger()
    assert demo.participants.find(other_session) == []
    assert {p.id for p in directory.selected()} == chosen  # kept across reloads
    assert answers == []


def test_edit_from_the_directory(
    window: MainWindow,
    directory: DirectoryWindow,
    demo: Services,
    dialogs: dict[type, Any],
    answers: list[str],
) -> None:
    directory.search.setText("lukasz")
    directory.view.selectRow(0)
    dialogs[ParticipantDialog] = lambda d: d.edits["phone"].setText("03 80 00 00 00")
    directory.buttons["editButton"].click()
    (lukasz,) = demo.participants.find(search="lukasz")
    assert lukasz.phone == "03 80 00 00 00"
    window.undo_action.trigger()
    assert demo.participants.find(search="lukasz")[0].phone == ""


def test_merge_two_records_and_undo(
    window: MainWindow,
    directory: DirectoryWindow,
    demo: Services,
    demo_session_id: str,
    other_session: str,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[str],
) -> None:
    (lukasz,) = demo.participants.find(search="lukasz")
    twin = demo.participants.create(
        Participant(new_id(), "Kowalski", "Łukasz", phone="06 00 00 00 00"), other_session
    )
    questions: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, text: questions.append(text) or True)
    window.refresh()
    directory.search.setText("kowalski")
    assert directory.proxy.rowCount() == 2
    directory.view.selectAll()
    assert directory.buttons["mergeButton"].isEnabled()
    directory.buttons["mergeButton"].click()
    assert f"Fiche gardée : {lukasz.printed_name} ({lukasz.organisation}" in questions[0]
    (merged,) = demo.participants.find(search="kowalski")
    assert merged.id == lukasz.id and merged.phone == "06 00 00 00 00"
    assert sorted(demo.participants.sessions_of(lukasz.id)) == sorted(
        [demo_session_id, other_session]
    )
    assert directory.proxy.rowCount() == 1
    window.undo_action.trigger()
    assert {p.id for p in demo.participants.find(search="kowalski")} == {lukasz.id, twin.id}
    assert demo.participants.sessions_of(twin.id) == [other_session]
    window.redo_action.trigger()
    assert [p.id for p in demo.participants.find(search="kowalski")] == [lukasz.id]


def test_keeper_is_the_more_complete_record() -> None:
    full = Participant("a", "Morel", "Anne", "Ville de Dole", email="a@dole.fr")
    thin = Participant("b", "Morel", "Anne")
    assert not keeper_first(thin, full, {})
    assert keeper_first(full, thin, {})
    assert keeper_first(thin, Participant("c", "Morel", "Anne"), {"a": 0})


def test_export_shown_people_in_the_background(
    directory: DirectoryWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[str],
) -> None:
    monkeypatch.setattr(messages, "choose_save_file", lambda *_a: tmp_path / "annuaire")
    directory.audience.setCurrentIndex(directory.audience.findData(str(Audience.CITOYEN)))
    directory.buttons["exportButton"].click()
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    target = tmp_path / "annuaire.xlsx"
    assert answers == [f"Annuaire enregistré : {target}"]
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None and sheet.max_row == 1 + 4
    assert directory.buttons["exportButton"].isEnabled()


def test_enrol_people_of_the_directory_from_the_tab(
    window: MainWindow,
    demo: Services,
    other_session: str,
    dialogs: dict[type, Any],
    answers: list[str],
) -> None:
    window.session_list.refresh(select_id=other_session)
    tab = window.session_page.participants_tab
    assert tab.session_id == other_session and tab.proxy.rowCount() == 0
    offered: list[int] = []

    def fill(dialog: EnrolDialog) -> None:
        offered.append(dialog.model.rowCount())
        dialog.search.setText("chenove")
        dialog.view.selectAll()

    dialogs[EnrolDialog] = fill
    tab.enrol_from_directory()
    assert offered == [41]
    assert len(demo.participants.find(other_session)) == 3 == tab.proxy.rowCount()
    window.undo_action.trigger()
    assert demo.participants.find(other_session) == []

    def fill_nothing(dialog: EnrolDialog) -> None:
        dialog.view.clearSelection()

    dialogs[EnrolDialog] = fill_nothing
    with pytest.raises(Exception, match="Sélectionnez au moins une personne"):
        tab.enrol_from_directory()
