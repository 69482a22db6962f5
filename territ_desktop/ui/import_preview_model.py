"""Table model of an import preview: one row per data row of the file, and what happens to it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from territ_desktop.importing import RowAction, RowOutcome
from territ_desktop.ui import labels

_Index = QModelIndex | QPersistentModelIndex
ROW_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

_NEEDS_AUDIENCE = QColor(255, 236, 179)  # soft amber: a choice is waiting
_WARNING = QColor(255, 248, 225)
_REJECTED = QColor(128, 128, 128)
_ON_HIGHLIGHT = QColor(33, 33, 33)


class Column(IntEnum):
    """The columns of the preview."""

    ROW = 0
    OUTCOME = 1
    LAST_NAME = 2
    FIRST_NAME = 3
    AUDIENCE = 4
    ORGANISATION = 5
    EMAIL = 6
    REMARKS = 7


class Show(IntEnum):
    """Which rows the preview shows."""

    ALL = 0
    TO_CHECK = 1  # warnings, audience to choose, or not imported (blank rows aside)
    REJECTED = 2


class ImportPreviewModel(QAbstractTableModel):
    """The outcome of every data row: new, merged with someone, duplicate, or not imported."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[RowOutcome] = []
        self._names: Mapping[str, str] = {}
        self._headers = [
            self.tr("Ligne"),
            self.tr("Résultat"),
            self.tr("Nom"),
            self.tr("Prénom"),
            self.tr("Public"),
            self.tr("Structure"),
            self.tr("E-mail"),
            self.tr("Remarques"),
        ]

    def set_rows(self, rows: Sequence[RowOutcome], names: Mapping[str, str]) -> None:
        """Show a plan's outcomes; ``names`` gives the printed name of each person by id."""
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(names)
        self.endResetModel()

    def outcome_at(self, row: int) -> RowOutcome:
        """The outcome shown on ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def outcome_text(self, outcome: RowOutcome) -> str:
        """What happens to a row, in a few words."""
        name = self._names.get(outcome.participant_id or "", "")
        if outcome.action is RowAction.NEW:
            return self.tr("Nouvelle fiche")
        if outcome.action is RowAction.MERGE_EXISTING:
            return self.tr("Déjà dans l'annuaire : {name}").format(name=name)
        if outcome.action is RowAction.DUPLICATE:
            return self.tr("Doublon de la ligne {row}").format(row=outcome.duplicate_of_row)
        if outcome.blank:
            return self.tr("Ligne vide")
        return self.tr("Non importée : {reason}").format(reason=outcome.reason)

    def _audience_text(self, outcome: RowOutcome) -> str:
        record = outcome.record
        if record is None or outcome.action is RowAction.REJECTED:
            return ""
        if outcome.needs_audience:
            return self.tr("À choisir")
        text = labels.audience(record.audience)
        if outcome.audience_overridden:
            return self.tr("{audience} (choisi)").format(audience=text)
        return text

    def _display(self, outcome: RowOutcome, column: Column) -> str | int:
        record = outcome.record
        if column is Column.ROW:
            return outcome.row_number
        if column is Column.OUTCOME:
            return self.outcome_text(outcome)
        if column is Column.AUDIENCE:
            return self._audience_text(outcome)
        if column is Column.REMARKS:
            return " • ".join(outcome.warnings)
        if record is None:
            return ""
        values = {
            Column.LAST_NAME: record.last_name,
            Column.FIRST_NAME: record.first_name,
            Column.ORGANISATION: record.organisation,
            Column.EMAIL: record.email,
        }
        return values[column]

    def _tooltip(self, outcome: RowOutcome) -> str:
        lines = [self.outcome_text(outcome)]
        if outcome.needs_audience:
            lines.append(self.tr("Public non reconnu : choisissez-le sous le tableau."))
        lines += outcome.warnings
        return "\n".join(lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        outcome = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(outcome, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(outcome)
        if role == ROW_NUMBER_ROLE:
            return outcome.row_number
        if role == Qt.ItemDataRole.ForegroundRole:
            if outcome.action is RowAction.REJECTED:
                return QBrush(_REJECTED)
            if outcome.needs_audience or outcome.warnings:
                return QBrush(_ON_HIGHLIGHT)  # readable on the light background, dark theme too
        if role == Qt.ItemDataRole.BackgroundRole:
            if outcome.needs_audience:
                return QBrush(_NEEDS_AUDIENCE)
            if outcome.warnings and outcome.action is not RowAction.REJECTED:
                return QBrush(_WARNING)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportPreviewFilter(QSortFilterProxyModel):
    """Shows all rows, the rows to check, or the rows not imported."""

    def __init__(self) -> None:
        super().__init__()
        self._show = Show.ALL

    def set_show(self, show: Show) -> None:
        """Choose which rows are shown."""
        self.beginFilterChange()
        self._show = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._show is Show.ALL:
            return True
        model = self.sourceModel()
        assert isinstance(model, ImportPreviewModel)
        outcome = model.outcome_at(source_row)
        rejected = outcome.action is RowAction.REJECTED
        if self._show is Show.REJECTED:
            return rejected
        return not outcome.blank and (rejected or outcome.needs_audience or bool(outcome.warnings))
