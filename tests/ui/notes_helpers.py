"""Helpers shared by the notes tests: the tab on the demo, typing into the editor."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtGui import QTextDocument, QUndoStack

from territ_desktop.services import Services
from territ_desktop.services.demo import DEMO_SESSION_ID
from territ_desktop.ui.notes_outline import NoteKey
from territ_desktop.ui.notes_tab import NotesTab
from territ_desktop.ui.uiloader import register_icon_path


def open_notes_tab(qtbot: Any, services: Services, undo_stack: QUndoStack) -> NotesTab:
    """A notes tab on the demo session; the test deletes it with :func:`close_tab`."""
    register_icon_path()
    tab = NotesTab(undo_stack, None)
    tab.widget.resize(1100, 700)
    tab.attach(services)
    tab.set_session(DEMO_SESSION_ID)
    return tab


def close_tab(tab: NotesTab) -> None:
    """Delete the tab's widgets now, while the tab still holds them.

    A tab built without a parent owns its widget from Python; once the tab is collected, its
    widget's wrappers are gone but the widgets (and their timers) would live on, unseen by
    qtbot, into the next test.
    """
    if shiboken6.isValid(tab.widget):
        tab.widget.close()
        shiboken6.delete(tab.widget)


def note_keys(tab: NotesTab) -> list[NoteKey]:
    """Every table × round of the tree, in order (the synthesis left out)."""
    return [key for key in tab.tree.keys if not key.is_synthesis]


def type_text(tab: NotesTab, text: str, rapporteur: str | None = None) -> None:
    """Replace the text of the note shown as the user would (one edit, marked as typed)."""
    if rapporteur is not None:
        tab.rapporteur.setText(rapporteur)
        tab.rapporteur.textEdited.emit(rapporteur)
    tab.editor.edit.selectAll()
    tab.editor.edit.insertPlainText(text)


def preview_text(tab: NotesTab) -> str:
    """What the preview pane shows, as text (no-break spaces kept, breaks as new lines)."""
    tab.editor.render_preview()
    document: QTextDocument = tab.editor.preview.document()
    return document.toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
