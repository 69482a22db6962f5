"""Charts of the session summary, drawn with reportlab's own graphics (no image files).

Summaries get photocopied, so every chart reads in black and white: series differ by grey
level and outline rather than by hue, every bar and slice carries its value, and pie slices are
named beside the pie instead of in a colour legend. Labels are user text (communes), so they go
through :func:`~territ_desktop.export.pdf_glyphs.drawable`; graphics strings are never parsed
as markup, so nothing else is needed.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, black, white

from territ_desktop.export.french_format import percent
from territ_desktop.export.pdf_fonts import register_fonts
from territ_desktop.export.pdf_glyphs import drawable

Series = tuple[str, Sequence[int]]
"""A named series of values, one per category."""

SERIES_FILLS = (white, Color(0.25, 0.25, 0.25), Color(0.62, 0.62, 0.62))
"""Outlined white, dark grey, mid grey: three series tell apart on any printer."""
PIE_FILLS = tuple(Color(g, g, g) for g in (0.15, 0.95, 0.45, 0.75, 0.3, 0.88, 0.6, 0.05))
"""Grey levels alternating dark and light, so neighbouring slices always contrast."""
LABEL_SIZE = 7.5
LABEL_LIMIT = 30


def short(text: str, limit: int = LABEL_LIMIT) -> str:
    """User text cut to ``limit`` characters with an ellipsis, for axis and slice labels."""
    # Cut before cleaning: a label never needs more, and the text may be very long.
    text = " ".join(drawable(text[: limit * 4]).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _step(top: int) -> int:
    """A round step giving about five gridlines between 0 and ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            return step
    return max(1, top // 5)


def _legend(series: Sequence[Series], x: float, y: float) -> Legend:
    """A one-line legend whose top-right corner is at (x, y)."""
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 62
    legend.dxTextSpace = 4
    legend.dx = legend.dy = 8
    legend.fontName = register_fonts().regular
    legend.fontSize = LABEL_SIZE + 0.5
    legend.strokeColor = black
    legend.strokeWidth = 0.6
    legend.boxAnchor = "ne"
    legend.colorNamePairs = [
        (SERIES_FILLS[i % len(SERIES_FILLS)], short(name, 40)) for i, (name, _) in enumerate(series)
    ]
    return legend


def bar_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float,
    height: float,
    horizontal: bool = False,
) -> Drawing:
    r"""Grouped bars, one group per category, values printed at the end of every bar.

    Args:
        categories: Category labels (``\n`` allowed for two-line labels of vertical bars).
        series: The series, each with one value per category.
        width: Drawing width in points.
        height: Drawing height in points.
        horizontal: Bars run left to right, first category on top (long labels fit better).
    """
    font = register_fonts().regular
    drawing = Drawing(width, height)
    labels = [short(c) if horizontal else drawable(c) for c in categories]
    data = [list(values) for _, values in series]
    if horizontal:
        # reportlab draws the first category at the bottom; readers expect it on top.
        labels = labels[::-1]
        data = [values[::-1] for values in data]
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    legend_room = 22 if len(series) > 1 else 4
    left = 150 if horizontal else 34
    bottom = 16 if horizontal else 30
    chart.x, chart.y = left, bottom
    chart.width = width - left - 24
    chart.height = height - bottom - legend_room
    chart.data = data
    chart.categoryAxis.categoryNames = labels
    top = max((v for values in data for v in values), default=0)
    chart.valueAxis.valueMin = 0
    step = _step(max(top, 1))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = (max(top, 1) // step + 1) * step
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Color(0.82, 0.82, 0.82)
    chart.valueAxis.gridStrokeWidth = 0.4
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = LABEL_SIZE
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.textAnchor = "middle"
        chart.categoryAxis.labels.dy = -3
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 2
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.groupSpacing = 8
    chart.barSpacing = 1
    # A lone series is mid grey: an outlined white bar reads as empty.
    fills = SERIES_FILLS if len(series) > 1 else SERIES_FILLS[2:]
    for index in range(len(series)):
        chart.bars[index].fillColor = fills[index % len(fills)]
        chart.bars[index].strokeColor = black
        chart.bars[index].strokeWidth = 0.6
    drawing.add(chart)
    if len(series) > 1:
        drawing.add(_legend(series, width - 24, height - 2))
    return drawing


def pie_chart(items: Sequence[tuple[str, int]], *, width: float, height: float) -> Drawing | None:
    """A pie of shares, each slice named beside the pie with its count and percentage.

    Zero values are left out; ``None`` when nothing is left to draw.
    """
    shown = [(short(label, 34), value) for label, value in items if value > 0]
    if not shown:
        return None
    font = register_fonts().regular
    total = sum(value for _, value in shown)
    drawing = Drawing(width, height)
    pie = Pie()
    size = min(height - 36, width * 0.4)
    pie.width = pie.height = size
    pie.x = (width - size) / 2
    pie.y = (height - size) / 2
    pie.data = [value for _, value in shown]
    pie.labels = [f"{label} : {value} ({percent(value / total)})" for label, value in shown]
    pie.sideLabels = True
    pie.sideLabelsOffset = 0.08
    pie.direction = "clockwise"
    pie.startAngle = 90
    pie.slices.strokeColor = black
    pie.slices.strokeWidth = 0.6
    pie.slices.fontName = font
    pie.slices.fontSize = LABEL_SIZE + 0.5
    pie.slices.label_pointer_strokeColor = black
    pie.slices.label_pointer_strokeWidth = 0.4
    for index in range(len(shown)):
        pie.slices[index].fillColor = PIE_FILLS[index % len(PIE_FILLS)]
    drawing.add(pie)
    return drawing
