"""The round table model of the Petits groupes tab: Qt's checks, cells, drag and drop."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation import Instance, Person, Pin, Plan, Table
from territ_desktop.services import Services
from territ_desktop.services.demo import DEMO_SESSION_ID
from territ_desktop.ui.rotation_round_model import (
    AUDIENCE_COLOURS,
    PERSON_ROLE,
    RoundTableModel,
    decode_seats,
    encode_seats,
)
from territ_desktop.ui.uiloader import register_icon_path


@pytest.fixture
def small() -> tuple[Instance, Plan]:
    people = (
        Person("a", Audience.ELU, "Mairie", "ALBERT Anne"),
        Person("b", Audience.CITOYEN, "", "BRUN Bob"),
        Person("c", Audience.ASSOCIATIF, "Asso", "CARON Chloé"),
        Person("d", Audience.INSTITUTION, "ARS", "DURAND Dan"),
    )
    instance = Instance(
        rounds=2,
        tables=(Table("Santé mentale", 2), Table("Cadre de vie", 3)),
        participants=people,
        pinned=(Pin("d", "Cadre de vie"),),
    )
    plan = Plan(
        rounds=(
            {"Santé mentale": ("a", "b"), "Cadre de vie": ("c", "d")},
            {"Santé mentale": ("a", "c"), "Cadre de vie": ("b", "d")},
        )
    )
    return instance, plan


def test_model_passes_qt_checks(qtmodeltester: Any, small: tuple[Instance, Plan]) -> None:
    register_icon_path()
    model = RoundTableModel(1)
    qtmodeltester.check(model)
    instance, plan = small
    model.set_round(instance, plan, locked={"a"})
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Santé mentale\n2 / 2 places"
    cell = model.index(0, 0)
    assert model.data(cell) == "ÉLU · ALBERT Anne\nMairie"
    assert model.data(cell, PERSON_ROLE) == "a"
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) == QColor(
        AUDIENCE_COLOURS[Audience.ELU]
    )
    assert model.data(cell, Qt.ItemDataRole.DecorationRole) is not None  # locked
    assert model.data(model.index(1, 0)) == "CIT · BRUN Bob\n—"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.FontRole).bold()  # pinned
    assert model.data(model.index(2, 0)) is None  # empty seat
    assert not model.flags(model.index(2, 1)) & Qt.ItemFlag.ItemIsDragEnabled


def test_model_of_a_demo_plan(qtmodeltester: Any, demo: Services) -> None:
    register_icon_path()
    rotations = demo.rotations
    item = rotations.workshops(DEMO_SESSION_ID)[1]
    instance = rotations.default_instance(DEMO_SESSION_ID, item.id, rounds=3)
    rotations.save(item.id, instance, rotations.solve(instance, max_iterations=10).plan)
    stored = rotations.load(item.id)
    assert stored is not None
    for number in range(1, stored.instance.rounds + 1):
        model = RoundTableModel(number)
        model.set_round(stored.instance, stored.plan)
        qtmodeltester.check(model)
        seated = sum(len(model.members(c)) for c in range(model.columnCount()))
        assert seated == sum(len(ids) for ids in stored.plan.rounds[number - 1].values())


def test_drop_on_another_table_asks_for_a_move(qtbot: Any, small: tuple[Instance, Plan]) -> None:
    instance, plan = small
    model = RoundTableModel(1)
    model.set_round(instance, plan)
    data = model.mimeData([model.index(0, 0)])
    assert decode_seats(data) == (1, ["a"])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(2, 1))
    with qtbot.waitSignal(model.move_requested) as moved:
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(2, 1))
    assert moved.args == [1, ["a"], "Cadre de vie"]


def test_drop_on_someone_at_a_full_table_asks_for_a_swap(
    qtbot: Any, small: tuple[Instance, Plan]
) -> None:
    instance, plan = small
    model = RoundTableModel(1)
    model.set_round(instance, plan)
    data = model.mimeData([model.index(0, 1)])  # CARON Chloé, at Cadre de vie
    with qtbot.waitSignal(model.swap_requested) as swapped:
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(1, 0))
    assert swapped.args == [1, "c", "b"]


def test_drops_from_another_round_or_elsewhere_are_refused(
    small: tuple[Instance, Plan],
) -> None:
    instance, plan = small
    model = RoundTableModel(2)
    model.set_round(instance, plan)
    other_round = encode_seats(1, ["a"])
    assert not model.canDropMimeData(other_round, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not model.dropMimeData(other_round, Qt.DropAction.MoveAction, 0, 1, QModelIndex())
    foreign = QMimeData()
    foreign.setText("a")
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    same_table = model.mimeData([model.index(0, 0)])
    assert not model.dropMimeData(same_table, Qt.DropAction.MoveAction, -1, -1, model.index(1, 0))
