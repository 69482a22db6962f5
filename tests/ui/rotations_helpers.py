"""Helpers shared by the Petits groupes tests: a tab on the demo, a quick first plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack

from territ_desktop.services import Services
from territ_desktop.services.demo import DEMO_SESSION_ID
from territ_desktop.ui.rotations_tab import RotationsTab
from territ_desktop.ui.uiloader import register_icon_path

WAIT_MS = 20_000


def open_tab(qtbot: Any, services: Services, undo_stack: QUndoStack) -> RotationsTab:
    """A Petits groupes tab on the demo session, with a small search budget."""
    register_icon_path()
    tab = RotationsTab(undo_stack, None)
    qtbot.addWidget(tab.widget)
    tab.widget.resize(1000, 700)
    tab.attach(services)
    tab.set_session(DEMO_SESSION_ID)
    tab.max_iterations = 40
    return tab


def plan_first_workshop(services: Services) -> None:
    """Save a quick plan for the first workshop of the demo (fast and seeded)."""
    rotations = services.rotations
    item = rotations.workshops(DEMO_SESSION_ID)[0]
    instance = rotations.default_instance(DEMO_SESSION_ID, item.id, rounds=2)
    rotations.save(item.id, instance, rotations.solve(instance, seed=1, max_iterations=30).plan)
