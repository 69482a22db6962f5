"""The "Notes et synthèse" tab: notes per workshop table and round, the session's synthesis.

Typed text is never lost: a note is saved (one undoable step) when another one is chosen,
when the editor loses the focus, when the window closes, or with Ctrl+S; a reload that comes
from elsewhere (undo, another tab) never overwrites text not saved yet, and a note that could
not be saved is kept as a draft until it can be.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from territ_desktop.domain.notes import WorkshopNote
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.markdown_editor import MarkdownEditor
from territ_desktop.ui.notes_outline import SYNTHESIS, NoteKey, read_outline
from territ_desktop.ui.notes_search import NotesSearch
from territ_desktop.ui.notes_tree import NotesTree
from territ_desktop.ui.uiloader import child, load_ui
from territ_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.services.notes import NotesService
    from territ_desktop.ui.summary_dialog import SummaryDialog


class NotesTab(QObject):
    """Take the notes of each table of each workshop round, and the session's synthesis."""

    _services: Services
    _notes: NotesService

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self.session_id: str | None = None
        self.session_title = ""
        w = self.widget = load_ui("notes_tab.ui", parent)
        self.tree = NotesTree(child(w, QTreeWidget, "notesTree"))
        self.tree.tree.currentItemChanged.connect(lambda current, _old: self._on_current(current))
        self.pane = child(w, QWidget, "editorPane")
        self.title = child(w, QLabel, "noteTitleLabel")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.rapporteur_label = child(w, QLabel, "rapporteurLabel")
        self.rapporteur = child(w, QLineEdit, "rapporteurEdit")
        self.status = child(w, QLabel, "statusLabel")
        host = child(w, QWidget, "editorHost")
        self.editor = MarkdownEditor(host)
        layout = host.layout()
        assert layout is not None
        layout.addWidget(self.editor.widget)
        self.save_button = child(w, QPushButton, "saveButton")
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self.pane)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.new_table = child(w, QLineEdit, "newTableEdit")
        self.new_round = child(w, QSpinBox, "roundSpin")
        self.add_button = child(w, QPushButton, "addTableButton")
        self.add_button.clicked.connect(self.add_table)
        self.new_table.returnPressed.connect(self.add_table)
        self.new_table.textChanged.connect(lambda _text: self._update_buttons())
        child(w, QPushButton, "evaluationButton").clicked.connect(self.edit_evaluation)
        child(w, QPushButton, "summaryButton").clicked.connect(self.open_summary)
        splitter = child(w, QSplitter, "splitter")
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])  # applied in proportion once the tab has its size
        self.search = NotesSearch(w, self.select, self.tree.describe)
        self.editor.edited.connect(self._show_status)
        self.rapporteur.textEdited.connect(lambda _text: self._show_status())
        for watched in (self.editor.edit, self.rapporteur):
            watched.installEventFilter(self)
        self.summary_dialog: SummaryDialog | None = None
        self._key: NoteKey | None = None
        self._baseline = ("", "")
        self._drafts: dict[tuple[str, NoteKey], tuple[str, str]] = {}
        self._extra: list[NoteKey] = []
        self._stored: dict[NoteKey, tuple[str, str]] = {}
        self._pushing = False
        self._saving = False
        self._load(None)

    def attach(self, services: Services) -> None:
        """Work on an open database; save what is typed when the window closes."""
        self._services = services
        self._notes = services.notes
        self.search.attach(services.notes)
        self.widget.window().installEventFilter(self)

    # -- reading -----------------------------------------------------------------------------

    def set_session(self, session_id: str) -> None:
        """Show the notes of a session (what was typed for the previous one is saved)."""
        if session_id != self.session_id:
            self.save()
            self.session_id = self.search.session_id = session_id
            self._rebuild(SYNTHESIS)
        else:
            self._rebuild(self._key)

    def _rebuild(self, prefer: NoteKey | None) -> None:
        """Read the session again and redraw the list; keep the editor if it holds new text."""
        if self.session_id is None:
            return
        session_id, extra = self.session_id, self._extra
        outline = attempt(self.widget, lambda: read_outline(self._services, session_id, extra))
        if outline is None:
            return
        self.session_title, self._stored = outline.title, dict(outline.stored)
        dirty = self.is_dirty
        self.tree.fill(outline.workshops, self._stored, self._key if dirty else prefer)
        if dirty and self._key in self.tree.items:
            return  # the text being typed stays; it is saved when the user moves on
        self._load(self.tree.current_key())
        self.search.run()

    # -- the editor --------------------------------------------------------------------------

    def _on_current(self, current: QTreeWidgetItem | None) -> None:
        key = self.tree.key_of(current)
        if key is not None and key == self._key:
            return
        self.save()
        self._load(key)

    def _load(self, key: NoteKey | None) -> None:
        """Show a note (a draft not saved yet wins over what is stored)."""
        moved = key != self._key
        self._key = key
        synthesis = key is not None and key.is_synthesis
        self.rapporteur_label.setVisible(not synthesis)
        self.rapporteur.setVisible(not synthesis)
        self.editor.widget.setEnabled(key is not None)
        self.rapporteur.setEnabled(key is not None)
        stored = self._stored.get(key, ("", "")) if key is not None else ("", "")
        self._baseline = stored
        draft = self._drafts.get((self.session_id or "", key)) if key is not None else None
        rapporteur, text = draft or stored
        self.rapporteur.setText(rapporteur)
        self.editor.set_text(text)
        if moved:  # Ctrl+Z in the editor must not bring back another note's text
            self.editor.edit.document().clearUndoRedoStacks()
        if key is None:
            workshop = self.tree.current_workshop()
            self.title.setText(
                self.tr("{title} : choisissez une table, ou ajoutez-en une ci-dessous.").format(
                    title=workshop.item.title
                )
                if workshop
                else self.tr("Choisissez la synthèse ou une table dans la liste.")
            )
        elif synthesis:
            self.title.setText(self.tr("Synthèse de la session : ce qui ressort des ateliers"))
            self.editor.set_placeholder(
                self.tr("Synthèse… (## titre, - liste, **gras**, *italique*)")
            )
        else:
            workshop = self.tree.workshops.get(key.item_id or "")
            self.title.setText(
                self.tr("{title} — tour {round}, table « {table} »").format(
                    title=workshop.item.title if workshop else "", round=key.round, table=key.table
                )
            )
            self.editor.set_placeholder(
                self.tr("Notes de la table… (## titre, - liste, **gras**, *italique*)")
            )
        self._show_status()
        self._update_buttons()

    def value(self) -> tuple[str, str]:
        """The rapporteur and the text as they stand in the editor."""
        return self.rapporteur.text().strip(), self.editor.text()

    @property
    def is_dirty(self) -> bool:
        """Whether the editor holds text not saved yet."""
        return self._key is not None and self.value() != self._baseline

    def _show_status(self) -> None:
        if self._key is None:
            self.status.setText("")
        elif self.is_dirty:
            self.status.setText(
                self.tr("Modifié : enregistré en changeant de note, ou avec Ctrl+S.")
            )
        else:
            self.status.setText(self.tr("Enregistré."))
        self.save_button.setEnabled(self.is_dirty)

    def _update_buttons(self) -> None:
        has_workshop = self.tree.current_workshop() is not None
        self.add_button.setEnabled(has_workshop and bool(self.new_table.text().strip()))
        self.new_table.setEnabled(has_workshop)
        self.new_round.setEnabled(has_workshop)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the note shown, as one undoable step; False (text kept) if it was refused."""
        key, session_id = self._key, self.session_id
        if self._saving or key is None or session_id is None or not self.is_dirty:
            return True
        rapporteur, text = self.value()
        self._saving = True
        try:
            if key.is_synthesis:
                saved = self._save_synthesis(session_id, text)
            else:
                note = WorkshopNote(key.item_id or "", key.table, key.round, rapporteur, text)
                saved = self._save_note(session_id, note)
        finally:
            self._saving = False
        if not saved:
            self._drafts[(session_id, key)] = (rapporteur, text)
            self.status.setText(self.tr("Non enregistré : le texte reste ici, corrigez-le."))
            return False
        self._drafts.pop((session_id, key), None)
        self._baseline = self._stored[key] = (rapporteur, text)
        self.tree.mark(key, self._stored)
        self._show_status()
        self.search.run()
        return True

    def _save_synthesis(self, session_id: str, text: str) -> bool:
        notes = self._notes
        done = attempt(self.widget, lambda: (notes.set_synthesis(session_id, text),))
        if done is None:
            return False
        previous = done[0]
        self._push(
            self.tr("Modifier la synthèse"),
            session_id,
            SYNTHESIS,
            redo=lambda: notes.set_synthesis(session_id, text),
            undo=lambda: notes.set_synthesis(session_id, previous),
        )
        return True

    def _save_note(self, session_id: str, note: WorkshopNote) -> bool:
        notes = self._notes
        done = attempt(self.widget, lambda: (notes.save_note(note),))
        if done is None:
            return False
        before = done[0]
        self._push(
            self.tr("Notes de « {table} » (tour {round})").format(
                table=note.table, round=note.round
            ),
            session_id,
            NoteKey(note.item_id, note.table, note.round),
            redo=lambda: notes.save_note(note),
            undo=lambda: notes.restore_note(note.item_id, note.table, note.round, before),
        )
        return True

    def _push(
        self,
        text: str,
        session_id: str,
        key: NoteKey | None,
        redo: Callable[[], object],
        undo: Callable[[], object],
    ) -> None:
        command = ServiceCommand(
            text, redo=redo, undo=undo, refresh=lambda: self._after_undo(session_id, key)
        )
        self._pushing = True
        try:
            self._undo.push(command)
        finally:
            self._pushing = False

    def _after_undo(self, session_id: str, key: NoteKey | None) -> None:
        """After undo or redo: show the note concerned (unless new text is being typed)."""
        if self._pushing or session_id != self.session_id:
            return
        self._rebuild(key if key is not None and not self.is_dirty else self._key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusOut and watched in (self.editor.edit, self.rapporteur):
            QTimer.singleShot(0, self, self._focus_left)
        elif kind == QEvent.Type.Close and watched is self.widget.window():
            self.save()
        return False

    def _focus_left(self) -> None:
        focus = QApplication.focusWidget()
        inside = focus is not None and self.pane.isAncestorOf(focus)
        if not inside or QApplication.activePopupWidget() is not None:
            self.save()

    # -- choosing, adding --------------------------------------------------------------------

    def select(self, key: NoteKey) -> bool:
        """Show a note (saving the one being typed first); False if the list lacks it."""
        return self.tree.select(key) and self._key == key

    def add_table(self) -> None:
        """Add a table (or a round) to the chosen workshop and open its notes."""
        workshop = self.tree.current_workshop()
        name = " ".join(self.new_table.text().split())
        if workshop is None or not name:
            return
        key = NoteKey(workshop.item.id, name, self.new_round.value())
        if key not in self.tree.items:
            if not self.save():
                return
            self._extra.append(key)
            self._rebuild(self._key)
        self.new_table.clear()
        self.select(key)
        self.editor.edit.setFocus()

    # -- evaluation and summary --------------------------------------------------------------

    def edit_evaluation(self) -> None:
        """Type in the evaluation from the paper forms (one undoable step)."""
        from territ_desktop.ui.evaluation_dialog import EvaluationDialog

        session_id, notes = self.session_id, self._notes
        if session_id is None or not self.save():
            return
        current = attempt(self.widget, lambda: (notes.evaluation(session_id),))
        if current is None:
            return
        dialog = EvaluationDialog(self.widget, current[0])
        accepted = dialog.exec()
        value = dialog.value() if accepted else None
        dialog.dialog.deleteLater()
        if not accepted:
            return
        done = attempt(self.widget, lambda: (notes.set_evaluation(session_id, value),))
        if done is None:
            return
        previous = done[0]
        self._push(
            self.tr("Modifier l'évaluation"),
            session_id,
            None,
            redo=lambda: notes.set_evaluation(session_id, value),
            undo=lambda: notes.set_evaluation(session_id, previous),
        )

    def open_summary(self) -> None:
        """Preview the session summary, then save it as PDF or Excel."""
        from territ_desktop.ui.summary_dialog import SummaryDialog

        if self.session_id is None or not self.save():
            return
        if self.summary_dialog is not None and not self.summary_dialog.busy:
            self.summary_dialog.dialog.deleteLater()  # a file still being written keeps its own
        self.summary_dialog = SummaryDialog(
            self.widget, self._services.summary, self.session_id, self.session_title
        )
        self.summary_dialog.open()
