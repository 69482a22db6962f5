"""Drawing pieces shared by the small-group printouts: page sizes, colours, names on one line.

Everything is drawn straight on the reportlab canvas with ``drawString``, which never reads its
text as markup: a name like ``Org <SARL & <a href="x">`` prints as typed and makes no link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth

from territ_desktop.domain.participant import Participant
from territ_desktop.export.groups_data import GroupPlanPrint
from territ_desktop.export.pdf_drawing import ELLIPSIS, FittedText, draw_lines
from territ_desktop.export.pdf_fonts import PdfFonts
from territ_desktop.export.safe_text import clean_text

PORTRAIT: tuple[float, float] = (float(A4[0]), float(A4[1]))
LANDSCAPE: tuple[float, float] = (float(landscape(A4)[0]), float(landscape(A4)[1]))
MARGIN: float = 1.4 * cm

BLACK = Color(0, 0, 0)
GREY = Color(0.38, 0.38, 0.38)
RULE = Color(0.7, 0.7, 0.7)
LIGHT = Color(0.92, 0.92, 0.92)
TINT = Color(0.87, 0.91, 0.96)
"""Background of a facilitator's row, and of headers (the attendance workbook's blue)."""
WHITE = Color(1, 1, 1)
ZEBRA = Color(0.965, 0.965, 0.965)
"""Background of every other row, to follow a line across the page."""


@dataclass(frozen=True, slots=True)
class Printer:
    """What every page drawer needs: the canvas, the fonts and the plan."""

    canvas: Any
    fonts: PdfFonts
    plan: GroupPlanPrint

    def page(self, size: tuple[float, float]) -> None:
        """Set the size of the page about to be drawn."""
        self.canvas.setPageSize(size)


def one_line(text: str, font: str, size: float, width: float, *, min_size: float) -> FittedText:
    """Fit ``text`` on one line of ``width``: shrink down to ``min_size``, then cut with "…"."""
    text = " ".join(clean_text(text).split())
    current = size
    while current - 0.5 >= min_size and stringWidth(text, font, current) > width:
        current -= 0.5
    if stringWidth(text, font, current) > width:
        while text and stringWidth(text + ELLIPSIS, font, current) > width:
            text = text[:-1]
        text = text.rstrip() + ELLIPSIS
    return FittedText((text,) if text else (), font, current)


def draw_line(
    c: Any, fitted: FittedText, x: float, baseline: float, *, align: str = "left"
) -> None:
    """Draw a one-line fitted text starting at ``x``, centred on it, or ending at it."""
    if not fitted.lines:
        return
    c.setFont(fitted.font, fitted.size)
    if align == "centre":
        c.drawCentredString(x, baseline, fitted.lines[0])
    elif align == "right":
        c.drawRightString(x, baseline, fitted.lines[0])
    else:
        c.drawString(x, baseline, fitted.lines[0])


def draw_block(c: Any, fitted: FittedText, x: float, top: float) -> float:
    """Draw fitted lines hanging from ``top``; return the y just below the last line."""
    draw_lines(c, fitted, x, top - fitted.size * 0.95)
    return top - len(fitted.lines) * fitted.leading


def draw_name(
    c: Any,
    fonts: PdfFonts,
    person: Participant,
    x: float,
    baseline: float,
    *,
    size: float,
    width: float,
    min_size: float,
    prefix: str = "",
) -> float:
    """Draw "LAST NAME First name" (last name bold) on one line of ``width``.

    The pair shrinks together down to ``min_size``; then the first name becomes initials, then
    it is cut, then the last name is. Returns the font size used.
    """
    last = prefix + " ".join(clean_text(person.last_name).upper().split())
    first = " ".join(clean_text(person.first_name).split())

    def width_at(current: float, first_part: str) -> float:
        extra = stringWidth(f" {first_part}", fonts.regular, current) if first_part else 0.0
        return float(stringWidth(last, fonts.bold, current)) + extra

    current = size
    while current - 0.5 >= min_size and width_at(current, first) > width:
        current -= 0.5
    if first and width_at(current, first) > width:
        first = initials(first)
    last_fitted = one_line(last, fonts.bold, current, width, min_size=current)
    draw_line(c, last_fitted, x, baseline)
    used = stringWidth(last_fitted.lines[0], fonts.bold, current) if last_fitted.lines else 0.0
    room = width - used - stringWidth(" ", fonts.regular, current)
    if first and room > stringWidth("M" + ELLIPSIS, fonts.regular, current):
        first_fitted = one_line(first, fonts.regular, current, room, min_size=current)
        draw_line(c, first_fitted, x + width - room, baseline)
    return current


def initials(first_name: str) -> str:
    """``"Marie-Christine"`` → ``"M.-C."``, ``"María José"`` → ``"M. J."``."""
    return " ".join(
        "-".join(f"{piece[:1]}." for piece in word.split("-") if piece)
        for word in first_name.split()
    )


def draw_heading(p: Printer, size: tuple[float, float], title: str) -> float:
    """Draw the page's title and the plan's heading line; return the y below them."""
    c, fonts = p.canvas, p.fonts
    width = size[0] - 2 * MARGIN
    top = size[1] - MARGIN
    c.setFillColor(BLACK)
    draw_line(c, one_line(title, fonts.bold, 14, width, min_size=9), MARGIN, top - 13)
    c.setFillColor(GREY)
    heading = one_line(p.plan.heading(), fonts.regular, 9, width, min_size=6.5)
    draw_line(c, heading, MARGIN, top - 27)
    c.setFillColor(BLACK)
    return top - 34


def people_count(people: int, facilitators: int) -> str:
    """``"8 personnes, dont 1 animateur·rice"``; ``"Personne à cette table"`` when empty."""
    if people == 0:
        return "Personne à cette table pour ce tour."
    text = f"{people} personne{'s' if people > 1 else ''}"
    if facilitators:
        text += f", dont {facilitators} animateur·rice{'s' if facilitators > 1 else ''}"
    return text
