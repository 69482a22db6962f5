"""The one font every PDF uses: DejaVu Sans, embedded, so every name prints.

reportlab's standard fonts cover French but not Łukasz, Ştefan, Nguyễn, nor the narrow no-break
space (U+202F) that French number formatting inserts. DejaVu Sans covers them all and ships in
``resources/fonts``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from territ_desktop.paths import resource

REGULAR = "TerritSans"
BOLD = "TerritSans-Bold"

_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class PdfFonts:
    """Names of the registered fonts, to pass to reportlab styles and canvases."""

    regular: str = REGULAR
    bold: str = BOLD


def register_fonts() -> PdfFonts:
    """Register DejaVu Sans regular and bold with reportlab (once per process) and name them.

    Safe to call from several threads and as often as wanted. The bold face is mapped as the
    bold of the family, so ``<b>`` in a ``Paragraph`` uses it.

    Returns:
        The registered font names.
    """
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        if REGULAR not in registered:
            pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
        if BOLD not in registered:
            pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, REGULAR)
            addMapping(REGULAR, 1, 1, BOLD)
    return PdfFonts()
