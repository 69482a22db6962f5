"""The "Programme" tab: days, half-days and items; add, edit, reorder, delete, all undoable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QKeySequence, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import QHeaderView, QPushButton, QTreeView, QWidget

from territ_desktop.domain.session import Day, HalfDay, Period, ProgrammeItem, Session
from territ_desktop.ui import messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.day_dialog import DayDialog
from territ_desktop.ui.programme_item_dialog import ProgrammeItemDialog
from territ_desktop.ui.programme_tree_model import NODE_ROLE, Node, build_programme_model
from territ_desktop.ui.uiloader import child, icon, load_ui
from territ_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.services.programme import ProgrammeService


class ProgrammeTab(QObject):
    """Edit the programme of the current session."""

    _programme: ProgrammeService

    def __init__(
        self,
        undo_stack: QUndoStack,
        refresh: Callable[[], None],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self._refresh = refresh
        self._session: Session | None = None
        w = self.widget = load_ui("programme_tab.ui", parent)
        self.model = QStandardItemModel(self)
        self.view = child(w, QTreeView, "programmeView")
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        buttons = {
            "addDayButton": ("add", self.add_day),
            "addItemButton": ("add", self.add_item),
            "editButton": ("edit", self.edit),
            "deleteButton": ("delete", self.delete),
            "upButton": ("up", lambda: self.move(-1)),
            "downButton": ("down", lambda: self.move(1)),
        }
        self.buttons: dict[str, QPushButton] = {}
        for name, (icon_name, slot) in buttons.items():
            button = child(w, QPushButton, name)
            button.setIcon(icon(icon_name))
            button.clicked.connect(slot)
            self.buttons[name] = button
        self.buttons["deleteButton"].setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))

    def attach(self, services: Services) -> None:
        """Work on an open database."""
        self._programme = services.programme

    # -- display ---------------------------------------------------------------------------

    def set_session(self, session: Session) -> None:
        """Show a session's programme, keeping the selection when possible."""
        selected = self.selected_node()
        self._session = session
        build_programme_model(self.model, session)
        self.view.expandAll()
        for row in range(self.model.rowCount()):
            # Day titles are long: let them run across the empty columns of their row.
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if selected is not None:
            self.select(selected.value.id)

    def select(self, record_id: str) -> None:
        """Select the row of a day, half-day or item by id."""
        index = self._find(record_id, QModelIndex())
        if index is not None:
            self.view.setCurrentIndex(index)

    def _find(self, record_id: str, parent: QModelIndex) -> QModelIndex | None:
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            node = index.data(NODE_ROLE)
            if isinstance(node, Node) and node.value.id == record_id:
                return index
            found = self._find(record_id, index)
            if found is not None:
                return found
        return None

    def selected_node(self) -> Node | None:
        """What the current row stands for."""
        node = self.view.currentIndex().data(NODE_ROLE)
        return node if isinstance(node, Node) else None

    def _target_half_day(self) -> HalfDay | None:
        node = self.selected_node()
        if node is None or self._session is None:
            return None
        if isinstance(node.value, HalfDay):
            return node.value
        if isinstance(node.value, ProgrammeItem):
            half_day_id = node.value.half_day_id
            return next(h for h in self._session.half_days if h.id == half_day_id)
        assert isinstance(node.value, Day)
        return node.value.half_days[0] if node.value.half_days else None

    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self._undo.push(ServiceCommand(text, redo=redo, undo=undo, refresh=self._refresh))
        self._refresh()

    # -- actions ---------------------------------------------------------------------------

    def add_day(self) -> None:
        """Add a study day (a week after the last one, by default)."""
        if self._session is None:
            return
        last = self._session.last_date
        dialog = DayDialog(self.widget, suggested=last + dt.timedelta(days=7) if last else None)
        if not dialog.exec():
            return
        form = dialog.value()
        session_id = self._session.id
        day = attempt(
            self.widget,
            lambda: self._programme.add_day(
                session_id, form.date, form.title, form.morning, form.afternoon
            ),
        )
        if day is None:
            return
        self._push(
            self.tr("Ajouter une journée"),
            redo=lambda: self._programme.restore_day(day),
            undo=lambda: self._programme.delete_day(day.id),
        )
        self.select(day.id)

    def add_item(self) -> None:
        """Add an item at the end of the selected half-day."""
        half = self._target_half_day()
        if half is None:
            messages.show_info(
                self.widget, self.tr("Choisissez d'abord une demi-journée dans le programme.")
            )
            return
        dialog = ProgrammeItemDialog(self.widget, half)
        if not dialog.exec():
            return
        item = attempt(self.widget, lambda: self._programme.add_item(dialog.value()))
        if item is None:
            return
        self._push(
            self.tr("Ajouter « {title} »").format(title=item.title),
            redo=lambda: self._programme.restore_item(item),
            undo=lambda: self._programme.delete_item(item.id),
        )
        self.select(item.id)

    def edit(self) -> None:
        """Edit the selected day (or half-day times) or item."""
        node = self.selected_node()
        if node is None:
            return
        if isinstance(node.value, ProgrammeItem):
            self._edit_item(node.value)
        elif isinstance(node.value, Day):
            self._edit_day(node.value)
        else:
            assert isinstance(node.value, HalfDay) and self._session is not None
            day_id = node.value.day_id
            self._edit_day(next(d for d in self._session.days if d.id == day_id))

    def _edit_item(self, old: ProgrammeItem) -> None:
        half = self._target_half_day()
        assert half is not None
        dialog = ProgrammeItemDialog(self.widget, half, old)
        if not dialog.exec():
            return
        new = dialog.value()
        if attempt(self.widget, lambda: self._programme.update_item(new)) is None:
            return
        self._push(
            self.tr("Modifier « {title} »").format(title=new.title),
            redo=lambda: self._programme.update_item(new),
            undo=lambda: self._programme.update_item(old),
        )

    def _edit_day(self, old: Day) -> None:
        dialog = DayDialog(self.widget, old)
        if not dialog.exec():
            return
        form = dialog.value()
        times = {Period.MORNING: form.morning, Period.AFTERNOON: form.afternoon}

        def apply_new() -> None:
            self._programme.update_day(old.id, form.date, form.title)
            for half in old.half_days:
                new_times = times[half.period]
                if new_times is not None:
                    self._programme.set_half_day_times(half.id, *new_times)

        def apply_old() -> None:
            self._programme.update_day(old.id, old.date, old.title)
            for half in old.half_days:
                self._programme.set_half_day_times(half.id, half.start, half.end)

        if attempt(self.widget, apply_new) is None:
            attempt(self.widget, apply_old)  # a later step failed: put back what went through
            self._refresh()
            return
        self._push(self.tr("Modifier la journée"), redo=apply_new, undo=apply_old)

    def delete(self) -> None:
        """Delete the selected item, or the selected day after confirmation."""
        node = self.selected_node()
        if node is None:
            return
        if isinstance(node.value, ProgrammeItem):
            item = node.value
            if attempt(self.widget, lambda: self._programme.delete_item(item.id)) is None:
                return
            self._push(
                self.tr("Supprimer « {title} »").format(title=item.title),
                redo=lambda: self._programme.delete_item(item.id),
                undo=lambda: self._programme.restore_item(item),
            )
            return
        day_id = node.value.day_id if isinstance(node.value, HalfDay) else node.value.id
        question = self.tr(
            "Supprimer toute la journée et son programme ? (Annuler avec Ctrl+Z reste possible.)"
        )
        if not messages.confirm(self.widget, question):
            return
        day = attempt(self.widget, lambda: self._programme.delete_day(day_id))
        if day is None:
            return
        self._push(
            self.tr("Supprimer la journée du {date}").format(date=f"{day.date:%d/%m/%Y}"),
            redo=lambda: self._programme.delete_day(day.id),
            undo=lambda: self._programme.restore_day(day),
        )

    def move(self, offset: int) -> None:
        """Move the selected item up or down within its half-day."""
        node = self.selected_node()
        if node is None or not isinstance(node.value, ProgrammeItem):
            return
        item = node.value
        half = self._target_half_day()
        assert half is not None
        if not 0 <= item.position + offset < len(half.items):
            return
        if attempt(self.widget, lambda: self._programme.move_item(item.id, offset)) is None:
            return
        self._push(
            self.tr("Déplacer « {title} »").format(title=item.title),
            redo=lambda: self._programme.move_item(item.id, offset),
            undo=lambda: self._programme.move_item(item.id, -offset),
        )
        self.select(item.id)
