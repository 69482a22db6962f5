"""The list of a session's notes: the synthesis, then each workshop with its tables × rounds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from territ_desktop.ui import labels
from territ_desktop.ui.notes_outline import SYNTHESIS, NoteKey, WorkshopSlots

KEY_ROLE = Qt.ItemDataRole.UserRole
Stored = Mapping[NoteKey, tuple[str, str]]
"""Rapporteur and text of each note saved."""


class NotesTree(QObject):
    """Fills the tree and maps its rows to notes; empty notes are greyed out."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.setHeaderLabels([self.tr("Atelier, tour et table"), self.tr("Rapporteur·e")])
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.keys: list[NoteKey] = []
        self.items: dict[NoteKey, QTreeWidgetItem] = {}
        self.workshops: dict[str, WorkshopSlots] = {}

    def fill(
        self, workshops: Sequence[WorkshopSlots], stored: Stored, current: NoteKey | None
    ) -> None:
        """Redraw the list and select ``current`` (the synthesis if it is gone), silently."""
        self.workshops = {w.item.id: w for w in workshops}
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self.keys, self.items = [], {}
            top = self._add(self.tree.invisibleRootItem(), SYNTHESIS, stored)
            top.setText(0, self.tr("Synthèse de la session"))
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            for workshop in workshops:
                parent = QTreeWidgetItem(self.tree, [self.workshop_title(workshop), ""])
                parent.setData(0, KEY_ROLE, f"w:{workshop.item.id}")
                parent.setToolTip(0, parent.text(0))
                for key in workshop.slots:
                    self._add(parent, key, stored)
                parent.setExpanded(True)
            chosen = self.items.get(current) if current is not None else None
            self.tree.setCurrentItem(chosen or top)

    def workshop_title(self, workshop: WorkshopSlots) -> str:
        """The title of a workshop item with its date and half-day."""
        half = workshop.half_day
        return self.tr("{title} — {date} ({period})").format(
            title=workshop.item.title,
            date=f"{half.date:%d/%m}",
            period=labels.period(half.period).lower(),
        )

    def describe(self, key: NoteKey) -> str:
        """How a note is named outside the tree (search results)."""
        if key.is_synthesis:
            return self.tr("Synthèse de la session")
        workshop = self.workshops.get(key.item_id or "")
        return self.tr("{title} · tour {round} · {table}").format(
            title=workshop.item.title if workshop else "", round=key.round, table=key.table
        )

    def _add(self, parent: QTreeWidgetItem, key: NoteKey, stored: Stored) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, ["", ""])
        if not key.is_synthesis:
            item.setText(
                0, self.tr("Tour {round} · {table}").format(round=key.round, table=key.table)
            )
            item.setToolTip(0, item.text(0))
        item.setData(0, KEY_ROLE, f"k:{len(self.keys)}")
        self.keys.append(key)
        self.items[key] = item
        self.mark(key, stored)
        return item

    def mark(self, key: NoteKey, stored: Stored) -> None:
        """Show a note's rapporteur, and grey it out while it is empty."""
        item = self.items.get(key)
        if item is None:
            return
        rapporteur, text = stored.get(key, ("", ""))
        item.setText(1, rapporteur)
        empty = not (rapporteur.strip() or text.strip())
        role = QPalette.ColorRole.PlaceholderText if empty else QPalette.ColorRole.Text
        item.setForeground(0, QBrush(self.tree.palette().color(role)))

    def key_of(self, item: QTreeWidgetItem | None) -> NoteKey | None:
        """The note of a row (None for a workshop row)."""
        data = item.data(0, KEY_ROLE) if item is not None else None
        if isinstance(data, str) and data.startswith("k:"):
            return self.keys[int(data[2:])]
        return None

    def workshop_of(self, item: QTreeWidgetItem | None) -> WorkshopSlots | None:
        """The workshop of a row (its own, or its parent's)."""
        while item is not None:
            data = item.data(0, KEY_ROLE)
            if isinstance(data, str) and data.startswith("w:"):
                return self.workshops.get(data[2:])
            item = item.parent()
        return None

    def current_key(self) -> NoteKey | None:
        """The note of the selected row."""
        return self.key_of(self.tree.currentItem())

    def current_workshop(self) -> WorkshopSlots | None:
        """The workshop of the selected row."""
        return self.workshop_of(self.tree.currentItem())

    def select(self, key: NoteKey) -> bool:
        """Select a note's row (signals fire); False if the list does not have it."""
        item = self.items.get(key)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True
