"""The search box of the notes tab: the notes of this session that hold the words typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from territ_desktop.ui.actions import attempt
from territ_desktop.ui.notes_outline import SYNTHESIS, NoteKey
from territ_desktop.ui.uiloader import child

if TYPE_CHECKING:
    from territ_desktop.services.notes import NotesService

SEARCH_DELAY_MS = 250


class NotesSearch(QObject):
    """Searches as the user types (accents and case ignored); a click on a hit shows it."""

    _notes: NotesService

    def __init__(
        self,
        root: QWidget,
        select: Callable[[NoteKey], bool],
        describe: Callable[[NoteKey], str],
    ) -> None:
        super().__init__(root)
        self._select = select
        self._describe = describe
        self.session_id: str | None = None
        self.edit = child(root, QLineEdit, "searchEdit")
        self.label = child(root, QLabel, "hitsLabel")
        self.results = child(root, QListWidget, "hitsList")
        self.hits: list[NoteKey] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.results.itemClicked.connect(self._chosen)
        self.results.itemActivated.connect(self._chosen)
        self._show(False)

    def attach(self, notes: NotesService) -> None:
        """Search through this service."""
        self._notes = notes

    def set_session(self, session_id: str | None) -> None:
        """Search the notes of this session."""
        self.session_id = session_id
        self.run()

    def _show(self, shown: bool) -> None:
        self.label.setVisible(shown)
        self.results.setVisible(shown)

    def run(self) -> None:
        """Search now (it otherwise runs shortly after typing stops)."""
        self._timer.stop()
        text = self.edit.text().strip()
        self.results.clear()
        self.hits = []
        if not text or self.session_id is None:
            self._show(False)
            return
        found = attempt(self.results, lambda: self._notes.search(text))
        if found is None:
            return
        elsewhere = 0
        for hit in found:
            if hit.session_id != self.session_id:
                elsewhere += 1
                continue
            key = SYNTHESIS if hit.item_id is None else NoteKey(hit.item_id, hit.table, hit.round)
            item = QListWidgetItem(f"{self._describe(key)}\n{hit.excerpt}")
            item.setToolTip(hit.excerpt)
            self.results.addItem(item)
            self.hits.append(key)
        summary = self.tr("Trouvé dans {n} note(s) de cette session.").format(n=len(self.hits))
        if elsewhere:
            summary += " " + self.tr("Aussi dans {n} note(s) d'autres sessions.").format(
                n=elsewhere
            )
        self.label.setText(summary)
        self._show(True)
        self.results.setVisible(bool(self.hits))
        # Room for two hits of about four wrapped lines each; more scroll.
        line = self.results.fontMetrics().lineSpacing()
        rows = min(2, len(self.hits)) * (4 * line + 4)
        self.results.setFixedHeight(rows + 2 * self.results.frameWidth())

    def _chosen(self, item: QListWidgetItem) -> None:
        row = self.results.row(item)
        if 0 <= row < len(self.hits):
            self._select(self.hits[row])
