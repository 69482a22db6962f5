"""The column mapping of an import: for each column of the file, the field it feeds."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from territ_desktop.importing import FIELD_LABELS, ColumnMapping, Field, RawTable
from territ_desktop.importing.headers import name_order


def column_letter(index: int) -> str:
    """Spreadsheet name of a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class ImportMappingEditor(QObject):
    """Fills a table widget with one row per file column and a combo box of fields.

    ``changed`` carries the corrected :class:`ColumnMapping` each time the user picks a field.
    A field feeds from one column only: choosing it for a column frees the column that had it.
    """

    changed = Signal(object)

    def __init__(self, view: QTableWidget) -> None:
        super().__init__(view)
        self.view = view
        self._mapping: ColumnMapping | None = None
        self._header: tuple[str, ...] = ()
        self.combos: list[QComboBox] = []
        names = {
            Field.LAST_NAME: self.tr("Nom"),
            Field.FIRST_NAME: self.tr("Prénom"),
            Field.FULL_NAME: self.tr("NOM Prénom (une seule colonne)"),
            Field.ORGANISATION: self.tr("Structure"),
            Field.FUNCTION: self.tr("Fonction"),
            Field.EMAIL: self.tr("E-mail"),
            Field.PHONE: self.tr("Téléphone"),
            Field.TERRITORY: self.tr("Commune / territoire"),
            Field.AUDIENCE: self.tr("Public"),
            Field.NOTES: self.tr("Notes"),
        }
        self._choices = [(self.tr("— ignorée —"), None)] + [
            (names.get(field, label), field) for field, label in FIELD_LABELS.items()
        ]
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.setColumnWidth(0, 160)
        view.setColumnWidth(1, 110)

    @property
    def mapping(self) -> ColumnMapping | None:
        """The mapping shown."""
        return self._mapping

    def show_mapping(self, table: RawTable, mapping: ColumnMapping) -> None:
        """Show the columns of ``table`` with the fields ``mapping`` gives them."""
        self._mapping = mapping
        header = table.row(mapping.header_row) if mapping.header_row else None
        self._header = header.cells if header is not None else ("",) * table.width
        if self.view.rowCount() != table.width or len(self.combos) != table.width:
            self._build(table.width)
        for index in range(table.width):
            title = self._header[index].strip() or self.tr("(sans titre)")
            name = f"{column_letter(index)} · {title}"
            self.view.setItem(index, 0, QTableWidgetItem(name))
            sample = next(
                (
                    row.cells[index].strip()
                    for row in table.rows
                    if row.number > mapping.header_row and row.cells[index].strip()
                ),
                "",
            )
            item = QTableWidgetItem(sample)
            item.setToolTip(sample)
            self.view.setItem(index, 1, item)
        self._sync()

    def _build(self, width: int) -> None:
        self.view.setRowCount(width)
        self.combos = []
        for index in range(width):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for label, field in self._choices:
                combo.addItem(label, field.value if field is not None else "")
            combo.currentIndexChanged.connect(lambda _i, c=index: self._on_choice(c))
            self.view.setCellWidget(index, 2, combo)
            self.combos.append(combo)

    def _sync(self) -> None:
        assert self._mapping is not None
        for index, combo in enumerate(self.combos):
            field = self._mapping.field_of(index)
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(field.value if field is not None else ""))
            combo.blockSignals(False)

    def choose(self, column: int, field: Field | None) -> None:
        """Make ``column`` feed ``field`` (None: ignore the column), as the combo box does."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field.value if field is not None else ""))

    def _on_choice(self, column: int) -> None:
        if self._mapping is None:
            return
        code = self.combos[column].currentData()
        mapping = self._mapping
        previous = mapping.field_of(column)
        if previous is not None:
            mapping = mapping.with_column(previous, None)
        if code:
            field = Field(code)
            mapping = mapping.with_column(field, column)
            if field is Field.FULL_NAME:
                mapping = dataclasses.replace(mapping, name_order=name_order(self._header[column]))
        self._mapping = mapping
        self._sync()
        self.changed.emit(mapping)
