"""Materials used and what happened, per programme item, in the programme item dialog."""

from __future__ import annotations

import dataclasses
from typing import Any

import shiboken6

from territ_desktop.services import Services
from territ_desktop.services.demo import DEMO_SESSION_ID
from territ_desktop.ui.programme_item_dialog import ProgrammeItemDialog

MATERIALS = "Guide ARS 2025\nhttps://exemple.fr/outil?a=1&b=<2>\n=SOMME(A1:A3)"
NOTES = "Étude de cas : le CLSM de Besançon 🎉\n\nDébat animé, **trois** pistes."


def test_materials_and_notes_are_edited_and_saved(qtbot: Any, demo: Services) -> None:
    session = demo.sessions.get(DEMO_SESSION_ID)
    half = session.half_days[0]
    item = dataclasses.replace(half.items[0], materials=MATERIALS, notes=NOTES)
    dialog = ProgrammeItemDialog(None, half, item)
    assert dialog.materials.toPlainText() == MATERIALS
    assert dialog.notes.toPlainText() == NOTES
    dialog.notes.setPlainText(NOTES + "\nSuite.")
    edited = dialog.value()
    assert edited.materials == MATERIALS and edited.notes == NOTES + "\nSuite."
    demo.programme.update_item(edited)
    stored = demo.sessions.get(DEMO_SESSION_ID).half_days[0].items[0]
    assert (stored.materials, stored.notes) == (MATERIALS, NOTES + "\nSuite.")
    shiboken6.delete(dialog.dialog)


def test_a_new_item_starts_without_materials(qtbot: Any, demo: Services) -> None:
    half = demo.sessions.get(DEMO_SESSION_ID).half_days[0]
    dialog = ProgrammeItemDialog(None, half)
    dialog.title.setText("Nouvelle séquence")
    value = dialog.value()
    assert value.materials == "" and value.notes == ""
    shiboken6.delete(dialog.dialog)
