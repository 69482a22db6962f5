"""Native Excel charts for the summary workbook, in grey levels with values shown.

The charts point at cells the sheet already holds, so they follow the numbers if a trainer
corrects one. Like the PDF's, they read in black and white: outlined white, dark and mid grey
series, and every bar or slice labelled with its value.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from territ_desktop.export.worksheet_writer import layout

SERIES_FILLS = ("FFFFFF", "404040", "A0A0A0")
PIE_FILLS = ("262626", "F2F2F2", "737373", "BFBFBF", "4D4D4D", "E0E0E0", "999999", "0D0D0D")
OUTLINE = "000000"


@dataclass(frozen=True, slots=True)
class Block:
    """Where a table sits: its header row, its first and last data rows, its columns."""

    header_row: int
    first_row: int
    last_row: int
    label_column: int
    first_value_column: int
    last_value_column: int


def _values_only() -> DataLabelList:
    """Labels showing the value alone (LibreOffice adds names unless told not to)."""
    labels = DataLabelList()
    labels.showVal = True
    labels.showCatName = False
    labels.showSerName = False
    labels.showLegendKey = False
    labels.showPercent = False
    return labels


def _outline(properties: GraphicalProperties, fill: str) -> None:
    properties.solidFill = fill
    properties.line.solidFill = OUTLINE
    properties.line.width = 6350  # half a point, in EMU


def bar_chart(
    sheet: WriteOnlyWorksheet,
    block: Block,
    *,
    title: str,
    axis_title: str,
    horizontal: bool = False,
    height_cm: int = 8,
) -> BarChart:
    """Clustered bars of each value column of ``block``, one group per data row.

    Args:
        sheet: The sheet holding the table (the chart refers to its cells).
        block: The table's position; column headers become the series names.
        title: Chart title (fixed text).
        axis_title: Title of the value axis.
        horizontal: Bars from left to right (for long category names).
        height_cm: Chart height.
    """
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.grouping = "clustered"
    chart.title = title
    chart.y_axis.title = axis_title
    chart.y_axis.majorGridlines = None
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"  # first row on top, as in the table
    ws = layout(sheet)
    data = Reference(
        ws,
        min_col=block.first_value_column,
        max_col=block.last_value_column,
        min_row=block.header_row,
        max_row=block.last_row,
    )
    labels = Reference(
        ws, min_col=block.label_column, min_row=block.first_row, max_row=block.last_row
    )
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(labels)
    fills = SERIES_FILLS if len(chart.series) > 1 else SERIES_FILLS[2:]
    for index, series in enumerate(chart.series):
        series.graphicalProperties = GraphicalProperties()
        _outline(series.graphicalProperties, fills[index % len(fills)])
    chart.dataLabels = _values_only()
    chart.legend = chart.legend if len(chart.series) > 1 else None
    chart.height = height_cm
    chart.width = 18
    return chart


def row_bar_chart(
    sheet: WriteOnlyWorksheet,
    *,
    header_row: int,
    data_row: int,
    first_column: int,
    last_column: int,
    title: str,
    axis_title: str,
) -> BarChart:
    """Bars of one table row: the header cells name the bars, column A names the series."""
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.y_axis.title = axis_title
    chart.y_axis.majorGridlines = None
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    ws = layout(sheet)
    data = Reference(ws, min_col=1, max_col=last_column, min_row=data_row)
    labels = Reference(ws, min_col=first_column, max_col=last_column, min_row=header_row)
    chart.add_data(data, from_rows=True, titles_from_data=True)
    chart.set_categories(labels)
    for series in chart.series:
        series.graphicalProperties = GraphicalProperties()
        _outline(series.graphicalProperties, SERIES_FILLS[2])
    chart.dataLabels = _values_only()
    chart.legend = None
    chart.height = 7
    chart.width = 14
    return chart


def pie_chart(sheet: WriteOnlyWorksheet, block: Block, *, title: str) -> PieChart:
    """A pie of the first value column of ``block``, slices labelled with name, value and share."""
    chart = PieChart()
    chart.title = title
    ws = layout(sheet)
    data = Reference(
        ws,
        min_col=block.first_value_column,
        min_row=block.header_row,
        max_row=block.last_row,
    )
    labels = Reference(
        ws, min_col=block.label_column, min_row=block.first_row, max_row=block.last_row
    )
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(labels)
    series = chart.series[0]
    for index in range(block.last_row - block.first_row + 1):
        point = DataPoint(idx=index)
        point.graphicalProperties = GraphicalProperties()
        _outline(point.graphicalProperties, PIE_FILLS[index % len(PIE_FILLS)])
        series.dPt.append(point)
    series.dLbls = DataLabelList()
    series.dLbls.showVal = True
    series.dLbls.showCatName = True
    series.dLbls.showPercent = True
    series.dLbls.showSerName = False
    series.dLbls.showLegendKey = False
    series.dLbls.separator = " ; "
    series.dLbls.position = "outEnd"
    chart.legend = None
    chart.height = 9
    chart.width = 16
    return chart
