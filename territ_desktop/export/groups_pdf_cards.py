"""Route cards (one per person: their table in each round) and table tents, to cut and fold.

Route cards sit ten to an A4 page (eight or six when there are many rounds), two across, in
name order, left to right then down. Dashed lines run along every edge, out to the margins,
and the text keeps clear of them so a slightly crooked cut loses nothing.

A table tent is an A4 landscape page folded in half along its dashed middle line and stood on
the table: the lower half is drawn upright and the upper half upside down, so the table's name
reads the right way up from both sides.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm

from territ_desktop.domain.participant import Participant
from territ_desktop.export.french_format import clock, short_date
from territ_desktop.export.groups_data import ABSENT_MARK, FACILITATOR_LABEL, TableInfo
from territ_desktop.export.groups_pdf_common import (
    BLACK,
    GREY,
    LANDSCAPE,
    PORTRAIT,
    RULE,
    TINT,
    Printer,
    draw_block,
    draw_line,
    draw_name,
    one_line,
)
from territ_desktop.export.pdf_drawing import draw_fitted, fit_text

CARD_MARGIN: float = 1.0 * cm
"""Unprinted border of the card sheet: most printers cannot print closer to the edge."""
CARD_COLUMNS = 2
CARD_PAD = 12.0
"""Space between a card's cutting line and its text (4 mm)."""
CUT_DASH = (3, 3)


def cards_per_page(rounds: int) -> int:
    """Cards on one A4 page: ten for up to five rounds, eight up to eight, else six."""
    if rounds <= 5:
        return 10
    return 8 if rounds <= 8 else 6


def _card_top_line(p: Printer, person: Participant, x: float, top: float, width: float) -> None:
    """The workshop and date in small print; a facilitator's tag at the right."""
    c, fonts, plan = p.canvas, p.fonts, p.plan
    tag = one_line(FACILITATOR_LABEL, fonts.bold, 7.5, width / 2, min_size=6)
    tag_width = c.stringWidth(tag.lines[0], tag.font, tag.size) + 8
    facilitator = plan.is_facilitator(person.id)
    context = plan.item_title.strip()
    if plan.date is not None:
        context = f"{context} · {short_date(plan.date)}" if context else short_date(plan.date)
    room = width - (tag_width + 6 if facilitator else 0)
    c.setFillColor(GREY)
    draw_line(c, one_line(context, fonts.regular, 7, room, min_size=5.5), x, top - 8)
    c.setFillColor(BLACK)
    if facilitator:
        c.setFillColor(TINT)
        c.roundRect(x + width - tag_width, top - 11, tag_width, 12, 3, stroke=0, fill=1)
        c.setFillColor(BLACK)
        draw_line(c, tag, x + width - 4, top - 8, align="right")


def _round_label(p: Printer, round_index: int) -> str:
    if p.plan.round_count == 1:
        return "Table"
    label = f"Tour {round_index + 1}"
    times = p.plan.times_of(round_index)
    return f"{label} · {clock(times[0])}" if times else label


def _card(p: Printer, person: Participant, box: tuple[float, float, float, float]) -> None:
    c, fonts, plan = p.canvas, p.fonts, p.plan
    left, top, width, height = box
    x, inner = left + CARD_PAD, width - 2 * CARD_PAD
    y = top - CARD_PAD
    _card_top_line(p, person, x, y, inner)
    y -= 26
    draw_name(c, fonts, person, x, y, size=13, width=inner, min_size=7)
    y -= 4
    if person.organisation.strip():
        c.setFillColor(GREY)
        organisation = fit_text(person.organisation, fonts.regular, 8, inner, 18.4, min_size=6.5)
        y = draw_block(c, organisation, x, y)
        c.setFillColor(BLACK)
    y -= 5
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(x, y, x + inner, y)
    tables = plan.tables_of(person.id)
    few = len(tables) <= 2  # One or two rounds: room for a larger table name.
    row = min(30.0 if few else 22.0, (y - (top - height + CARD_PAD)) / max(1, len(tables)))
    size = min(15.0 if few else 11.5, row * 0.6)
    label_width = 74.0 if plan.round_times else 44.0
    if plan.round_count == 1:
        label_width = 48.0
    for round_index, table in enumerate(tables):
        baseline = y - (row + size * 0.72) / 2
        draw_line(
            c,
            one_line(
                _round_label(p, round_index),
                fonts.regular,
                size * 0.85,
                label_width - 4,
                min_size=5,
            ),
            x,
            baseline,
        )
        if table is None:
            c.setFillColor(GREY)
            c.setFont(fonts.regular, size)
            c.drawString(x + label_width, baseline, ABSENT_MARK)
            c.setFillColor(BLACK)
        else:
            _table_cell(p, table, x + label_width, baseline, inner - label_width, size)
        y -= row


def _table_cell(
    p: Printer, table: str, x: float, baseline: float, width: float, size: float
) -> None:
    """Draw the table's name in bold, then its theme in grey if there is room left."""
    c, fonts = p.canvas, p.fonts
    name = one_line(table, fonts.bold, size, width, min_size=max(5.0, size - 3))
    draw_line(c, name, x, baseline)
    used = c.stringWidth(name.lines[0], name.font, name.size) if name.lines else 0.0
    theme = p.plan.theme_of(table).strip()
    room = width - used
    if theme and room > 40:
        c.setFillColor(GREY)
        fitted = one_line(f"— {theme}", fonts.regular, size * 0.8, room - 4, min_size=size * 0.7)
        draw_line(c, fitted, x + used + 4, baseline)
        c.setFillColor(BLACK)


def _cut_lines(c: Any, font: str, rows: int, width: float, height: float) -> None:
    """Dashed cutting lines along every card edge, running out to the paper's edge."""
    page_width, page_height = PORTRAIT
    c.saveState()
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.setDash(*CUT_DASH)
    for column in range(CARD_COLUMNS + 1):
        x = CARD_MARGIN + column * width
        c.line(x, 0, x, page_height)
    for row in range(rows + 1):
        y = page_height - CARD_MARGIN - row * height
        c.line(0, y, page_width, y)
    c.restoreState()
    c.setFillColor(GREY)
    c.setFont(font, 9)
    c.drawString(CARD_MARGIN - 14, page_height - CARD_MARGIN - 3.2, "✂")
    c.setFillColor(BLACK)


def draw_route_cards(p: Printer) -> None:
    """Draw the route cards of everyone seated in at least one round, in name order."""
    c = p.canvas
    people = p.plan.seated()
    page_width, page_height = PORTRAIT
    if not people:
        p.page(PORTRAIT)
        c.setFont(p.fonts.regular, 11)
        c.drawString(
            CARD_MARGIN, page_height - 2 * CARD_MARGIN, "Personne n'a de place dans ce plan."
        )
        c.showPage()
        return
    per_page = cards_per_page(p.plan.round_count)
    rows = per_page // CARD_COLUMNS
    width = (page_width - 2 * CARD_MARGIN) / CARD_COLUMNS
    height = (page_height - 2 * CARD_MARGIN) / rows
    for start in range(0, len(people), per_page):
        p.page(PORTRAIT)
        for index, person in enumerate(people[start : start + per_page]):
            row, column = divmod(index, CARD_COLUMNS)
            left = CARD_MARGIN + column * width
            top = page_height - CARD_MARGIN - row * height
            _card(p, person, (left, top, width, height))
        _cut_lines(c, p.fonts.regular, rows, width, height)
        c.showPage()


def _tent_half(p: Printer, table: TableInfo, width: float, height: float) -> None:
    """One half of a tent, upright, from the outer edge (y = 0) up to the fold (y = height).

    The theme gets at most a third of the room; the name fills the rest, as large as it fits.
    """
    c, fonts = p.canvas, p.fonts
    text_width = width - 2 * 1.8 * cm
    bottom, top = 1.6 * cm, height - 1.2 * cm
    room = top - bottom
    theme = fit_text(table.theme, fonts.regular, 30, text_width, room / 3, min_size=12)
    theme_height = theme.leading * len(theme.lines)
    gap = 10.0 if theme.lines else 0.0
    name = fit_text(table.name, fonts.bold, 110, text_width, room - theme_height - gap, min_size=24)
    name_height = name.leading * len(name.lines)
    block_top = top - (room - name_height - gap - theme_height) / 2
    draw_fitted(c, name, 0, block_top, name_height, centre_x=width / 2)
    c.setFillColor(GREY)
    if theme.lines:
        draw_fitted(c, theme, 0, block_top - name_height - gap, theme_height, centre_x=width / 2)
    item = one_line(p.plan.item_title, fonts.regular, 9, text_width, min_size=6)
    draw_line(c, item, width / 2, 0.9 * cm, align="centre")
    c.setFillColor(BLACK)


def draw_table_tents(p: Printer) -> None:
    """Draw one tent page per table."""
    c = p.canvas
    width, height = LANDSCAPE
    for table in p.plan.tables:
        p.page(LANDSCAPE)
        _tent_half(p, table, width, height / 2)
        c.saveState()
        c.translate(width, height)
        c.rotate(180)
        _tent_half(p, table, width, height / 2)
        c.restoreState()
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.setDash(*CUT_DASH)
        c.line(0, height / 2, width, height / 2)
        c.restoreState()
        c.setFillColor(GREY)
        c.setFont(p.fonts.regular, 7)
        c.drawString(1.0 * cm, height / 2 + 3, "plier ici")
        c.setFillColor(BLACK)
        c.showPage()
