"""The Notes et synthèse tab: hostile text saved verbatim, undo/redo, never losing typed text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from notes_helpers import close_tab, note_keys, open_notes_tab, preview_text, type_text
from PySide6.QtGui import QTextCursor, QUndoStack

from territ_desktop.domain.notes import MAX_NOTE_LENGTH, WorkshopNote
from territ_desktop.services import Services
from territ_desktop.services.demo import DEMO_SESSION_ID
from territ_desktop.ui.notes_outline import SYNTHESIS, NoteKey
from territ_desktop.ui.notes_tab import NotesTab

HOSTILE = [
    "<b>x</b>",
    'Org <SARL & <a href="x">',
    "Émoji 🎉👩🏽‍⚕️ et 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ; espaces\u00a0insécables\u202f!",
    "&amp; &lt;b&gt; ![image](/etc/passwd) [lien](javascript:alert(1))",
]


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def tab(qtbot: Any, demo: Services, undo_stack: QUndoStack) -> Iterator[NotesTab]:
    tab = open_notes_tab(qtbot, demo, undo_stack)
    yield tab
    close_tab(tab)


def _stored(services: Services, key: NoteKey) -> WorkshopNote | None:
    assert key.item_id is not None
    notes = services.notes.item_notes(key.item_id)
    return next((n for n in notes if (n.table, n.round) == (key.table, key.round)), None)


def test_tree_lists_the_themes_in_round_one_without_a_plan(tab: NotesTab, demo: Services) -> None:
    workshops = demo.rotations.workshops(DEMO_SESSION_ID)
    assert tab.tree.keys[0] == SYNTHESIS
    assert len(tab.tree.workshops) == len(workshops) == 4
    first = workshops[0]
    assert [k for k in note_keys(tab) if k.item_id == first.id] == [
        NoteKey(first.id, theme, 1) for theme in first.themes
    ]
    assert tab.tree.current_key() == SYNTHESIS
    assert tab.editor.text() == demo.notes.synthesis(DEMO_SESSION_ID)


def test_tree_follows_the_saved_plan(qtbot: Any, demo: Services, undo_stack: QUndoStack) -> None:
    item = demo.rotations.workshops(DEMO_SESSION_ID)[0]
    instance = demo.rotations.default_instance(DEMO_SESSION_ID, item.id, rounds=2)
    demo.rotations.save(item.id, instance, demo.rotations.solve(instance, max_iterations=20).plan)
    tab = open_notes_tab(qtbot, demo, undo_stack)
    keys = [k for k in note_keys(tab) if k.item_id == item.id]
    assert [k.round for k in keys] == [1] * 4 + [2] * 4
    assert {k.table for k in keys} == set(item.themes)
    close_tab(tab)


@pytest.mark.parametrize("text", HOSTILE, ids=["tags", "sarl-link", "emoji", "entities"])
def test_hostile_text_is_saved_verbatim_and_previewed_literally(
    tab: NotesTab, demo: Services, undo_stack: QUndoStack, text: str
) -> None:
    key = note_keys(tab)[5]
    assert tab.select(key)
    type_text(tab, text, rapporteur="Zoé <i>")
    assert tab.is_dirty
    assert tab.save()
    assert _stored(demo, key) == WorkshopNote(key.item_id or "", key.table, 1, "Zoé <i>", text)
    assert undo_stack.count() == 1
    assert preview_text(tab) == text
    document = tab.editor.preview.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            assert not char_format.isAnchor()
            assert not char_format.isImageFormat()
            fragments += 1
        block = block.next()


def test_a_long_note_is_saved_verbatim(tab: NotesTab, demo: Services) -> None:
    line = "- Une idée par ligne, avec **du gras** et des accents : été, œuvre, Ł.\n"
    text = (line * (30_000 // len(line) + 1))[:30_000]
    assert len(text) == 30_000
    key = note_keys(tab)[0]
    tab.select(key)
    type_text(tab, text)
    assert tab.save()
    stored = _stored(demo, key)
    assert stored is not None and stored.text == text
    assert "Une idée par ligne, avec du gras" in preview_text(tab)


def test_undo_and_redo_restore_a_note(
    tab: NotesTab, demo: Services, undo_stack: QUndoStack
) -> None:
    key = note_keys(tab)[0]
    tab.select(key)
    before = _stored(demo, key)
    assert before is not None and before.rapporteur == "Paul Garnier"
    type_text(tab, "Nouvelle version", rapporteur="Lina Marchetti")
    tab.save()
    undo_stack.undo()
    assert _stored(demo, key) == before
    assert tab.editor.text() == before.text
    assert tab.rapporteur.text() == "Paul Garnier"
    assert not tab.is_dirty
    undo_stack.redo()
    assert tab.editor.text() == "Nouvelle version"
    assert tab.rapporteur.text() == "Lina Marchetti"


def test_undo_shows_the_note_it_changed(
    tab: NotesTab, demo: Services, undo_stack: QUndoStack
) -> None:
    first, other = note_keys(tab)[0], note_keys(tab)[6]
    tab.select(first)
    type_text(tab, "Changé")
    tab.select(other)
    assert tab.tree.current_key() == other
    undo_stack.undo()
    assert tab.tree.current_key() == first
    assert "Trois mots" in tab.editor.text()


def test_switching_notes_saves_the_text_typed(
    tab: NotesTab, demo: Services, undo_stack: QUndoStack
) -> None:
    first, second = note_keys(tab)[4], note_keys(tab)[5]
    tab.select(first)
    type_text(tab, "Tapé sans enregistrer", rapporteur="Inès")
    tab.select(second)
    assert tab.tree.current_key() == second
    stored = _stored(demo, first)
    assert stored is not None and stored.text == "Tapé sans enregistrer"
    assert undo_stack.count() == 1
    tab.select(first)
    assert tab.editor.text() == "Tapé sans enregistrer"
    assert tab.rapporteur.text() == "Inès"


def test_a_reload_from_elsewhere_keeps_the_text_being_typed(
    tab: NotesTab, demo: Services, undo_stack: QUndoStack
) -> None:
    key = note_keys(tab)[4]
    tab.select(key)
    type_text(tab, "En cours de frappe")
    tab.set_session(DEMO_SESSION_ID)  # what the session page does after any edit
    assert tab.editor.text() == "En cours de frappe"
    assert tab.is_dirty and undo_stack.count() == 0
    assert tab.save() and _stored(demo, key) is not None


def test_closing_the_window_saves(tab: NotesTab, demo: Services) -> None:
    key = note_keys(tab)[4]
    tab.select(key)
    type_text(tab, "Dernière phrase avant de fermer")
    tab.widget.close()
    stored = _stored(demo, key)
    assert stored is not None and stored.text == "Dernière phrase avant de fermer"


def test_a_refused_note_stays_as_a_draft(
    tab: NotesTab, demo: Services, undo_stack: QUndoStack, answers: list[str]
) -> None:
    key, other = note_keys(tab)[6], note_keys(tab)[7]
    assert _stored(demo, key) is None
    tab.select(key)
    too_long = "x" * (MAX_NOTE_LENGTH + 1)
    type_text(tab, too_long)
    assert not tab.save()
    assert answers and "découpez-les" in answers[0]
    tab.select(other)  # moving on is allowed; the text waits as a draft
    assert _stored(demo, key) is None and undo_stack.count() == 0
    tab.select(key)
    assert tab.editor.text() == too_long and tab.is_dirty
    type_text(tab, "Plus court")
    assert tab.save()
    tab.select(other)
    tab.select(key)
    assert tab.editor.text() == "Plus court"


def test_synthesis_edit_and_undo(tab: NotesTab, demo: Services, undo_stack: QUndoStack) -> None:
    before = demo.notes.synthesis(DEMO_SESSION_ID)
    assert tab.tree.current_key() == SYNTHESIS
    assert not tab.rapporteur.isVisible()
    type_text(tab, "## Synthèse\n- <script>alert(1)</script>")
    tab.select(note_keys(tab)[0])
    assert demo.notes.synthesis(DEMO_SESSION_ID) == "## Synthèse\n- <script>alert(1)</script>"
    assert undo_stack.undoText() == "Modifier la synthèse"
    undo_stack.undo()
    assert demo.notes.synthesis(DEMO_SESSION_ID) == before
    assert tab.tree.current_key() == SYNTHESIS
    assert tab.editor.text() == before
    undo_stack.redo()
    assert "<script>" in tab.editor.text()


def test_search_hit_selects_the_note(tab: NotesTab, demo: Services) -> None:
    tab.search.edit.setText("MEDIATION")
    tab.search.run()
    assert tab.search.results.count() == 1
    tab.search.results.itemClicked.emit(tab.search.results.item(0))
    key = tab.tree.current_key()
    assert key is not None and key.table == "Accès aux soins et aux droits"
    assert "médiation en santé" in tab.editor.text()
    tab.search.edit.setText("à suivre journees")
    tab.search.run()
    assert tab.search.hits == [SYNTHESIS]


def test_add_a_table_then_write_its_notes(
    tab: NotesTab, demo: Services, undo_stack: QUndoStack
) -> None:
    item = demo.rotations.workshops(DEMO_SESSION_ID)[2]
    tab.select(next(k for k in note_keys(tab) if k.item_id == item.id))
    tab.new_table.setText("  Table   des   invité·es ")
    tab.new_round.setValue(3)
    tab.add_button.click()
    key = NoteKey(item.id, "Table des invité·es", 3)
    assert tab.tree.current_key() == key
    type_text(tab, "Notes de la table ajoutée")
    assert tab.save()
    tab.set_session(DEMO_SESSION_ID)
    assert key in tab.tree.items
    assert _stored(demo, key) is not None


def test_markdown_toolbar_inserts_marks(tab: NotesTab) -> None:
    tab.select(note_keys(tab)[6])
    editor = tab.editor
    type_text(tab, "🎉 idée forte\nsuite")
    cursor = editor.edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(
        len("🎉 idée forte".encode("utf-16-le")) // 2, QTextCursor.MoveMode.KeepAnchor
    )
    editor.edit.setTextCursor(cursor)
    editor.bold()
    assert editor.text() == "**🎉 idée forte**\nsuite"
    editor.edit.selectAll()
    editor.bullet()
    assert editor.text() == "- **🎉 idée forte**\n- suite"
    editor.bullet()
    assert editor.text() == "**🎉 idée forte**\nsuite"
    editor.heading()
    assert editor.text() == "## **🎉 idée forte**\n## suite"
    editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    editor.italic()
    assert editor.text().endswith("## suite**")
    editor.edit.insertPlainText("en italique")
    assert editor.text().endswith("## suite*en italique*")


def test_leaving_the_editor_saves(tab: NotesTab, demo: Services) -> None:
    key = note_keys(tab)[6]
    tab.select(key)
    type_text(tab, "Saisi puis clic ailleurs")
    tab._focus_left()  # what a focus change out of the editor runs (no focus offscreen)
    stored = _stored(demo, key)
    assert stored is not None and stored.text == "Saisi puis clic ailleurs"
