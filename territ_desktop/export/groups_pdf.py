"""Printouts of a small-group rotation plan, as one A4 PDF.

Four parts, printed in this order and each optional:

- the overview: the whole plan as a round × table grid, on one page when it fits (the font
  shrinks and the page turns landscape if that helps), else continued on further pages;
- the table lists: one page per table per round, with the table's name and theme in large
  print, the round and its times, and the people seated there in name order (facilitators
  marked), to lay on the table or pin next to it;
- the route cards: for each person, the table of each round, ten (or fewer, with many rounds)
  to a page with dashed cutting lines;
- the table tents: one landscape page per table, to fold in half along the dashed line; the
  table's name reads upright from both sides.

User text is drawn with ``drawString`` (never parsed as markup) in the embedded DejaVu Sans.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from territ_desktop.domain.audience import audience_short_label
from territ_desktop.domain.participant import Participant
from territ_desktop.export.atomic import atomic_path
from territ_desktop.export.groups_data import FACILITATOR_LABEL, GroupPlanPrint, TableInfo
from territ_desktop.export.groups_pdf_cards import draw_route_cards, draw_table_tents
from territ_desktop.export.groups_pdf_common import (
    BLACK,
    GREY,
    LIGHT,
    MARGIN,
    PORTRAIT,
    RULE,
    TINT,
    ZEBRA,
    Printer,
    draw_block,
    draw_line,
    draw_name,
    one_line,
    people_count,
)
from territ_desktop.export.groups_pdf_overview import draw_overview
from territ_desktop.export.pdf_drawing import fit_text
from territ_desktop.export.pdf_fonts import register_fonts


class GroupPrintPart(StrEnum):
    """The parts of the small-group printout, in the order they are printed."""

    OVERVIEW = "vue_ensemble"
    TABLES = "tables"
    ROUTE_CARDS = "cartes"
    TENTS = "chevalets"


ALL_PARTS: frozenset[GroupPrintPart] = frozenset(GroupPrintPart)

ROW_MAX: float = 46.0
"""Height of a person's row on a table page when there is room: names readable at arm's length."""
ROW_MIN: float = 18.0
"""Smallest row height; a table with more people than fit continues on a second page."""
SIDE_WIDTH: float = 118.0
"""Width of the right-hand column (audience, facilitator tag) of a table page."""


def _table_header(p: Printer, table: TableInfo, round_index: int, *, more: bool) -> float:
    """Draw the top of a table page (heading, round band, name, theme); return the y below."""
    c, fonts, plan = p.canvas, p.fonts, p.plan
    page_width, page_height = PORTRAIT
    width = page_width - 2 * MARGIN
    top = page_height - MARGIN
    c.setFillColor(GREY)
    draw_line(
        c, one_line(plan.session_title, fonts.regular, 8.5, width, min_size=6.5), MARGIN, top - 8
    )
    draw_line(c, one_line(plan.slot(), fonts.bold, 8.5, width, min_size=6.5), MARGIN, top - 19)
    band_top = top - 26
    c.setFillColor(LIGHT)
    c.rect(MARGIN, band_top - 30, width, 30, stroke=0, fill=1)
    c.setFillColor(BLACK)
    label = plan.round_label(round_index)
    times = plan.round_times_text(round_index)
    band = f"{label} · {times}" if times else label
    if more:
        band += " (suite)"
    draw_line(c, one_line(band, fonts.bold, 15, width - 20, min_size=9), MARGIN + 10, band_top - 20)
    name = fit_text(table.name, fonts.bold, 40, width, 2 * 40 * 1.15, min_size=18)
    y = draw_block(c, name, MARGIN, band_top - 44)
    if table.theme.strip():
        theme = fit_text(table.theme, fonts.regular, 18, width, 2 * 18 * 1.15, min_size=10)
        c.setFillColor(GREY)
        y = draw_block(c, theme, MARGIN, y - 6)
        c.setFillColor(BLACK)
    return y - 10


def _person_row(
    p: Printer, person: Participant, top: float, height: float, *, shaded: bool
) -> None:
    c, fonts = p.canvas, p.fonts
    width = PORTRAIT[0] - 2 * MARGIN
    facilitator = p.plan.is_facilitator(person.id)
    if facilitator or shaded:
        c.setFillColor(TINT if facilitator else ZEBRA)
        c.rect(MARGIN, top - height, width, height, stroke=0, fill=1)
        c.setFillColor(BLACK)
    name_size = min(16.0, height * 0.4)
    org_size = min(11.0, height * 0.28)
    name_width = width - SIDE_WIDTH - 16
    organisation = person.organisation.strip()
    block = name_size * 0.72 + (org_size * 1.25 if organisation else 0)
    baseline = top - (height - block) / 2 - name_size * 0.72
    draw_name(
        c,
        fonts,
        person,
        MARGIN + 6,
        baseline,
        size=name_size,
        width=name_width,
        min_size=min(7.0, name_size),
    )
    if organisation:
        c.setFillColor(GREY)
        fitted = one_line(organisation, fonts.regular, org_size, name_width, min_size=5.5)
        draw_line(c, fitted, MARGIN + 6, baseline - org_size * 1.25)
        c.setFillColor(BLACK)
    right = MARGIN + width - 6
    audience = one_line(
        audience_short_label(person.audience),
        fonts.regular,
        min(10.0, height * 0.3),
        SIDE_WIDTH - 12,
        min_size=5.5,
    )
    if facilitator:
        tag = one_line(
            FACILITATOR_LABEL, fonts.bold, min(9.0, height * 0.28), SIDE_WIDTH - 12, min_size=5.5
        )
        draw_line(c, tag, right, baseline, align="right")
        c.setFillColor(GREY)
        draw_line(c, audience, right, baseline - org_size * 1.25, align="right")
        c.setFillColor(BLACK)
    else:
        c.setFillColor(GREY)
        draw_line(c, audience, right, baseline, align="right")
        c.setFillColor(BLACK)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, top - height, MARGIN + width, top - height)


def _table_pages(p: Printer, table: TableInfo, round_index: int) -> None:
    """Draw the list of one table in one round (on a second page if it is very long)."""
    people = p.plan.members(round_index, table.name)
    facilitators = sum(p.plan.is_facilitator(person.id) for person in people)
    start = 0
    while True:
        p.page(PORTRAIT)
        c = p.canvas
        y = _table_header(p, table, round_index, more=start > 0)
        c.setFont(p.fonts.regular, 10)
        c.drawString(MARGIN, y - 10, people_count(len(people), facilitators))
        y -= 18
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, y, PORTRAIT[0] - MARGIN, y)
        room = y - MARGIN
        fits = max(1, int(room // ROW_MIN))
        chunk = people[start : start + fits]
        height = min(ROW_MAX, room / max(1, len(chunk)))
        for offset, person in enumerate(chunk):
            _person_row(p, person, y - offset * height, height, shaded=offset % 2 == 1)
        c.showPage()
        start += len(chunk)
        if start >= len(people):
            return


def write_groups_pdf(
    plan: GroupPlanPrint,
    target: Path | str,
    *,
    parts: Collection[GroupPrintPart] = ALL_PARTS,
) -> Path:
    """Write the printouts of a small-group plan as one A4 PDF.

    Args:
        plan: The plan: tables, who sits where in each round, facilitators.
        target: The PDF to create or replace (atomically).
        parts: Which parts to print (default: all); they always come in the order of
            :class:`GroupPrintPart`.

    Returns:
        The path written.

    Raises:
        ValueError: ``parts`` is empty.
        ExportError: The file could not be written (folder, disk, file open elsewhere).
    """
    wanted = {GroupPrintPart(part) for part in parts}
    if not wanted:
        raise ValueError("choose at least one part to print")
    fonts = register_fonts()
    target = Path(target)
    with atomic_path(target) as temporary:
        c = Canvas(
            str(temporary),
            pagesize=PORTRAIT,
            pageCompression=1,
            initialFontName=fonts.regular,  # Otherwise every page also references Helvetica.
        )
        c.setTitle(f"Groupes — {plan.item_title}")
        c.setAuthor("TERRIT Desktop")
        c.setSubject(plan.session_title)
        c.setCreator("TERRIT Desktop")
        printer = Printer(c, fonts, plan)
        if GroupPrintPart.OVERVIEW in wanted:
            draw_overview(printer)
        if GroupPrintPart.TABLES in wanted:
            for round_index in range(plan.round_count):
                for table in plan.tables:
                    _table_pages(printer, table, round_index)
        if GroupPrintPart.ROUTE_CARDS in wanted:
            draw_route_cards(printer)
        if GroupPrintPart.TENTS in wanted:
            draw_table_tents(printer)
        c.save()
    return target
