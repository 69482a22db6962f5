"""Sign-in sheets (feuilles d'émargement) as an A4 PDF, blank or filled in.

One sheet per half-day (or per day, with a signature column per half-day). Every page repeats
the full header (exact session title, date and times, place, organiser with room for its
stamp, trainers with their signature boxes) so a page separated from the others still proves
something; participants follow in name order with a 1.1 cm signature box each, then a few
blank lines for walk-ins. Pages are numbered "Page x/y" within each sheet.

The pages are drawn straight on the canvas: rows have a fixed height, so the number of pages is
known before drawing and no two-pass layout is needed. Text drawn with ``drawString`` is never
read as markup, so hostile names print literally.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from territ_desktop.domain.attendance import STATUS_LABELS, AttendanceRecord, AttendanceStatus
from territ_desktop.domain.audience import audience_short_label
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import (
    PERIOD_LABELS,
    HalfDay,
    Session,
)
from territ_desktop.export import attendance_sheet_layout as geo
from territ_desktop.export.atomic import atomic_path
from territ_desktop.export.attendance_data import AttendanceData, ParticipantAttendance, Records
from territ_desktop.export.attendance_sheet_header import SheetContext, build_header, draw_header
from territ_desktop.export.attendance_sheet_layout import (
    BLACK,
    GREY,
    LIGHT,
    PAD,
    WHITE,
    SheetLayout,
    SheetSpec,
)
from territ_desktop.export.french_format import clock, count, hours
from territ_desktop.export.pdf_drawing import (
    FittedText,
    ImageCache,
    draw_fitted,
    draw_signature,
    fit_text,
)
from territ_desktop.export.pdf_fonts import PdfFonts, register_fonts


@dataclass(frozen=True, slots=True)
class _RowCells:
    """A participant's identity, fitted once to the columns and reused on every sheet."""

    last_name: FittedText
    first_name: FittedText
    organisation: FittedText
    audience: FittedText


def _fit_row(fonts: PdfFonts, participant: Participant, columns: geo.Columns) -> _RowCells:
    height = geo.ROW_HEIGHT - 4  # Two points above and below the text.

    def fit(text: str, font: str, size: float, cell: tuple[float, float]) -> FittedText:
        return fit_text(text, font, size, cell[1] - 2 * PAD, height, min_size=5.5)

    return _RowCells(
        fit(participant.last_name.upper(), fonts.bold, 8.5, columns.last_name),
        fit(participant.first_name, fonts.regular, 8.5, columns.first_name),
        fit(participant.organisation, fonts.regular, 7.5, columns.organisation),
        fit(audience_short_label(participant.audience), fonts.regular, 7, columns.audience),
    )


def _draw_table_header(
    c: Any, ctx: SheetContext, sheet: SheetSpec, columns: geo.Columns, top: float
) -> None:
    fonts = ctx.fonts
    bottom = top - geo.TABLE_HEADER_HEIGHT
    c.setFillColor(LIGHT)
    c.rect(geo.LEFT, bottom, geo.WIDTH, geo.TABLE_HEADER_HEIGHT, stroke=0, fill=1)
    c.setFillColor(BLACK)
    c.setFont(fonts.bold, 7.5)
    middle = bottom + geo.TABLE_HEADER_HEIGHT / 2 - 2.5
    c.drawString(columns.number[0] + PAD, middle, "N°")
    c.drawString(columns.last_name[0] + PAD, middle, "NOM")
    c.drawString(columns.first_name[0] + PAD, middle, "Prénom")
    c.drawString(columns.organisation[0] + PAD, middle, "Organisme")
    c.drawString(columns.audience[0] + PAD, middle, "Public")
    for (x, width), half_day in zip(columns.signatures, sheet.half_days, strict=True):
        c.setFont(fonts.bold, 7.5)
        c.drawString(x + PAD, top - 10, "Signature")
        detail = fit_text(
            f"{PERIOD_LABELS[half_day.period]} {clock(half_day.start)}–{clock(half_day.end)}",
            fonts.regular,
            6.5,
            width - 2 * PAD,
            8,
            min_size=5,
        )
        draw_fitted(c, detail, x + PAD, top - 13, 9)


def _draw_status(
    c: Any,
    ctx: SheetContext,
    row: ParticipantAttendance,
    index: int,
    half_day: HalfDay,
    box: tuple[float, float, float, float],
) -> None:
    record: AttendanceRecord | None = row.records[index]
    if record is None:
        return
    x, y, width, height = box
    fonts = ctx.fonts
    if record.status in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED):
        # A line across the box, so nobody can sign it afterwards.
        c.setStrokeColor(GREY)
        c.line(x + 4, y + 4, x + width - 4, y + height - 4)
        c.setStrokeColor(BLACK)
        label = STATUS_LABELS[record.status]
        label_width = stringWidth(label, fonts.bold, 8) + 6
        c.setFillColor(WHITE)
        c.rect(x + (width - label_width) / 2, y + height / 2 - 6, label_width, 12, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont(fonts.bold, 8)
        c.drawCentredString(x + width / 2, y + height / 2 - 3, label)
        c.setFillColor(BLACK)
        return
    note = ""
    if record.status is AttendanceStatus.PARTIAL:
        arrival = clock(max(record.arrival or half_day.start, half_day.start))
        departure = clock(min(record.departure or half_day.end, half_day.end))
        note = f"Partiel {arrival}–{departure} ({hours(row.minutes[index])})"
    elif record.signature_png is None:
        note = STATUS_LABELS[record.status]
    note_height = 0.0
    if note:
        fitted = fit_text(note, fonts.regular, 6, width - 2 * PAD, 14, min_size=5)
        note_height = len(fitted.lines) * fitted.leading + 1
        c.setFillColor(GREY)
        draw_fitted(c, fitted, x + PAD, y + height - 1, note_height)
    signed = ""
    if record.signed_at is not None:
        signed = f"signé à {clock(record.signed_at.time())}"
        c.setFillColor(GREY)
        c.setFont(fonts.regular, 5)
        c.drawRightString(x + width - 2, y + 2, signed)
    c.setFillColor(BLACK)
    if record.signature_png:
        bottom = y + (7 if signed else 2)
        area = (x + 2, bottom, width - 4, y + height - note_height - 1 - bottom)
        draw_signature(c, ctx.images, record.signature_png, area, font=fonts.regular)


def _draw_footer(c: Any, ctx: SheetContext, sheet: SheetSpec) -> None:
    c.setFont(ctx.fonts.regular, 7)
    c.setFillColor(GREY)
    day = sheet.half_days[0]
    periods = " et ".join(PERIOD_LABELS[h.period].lower() for h in sheet.half_days)
    enrolled = count(len(ctx.data.rows), "participant inscrit", "participants inscrits")
    spare = count(ctx.spare_lines, "ligne libre", "lignes libres")
    left = (
        f"Émargement du {day.date:%d/%m/%Y} ({periods}) · {enrolled} · {spare} pour les "
        "personnes non inscrites"
    )
    c.drawString(geo.LEFT, geo.BOTTOM, left)
    c.setFillColor(BLACK)


def _draw_page_number(c: Any, ctx: SheetContext, label: str) -> None:
    c.setFont(ctx.fonts.bold, 10)
    c.drawRightString(geo.RIGHT, geo.TOP - 12, label)
    c.setFont(ctx.fonts.regular, 7)
    c.setFillColor(GREY)
    c.drawRightString(geo.RIGHT, geo.BOTTOM, label)
    c.setFillColor(BLACK)


def _draw_rows(
    c: Any,
    ctx: SheetContext,
    sheet: SheetSpec,
    columns: geo.Columns,
    cells: Sequence[_RowCells | None],
    first_number: int,
    top: float,
) -> None:
    rows = ctx.data.rows
    height = geo.ROW_HEIGHT
    xs = columns.edges
    c.grid(xs, [top - i * height for i in range(len(cells) + 1)])
    c.setFillColor(GREY)
    c.setFont(ctx.fonts.regular, 7)
    for offset in range(len(cells)):
        number = str(first_number + offset)
        c.drawString(columns.number[0] + PAD, top - offset * height - 12, number)
    c.setFillColor(BLACK)
    for offset, fitted in enumerate(cells):
        if fitted is None:
            continue
        y = top - offset * height
        draw_fitted(c, fitted.last_name, columns.last_name[0] + PAD, y, height)
        draw_fitted(c, fitted.first_name, columns.first_name[0] + PAD, y, height)
        draw_fitted(c, fitted.organisation, columns.organisation[0] + PAD, y, height)
        draw_fitted(c, fitted.audience, columns.audience[0] + PAD, y, height)
        if ctx.filled:
            row = rows[first_number - 1 + offset]
            for (x, width), half_day, index in zip(
                columns.signatures, sheet.half_days, sheet.indices, strict=True
            ):
                _draw_status(c, ctx, row, index, half_day, (x, y - height, width, height))


def _draw_sheet(
    c: Any,
    ctx: SheetContext,
    sheet: SheetSpec,
    form: str,
    fitted_rows: dict[int, list[_RowCells]],
) -> None:
    columns = geo.columns_for(len(sheet.half_days))
    header = build_header(ctx, sheet, columns)
    count = len(columns.signatures)
    if count not in fitted_rows:
        # Column widths depend only on the number of signature columns: fit names once.
        rows = [_fit_row(ctx.fonts, row.participant, columns) for row in ctx.data.rows]
        fitted_rows[count] = rows
    fitted: list[_RowCells | None] = [*fitted_rows[count], *[None] * ctx.spare_lines]
    per_page = geo.rows_per_page(header.table_top)
    pages = geo.page_count(len(fitted), per_page)
    # What every page of the sheet repeats is drawn once, as a form the pages reuse: the
    # file holds it once and each page only adds its rows.
    c.beginForm(form)
    draw_header(c, ctx, sheet, header)
    _draw_table_header(c, ctx, sheet, columns, header.table_top)
    _draw_footer(c, ctx, sheet)
    c.endForm()
    table_top = header.table_top - geo.TABLE_HEADER_HEIGHT
    for page in range(pages):
        c.doForm(form)
        c.setLineWidth(0.6)
        _draw_page_number(c, ctx, f"Page {page + 1}/{pages}")
        start = page * per_page
        chunk = fitted[start : start + per_page]
        _draw_rows(c, ctx, sheet, columns, chunk, start + 1, table_top)
        c.showPage()


def write_attendance_sheets(
    session: Session,
    participants: Sequence[Participant],
    target: Path | str,
    *,
    records: Records | None = None,
    layout: SheetLayout = SheetLayout.PER_HALF_DAY,
    spare_lines: int = 5,
    trainer_signatures: Mapping[str, bytes] | None = None,
    trainer_signatures_by_trainer: Mapping[tuple[str, str], bytes] | None = None,
    half_day_ids: Collection[str] | None = None,
) -> Path:
    """Write the sign-in sheets of a session as one A4 PDF.

    Args:
        session: The session, with its days, half-days and trainers.
        participants: The enrolled participants (printed sorted by last then first name).
        target: The PDF to create or replace (atomically).
        records: ``None`` prints blank sheets to sign on the day. A mapping of
            ``(participant_id, half_day_id)`` to records prints filled sheets: signature
            images, "Absent·e" / "Excusé·e" across the box, partial hours.
        layout: One sheet per half-day (default) or one per day.
        spare_lines: Blank lines after the participants, for people who were not enrolled.
        trainer_signatures: Filled mode: ``half_day_id`` → PNG of the trainer's signature,
            drawn in the first listed trainer's box.
        trainer_signatures_by_trainer: Filled mode: ``(trainer_id, half_day_id)`` → PNG, for
            sessions with several trainers signing.
        half_day_ids: Print only these half-days (default: all).

    Returns:
        The path written.

    Raises:
        ExportError: The file could not be written (folder, disk, file open elsewhere).
    """
    fonts = register_fonts()
    data = AttendanceData.build(session, participants, records)
    ctx = SheetContext(
        fonts=fonts,
        data=data,
        filled=records is not None,
        spare_lines=max(0, spare_lines),
        images=ImageCache(),
        trainer_signatures=trainer_signatures or {},
        trainer_signatures_by_trainer=trainer_signatures_by_trainer or {},
    )
    sheets = geo.plan_sheets(session, layout, half_day_ids)
    target = Path(target)
    with atomic_path(target) as temporary:
        c = Canvas(
            str(temporary),
            pagesize=geo.PAGE_SIZE,
            pageCompression=1,
            initialFontName=fonts.regular,  # Otherwise every page also references Helvetica.
        )
        c.setTitle(f"Feuilles d'émargement — {session.title}")
        c.setAuthor(session.organiser)
        c.setSubject("Feuilles d'émargement")
        c.setCreator("TERRIT Desktop")
        fitted_rows: dict[int, list[_RowCells]] = {}
        for number, sheet in enumerate(sheets):
            _draw_sheet(c, ctx, sheet, f"sheet{number}", fitted_rows)
        if not sheets:
            c.setFont(fonts.regular, 11)
            c.drawString(geo.LEFT, geo.TOP - 20, "Aucune demi-journée à imprimer.")
            c.showPage()
        c.save()
    return target
