"""The descriptive sheets of the summary workbook: programme, workshops, notes, cycle, evaluation.

Long user text (notes, synthesis, descriptions) goes in wrapped cells, stored as text and cut
at Excel's limit of 32,767 characters per cell; the PDF always carries the full text.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import zip_longest

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from territ_desktop.domain.audience import audience_label, audience_short_label
from territ_desktop.domain.session import ITEM_KIND_LABELS, PERIOD_LABELS, ProgrammeItem
from territ_desktop.export.attendance_data import AttendanceData, printed_order
from territ_desktop.export.cycle_summary import CycleFigures
from territ_desktop.export.safe_text import set_text_cell
from territ_desktop.export.summary_data import Evaluation, SummaryInput
from territ_desktop.export.summary_workbook_charts import Block, bar_chart, row_bar_chart
from territ_desktop.export.worksheet_writer import (
    HOURS_FORMAT,
    INTEGER_FORMAT,
    RATE_FORMAT,
    WRAP,
    Number,
    SheetWriter,
    Text,
    Value,
    layout,
    print_setup,
    set_widths,
)
from territ_desktop.export.workshop_mix import WorkshopMix

LINE_HEIGHT = 15.0
TOP = Alignment(vertical="top")
MAX_ROW_HEIGHT = 409.0


def count_cell(value: int, *, bold: bool = False) -> Number:
    """A headcount."""
    return Number(value, INTEGER_FORMAT, bold)


def hours_cell(minutes: int, *, bold: bool = False) -> Number:
    """Decimal hours, rounded as in the attendance workbook."""
    return Number(round(minutes / 60, 2), HOURS_FORMAT, bold)


def rate_cell(part: int, whole: int, *, bold: bool = False) -> Number:
    """A share between 0 and 1, shown as a percentage."""
    return Number(part / whole if whole else 0.0, RATE_FORMAT, bold)


def header_widths(headers: Sequence[str], minimums: Sequence[float] = ()) -> list[float]:
    """Column widths (in characters) wide enough for each bold header on one line.

    Header rows of a streamed sheet cannot be given a height, so a wrapped header would spill
    over the first data row: columns are widened instead. ``minimums`` apply to the first
    columns, in order.
    """
    floors = [*minimums, *([8.0] * (len(headers) - len(minimums)))]
    return [max(floor, round(len(h) * 1.1 + 3)) for h, floor in zip(headers, floors, strict=True)]


def _line_count(text: str, width: float) -> int:
    """Lines a wrapped cell needs, roughly: spreadsheets do not grow rows when they open a file."""
    per_line = max(1, int(width * 1.1))
    return sum(max(1, -(-len(line) // per_line)) for line in text.splitlines() or [""])


def _append_wrapped(writer: SheetWriter, values: Sequence[Value], wrapped: set[int]) -> None:
    """Append a row whose columns ``wrapped`` (0-based) hold long text shown wrapped.

    The row is made tall enough for its longest text, up to Excel's limit of 409 points; the
    rest of a very long note is in the cell, readable in the formula bar.
    """
    sheet = layout(writer.sheet)
    row: list[object] = []
    lines = 1
    for index, value in enumerate(values):
        if index in wrapped and isinstance(value, str):
            cell = WriteOnlyCell(writer.sheet)
            set_text_cell(cell, value)
            cell.alignment = WRAP
            row.append(cell)
            width = sheet.column_dimensions[get_column_letter(index + 1)].width or 13
            lines = max(lines, _line_count(str(cell.value), width))
        else:
            made = writer.cell(value)
            cell = made if isinstance(made, Cell) else WriteOnlyCell(writer.sheet, made)
            cell.alignment = TOP
            row.append(cell)
    if lines > 1:
        sheet.row_dimensions[writer.rows + 1].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)
    writer.sheet.append(row)
    writer.rows += 1


def _table_sheet(
    writer: SheetWriter, headers: Sequence[str], widths: Sequence[float], title: str, rows: int
) -> None:
    """Widths, frozen header, filter and A4 landscape print set-up of a one-table sheet."""
    set_widths(writer.sheet, header_widths(headers, widths))
    writer.sheet.freeze_panes = "A2"
    last = get_column_letter(len(headers))
    layout(writer.sheet).auto_filter.ref = f"A1:{last}{rows + 1}"
    print_setup(writer.sheet, title=title, landscape=True, title_rows="1:1")
    writer.header(headers)


def programme_sheet(writer: SheetWriter, data: AttendanceData, title: str) -> None:
    """One row per programme item, with the half-day's times and headcount."""
    headers = ["Journée", "Date", "Demi-journée", "Début", "Fin", "Séquence", "Intitulé"]
    headers += ["Intervenant·e", "Salle", "Tables / thèmes", "Description", "Présents"]
    present = {t.half_day.id: t.present for t in data.half_day_totals()}
    rows = sum(max(1, len(h.items)) for h in data.half_days)
    widths = [10, 12, 12, 8, 8, 34, 44, 20, 14, 30, 50, 10]
    _table_sheet(writer, headers, widths, title, rows)
    for number, day in enumerate(data.session.days, start=1):
        for half_day in day.half_days:
            ordered = sorted(half_day.items, key=lambda i: i.position)
            items: list[ProgrammeItem | None] = [*ordered] if ordered else [None]
            for item in items:
                head: list[Value] = [
                    Text(f"Journée {number}"),
                    half_day.date,
                    PERIOD_LABELS[half_day.period],
                ]
                if item is None:
                    body: list[Value] = [half_day.start, half_day.end, "", "", "", "", "", "", ""]
                else:
                    body = [
                        item.start or half_day.start,
                        item.end or half_day.end,
                        ITEM_KIND_LABELS[item.kind],
                        item.title,
                        item.speaker,
                        item.room,
                        ", ".join(item.themes),
                        item.description,
                    ]
                headcount = count_cell(present[half_day.id])
                _append_wrapped(writer, [*head, *body, headcount], {6, 9, 10})


def workshops_sheet(
    writer: SheetWriter, mixes: Sequence[WorkshopMix], summary: SummaryInput, title: str
) -> None:
    """One row per table and round: size, audience types, colleagues together (names if allowed)."""
    names = summary.include_participant_annex
    headers = ["Atelier", "Demi-journée", "Tour", "Table", "Effectif", "Types de public"]
    headers += ["Répartition par public", "Personnes avec un collègue", "Collègues ensemble"]
    widths = [36, 20, 7, 28, 9, 10, 44, 12, 36]
    if names:
        headers.append("Participant·es")
        widths.append(70)
    rows = sum(len(m.tables) for m in mixes)
    _table_sheet(writer, headers, widths, title, rows)
    for mix in mixes:
        when = mix.half_day.label if mix.half_day is not None else ""
        for table in mix.tables:
            values: list[Value] = [
                mix.workshop.item.title,
                when,
                count_cell(table.round),
                table.table,
                count_cell(table.size),
                count_cell(table.audience_count),
                ", ".join(f"{audience_short_label(a)} {n}" for a, n in table.audiences),
                count_cell(table.with_colleague),
                "; ".join(f"{org} ({n})" for org, n in table.colleagues),
            ]
            if names:
                values.append(", ".join(p.printed_name for p in table.members))
            _append_wrapped(writer, values, {6, 8, 9})


def notes_sheet(writer: SheetWriter, summary: SummaryInput, title: str) -> None:
    """The notes of every table as typed, then the synthesis."""
    headers = ["Atelier", "Tour", "Table", "Rapporteur·e", "Notes"]
    rows = sum(len(w.notes) for w in summary.workshops) + 1
    _table_sheet(writer, headers, [30, 7, 28, 24, 100], title, rows)
    for workshop in summary.workshops:
        for note in workshop.notes:
            values: list[Value] = [
                workshop.item.title,
                count_cell(note.round),
                note.table,
                note.rapporteur,
                note.text,
            ]
            _append_wrapped(writer, values, {4})
    synthesis: list[Value] = [Text("Synthèse des ateliers", bold=True), None, "", ""]
    _append_wrapped(writer, [*synthesis, summary.synthesis], {4})


def cycle_sheet(writer: SheetWriter, cycle: CycleFigures, title: str) -> None:
    """Days attended per person by audience type, then attendance day after day."""
    days = range(cycle.day_count + 1)
    words = ["Aucun jour", *(f"{k} jour{'s' if k > 1 else ''}" for k in days[1:])]
    audiences = [a for a, _ in cycle.days[0].by_audience]
    first = ["Public", *words, "Inscrits"]
    second = ["Journée", "Date", *(audience_short_label(a) for a in audiences)]
    second += ["Inscrits", "Présents", "Taux"]
    widths = [
        max(a, b)
        for a, b in zip_longest(header_widths(first, [36]), header_widths(second), fillvalue=0)
    ]
    set_widths(writer.sheet, widths)
    writer.sheet.freeze_panes = "B2"
    print_setup(writer.sheet, title=title, landscape=True, title_rows="1:1")
    writer.header(first)
    for spread in (*cycle.distribution, cycle.overall):
        name = "Ensemble" if spread.audience is None else audience_label(spread.audience)
        bold = spread.audience is None
        values: list[Value] = [
            Text(name, bold=bold),
            *(count_cell(n, bold=bold) for n in spread.counts),
            count_cell(spread.enrolled, bold=bold),
        ]
        writer.append(values)
    overall_row = writer.rows
    writer.blank()
    header_row = writer.rows + 1
    writer.header(second)
    for number, line in enumerate(cycle.days, start=1):
        day_row: list[Value] = [
            Text(f"Journée {number}"),
            line.day.date,
            *(count_cell(n) for _, n in line.by_audience),
            count_cell(line.enrolled),
            count_cell(line.present),
            rate_cell(line.present, line.enrolled),
        ]
        writer.append(day_row)
    last = writer.rows
    distribution = row_bar_chart(
        writer.sheet,
        header_row=1,
        data_row=overall_row,
        first_column=2,
        last_column=cycle.day_count + 2,
        title="Personnes selon le nombre de journées suivies",
        axis_title="Personnes",
    )
    layout(writer.sheet).add_chart(distribution, f"A{last + 3}")
    enrolled_column = 3 + len(audiences)
    progression = bar_chart(
        writer.sheet,
        Block(header_row, header_row + 1, last, 1, enrolled_column, enrolled_column + 1),
        title="Inscrits et présents par journée",
        axis_title="Personnes",
    )
    layout(writer.sheet).add_chart(progression, f"A{last + 19}")


def evaluation_sheet(writer: SheetWriter, evaluation: Evaluation, title: str) -> None:
    """Answers per question with counts and shares, then the number of respondents and comments."""
    headers = ["Question", "Réponse", "Nombre", "Part des répondants"]
    rows = sum(len(answers) for _, answers in evaluation.questions)
    _table_sheet(writer, headers, [60, 30, 10, 14], title, rows)
    for question, answers in evaluation.questions:
        for answer, number in answers:
            writer.append(
                [
                    question,
                    answer,
                    count_cell(number),
                    rate_cell(number, evaluation.respondents),
                ]
            )
    writer.blank()
    writer.append([Text("Nombre de répondants", bold=True), count_cell(evaluation.respondents)])
    for comment in evaluation.comments:
        _append_wrapped(writer, [Text("Commentaire", bold=True), comment], {1})


def participants_sheet(writer: SheetWriter, data: AttendanceData, title: str) -> None:
    """The enrolled participants (only when names may be shared)."""
    headers = ["Nom", "Prénom", "Organisme", "Public", "Commune / territoire"]
    _table_sheet(writer, headers, [24, 20, 40, 36, 24], title, len(data.rows))
    for person in printed_order(row.participant for row in data.rows):
        writer.append(
            [
                person.last_name,
                person.first_name,
                person.organisation,
                audience_label(person.audience),
                person.territory,
            ]
        )
