"""Settings of a rotation: tables, rounds, goals, facilitators pinned, people kept apart.

The panel edits nothing itself: each change emits ``changed`` with the new instance, the text
of the undo entry and, for a renamed table, ``(old, new)``; the tab checks it, saves it and
calls :meth:`RotationSettingsPanel.set_instance` with what was kept.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from territ_desktop.domain.participant import fold
from territ_desktop.rotation import Instance, Mode, Pin, Table
from territ_desktop.ui.rotation_edits import remove_table, rename_in_instance, set_rounds
from territ_desktop.ui.uiloader import child, icon, load_ui

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_CAPACITY = 8


class RotationSettingsPanel(QObject):
    """The "Réglages" page of the Petits groupes tab."""

    #: new instance, undo text, (old, new) table name or None
    changed = Signal(object, str, object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        w = self.widget = load_ui("rotation_settings_panel.ui", parent)
        self.instance: Instance | None = None
        self._filling = False
        self.tables = child(w, QTableWidget, "tablesTable")
        self.tables.setColumnCount(2)
        self.tables.setHorizontalHeaderLabels([self.tr("Thème"), self.tr("Places")])
        header = self.tables.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tables.itemChanged.connect(self._on_table_edited)
        self.rounds = child(w, QSpinBox, "roundsSpin")
        self.rounds.valueChanged.connect(self._on_rounds)
        self.mode = child(w, QComboBox, "modeCombo")
        self.mode.addItem(self.tr("Ne pas se retrouver ensemble"), Mode.OVERLAPS.value)
        self.mode.addItem(self.tr("Rencontrer le plus de monde"), Mode.MEET_MOST.value)
        self.mode.currentIndexChanged.connect(self._on_options)
        self.separate = child(w, QCheckBox, "separateCheck")
        self.world_cafe = child(w, QCheckBox, "worldCafeCheck")
        self.mix_first = child(w, QCheckBox, "mixFirstCheck")
        for check in (self.separate, self.world_cafe, self.mix_first):
            check.toggled.connect(self._on_options)
        self.pins = child(w, QListWidget, "pinsList")
        self.pin_person = child(w, QComboBox, "pinPersonCombo")
        self.pin_table = child(w, QComboBox, "pinTableCombo")
        self.apart = child(w, QListWidget, "apartList")
        self.apart_first = child(w, QComboBox, "apartFirstCombo")
        self.apart_second = child(w, QComboBox, "apartSecondCombo")
        for name, icon_name, slot in (
            ("addTableButton", "add", self.add_table),
            ("removeTableButton", "delete", self.remove_table),
            ("addPinButton", "add", self.add_pin),
            ("removePinButton", "delete", self.remove_pin),
            ("addApartButton", "add", self.add_apart),
            ("removeApartButton", "delete", self.remove_apart),
        ):
            button = child(w, QPushButton, name)
            button.setIcon(icon(icon_name))
            button.clicked.connect(slot)

    # -- showing ------------------------------------------------------------------------------

    def set_instance(self, instance: Instance | None) -> None:
        """Show the settings of ``instance`` (None: nothing to set, everything disabled)."""
        self.instance = instance
        self._filling = True
        try:
            self.widget.setEnabled(instance is not None)
            self._fill_tables(instance.tables if instance is not None else ())
            for list_widget in (self.pins, self.apart):
                list_widget.clear()
            for combo in (self.pin_person, self.pin_table, self.apart_first, self.apart_second):
                combo.clear()
            if instance is not None:
                self._fill(instance)
        finally:
            self._filling = False

    def _fill_tables(self, tables: tuple[Table, ...]) -> None:
        # Items are updated in place: this may run while Qt is still committing an edit of
        # one of them, which must not be deleted under its feet.
        self.tables.setRowCount(len(tables))
        for row, table in enumerate(tables):
            for column, value in ((0, table.name), (1, table.capacity)):
                item = self.tables.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.tables.setItem(row, column, item)
                item.setData(Qt.ItemDataRole.EditRole, value)

    def _fill(self, instance: Instance) -> None:
        self.rounds.setValue(instance.rounds)
        options = instance.options
        self.mode.setCurrentIndex(self.mode.findData(options.mode.value))
        self.separate.setChecked(options.separate_organisations)
        self.world_cafe.setChecked(options.world_cafe)
        self.mix_first.setChecked(options.mix_first)
        names = {p.id: p.display for p in instance.participants}
        people = sorted(names.items(), key=lambda item: fold(item[1]))
        for combo in (self.pin_person, self.apart_first, self.apart_second):
            for pid, label in people:
                combo.addItem(label, pid)
        if len(people) > 1:
            self.apart_second.setCurrentIndex(1)
        for table in instance.tables:
            self.pin_table.addItem(table.name, table.name)
        for pin in instance.pinned:
            text = self.tr("{person} → {table}").format(
                person=names.get(pin.participant, pin.participant), table=pin.table
            )
            item = QListWidgetItem(text, self.pins)
            item.setData(NAME_ROLE, pin.participant)
        for index, group in enumerate(instance.keep_apart):
            item = QListWidgetItem(" ≠ ".join(names.get(pid, pid) for pid in group), self.apart)
            item.setData(NAME_ROLE, index)

    # -- changes ------------------------------------------------------------------------------

    def _emit(self, new: Instance, text: str, rename: tuple[str, str] | None = None) -> None:
        if not self._filling and self.instance is not None and new != self.instance:
            self.changed.emit(new, text, rename)

    def _on_table_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.instance is None:
            return
        row = item.row()
        old = self.instance.tables[row]
        if item.column() == 0:
            new_name = item.text().strip()
            renamed = rename_in_instance(self.instance, old.name, new_name)
            text = self.tr("Renommer la table « {name} »").format(name=old.name)
            self._emit(renamed, text, (old.name, new_name))
        else:
            value = item.data(Qt.ItemDataRole.EditRole)
            capacity = value if isinstance(value, int) else old.capacity
            tables = list(self.instance.tables)
            tables[row] = replace(old, capacity=capacity)
            text = self.tr("Places de la table « {name} »").format(name=old.name)
            self._emit(replace(self.instance, tables=tuple(tables)), text)

    def add_table(self) -> None:
        """Add a table named "Table N", as large as the largest one."""
        if self.instance is None:
            return
        taken = {t.name for t in self.instance.tables}
        number = len(taken) + 1
        while self.tr("Table {n}").format(n=number) in taken:
            number += 1
        name = self.tr("Table {n}").format(n=number)
        capacity = max((t.capacity for t in self.instance.tables), default=DEFAULT_CAPACITY)
        tables = (*self.instance.tables, Table(name, capacity))
        self._emit(replace(self.instance, tables=tables), self.tr("Ajouter une table"))

    def remove_table(self) -> None:
        """Remove the selected table (its people are then seated nowhere until regenerated)."""
        row = self.tables.currentRow()
        if self.instance is None or not 0 <= row < len(self.instance.tables):
            return
        name = self.instance.tables[row].name
        text = self.tr("Retirer la table « {name} »").format(name=name)
        self._emit(remove_table(self.instance, name), text)

    def _on_rounds(self, value: int) -> None:
        if self.instance is not None:
            self._emit(set_rounds(self.instance, value), self.tr("Nombre de tours"))

    def _on_options(self) -> None:
        if self.instance is None:
            return
        options = replace(
            self.instance.options,
            separate_organisations=self.separate.isChecked(),
            world_cafe=self.world_cafe.isChecked(),
            mix_first=self.mix_first.isChecked(),
            mode=Mode(self.mode.currentData() or Mode.OVERLAPS.value),
        )
        self._emit(replace(self.instance, options=options), self.tr("Objectifs de la répartition"))

    def add_pin(self) -> None:
        """Pin the chosen person to the chosen table (replacing an earlier pin of theirs)."""
        person, table = self.pin_person.currentData(), self.pin_table.currentData()
        if self.instance is None or not person or not table:
            return
        pins = [p for p in self.instance.pinned if p.participant != person]
        pins.append(Pin(str(person), str(table)))
        text = self.tr("Fixer {person} à une table").format(person=self.pin_person.currentText())
        self._emit(replace(self.instance, pinned=tuple(pins)), text)

    def remove_pin(self) -> None:
        """Unpin the selected person."""
        item = self.pins.currentItem()
        if self.instance is None or item is None:
            return
        person = item.data(NAME_ROLE)
        pins = tuple(p for p in self.instance.pinned if p.participant != person)
        self._emit(replace(self.instance, pinned=pins), self.tr("Ne plus fixer à une table"))

    def add_apart(self) -> None:
        """Keep the two chosen people at different tables."""
        first, second = self.apart_first.currentData(), self.apart_second.currentData()
        if self.instance is None or not first or not second or first == second:
            return
        pair = (str(first), str(second))
        if any(set(pair) <= set(group) for group in self.instance.keep_apart):
            return
        groups = (*self.instance.keep_apart, pair)
        self._emit(replace(self.instance, keep_apart=groups), self.tr("Séparer deux personnes"))

    def remove_apart(self) -> None:
        """Forget the selected keep-apart link."""
        item = self.apart.currentItem()
        if self.instance is None or item is None:
            return
        index = int(item.data(NAME_ROLE))
        groups = tuple(g for i, g in enumerate(self.instance.keep_apart) if i != index)
        self._emit(replace(self.instance, keep_apart=groups), self.tr("Ne plus séparer"))
