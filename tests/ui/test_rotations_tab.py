"""The Petits groupes tab: generate, cancel, drag and drop with undo, locks, late arrivals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication
from rotations_helpers import WAIT_MS, open_tab, plan_first_workshop

from territ_desktop.rotation import score_plan
from territ_desktop.services import Services
from territ_desktop.services.demo import DEMO_SESSION_ID
from territ_desktop.ui.rotation_changes_dialog import RotationChangesDialog
from territ_desktop.ui.rotation_edits import LOCK_MARK
from territ_desktop.ui.rotations_tab import RotationsTab

MakeTab = Callable[[Services], RotationsTab]


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def make_tab(qtbot: Any, undo_stack: QUndoStack) -> MakeTab:
    return lambda services: open_tab(qtbot, services, undo_stack)


@pytest.fixture
def planned(demo: Services) -> Services:
    """The demo, its first workshop planned over two rounds."""
    plan_first_workshop(demo)
    return demo


def _generate(qtbot: Any, tab: RotationsTab, keep_locked: bool = False) -> None:
    with qtbot.waitSignal(tab.runner.settled, timeout=WAIT_MS):
        tab.generate(keep_locked=keep_locked)


def test_generate_a_first_plan_then_undo_it(
    qtbot: Any, demo: Services, make_tab: MakeTab, undo_stack: QUndoStack, answers: list[str]
) -> None:
    tab = make_tab(demo)
    assert tab.items.count() == 4
    assert tab.stored is None and tab.instance is not None
    assert not tab.buttons["printButton"].isEnabled()
    assert "Générer" in tab.plan_view.score_label.text()
    _generate(qtbot, tab)
    assert answers == []
    stored = tab.stored
    assert stored is not None
    present = {p.id for p in tab.workshop.people} if tab.workshop else set()
    for round_plan in stored.plan.rounds:
        assert {pid for ids in round_plan.values() for pid in ids} == present
    assert stored.score.hard_violations == 0
    assert len(tab.plan_view.views) == stored.instance.rounds
    assert tab.plan_view.current_round() == 1
    label = tab.plan_view.score_label.text()
    assert "paire(s) se retrouvent" in label
    # Two rounds at four tables: some pairs must meet again, and the plan has no more than that.
    assert demo.rotations.proven_optimal(stored.instance, stored.score)
    assert "impossible de faire mieux" in label
    assert tab.buttons["printButton"].isEnabled()
    undo_stack.undo()
    assert tab.stored is None and tab.plan_view.views == []
    undo_stack.redo()
    assert tab.stored is not None and tab.stored.plan == stored.plan


def test_the_score_says_when_no_plan_can_do_better(demo: Services, make_tab: MakeTab) -> None:
    tab = make_tab(demo)
    instance = tab.instance
    assert instance is not None
    score = score_plan(instance, demo.rotations.solve(instance, max_iterations=0).plan)
    tab.plan_view.show_score(score, instance, (), optimal=False)
    assert "optimale" not in tab.plan_view.score_label.text()
    tab.plan_view.show_score(score, instance, (), optimal=True)
    assert "impossible de faire mieux" in tab.plan_view.score_label.text()


def test_cancel_leaves_the_plan_as_it_was(
    qtbot: Any, demo: Services, make_tab: MakeTab, answers: list[str]
) -> None:
    tab = make_tab(demo)
    tab.settings.rounds.setValue(4)
    tab.settings.world_cafe.setChecked(True)  # slow enough to be cancelled
    tab.max_iterations = None
    tab.time_limit = 60.0
    with qtbot.waitSignal(tab.runner.progressed, timeout=WAIT_MS):
        tab.generate()
    assert tab.buttons["cancelButton"].isEnabled()
    assert not tab.buttons["generateButton"].isEnabled()
    assert not tab.items.isEnabled()
    with qtbot.waitSignal(tab.runner.settled, timeout=WAIT_MS):
        qtbot.mouseClick(tab.buttons["cancelButton"], Qt.MouseButton.LeftButton)
    assert tab.stored is None
    assert answers == ["Génération annulée : la répartition n'a pas changé."]
    assert tab.buttons["generateButton"].isEnabled()
    assert not tab.buttons["cancelButton"].isEnabled()


def test_drop_moves_someone_updates_the_score_and_undoes(
    planned: Services, make_tab: MakeTab, undo_stack: QUndoStack
) -> None:
    tab = make_tab(planned)
    tab.plan_view.show_round(1)
    model = tab.plan_view.models[0]
    before = tab.stored
    assert before is not None and before.score.hard_violations == 0
    # A table with a free seat, and one person too many dropped on that seat.
    target = next(c for c in range(model.columnCount()) if len(model.members(c)) < model.rowCount())
    capacity = before.instance.tables[target].capacity
    source = (target + 1) % model.columnCount()
    extra = capacity - len(model.members(target)) + 1
    moved = model.members(source)[:extra]
    empty = model.index(len(model.members(target)), target)
    assert model.person_at(empty) is None
    data = model.mimeData([model.index(row, source) for row in range(extra)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, empty)
    after = tab.stored
    assert after is not None
    table = after.instance.tables[target].name
    assert all(after.plan.table_of(pid, 1) == table for pid in moved)
    assert after.score == score_plan(after.instance, after.plan)
    assert after.score.hard_violations >= 1
    shown = [
        tab.plan_view.violations.item(i).text() for i in range(tab.plan_view.violations.count())
    ]
    too_many = f"{capacity + 1} personnes pour {capacity} places"
    assert any(too_many in text for text in shown)
    assert not tab.plan_view.violations.isHidden()
    assert "contraintes non respectées : <b>" in tab.plan_view.score_label.text()
    assert undo_stack.undoText().startswith("Déplacer ")
    undo_stack.undo()
    assert tab.stored is not None and tab.stored.plan == before.plan
    assert tab.plan_view.violations.count() == 0
    undo_stack.redo()
    assert tab.stored is not None and tab.stored.plan == after.plan


def test_lock_then_regenerate_the_rest(
    qtbot: Any, planned: Services, make_tab: MakeTab, answers: list[str]
) -> None:
    tab = make_tab(planned)
    before = tab.stored
    assert before is not None
    assert not tab.buttons["regenerateButton"].isEnabled()
    tab.plan_view.show_round(1)
    view, model = tab.plan_view.views[0], tab.plan_view.models[0]
    view.selectionModel().select(model.index(0, 0), view.selectionModel().SelectionFlag.Select)
    view.selectionModel().select(model.index(3, 2), view.selectionModel().SelectionFlag.Select)
    tab.plan_view.toggle_selection()
    locked = [str(model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)), model.members(2)[3]]
    assert {(1, pid) for pid in locked} == tab.plan_view.locks
    tab.plan_view.show_round(2)
    tab.plan_view.views[1].setCurrentIndex(tab.plan_view.models[1].index(0, 1))
    tab.plan_view.toggle_table()
    table = tab.plan_view.models[1].members(1)
    assert tab.buttons["regenerateButton"].isEnabled()
    _generate(qtbot, tab, keep_locked=True)
    assert answers == []
    after = tab.stored
    assert after is not None and after.plan != before.plan
    for pid in locked:
        assert after.plan.table_of(pid, 1) == before.plan.table_of(pid, 1)
    second = before.instance.tables[1].name
    assert all(after.plan.table_of(pid, 2) == second for pid in table)
    assert all(LOCK_MARK not in p.id for p in after.instance.participants)
    assert after.instance.pinned == before.instance.pinned
    assert not after.instance.absent


def test_late_arrival_and_no_show_keep_the_played_round(
    qtbot: Any,
    planned: Services,
    make_tab: MakeTab,
    dialogs: dict[type, Callable[[Any], None]],
    undo_stack: QUndoStack,
) -> None:
    tab = make_tab(planned)
    before = tab.stored
    assert before is not None
    seated = {p.id for p in before.instance.participants}
    newcomer = next(p for p in planned.participants.find(DEMO_SESSION_ID) if p.id not in seated)
    leaving = before.instance.participants[0].id

    def fill(dialog: RotationChangesDialog) -> None:
        assert dialog.from_round.value() == 2
        dialog.check(newcomer.id)
        dialog.check(leaving)

    dialogs[RotationChangesDialog] = fill
    tab.plan_view.show_round(2)  # the dialog starts from the round shown
    with qtbot.waitSignal(tab.runner.settled, timeout=WAIT_MS):
        tab.replan()
    after = tab.stored
    assert after is not None
    assert after.plan.rounds[0] == before.plan.rounds[0]
    assert after.plan.table_of(newcomer.id, 2) is not None
    assert after.plan.table_of(newcomer.id, 1) is None
    assert after.plan.table_of(leaving, 2) is None
    assert after.score.hard_violations == 0
    assert "absent·es au tour 2" in tab.people.text()
    assert undo_stack.undoText() == "Arrivée tardive / absence"
    undo_stack.undo()
    assert tab.stored is not None and tab.stored.plan == before.plan


def test_settings_are_saved_with_the_plan_and_undoable(
    planned: Services, make_tab: MakeTab, undo_stack: QUndoStack, answers: list[str]
) -> None:
    tab = make_tab(planned)
    before = tab.stored
    assert before is not None
    old = before.instance.tables[0].name
    tab.settings.tables.item(0, 0).setText("Accès aux droits")
    renamed = tab.stored
    assert renamed is not None
    assert renamed.instance.tables[0].name == "Accès aux droits"
    assert renamed.plan.rounds[0]["Accès aux droits"] == before.plan.rounds[0][old]
    assert tab.plan_view.models[0].table_name(0) == "Accès aux droits"
    tab.settings.separate.setChecked(False)
    assert tab.stored is not None and not tab.stored.instance.options.separate_organisations
    tab.settings.rounds.setValue(3)
    assert tab.stored is not None and len(tab.stored.plan.rounds) == 3
    assert tab.stored.score.hard_violations > 0  # round 3 is empty until generated
    assert len(tab.plan_view.views) == 3
    # Too few seats: refused with the solver's reason, nothing saved.
    tab.settings.tables.item(1, 1).setData(Qt.ItemDataRole.EditRole, 1)
    assert answers and "places" in answers[-1]
    assert tab.stored.instance.tables[1].capacity == before.instance.tables[1].capacity
    for _ in range(3):
        undo_stack.undo()
    assert tab.stored is not None and tab.stored.instance == before.instance


def test_pins_and_keep_apart_from_the_settings(planned: Services, make_tab: MakeTab) -> None:
    tab = make_tab(planned)
    panel = tab.settings
    panel.pin_person.setCurrentIndex(0)
    panel.pin_table.setCurrentIndex(1)
    panel.add_pin()
    stored = tab.stored
    assert stored is not None and len(stored.instance.pinned) == 1
    assert panel.pins.count() == 1
    panel.apart_first.setCurrentIndex(2)
    panel.apart_second.setCurrentIndex(3)
    panel.add_apart()
    assert tab.stored is not None and len(tab.stored.instance.keep_apart) == 1
    panel.apart.setCurrentRow(0)
    panel.remove_apart()
    panel.pins.setCurrentRow(0)
    panel.remove_pin()
    assert tab.stored is not None and tab.stored.instance.pinned == ()
    assert tab.stored.instance.keep_apart == ()


def test_people_present_and_absent_are_shown(planned: Services, make_tab: MakeTab) -> None:
    tab = make_tab(planned)
    text = tab.people.text()
    assert "personne(s) à répartir" in text
    assert "absent·es (présences notées)" in text


def test_tab_in_the_session_page(window: Any) -> None:
    page = window.session_page
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Petits groupes" in tabs
    assert page.rotations_tab.items.count() == 4


def test_a_real_drop_event_on_the_view_moves_the_person(
    qtbot: Any, planned: Services, make_tab: MakeTab
) -> None:
    tab = make_tab(planned)
    tab.widget.show()
    qtbot.waitExposed(tab.widget)
    view, model = tab.plan_view.views[0], tab.plan_view.models[0]
    target = next(c for c in range(model.columnCount()) if len(model.members(c)) < model.rowCount())
    source = (target + 1) % model.columnCount()
    person = model.members(source)[0]
    empty = model.index(len(model.members(target)), target)
    data = model.mimeData([model.index(0, source)])
    point = QPointF(view.visualRect(empty).center())
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = view.viewport()
    enter = QDragEnterEvent(point.toPoint(), actions, data, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        viewport, QDragMoveEvent(point.toPoint(), actions, data, buttons, modifiers)
    )
    QApplication.sendEvent(viewport, QDropEvent(point, actions, data, buttons, modifiers))
    stored = tab.stored
    assert stored is not None
    assert stored.plan.table_of(person, 1) == stored.instance.tables[target].name
