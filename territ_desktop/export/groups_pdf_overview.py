"""The overview of a small-group plan: a round × table grid with every name.

The grid goes on one page whenever it can: the font shrinks down to a readable minimum and the
page turns landscape when that gives a larger font. A plan too big for one page continues on
further pages, split by rounds (whole rounds per page) and, for many tables, by groups of
tables, each page repeating its headers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from territ_desktop.export.french_format import clock
from territ_desktop.export.groups_data import GroupPlanPrint, TableInfo
from territ_desktop.export.groups_pdf_common import (
    BLACK,
    GREY,
    LANDSCAPE,
    MARGIN,
    PORTRAIT,
    RULE,
    TINT,
    ZEBRA,
    Printer,
    draw_block,
    draw_heading,
    draw_line,
    draw_name,
    one_line,
)
from territ_desktop.export.pdf_drawing import (
    FittedText,
    draw_fitted,
    fit_text,
    no_break,
)
from territ_desktop.export.pdf_fonts import PdfFonts

FACILITATOR_MARK = "★ "
MAX_FONT = 10.0
MIN_FONT = 6.5
"""Smallest font of the names; below it the plan continues on another page."""
NAME_MIN_FONT = 6.0
"""A name too long for its cell shrinks down to this before its first name becomes initials."""
LEAD = 1.22
PAD = 4.0
ROUND_COLUMN = 60.0
MIN_COLUMN = 90.0
"""Narrowest table column: "DUPONT-MARTIN Marie" still fits at the minimum font."""
MIN_BAND = 34.0
"""Lowest round band: room for "Tour 2" and its times."""
HEADING = 40.0
LEGEND = 16.0


@dataclass(frozen=True, slots=True)
class OverviewPage:
    """One page of the overview: its size, the tables and rounds it shows, the names' font."""

    size: tuple[float, float]
    tables: tuple[TableInfo, ...]
    rounds: tuple[int, ...]
    font: float


def _column(size: tuple[float, float], tables: int) -> float:
    return (size[0] - 2 * MARGIN - ROUND_COLUMN) / tables


def _header_texts(
    fonts: PdfFonts, tables: tuple[TableInfo, ...], column: float
) -> list[tuple[FittedText, FittedText]]:
    """Each table's name (bold, up to two lines) and theme (grey, up to two lines)."""
    width = column - 2 * PAD
    return [
        (
            fit_text(t.name, fonts.bold, 9.5, width, 2 * 9.5 * 1.15, min_size=7),
            fit_text(t.theme, fonts.regular, 7, width, 2 * 7 * 1.15, min_size=6),
        )
        for t in tables
    ]


def _header_height(texts: list[tuple[FittedText, FittedText]]) -> float:
    needed = max(len(n.lines) * n.leading + len(t.lines) * t.leading for n, t in texts)
    return max(20.0, needed + 2 * PAD + 5)


def _lines(plan: GroupPlanPrint, round_index: int, tables: tuple[TableInfo, ...]) -> int:
    return max([1, *(len(plan.rounds[round_index].get(t.name, ())) for t in tables)])


def _band_heights(
    plan: GroupPlanPrint, rounds: tuple[int, ...], tables: tuple[TableInfo, ...], font: float
) -> list[float]:
    return [max(MIN_BAND, _lines(plan, r, tables) * font * LEAD + 2 * PAD) for r in rounds]


def _grid_room(fonts: PdfFonts, size: tuple[float, float], tables: tuple[TableInfo, ...]) -> float:
    header = _header_height(_header_texts(fonts, tables, _column(size, len(tables))))
    return size[1] - 2 * MARGIN - HEADING - LEGEND - header


def _best_font(
    plan: GroupPlanPrint,
    room: float,
    rounds: tuple[int, ...],
    tables: tuple[TableInfo, ...],
) -> float | None:
    """The largest font at which these rounds fit the ``room`` left for them, if any."""
    font = MAX_FONT
    while font >= MIN_FONT:
        if sum(_band_heights(plan, rounds, tables, font)) <= room:
            return font
        font -= 0.25
    return None


def _split(items: list[int], parts: int) -> list[tuple[int, ...]]:
    """Cut ``items`` into ``parts`` consecutive runs of near-equal length."""
    size, extra = divmod(len(items), parts)
    out: list[tuple[int, ...]] = []
    start = 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        out.append(tuple(items[start:end]))
        start = end
    return out


def _round_groups(
    plan: GroupPlanPrint, room: float, tables: tuple[TableInfo, ...]
) -> list[tuple[int, ...]]:
    """Group rounds into as few pages as possible, then balance the pages."""
    greedy: list[tuple[int, ...]] = []
    current: tuple[int, ...] = ()
    for r in range(plan.round_count):
        if not current or _best_font(plan, room, (*current, r), tables) is not None:
            current = (*current, r)
            continue
        greedy.append(current)
        current = (r,)
    greedy.append(current)
    balanced = _split(list(range(plan.round_count)), len(greedy))
    if all(_best_font(plan, room, group, tables) is not None for group in balanced):
        return balanced
    return greedy


def overview_layout(
    plan: GroupPlanPrint, fonts: PdfFonts, size: tuple[float, float]
) -> list[OverviewPage]:
    """The pages of the overview on paper of ``size`` (portrait or landscape A4)."""
    per_page = max(1, int((size[0] - 2 * MARGIN - ROUND_COLUMN) // MIN_COLUMN))
    chunks = math.ceil(len(plan.tables) / per_page)
    pages: list[OverviewPage] = []
    for indices in _split(list(range(len(plan.tables))), chunks):
        tables = tuple(plan.tables[i] for i in indices)
        room = _grid_room(fonts, size, tables)
        for rounds in _round_groups(plan, room, tables):
            font = _best_font(plan, room, rounds, tables) or MIN_FONT
            pages.append(OverviewPage(size, tables, rounds, font))
    return pages


def choose_layout(plan: GroupPlanPrint, fonts: PdfFonts) -> list[OverviewPage]:
    """Portrait or landscape: fewer pages first, then the larger font, then wider columns."""

    def cost(pages: list[OverviewPage]) -> tuple[int, float, float]:
        narrowest = min(_column(p.size, len(p.tables)) for p in pages)
        return (len(pages), -min(p.font for p in pages), -narrowest)

    candidates = [overview_layout(plan, fonts, size) for size in (PORTRAIT, LANDSCAPE)]
    return min(candidates, key=cost)


def _draw_table_headers(p: Printer, page: OverviewPage, top: float, column: float) -> float:
    c, fonts = p.canvas, p.fonts
    texts = _header_texts(fonts, page.tables, column)
    height = _header_height(texts)
    grid_width = page.size[0] - 2 * MARGIN
    c.setFillColor(TINT)
    c.rect(MARGIN, top - height, grid_width, height, stroke=0, fill=1)
    c.setFillColor(BLACK)
    draw_line(c, one_line("Tour", fonts.bold, 9, ROUND_COLUMN, min_size=6), MARGIN + PAD, top - 13)
    # Themes start on a common line below the tallest name, so they read across.
    theme_top = top - PAD - 2 - max(len(n.lines) * n.leading for n, _ in texts)
    for index, (name, theme) in enumerate(texts):
        x = MARGIN + ROUND_COLUMN + index * column + PAD
        draw_block(c, name, x, top - PAD)
        c.setFillColor(GREY)
        draw_block(c, theme, x, theme_top)
        c.setFillColor(BLACK)
    return top - height


def _draw_band(
    p: Printer, page: OverviewPage, round_index: int, top: float, height: float, column: float
) -> None:
    c, fonts, plan = p.canvas, p.fonts, p.plan
    c.setFillColor(BLACK)
    label = "Unique" if plan.round_count == 1 else f"Tour {round_index + 1}"
    draw_line(
        c,
        one_line(label, fonts.bold, 9, ROUND_COLUMN - 2 * PAD, min_size=6),
        MARGIN + PAD,
        top - PAD - 8,
    )
    times = plan.times_of(round_index)
    if times:
        text = f"{no_break(clock(times[0]))} – {no_break(clock(times[1]))}"
        fitted = fit_text(text, fonts.regular, 7, ROUND_COLUMN - 2 * PAD, 18, min_size=5.5)
        c.setFillColor(GREY)
        draw_fitted(c, fitted, MARGIN + PAD, top - PAD - 11, 18)
        c.setFillColor(BLACK)
    leading = page.font * LEAD
    room = max(1, int((height - 2 * PAD) / leading + 1e-6))  # Band heights are exact multiples.
    for index, table in enumerate(page.tables):
        x = MARGIN + ROUND_COLUMN + index * column + PAD
        people = plan.members(round_index, table.name)
        shown = people if len(people) <= room else people[: room - 1]
        baseline = top - PAD - page.font * 0.9
        for person in shown:
            prefix = FACILITATOR_MARK if plan.is_facilitator(person.id) else ""
            draw_name(
                c,
                fonts,
                person,
                x,
                baseline,
                size=page.font,
                width=column - 2 * PAD,
                min_size=min(page.font, NAME_MIN_FONT),
                prefix=prefix,
            )
            baseline -= leading
        c.setFillColor(GREY)
        if len(shown) < len(people):
            c.setFont(fonts.regular, page.font)
            c.drawString(x, baseline, f"+ {len(people) - len(shown)} autres")
        elif not people:
            c.setFont(fonts.regular, page.font)
            c.drawString(x, baseline, "—")
        c.setFillColor(BLACK)


def _draw_page(p: Printer, page: OverviewPage, number: int, total: int) -> None:
    c, plan = p.canvas, p.plan
    p.page(page.size)
    title = f"Plan des tables — {plan.item_title}".rstrip(" —")
    if total > 1:
        title += f" ({number}/{total})"
    top = draw_heading(p, page.size, title) - 6
    grid_width = page.size[0] - 2 * MARGIN
    column = _column(page.size, len(page.tables))
    header_bottom = _draw_table_headers(p, page, top, column)
    y = header_bottom
    for shade, (r, height) in enumerate(
        zip(page.rounds, _band_heights(plan, page.rounds, page.tables, page.font), strict=True)
    ):
        if shade % 2:
            c.setFillColor(ZEBRA)
            c.rect(MARGIN, y - height, grid_width, height, stroke=0, fill=1)
        _draw_band(p, page, r, y, height, column)
        y -= height
        c.setStrokeColor(GREY)
        c.setLineWidth(0.8)
        c.line(MARGIN, y, MARGIN + grid_width, y)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    for index in range(len(page.tables)):
        x = MARGIN + ROUND_COLUMN + index * column
        c.line(x, top, x, y)
    c.setStrokeColor(GREY)
    c.rect(MARGIN, y, grid_width, top - y, stroke=1, fill=0)
    notes = "Les personnes absentes à un tour n'apparaissent pas dans ce tour."
    if plan.facilitators:
        notes = f"{FACILITATOR_MARK}animateur·rice (reste à sa table). {notes}"
    c.setFillColor(GREY)
    draw_line(c, one_line(notes, p.fonts.regular, 7.5, grid_width, min_size=6), MARGIN, y - 11)
    c.setFillColor(BLACK)
    c.showPage()


def draw_overview(p: Printer) -> None:
    """Draw the overview of the plan (one page, or more for a very large plan)."""
    if p.plan.round_count == 0:
        p.page(PORTRAIT)
        draw_heading(p, PORTRAIT, f"Plan des tables — {p.plan.item_title}")
        p.canvas.setFont(p.fonts.regular, 11)
        p.canvas.drawString(MARGIN, PORTRAIT[1] - MARGIN - 60, "Ce plan ne compte aucun tour.")
        p.canvas.showPage()
        return
    pages = choose_layout(p.plan, p.fonts)
    for number, page in enumerate(pages, start=1):
        _draw_page(p, page, number, len(pages))
