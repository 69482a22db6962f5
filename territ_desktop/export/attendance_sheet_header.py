"""The header repeated on every page of a sign-in sheet.

Exact session title, date and times, place, organiser with a box for its stamp, and a row per
trainer with a signature box for each half-day of the sheet. It is fitted once per sheet and
drawn on each of the sheet's pages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from territ_desktop.domain.session import PERIOD_LABELS, TRAINER_ROLE_LABELS, Trainer
from territ_desktop.export import attendance_sheet_layout as geo
from territ_desktop.export.attendance_data import AttendanceData
from territ_desktop.export.attendance_sheet_layout import BLACK, GREY, PAD, SheetSpec
from territ_desktop.export.french_format import clock, long_date
from territ_desktop.export.pdf_drawing import (
    LEADING,
    FittedText,
    ImageCache,
    draw_fitted,
    draw_lines,
    draw_signature,
    fit_text,
    no_break,
)
from territ_desktop.export.pdf_fonts import PdfFonts

INFO_SIZE = 8.5


@dataclass(frozen=True, slots=True)
class SheetHeader:
    """The header of one sheet, fitted once and drawn on each of its pages."""

    title: FittedText
    label_width: float
    info: tuple[tuple[str, FittedText, float], ...]
    trainers: tuple[tuple[Trainer | None, FittedText, FittedText], ...]
    box_width: float
    note: str
    table_top: float


@dataclass(frozen=True, slots=True)
class SheetContext:
    """What every part of a sheet needs to draw itself."""

    fonts: PdfFonts
    data: AttendanceData
    filled: bool
    spare_lines: int
    images: ImageCache
    trainer_signatures: Mapping[str, bytes]
    trainer_signatures_by_trainer: Mapping[tuple[str, str], bytes]


def _date_line(sheet: SheetSpec) -> str:
    day = long_date(sheet.half_days[0].date, weekday=True)
    slots = [
        f"{PERIOD_LABELS[h.period].lower()} {no_break(f'de {clock(h.start)}')} "
        f"{no_break(f'à {clock(h.end)}')}"
        for h in sheet.half_days
    ]
    return f"{day} — " + " ; ".join(slots)


def _joined(*parts: str) -> str:
    return ", ".join(p.strip() for p in parts if p and p.strip())


def _present_count(data: AttendanceData, index: int) -> int:
    return sum(1 for row in data.rows if row.minutes[index] > 0)


def build_header(ctx: SheetContext, sheet: SheetSpec, columns: geo.Columns) -> SheetHeader:
    """Fit the header of one sheet once; its pages all draw the same one."""
    fonts, session = ctx.fonts, ctx.data.session
    left_width = geo.WIDTH - geo.STAMP_WIDTH - geo.GUTTER
    title = fit_text(session.title, fonts.bold, 11, geo.WIDTH, 10_000)
    labelled = (
        ("Date :", _date_line(sheet)),
        ("Lieu :", _joined(session.place_name, session.place_address) or "—"),
        ("Organisé par :", _joined(session.organiser, session.organiser_address) or "—"),
    )
    label_width = max(stringWidth(label, fonts.bold, INFO_SIZE) for label, _ in labelled) + 6
    value_width = left_width - label_width
    info: list[tuple[str, FittedText, float]] = []
    for label, value in labelled:
        fitted = fit_text(value, fonts.regular, INFO_SIZE, value_width, 3 * INFO_SIZE * LEADING)
        info.append((label, fitted, max(1, len(fitted.lines)) * fitted.leading + 2))
    count = len(sheet.half_days)
    box_width = min(columns.signatures[0][1], (left_width - 130) / count)
    name_width = left_width - count * box_width - 2 * PAD
    trainers: list[tuple[Trainer | None, FittedText, FittedText]] = []
    people: Sequence[Trainer | None] = session.trainers or (None,)
    for trainer in people:
        if trainer is None:
            name, detail = "Nom :", ""
        else:
            name = trainer.display_name
            detail = _joined(TRAINER_ROLE_LABELS[trainer.role], trainer.organisation)
        trainers.append(
            (
                trainer,
                fit_text(name, fonts.bold, 8, name_width, 13, min_size=5.5),
                fit_text(detail, fonts.regular, 6.5, name_width, 15, min_size=5),
            )
        )
    note = f"Participants inscrits : {len(ctx.data.rows)}"
    if ctx.filled:
        present = [
            f"{PERIOD_LABELS[h.period].lower()} {_present_count(ctx.data, i)}"
            for h, i in zip(sheet.half_days, sheet.indices, strict=True)
        ]
        note += " · présents : " + ", ".join(present)
    note += " · une signature par personne et par demi-journée, de sa propre main."
    top = geo.TOP - 20 - len(title.lines) * title.leading - 6
    block = sum(h for _, _, h in info) + 4 + 12 + len(trainers) * geo.ROW_HEIGHT
    table_top = top - max(block, 78) - 6 - 12
    return SheetHeader(title, label_width, tuple(info), tuple(trainers), box_width, note, table_top)


def draw_header(c: Any, ctx: SheetContext, sheet: SheetSpec, header: SheetHeader) -> None:
    """Draw the header (everything above the participant table but the page number)."""
    fonts = ctx.fonts
    c.setLineWidth(0.6)
    c.setFont(fonts.bold, 12)
    c.drawString(geo.LEFT, geo.TOP - 12, "FEUILLE D'ÉMARGEMENT")
    y = geo.TOP - 20
    draw_fitted(c, header.title, geo.LEFT, y, len(header.title.lines) * header.title.leading)
    y -= len(header.title.lines) * header.title.leading + 6
    block_top = y
    for label, fitted, height in header.info:
        c.setFont(fonts.bold, INFO_SIZE)
        c.drawString(geo.LEFT, y - INFO_SIZE, label)
        draw_lines(c, fitted, geo.LEFT + header.label_width, y - INFO_SIZE)
        y -= height
    y -= 4
    _draw_trainers(c, ctx, sheet, header, y)
    y -= 12 + len(header.trainers) * geo.ROW_HEIGHT
    stamp_x = geo.RIGHT - geo.STAMP_WIDTH
    stamp_bottom = min(y, block_top - 78)
    c.rect(stamp_x, stamp_bottom, geo.STAMP_WIDTH, block_top - stamp_bottom)
    c.setFont(fonts.regular, 7)
    c.setFillColor(GREY)
    c.drawString(stamp_x + PAD, block_top - 9, "Cachet de l'organisme")
    c.setFont(fonts.regular, 7.5)
    c.drawString(geo.LEFT, header.table_top + 5, header.note)
    c.setFillColor(BLACK)


def _draw_trainers(
    c: Any, ctx: SheetContext, sheet: SheetSpec, header: SheetHeader, top: float
) -> None:
    fonts = ctx.fonts
    count = len(sheet.half_days)
    right = geo.RIGHT - geo.STAMP_WIDTH - geo.GUTTER
    boxes_left = right - count * header.box_width
    c.setFont(fonts.regular, 7)
    c.setFillColor(GREY)
    c.drawString(geo.LEFT, top - 9, "Formateurs, formatrices et intervenants")
    for i, half_day in enumerate(sheet.half_days):
        x = boxes_left + i * header.box_width
        label = f"Signature {PERIOD_LABELS[half_day.period].lower()}"
        c.drawString(x + PAD, top - 9, label)
    c.setFillColor(BLACK)
    y = top - 12
    rows = len(header.trainers)
    xs = [geo.LEFT] + [boxes_left + i * header.box_width for i in range(count)] + [right]
    c.grid(xs, [y - i * geo.ROW_HEIGHT for i in range(rows + 1)])
    for trainer, name, detail in header.trainers:
        draw_fitted(c, name, geo.LEFT + PAD, y - 2, 14)
        draw_fitted(c, detail, geo.LEFT + PAD, y - 15, 15)
        if trainer is not None and ctx.filled:
            for i, half_day in enumerate(sheet.half_days):
                png = ctx.trainer_signatures_by_trainer.get((trainer.id, half_day.id))
                if png is None and trainer is header.trainers[0][0]:
                    png = ctx.trainer_signatures.get(half_day.id)
                if png:
                    box = (boxes_left + i * header.box_width + 2, y - geo.ROW_HEIGHT + 2)
                    size = (header.box_width - 4, geo.ROW_HEIGHT - 4)
                    draw_signature(c, ctx.images, png, box + size, font=fonts.regular)
        y -= geo.ROW_HEIGHT
