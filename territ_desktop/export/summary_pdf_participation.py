"""Participation pages of the summary PDF: half-days, audience types, communes, the cycle.

Figures come from :mod:`summary_figures` and :mod:`cycle_summary`, which read the same
:class:`AttendanceData` as the attendance workbook: "present" means at least one minute
attended, and hours are participant-hours (everyone's attended time added up). Tables list
half-days and days down the page and audience types across, so a long session adds rows, not
columns that would no longer fit the width of an A4 page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Spacer

from territ_desktop.domain.audience import audience_label, audience_short_label
from territ_desktop.domain.session import PERIOD_LABELS, HalfDay, Period
from territ_desktop.export.cycle_summary import CycleFigures
from territ_desktop.export.french_format import count, percent, short_date, time_range
from territ_desktop.export.summary_charts import bar_chart, pie_chart
from territ_desktop.export.summary_figures import Participation, grouped, grouped_hours
from territ_desktop.export.summary_pdf_style import (
    FRAME_WIDTH,
    HEADER_FILL,
    TOTAL_FILL,
    Styles,
    cell,
    cells,
    chart_block,
    data_table,
    esc,
    fit_widths,
    para,
)

CHART_COMMUNES = 12
"""Communes shown in the chart; the rest are grouped in one bar."""
COUNT_HEADERS = ("Inscrits", "Présents", "dont partiels", "Absents", "Excusés", "Non renseignés")


def half_day_tag(half_day: HalfDay) -> str:
    """A compact two-line chart label, e.g. ``"17/09"`` over ``"matin"``."""
    period = "matin" if half_day.period is Period.MORNING else "après-midi"
    return f"{half_day.date:%d/%m}\n{period}"


def half_day_heading(half_day: HalfDay) -> str:
    """E.g. ``"Matin, de 9 h 15 à 12 h 30"`` (fixed text, no escaping needed)."""
    return f"{PERIOD_LABELS[half_day.period]}, {time_range(half_day.start, half_day.end)}"


def _grid(
    rows: Sequence[Sequence[str]], headers: Sequence[str], styles: Styles, *, total_rows: int = 0
) -> Any:
    """A table of plain strings under wrapped headers, widths fitted to the content."""
    columns = [[header, *(row[i] for row in rows)] for i, header in enumerate(headers)]
    table = data_table(
        [cells(headers, styles.head), *[list(row) for row in rows]],
        fit_widths(columns, styles),
        styles,
        numeric_from=1,
    )
    if total_rows:
        table.setStyle(
            [
                ("FONT", (0, -total_rows), (-1, -1), styles.fonts.bold, 8),
                ("BACKGROUND", (0, -total_rows), (-1, -1), TOTAL_FILL),
            ]
        )
    return table


def _key_figures(figures: Participation, styles: Styles) -> list[Any]:
    rows = [
        ["Personnes inscrites", grouped(figures.enrolled)],
        ["Personnes venues au moins une demi-journée", grouped(figures.attendees)],
        ["Heures stagiaires réalisées", grouped_hours(figures.attended_minutes)],
        ["Heures stagiaires prévues (tous les inscrits)", grouped_hours(figures.planned_minutes)],
        ["Taux de réalisation", percent(figures.rate)],
    ]
    table = data_table(rows, [9 * cm, 3 * cm], styles, header_rows=0, numeric_from=1)
    return [table, Spacer(1, 0.2 * cm)]


def _half_day_part(figures: Participation, styles: Styles) -> list[Any]:
    totals = figures.half_days
    rows = [
        [
            f"{t.half_day.label}\n{time_range(t.half_day.start, t.half_day.end)}",
            *(
                str(n)
                for n in (t.enrolled, t.present, t.partial, t.absent, t.excused, t.unrecorded)
            ),
            grouped_hours(t.attended_minutes),
        ]
        for t in totals
    ]
    sums = [
        sum(getattr(t, name) for t in totals)
        for name in ("enrolled", "present", "partial", "absent", "excused", "unrecorded")
    ]
    rows.append(["Ensemble", *(str(n) for n in sums), grouped_hours(figures.attended_minutes)])
    headers = ["Demi-journée", *COUNT_HEADERS, "Heures réalisées"]
    chart = bar_chart(
        [half_day_tag(t.half_day) for t in totals],
        [("Inscrits", [t.enrolled for t in totals]), ("Présents", [t.present for t in totals])],
        width=FRAME_WIDTH,
        height=190,
    )
    return [
        para("Par demi-journée", styles.h2),
        _grid(rows, headers, styles, total_rows=1),
        para(
            "Présent·e : au moins une minute de la demi-journée suivie. La ligne Ensemble "
            "additionne des personnes × demi-journées, comme le classeur de présences.",
            styles.small,
        ),
        chart_block("Inscrits et présents par demi-journée", chart, styles),
    ]


def _audience_part(figures: Participation, styles: Styles) -> list[Any]:
    audiences = figures.audiences
    headers = ["Demi-journée", *(audience_short_label(a.audience) for a in audiences), "Ensemble"]
    rows = [["Inscrits", *(str(a.total.enrolled) for a in audiences), str(figures.enrolled)]]
    for index, total in enumerate(figures.half_days):
        rows.append(
            [
                total.half_day.label.replace(" ", "\n", 1),
                *(str(a.present[index]) for a in audiences),
                str(total.present),
            ]
        )
    rows.append(
        ["Venus au moins\nune fois", *(str(a.total.attendees) for a in audiences)]
        + [str(figures.attendees)]
    )
    rows.append(
        ["Heures\nréalisées", *(grouped_hours(a.total.attended_minutes) for a in audiences)]
        + [grouped_hours(figures.attended_minutes)]
    )
    table = _grid(rows, headers, styles, total_rows=2)
    table.setStyle(
        [
            ("FONT", (0, 1), (-1, 1), styles.fonts.bold, 8),
            ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL),
        ]
    )
    legend = "; ".join(
        f"{audience_short_label(a.audience)} = {audience_label(a.audience)}" for a in audiences
    )
    story: list[Any] = [
        CondPageBreak(7 * cm),
        para("Par type de public", styles.h2),
        para("Personnes présentes à chaque demi-journée, par type de public.", styles.body),
        table,
        para(esc(f"{legend}."), styles.small),
    ]
    pie = pie_chart(
        [(audience_short_label(a.audience), a.total.attendees) for a in audiences],
        width=FRAME_WIDTH,
        height=190,
    )
    if pie is not None:
        story.append(chart_block("Personnes venues au moins une fois, par public", pie, styles))
    return story


def _territory_part(figures: Participation, styles: Styles) -> list[Any]:
    head = cells(["Commune / territoire", "Inscrits", "Venus", "Heures réalisées"], styles.head)
    rows: list[list[Any]] = [head]
    for t in figures.territories:
        rows.append(
            [
                cell(t.label, styles.cell),
                str(t.enrolled),
                str(t.attendees),
                grouped_hours(t.attended_minutes),
            ]
        )
    widths = [8.0 * cm, 2.0 * cm, 2.0 * cm, 2.8 * cm]
    story: list[Any] = [
        CondPageBreak(6 * cm),
        para("Par commune", styles.h2),
        data_table(rows, widths, styles, numeric_from=1),
    ]
    shown = [t for t in figures.territories if t.attendees > 0]
    bars = [(t.label, t.attendees) for t in shown[:CHART_COMMUNES]]
    rest = shown[CHART_COMMUNES:]
    if rest:
        others = f"Autres ({count(len(rest), 'commune', 'communes')})"
        bars.append((others, sum(t.attendees for t in rest)))
    if bars:
        chart = bar_chart(
            [label for label, _ in bars],
            [("Venus", [value for _, value in bars])],
            width=FRAME_WIDTH,
            height=30 + 17 * len(bars),
            horizontal=True,
        )
        title = "Personnes venues au moins une fois, par commune"
        story.append(chart_block(title, chart, styles))
    return story


def participation_section(figures: Participation, styles: Styles) -> list[Any]:
    """The participation pages: key figures, half-days, audience types, communes."""
    return [
        para("Participation", styles.h1),
        *_key_figures(figures, styles),
        *_half_day_part(figures, styles),
        *_audience_part(figures, styles),
        *_territory_part(figures, styles),
    ]


def _day_word(days: int) -> str:
    return "Aucun jour" if days == 0 else count(days, "jour", "jours")


def _distribution_part(cycle: CycleFigures, styles: Styles) -> list[Any]:
    days = range(cycle.day_count + 1)
    headers = ["Public", *(_day_word(k) for k in days), "Inscrits"]
    rows = [
        [
            "Ensemble" if line.audience is None else audience_short_label(line.audience),
            *(str(n) for n in line.counts),
            str(line.enrolled),
        ]
        for line in (*cycle.distribution, cycle.overall)
    ]
    chart = bar_chart(
        [_day_word(k) for k in days],
        [("Personnes", list(cycle.overall.counts))],
        width=FRAME_WIDTH * 0.7,
        height=160,
    )
    return [
        para("Assiduité sur le cycle", styles.h1),
        para(
            "Nombre de journées auxquelles chaque personne inscrite est venue ; une demi-journée "
            "suivie suffit pour compter la journée.",
            styles.body,
        ),
        _grid(rows, headers, styles, total_rows=1),
        chart_block("Personnes selon le nombre de journées suivies", chart, styles),
    ]


def _progression_part(cycle: CycleFigures, styles: Styles) -> list[Any]:
    audiences = [audience for audience, _ in cycle.days[0].by_audience]
    headers = ["Journée", *(audience_short_label(a) for a in audiences), "Présents", "Taux"]
    rows = [
        [
            f"Journée {number}\n{short_date(line.day.date)}",
            *(str(n) for _, n in line.by_audience),
            str(line.present),
            percent(line.present / line.enrolled if line.enrolled else 0.0),
        ]
        for number, line in enumerate(cycle.days, start=1)
    ]
    enrolled = cycle.days[0].enrolled
    chart = bar_chart(
        [f"Journée {n}\n{short_date(line.day.date)}" for n, line in enumerate(cycle.days, 1)],
        [
            ("Inscrits", [d.enrolled for d in cycle.days]),
            ("Présents", [d.present for d in cycle.days]),
        ],
        width=FRAME_WIDTH,
        height=170,
    )
    return [
        CondPageBreak(7 * cm),
        para("Présence journée après journée", styles.h2),
        para(
            esc(
                f"Personnes présentes chaque journée, par type de public, sur "
                f"{count(enrolled, 'personne inscrite', 'personnes inscrites')}."
            ),
            styles.body,
        ),
        _grid(rows, headers, styles),
        chart_block("Inscrits et présents par journée", chart, styles),
    ]


def cycle_section(cycle: CycleFigures, styles: Styles) -> list[Any]:
    """The cycle pages: how many days each person came, and attendance day after day."""
    return [
        CondPageBreak(12 * cm),
        *_distribution_part(cycle, styles),
        *_progression_part(cycle, styles),
    ]
