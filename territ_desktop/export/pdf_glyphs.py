"""Keep only characters the embedded font can draw and a PDF reader can read back.

Notes typed by trainers carry emoji and characters from any script. DejaVu Sans lacks most
emoji, and reportlab writes a wrong text layer for characters beyond U+FFFF even when the font
has them (copying 😀 from the PDF gives "ὠ"), so the printed and the searchable text would
disagree. :func:`drawable` removes pictographs and the invisible characters that go with them
(zero-width joiner, variation selectors, skin tones), and replaces any other character the font
lacks with U+FFFD, so that a missing letter still shows as missing rather than vanishing.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from territ_desktop.export.pdf_fonts import register_fonts
from territ_desktop.export.safe_text import clean_text

REPLACEMENT = "\ufffd"
_BMP_LIMIT = 0xFFFF
_KEPT_WHITESPACE = frozenset("\n\t")
# Joiners and selectors that only make sense next to an emoji; alone they print nothing.
_INVISIBLE = frozenset("\u200d\ufe0e\ufe0f\u20e3")
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_TAGS = range(0xE0000, 0xE0080)
_DROPPED_CATEGORIES = frozenset({"So", "Sk", "Cf", "Cn", "Co", "Mn", "Me"})


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    """Code points both faces of the embedded font can draw (within the BMP)."""
    fonts = register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in (fonts.regular, fonts.bold)]
    common = set(faces[0].charToGlyph)
    for face in faces[1:]:
        common &= set(face.charToGlyph)
    return frozenset(code for code in common if code <= _BMP_LIMIT)


def _printable(char: str, covered: frozenset[int]) -> bool:
    if char in _KEPT_WHITESPACE:
        return True
    return ord(char) in covered and char not in _INVISIBLE


def _substitute(char: str, covered: frozenset[int]) -> str:
    """What to print instead of a character the font cannot draw."""
    code = ord(char)
    if char in _INVISIBLE or code in _SKIN_TONES or code in _TAGS:
        return ""
    # Styled letters (𝐀, ﬁ) have a plain equivalent the font knows.
    plain = unicodedata.normalize("NFKC", char)
    if plain != char and plain and all(_printable(c, covered) for c in plain):
        return plain
    if unicodedata.category(char) in _DROPPED_CATEGORIES:
        return ""
    return REPLACEMENT


def drawable(value: object) -> str:
    """Return user text with every character printable in DejaVu Sans and readable back.

    Control characters go (as in :func:`~territ_desktop.export.safe_text.clean_text`); tabs and
    line breaks stay. Emoji are dropped; letters the font lacks (Chinese, say) become U+FFFD.
    """
    text = clean_text(value)
    covered = _covered()
    if all(_printable(c, covered) for c in text):
        return text
    return "".join(c if _printable(c, covered) else _substitute(c, covered) for c in text)
