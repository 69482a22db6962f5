"""Page, styles and table helpers of the session summary PDF.

Every piece of user text reaches a ``Paragraph`` through :func:`esc` (characters the font cannot
draw removed, markup escaped). Pages are numbered "Page x/y" by a canvas that holds each page
until the document is complete, so the total is known when the footers are drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from territ_desktop.export.markdown_light import MarkdownStyles
from territ_desktop.export.pdf_fonts import PdfFonts, register_fonts
from territ_desktop.export.pdf_glyphs import drawable
from territ_desktop.export.safe_text import pdf_markup
from territ_desktop.export.summary_charts import short

MARGIN = 2.0 * cm
FRAME_WIDTH = A4[0] - 2 * MARGIN
GREY = Color(0.35, 0.35, 0.35)
RULE = Color(0.55, 0.55, 0.55)
HEADER_FILL = Color(0.88, 0.88, 0.88)
TOTAL_FILL = Color(0.95, 0.95, 0.95)
MIN_ROW_SPLIT = 36
"""A row taller than what is left of the page may split there if at least this many points
fit (reportlab reads ``splitInRow`` as that minimum: 1 would leave a repeated header and a
sliver of row alone at the foot of a page)."""
CELL_LIMIT = 600
"""Characters of user text one table cell shows. A table row must fit on a page, so longer text
(a pasted paragraph as a commune, say) is cut with an ellipsis; notes and the synthesis print
outside tables and are never cut."""
CELL_PADDING = 7.0
HEAD_SIZE = 7.5
CELL_SIZE = 8.0


def esc(value: object) -> str:
    """User text made safe for a ``Paragraph``: drawable characters only, markup escaped."""
    return pdf_markup(drawable(value))


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of the summary."""

    fonts: PdfFonts
    body: ParagraphStyle
    small: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle
    caption: ParagraphStyle
    bullet: ParagraphStyle
    notes: MarkdownStyles


def make_styles() -> Styles:
    """Build the styles on DejaVu Sans (registered on first use)."""
    fonts = register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.regular, fontSize=9.5, leading=13, spaceAfter=4, alignment=TA_LEFT
    )

    def derived(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, body, **changes)

    bold = fonts.bold
    bullet = derived("bullet", leftIndent=14, bulletIndent=3, spaceAfter=2)
    notes = MarkdownStyles(
        body=derived("note", spaceAfter=3),
        bullet=bullet,
        headings=(
            derived("note-h1", fontName=bold, fontSize=10.5, leading=14, spaceBefore=4),
            derived("note-h2", fontName=bold, fontSize=9.8, leading=13, spaceBefore=3),
            derived("note-h3", fontName=bold, fontSize=9.5, leading=13, textColor=GREY),
        ),
    )
    return Styles(
        fonts=fonts,
        body=body,
        small=derived("small", fontSize=7.5, leading=9.5, textColor=GREY),
        kicker=derived("kicker", fontName=bold, fontSize=11, leading=14, textColor=GREY),
        title=derived("title", fontName=bold, fontSize=20, leading=25, spaceAfter=8),
        subtitle=derived("subtitle", fontSize=12, leading=16, textColor=GREY, spaceAfter=14),
        h1=derived("h1", fontName=bold, fontSize=15, leading=19, spaceBefore=6, spaceAfter=8),
        h2=derived("h2", fontName=bold, fontSize=12, leading=15, spaceBefore=10, spaceAfter=5),
        h3=derived("h3", fontName=bold, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3),
        cell=derived("cell", fontSize=CELL_SIZE, leading=10, spaceAfter=0),
        head=derived("head", fontName=bold, fontSize=HEAD_SIZE, leading=9, spaceAfter=0),
        caption=derived("caption", fontName=bold, fontSize=8.5, leading=11, spaceBefore=8),
        bullet=bullet,
        notes=notes,
    )


Cell: TypeAlias = Paragraph | str
"""A table cell: a paragraph for text that wraps, a plain string for numbers."""


def data_table(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    styles: Styles,
    *,
    header_rows: int = 1,
    numeric_from: int | None = None,
    total_row: bool = False,
) -> Table:
    """A ruled table with a shaded header repeated on every page.

    Args:
        rows: Header row(s) then data rows; text cells should be paragraphs built with
            :func:`esc`, numbers plain strings.
        widths: Column widths in points (their sum should not exceed :data:`FRAME_WIDTH`).
        styles: The summary styles (for the plain-string font).
        header_rows: How many rows form the header.
        numeric_from: First column aligned right (counts and hours), if any.
        total_row: Whether the last row is a total (bold, shaded).
    """
    table = Table(
        [list(row) for row in rows],
        colWidths=list(widths),
        repeatRows=header_rows,
        splitInRow=MIN_ROW_SPLIT,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.fonts.regular, CELL_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("FONT", (0, 0), (-1, header_rows - 1), styles.fonts.bold, HEAD_SIZE),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, header_rows), (-1, -1), "RIGHT"))
    if total_row and len(rows) > header_rows:
        commands += [
            ("FONT", (0, -1), (-1, -1), styles.fonts.bold, CELL_SIZE),
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
        ]
    table.setStyle(TableStyle(commands))
    return table


def fit_widths(
    columns: Sequence[Sequence[str]],
    styles: Styles,
    *,
    total: float = FRAME_WIDTH,
    most_extra: float = 0.8 * cm,
) -> list[float]:
    r"""Column widths showing every header word and every value without breaking them.

    Args:
        columns: For each column, its header text then the plain strings it holds (a value may
            have several lines, separated by ``\n``).
        styles: The summary styles (fonts).
        total: Width available; columns shrink in proportion when they need more.
        most_extra: Largest width added to a column when there is room to spare.
    """
    needs: list[float] = []
    for header, *values in columns:
        words = [stringWidth(w, styles.fonts.bold, HEAD_SIZE) for w in header.split()]
        lines = [line for value in values for line in value.split("\n")]
        # Totals are bold: measure every value in bold so they fit too.
        widths = [stringWidth(line, styles.fonts.bold, CELL_SIZE) for line in lines]
        needs.append(max([0.0, *words, *widths]) + CELL_PADDING)
    spare = total - sum(needs)
    if spare < 0:
        return [need * total / sum(needs) for need in needs]
    extra = min(most_extra, spare / max(1, len(needs)))
    return [need + extra for need in needs]


def chart_block(title: str, drawing: Drawing, styles: Styles) -> KeepTogether:
    """A chart under its title (fixed text), kept on one page."""
    return KeepTogether([Paragraph(title, styles.caption), drawing])


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of fixed markup (text already escaped where it holds user text)."""
    return Paragraph(text, style)


def clip(value: object, limit: int = CELL_LIMIT) -> str:
    """Drawable user text cut to ``limit`` characters, ending with an ellipsis when cut."""
    raw = "" if value is None else str(value)
    text = drawable(raw[: limit * 2])  # cleaning only removes characters: cut first
    return text if len(raw) <= limit and len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cell(value: object, style: ParagraphStyle, *, limit: int = CELL_LIMIT) -> Paragraph:
    """User text as a table-cell paragraph: escaped, and cut if it could not fit on a page."""
    return Paragraph(pdf_markup(clip(value, limit)), style)


def cells(texts: Sequence[str], style: ParagraphStyle) -> list[Cell]:
    """User texts as table-cell paragraphs (see :func:`cell`)."""
    return [cell(text, style) for text in texts]


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """A canvas that writes "Page x/y" and the session's title at the foot of every page."""

    def __init__(self, *args: Any, footer: str = "", font: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._territ_footer = short(footer, 95)
        self._territ_font = font
        self._territ_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802  # reportlab's name
        """Hold the finished page until the page count is known."""
        self._territ_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw every footer with the final count, then write the file."""
        total = len(self._territ_pages)
        for number, state in enumerate(self._territ_pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width = A4[0]
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN, 1.35 * cm, width - MARGIN, 1.35 * cm)
        self.setFillColor(GREY)
        self.setFont(self._territ_font, 7.5)
        self.drawString(MARGIN, 0.95 * cm, self._territ_footer)
        self.drawRightString(width - MARGIN, 0.95 * cm, f"Page {number}/{total}")
        self.restoreState()


def build_pdf(path: Path, story: list[Any], *, title: str, author: str) -> None:
    """Lay the story out on A4 pages with numbered footers and write it to ``path``."""
    fonts = register_fonts()
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=1.8 * cm,
        bottomMargin=2.0 * cm,
        title=drawable(f"Synthèse — {title}"),
        author=drawable(author),
        creator="TERRIT Desktop",
        initialFontName=fonts.regular,  # Keep Helvetica out of the file.
    )

    def canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, footer=title, font=fonts.regular, **kwargs)

    document.build(story, canvasmaker=canvas)
