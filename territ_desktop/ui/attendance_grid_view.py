"""The two views of the attendance grid: the people, and under them the totals, always visible.

Both show the same model: the grid hides the total rows, the totals view hides the people. Column
widths, the name column and horizontal scrolling are kept in step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from territ_desktop.ui.attendance_grid_model import TOTAL_ROWS, AttendanceGridModel

CELL_SAMPLE = "PP 0 h 00 ✎"
"""The widest text a status cell shows."""


class GridWithTotals(QObject):
    """Sets up the grid and its totals view over one model, and keeps them aligned."""

    def __init__(self, grid: QTableView, totals: QTableView, model: AttendanceGridModel) -> None:
        super().__init__(grid)
        self.grid = grid
        self.totals = totals
        self.model = model
        metrics = grid.fontMetrics()
        width = max(metrics.horizontalAdvance(CELL_SAMPLE), metrics.horizontalAdvance("00/00")) + 14
        row_height = metrics.height() + 8
        for view in (grid, totals):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(width)
            header.setMinimumSectionSize(width)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().setDefaultSectionSize(row_height)
            view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        frame = 2 * totals.frameWidth()
        totals.setFixedHeight(TOTAL_ROWS * row_height + frame)
        grid.horizontalScrollBar().valueChanged.connect(totals.horizontalScrollBar().setValue)
        grid.horizontalHeader().sectionResized.connect(
            lambda column, _old, new: totals.setColumnWidth(column, new)
        )

    def relayout(self) -> None:
        """Hide the rows each view does not show and align the columns (after a new shape)."""
        people = len(self.model.participants)
        for row in range(self.model.rowCount()):
            is_total = row >= people
            self.grid.setRowHidden(row, is_total)
            self.totals.setRowHidden(row, not is_total)
        last = self.model.columnCount() - 1
        if last >= 0:
            self.grid.resizeColumnToContents(last)
            self.totals.setColumnWidth(last, self.grid.columnWidth(last))
        names = max(self.grid.verticalHeader().sizeHint().width(), 120)
        names = max(names, self.totals.verticalHeader().sizeHint().width())
        for view in (self.grid, self.totals):
            view.verticalHeader().setFixedWidth(names)
        self.totals.horizontalScrollBar().setValue(self.grid.horizontalScrollBar().value())

    def refresh_widths(self) -> None:
        """The total column follows its text (hours change as statuses do)."""
        last = self.model.columnCount() - 1
        if last >= 0:
            self.grid.resizeColumnToContents(last)
