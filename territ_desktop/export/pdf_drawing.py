"""Small canvas-level drawing helpers shared by the PDF exports.

Text drawn with ``drawString`` is never parsed as markup, so user text needs no escaping here;
what it needs is to fit its box. :func:`fit_text` wraps, then shrinks, then (last resort) cuts
with an ellipsis, so nothing ever spills over a neighbouring cell.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from territ_desktop.export.safe_text import clean_text

ELLIPSIS = "…"
LEADING = 1.15
_HYPHENATED = re.compile(r"[^-]+-?|-")
_SPACES = re.compile(r"[ \t\r\f\v]+")


@dataclass(frozen=True, slots=True)
class FittedText:
    """Lines of text and the font size at which they fit their box."""

    lines: tuple[str, ...]
    font: str
    size: float

    @property
    def leading(self) -> float:
        """Distance between baselines."""
        return self.size * LEADING


def _cut(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` so that it plus an ellipsis fits ``width``."""
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def _tokens(paragraph: str, hyphens: bool) -> list[tuple[str, str]]:
    """Split on ASCII spaces only (so no-break spaces hold), optionally after hyphens too.

    Returns pieces with the separator that goes before each one when they share a line.
    """
    out: list[tuple[str, str]] = []
    for word in paragraph.split(" "):
        if not word:
            continue
        pieces = _HYPHENATED.findall(word) if hyphens else [word]
        for index, piece in enumerate(pieces):
            out.append((piece, " " if index == 0 and out else ""))
    return out


def _wrap(text: str, font: str, size: float, width: float, hyphens: bool) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for piece, separator in _tokens(paragraph, hyphens):
            candidate = f"{current}{separator}{piece}" if current else piece
            if current and stringWidth(candidate, font, size) > width:
                lines.append(current)
                current = piece
            else:
                current = candidate
        lines.append(current)
    return lines


def _break_long(lines: list[str], font: str, size: float, width: float) -> list[str]:
    """Break any line still wider than ``width`` at character level (last resort)."""
    out: list[str] = []
    for line in lines:
        while len(line) > 1 and stringWidth(line, font, size) > width:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def _fits(lines: list[str], font: str, size: float, width: float, max_lines: int) -> bool:
    if len(lines) > max_lines:
        return False
    return all(stringWidth(line, font, size) <= width for line in lines)


def fit_text(
    text: str,
    font: str,
    size: float,
    width: float,
    height: float,
    *,
    min_size: float = 6.0,
) -> FittedText:
    """Fit ``text`` into a ``width`` × ``height`` box.

    Tries wrapping at spaces at each font size from ``size`` down to ``min_size`` by half
    points, then the same allowing breaks after hyphens (so "Marie-Christine" shrinks a little
    before it splits). At the smallest size it breaks words anywhere and, if the text is still
    too long, ends the last line with an ellipsis. No-break spaces never break.

    Args:
        text: User text (control characters are dropped, line breaks kept).
        font: Registered font name.
        size: Preferred font size.
        width: Box width in points.
        height: Box height in points.
        min_size: Smallest font size to try before cutting.

    Returns:
        The lines to draw and their font size.
    """
    parts = clean_text(text).splitlines()
    text = "\n".join(_SPACES.sub(" ", part).strip() for part in parts).strip()
    if not text:
        return FittedText((), font, size)
    sizes = [size]
    while sizes[-1] - 0.5 >= min_size:
        sizes.append(sizes[-1] - 0.5)
    for hyphens in (False, True):
        for current in sizes:
            max_lines = max(1, int(height // (current * LEADING)))
            lines = _wrap(text, font, current, width, hyphens)
            if _fits(lines, font, current, width, max_lines):
                return FittedText(tuple(lines), font, current)
    current = sizes[-1]
    max_lines = max(1, int(height // (current * LEADING)))
    lines = _break_long(_wrap(text, font, current, width, True), font, current, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _cut(lines[-1] + " ", font, current, width)
    return FittedText(tuple(lines), font, current)


def draw_fitted(
    canvas: Any,
    fitted: FittedText,
    x: float,
    top: float,
    height: float,
    *,
    centre_x: float | None = None,
) -> None:
    """Draw fitted lines vertically centred in a box whose top edge is at ``top``.

    Args:
        canvas: A reportlab canvas.
        fitted: What :func:`fit_text` returned.
        x: Left edge of the text.
        top: Top edge of the box.
        height: Height of the box.
        centre_x: If given, centre each line on this x instead of starting at ``x``.
    """
    if not fitted.lines:
        return
    leading = fitted.leading
    block = leading * (len(fitted.lines) - 1) + fitted.size * 0.72
    baseline = top - (height - block) / 2 - fitted.size * 0.72
    canvas.setFont(fitted.font, fitted.size)
    for line in fitted.lines:
        if centre_x is None:
            canvas.drawString(x, baseline, line)
        else:
            canvas.drawCentredString(centre_x, baseline, line)
        baseline -= leading


@dataclass
class ImageCache:
    """Decoded signature images of one export, so a repeated PNG is decoded once."""

    _readers: dict[bytes, Any] = field(default_factory=dict)

    def reader(self, png: bytes) -> Any | None:
        """Return a reportlab image reader for ``png``, or ``None`` if it cannot be read."""
        if png not in self._readers:
            try:
                reader = ImageReader(io.BytesIO(png))
                reader.getSize()
            except Exception:  # Foreign bytes: any decoding failure means unreadable.
                reader = None
            self._readers[png] = reader
        return self._readers[png]


def draw_signature(
    canvas: Any,
    cache: ImageCache,
    png: bytes,
    box: tuple[float, float, float, float],
    *,
    font: str,
) -> bool:
    """Draw a signature image inside ``box`` (x, y, width, height), keeping its proportions.

    Returns:
        ``True`` if drawn; ``False`` if the image could not be read, in which case a short
        notice is printed in the box instead so that the sheet still shows something happened.
    """
    x, y, width, height = box
    reader = cache.reader(png)
    if reader is None:
        canvas.setFont(font, 6)
        canvas.drawString(x + 1, y + height / 2 - 2, "signature illisible")
        return False
    canvas.drawImage(reader, x, y, width, height, preserveAspectRatio=True, anchor="c", mask="auto")
    return True


def draw_lines(canvas: Any, fitted: FittedText, x: float, baseline: float) -> float:
    """Draw fitted lines downwards from a first ``baseline``; return the next free baseline."""
    canvas.setFont(fitted.font, fitted.size)
    for line in fitted.lines:
        canvas.drawString(x, baseline, line)
        baseline -= fitted.leading
    return baseline


def no_break(text: str) -> str:
    """Replace spaces with no-break spaces, so "9 h 00" never splits across lines."""
    return text.replace(" ", "\u00a0")
