"""Geometry of the sign-in sheets: page frame, columns, and the sheets a session needs.

Kept apart from the drawing so the arithmetic (how many rows fit, where each column starts) can
be read and tested on its own. All lengths are in PDF points (1/72 inch).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from territ_desktop.domain.session import HalfDay, Session

PAGE_SIZE: tuple[float, float] = (float(A4[0]), float(A4[1]))
PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
MARGIN: float = 1.2 * cm
LEFT = MARGIN
RIGHT = PAGE_WIDTH - MARGIN
TOP = PAGE_HEIGHT - MARGIN
BOTTOM = MARGIN
WIDTH = RIGHT - LEFT

ROW_HEIGHT: float = 1.1 * cm
"""Height of a signature row: enough to sign by hand."""
TABLE_HEADER_HEIGHT = 26.0
FOOTER_HEIGHT = 14.0
STAMP_WIDTH: float = 4.6 * cm
GUTTER = 8.0
NUMBER_WIDTH = 22.0
PAD = 3.0
"""Space between a cell's rule and its text."""

GREY = Color(0.4, 0.4, 0.4)
LIGHT = Color(0.92, 0.92, 0.92)
BLACK = Color(0, 0, 0)
WHITE = Color(1, 1, 1)


class SheetLayout(StrEnum):
    """How half-days are grouped on sheets."""

    PER_HALF_DAY = "demi_journee"
    """One sheet per half-day, with one signature column (the default, and the safest)."""
    PER_DAY = "journee"
    """One sheet per day, with one signature column for each of its half-days."""


@dataclass(frozen=True, slots=True)
class SheetSpec:
    """One sign-in sheet: the half-days it collects signatures for, in order."""

    half_days: tuple[HalfDay, ...]
    indices: tuple[int, ...]
    """Positions of these half-days in ``session.half_days``."""


def plan_sheets(
    session: Session,
    layout: SheetLayout,
    half_day_ids: Collection[str] | None = None,
) -> list[SheetSpec]:
    """List the sheets to print, in chronological order, optionally for some half-days only."""
    wanted = None if half_day_ids is None else set(half_day_ids)
    position = {h.id: i for i, h in enumerate(session.half_days)}
    sheets: list[SheetSpec] = []
    for day in session.days:
        chosen = [h for h in day.half_days if wanted is None or h.id in wanted]
        groups = [chosen] if layout is SheetLayout.PER_DAY else [[h] for h in chosen]
        for group in groups:
            if group:
                ids = tuple(position[h.id] for h in group)
                sheets.append(SheetSpec(tuple(group), ids))
    return sheets


@dataclass(frozen=True, slots=True)
class Columns:
    """Left edges and widths of the participant table's columns."""

    number: tuple[float, float]
    last_name: tuple[float, float]
    first_name: tuple[float, float]
    organisation: tuple[float, float]
    audience: tuple[float, float]
    signatures: tuple[tuple[float, float], ...]

    @property
    def edges(self) -> list[float]:
        """Every vertical rule of the table, left to right."""
        cells = [self.number, self.last_name, self.first_name, self.organisation, self.audience]
        return [x for x, _ in cells + list(self.signatures)] + [RIGHT]


def columns_for(signature_count: int) -> Columns:
    """Share the page width between identity columns and ``signature_count`` signature boxes."""
    count = max(1, signature_count)
    signature = 130.0 if count == 1 else max(70.0, min(110.0, (WIDTH - NUMBER_WIDTH - 300) / count))
    rest = WIDTH - NUMBER_WIDTH - count * signature
    widths = [NUMBER_WIDTH] + [rest * share for share in (0.27, 0.21, 0.33, 0.19)]
    widths += [signature] * count
    cells: list[tuple[float, float]] = []
    x = LEFT
    for width in widths:
        cells.append((x, width))
        x += width
    return Columns(cells[0], cells[1], cells[2], cells[3], cells[4], tuple(cells[5:]))


def rows_per_page(table_top: float) -> int:
    """How many signature rows fit between the table header and the footer (at least one)."""
    room = table_top - TABLE_HEADER_HEIGHT - (BOTTOM + FOOTER_HEIGHT)
    return max(1, math.floor(room / ROW_HEIGHT))


def page_count(row_count: int, per_page: int) -> int:
    """Pages needed for ``row_count`` rows (at least one, so an empty list still prints)."""
    return max(1, math.ceil(row_count / per_page))
