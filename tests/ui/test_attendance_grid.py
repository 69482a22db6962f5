"""The Présences tab: the grid model, keyboard and mouse entry, all present, walk-ins, undo."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTime
from PySide6.QtWidgets import QTableView

from territ_desktop.domain.attendance import AttendanceRecord, AttendanceStatus
from territ_desktop.domain.session import HalfDay, Period
from territ_desktop.services import Services
from territ_desktop.ui.attendance_edits import default_half_day
from territ_desktop.ui.attendance_grid_model import STATUS_ROLE, AttendanceGridModel
from territ_desktop.ui.attendance_tab import AttendanceTab
from territ_desktop.ui.enrol_dialog import EnrolDialog
from territ_desktop.ui.main_window import MainWindow
from territ_desktop.ui.partial_attendance_dialog import PartialAttendanceDialog
from territ_desktop.ui.participant_dialog import ParticipantDialog

P, A, E, PP = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.PARTIAL,
)
THIRD = 4  # the morning of the third study day: nothing recorded in the demo


@pytest.fixture
def tab(window: MainWindow) -> AttendanceTab:
    page = window.session_page
    page.tabs.setCurrentWidget(page.attendance_tab.widget)
    attendance = page.attendance_tab
    attendance.view.setFocus()
    return attendance


def status(demo: Services, session_id: str, person: int, half: int) -> AttendanceStatus | None:
    sheet = demo.attendance.sheet(session_id)
    record = sheet.record(sheet.participants[person].id, sheet.session.half_days[half].id)
    return None if record is None else record.status


def column(demo: Services, session_id: str, half: int) -> list[AttendanceStatus | None]:
    sheet = demo.attendance.sheet(session_id)
    half_day = sheet.session.half_days[half]
    records = [sheet.record(p.id, half_day.id) for p in sheet.participants]
    return [None if r is None else r.status for r in records]


def go_to(tab: AttendanceTab, row: int, col: int) -> None:
    tab.view.setCurrentIndex(tab.model.index(row, col))


# -- the model ---------------------------------------------------------------------------------


def test_grid_model(qtmodeltester: Any, demo: Services, demo_session_id: str) -> None:
    sheet = demo.attendance.sheet(demo_session_id)
    model = AttendanceGridModel()
    assert model.set_sheet(
        sheet.session.half_days, sheet.participants, sheet.records, sheet.walk_ins
    )
    qtmodeltester.check(model)
    people, halves = len(sheet.participants), len(sheet.session.half_days)
    assert (model.rowCount(), model.columnCount()) == (people + 2, halves + 1)
    # In place when only statuses change; the checker still agrees.
    assert not model.set_sheet(sheet.session.half_days, sheet.participants, {}, sheet.walk_ins)
    qtmodeltester.check(model)
    assert model.set_sheet((), (), {}) and model.rowCount() == model.columnCount() == 0
    qtmodeltester.check(model)


def test_cells_totals_and_headers(demo: Services, demo_session_id: str) -> None:
    sheet = demo.attendance.sheet(demo_session_id)
    model = AttendanceGridModel()
    model.set_sheet(sheet.session.half_days, sheet.participants, sheet.records, sheet.walk_ins)
    texts = {
        str(model.index(r, c).data()) for r in range(len(sheet.participants)) for c in range(4)
    }
    assert {"P", "A", "E"} <= texts
    partial = next(t for t in texts if t.startswith("PP "))
    assert partial in {"PP 1 h 45", "PP 2 h 25"}  # hours attended, not just a letter
    present_row = len(sheet.participants)
    first = sheet.session.half_days[0]
    present = sum(
        1 for p in sheet.participants if (r := sheet.record(p.id, first.id)) and r.status in (P, PP)
    )
    assert model.index(present_row, 0).data() == str(present)
    assert " h " in model.index(present_row + 1, 0).data()
    assert model.index(0, len(sheet.session.half_days)).data().endswith("/ 26 h 00")
    walk_in = next(iter(sheet.walk_ins))
    row = model.row_of(walk_in)
    assert row is not None
    assert "sans inscription" in model.headerData(row, Qt.Orientation.Vertical)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "17/09\nMatin"
    assert model.index(0, 0).data(STATUS_ROLE) in {str(s) for s in AttendanceStatus}
    assert not model.flags(model.index(present_row, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_default_half_day() -> None:
    day = dt.date(2027, 1, 14)
    halves = tuple(
        HalfDay(f"{d}{p}", "d", d, p, dt.time(9), dt.time(12))
        for d in (dt.date(2026, 9, 17), day)
        for p in (Period.MORNING, Period.AFTERNOON)
    )
    assert default_half_day(halves, dt.datetime(2027, 1, 14, 10)) == halves[2]
    assert default_half_day(halves, dt.datetime(2027, 1, 14, 15)) == halves[3]
    assert default_half_day(halves, dt.datetime(2026, 11, 22, 9)) == halves[2]
    assert default_half_day(halves, dt.datetime(2030, 1, 1)) == halves[3]
    assert default_half_day((), dt.datetime(2030, 1, 1)) is None


# -- entry -------------------------------------------------------------------------------------


def test_keyboard_entry_moves_down_and_undo_redo(
    qtbot: Any, window: MainWindow, tab: AttendanceTab, demo: Services, demo_session_id: str
) -> None:
    assert tab.totals.isVisibleTo(tab.widget) and tab.view.isRowHidden(tab.model.rowCount() - 1)
    go_to(tab, 0, THIRD)
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_E, Qt.Key.Key_P):
        qtbot.keyClick(tab.view, key)
    assert column(demo, demo_session_id, THIRD)[:5] == [P, A, E, P, None]
    assert tab.view.currentIndex().row() == 4  # ready for the next person
    assert tab.model.index(1, THIRD).data() == "A"
    assert tab.model.index(tab.model.rowCount() - 2, THIRD).data() == "2"  # present total
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert tab.view.currentIndex().row() == 5
    qtbot.keyClick(tab.view, Qt.Key.Key_Up)
    qtbot.keyClick(tab.view, Qt.Key.Key_Up)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)  # clears row 3
    assert column(demo, demo_session_id, THIRD)[:4] == [P, A, E, None]

    window.undo_action.trigger()
    assert column(demo, demo_session_id, THIRD)[:4] == [P, A, E, P]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert column(demo, demo_session_id, THIRD)[:4] == [P, A, None, None]
    assert tab.model.index(2, THIRD).data() is None  # the grid follows undo
    window.redo_action.trigger()
    assert column(demo, demo_session_id, THIRD)[:4] == [P, A, E, None]
    assert tab.model.index(2, THIRD).data() == "E"


def test_a_block_of_cells_is_one_step(
    qtbot: Any, window: MainWindow, tab: AttendanceTab, demo: Services, demo_session_id: str
) -> None:
    before = column(demo, demo_session_id, 0)
    tab.view.selectColumn(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_E)
    assert set(column(demo, demo_session_id, 0)) == {E}
    assert window.undo_stack.undoText().startswith("Excusé·e : 41 cases")
    window.undo_action.trigger()
    assert column(demo, demo_session_id, 0) == before


def test_all_present_then_exceptions(
    qtbot: Any, window: MainWindow, tab: AttendanceTab, demo: Services, demo_session_id: str
) -> None:
    go_to(tab, 0, THIRD)
    assert tab.current_half_day() == tab.model.half_day_at(THIRD)
    tab.buttons["allPresentButton"].click()
    assert set(column(demo, demo_session_id, THIRD)) == {P}
    assert tab.view.currentIndex().column() == THIRD and tab.view.currentIndex().row() == 0
    go_to(tab, 5, THIRD)
    qtbot.keyClick(tab.view, Qt.Key.Key_A)
    qtbot.keyClick(tab.view, Qt.Key.Key_E)
    assert column(demo, demo_session_id, THIRD)[4:8] == [P, A, E, P]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert set(column(demo, demo_session_id, THIRD)) == {P}
    window.undo_action.trigger()
    assert set(column(demo, demo_session_id, THIRD)) == {None}


def test_all_present_when_everyone_has_a_status(
    tab: AttendanceTab, answers: list[str], window: MainWindow
) -> None:
    go_to(tab, 0, 0)
    depth = window.undo_stack.count()
    tab.mark_all_present()
    assert answers and "déjà un statut" in answers[0]
    assert window.undo_stack.count() == depth


def test_partial_from_the_keyboard_and_the_context_actions(
    qtbot: Any,
    window: MainWindow,
    tab: AttendanceTab,
    demo: Services,
    demo_session_id: str,
    dialogs: dict[type, Any],
    answers: list[str],
) -> None:
    def fill(dialog: PartialAttendanceDialog) -> None:
        dialog.arrival.setTime(QTime(10, 0))
        dialog.departure.setTime(QTime(11, 30))
        assert dialog.duration.text() == "1 h 30"

    dialogs[PartialAttendanceDialog] = fill
    go_to(tab, 2, THIRD)
    qtbot.keyClick(tab.view, Qt.Key.Key_H)
    sheet = demo.attendance.sheet(demo_session_id)
    record = sheet.record(sheet.participants[2].id, sheet.session.half_days[THIRD].id)
    assert record is not None and record.status is PP
    assert (record.arrival, record.departure) == (dt.time(10), dt.time(11, 30))
    assert tab.model.index(2, THIRD).data() == "PP 1 h 30"

    tab.status_actions[A].trigger()  # what the context menu offers
    assert status(demo, demo_session_id, 2, THIRD) is A
    tab.status_actions[None].trigger()
    assert status(demo, demo_session_id, 2, THIRD) is None
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert status(demo, demo_session_id, 2, THIRD) is PP

    selection = tab.view.selectionModel()
    selection.select(tab.model.index(3, THIRD + 1), QItemSelectionModel.SelectionFlag.Select)
    tab.set_partial()  # two half-days: refused with a message
    assert answers and "une seule demi-journée" in answers[-1]


def test_partial_times_are_checked(qtbot: Any, tab: AttendanceTab) -> None:
    half_day = tab.model.half_days[0]
    dialog = PartialAttendanceDialog(None, half_day, "DUPONT Marie")
    qtbot.addWidget(dialog.dialog)
    with pytest.raises(Exception, match="toute la demi-journée"):
        dialog.value()
    dialog.arrival.setTime(QTime(11, 0))
    dialog.departure.setTime(QTime(10, 0))
    with pytest.raises(Exception, match="après l'heure d'arrivée"):
        dialog.value()


def test_status_change_keeps_a_signature(
    qtbot: Any, tab: AttendanceTab, demo: Services, demo_session_id: str
) -> None:
    sheet = demo.attendance.sheet(demo_session_id)
    person, half = sheet.participants[0], sheet.session.half_days[THIRD]
    demo.attendance.sign(demo_session_id, person.id, half.id, b"\x89PNG signed")
    tab.set_session(demo_session_id)
    assert tab.model.index(0, THIRD).data() == "P ✎"
    go_to(tab, 0, THIRD)
    qtbot.keyClick(tab.view, Qt.Key.Key_P)  # same status: nothing changes
    qtbot.keyClick(tab.view, Qt.Key.Key_Up)
    qtbot.keyClick(tab.view, Qt.Key.Key_A)
    record = demo.attendance.sheet(demo_session_id).record(person.id, half.id)
    assert record == AttendanceRecord(person.id, half.id, A)


# -- walk-ins ----------------------------------------------------------------------------------


def test_walk_in_new_person(
    window: MainWindow,
    tab: AttendanceTab,
    demo: Services,
    demo_session_id: str,
    dialogs: dict[type, Any],
    answers: list[str],
) -> None:
    def fill(dialog: ParticipantDialog) -> None:
        dialog.edits["last_name"].setText("Zidane")
        dialog.edits["first_name"].setText("Yasmina")
        dialog.edits["organisation"].setText("Ville de Talant")

    dialogs[ParticipantDialog] = fill
    go_to(tab, 0, THIRD)
    tab.walk_in_menu.actions()[0].trigger()
    sheet = demo.attendance.sheet(demo_session_id)
    person = next(p for p in sheet.participants if p.last_name == "Zidane")
    assert person.id in sheet.walk_ins
    assert sheet.record(person.id, sheet.session.half_days[THIRD].id) is not None
    row = tab.model.row_of(person.id)
    assert row is not None and tab.view.currentIndex().row() == row
    assert tab.model.index(row, THIRD).data() == "P"
    assert tab.view.isRowHidden(tab.model.rowCount() - 1)  # totals stay under the grid
    window.undo_action.trigger()
    assert demo.participants.find(search="zidane") == []
    window.redo_action.trigger()
    assert len(demo.participants.find(demo_session_id, search="zidane")) == 1


def test_walk_in_known_person(
    window: MainWindow,
    tab: AttendanceTab,
    demo: Services,
    demo_session_id: str,
    dialogs: dict[type, Any],
    answers: list[str],
) -> None:
    from territ_desktop.domain import Participant
    from territ_desktop.domain.ids import new_id

    known = demo.participants.create(Participant(new_id(), "Lemoine", "Yves", "CCAS de Sens"))

    def fill(dialog: EnrolDialog) -> None:
        dialog.search.setText("yves lemoine")
        dialog.view.selectAll()

    dialogs[EnrolDialog] = fill
    go_to(tab, 0, THIRD)
    tab.walk_in_known()
    sheet = demo.attendance.sheet(demo_session_id)
    half = sheet.session.half_days[THIRD]
    assert known.id in sheet.walk_ins
    assert sheet.record(known.id, half.id) == AttendanceRecord(known.id, half.id, P)
    window.undo_action.trigger()
    sheet = demo.attendance.sheet(demo_session_id)
    assert known.id not in {p.id for p in sheet.participants}
    assert sheet.record(known.id, half.id) is None
    assert demo.participants.get(known.id).first_name == "Yves"  # still in the directory


def test_views_are_table_views(tab: AttendanceTab) -> None:
    assert isinstance(tab.view, QTableView) and tab.view.model() is tab.totals.model()
