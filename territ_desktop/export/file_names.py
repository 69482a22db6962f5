"""Safe file names for per-person documents: ASCII, no collisions, fine on every system."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "Þ": "Th",
        "þ": "th",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "ß": "ss",
        "ı": "i",
    }
)
_UNSAFE = re.compile(r"[^A-Za-z0-9]+")
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
}
MAX_STEM = 80


def ascii_slug(text: str) -> str:
    """Reduce ``text`` to ASCII letters, digits and hyphens: ``"Nguyễn Thị"`` → ``"Nguyen-Thi"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.encode("ascii", "ignore").decode("ascii")
    return _UNSAFE.sub("-", plain).strip("-")


def person_stem(last_name: str, first_name: str) -> str:
    """File name stem ``LASTNAME_Firstname`` in safe ASCII (``"participant"`` if both are empty)."""
    parts = [p for p in (ascii_slug(last_name).upper(), ascii_slug(first_name)) if p]
    stem = "_".join(parts)[:MAX_STEM].strip("-_") or "participant"
    return f"{stem}_" if stem.upper() in _RESERVED else stem


def unique_stems(stems: Iterable[str]) -> list[str]:
    """Make stems unique, ignoring case as Windows and macOS do: ``X``, ``X_2``, ``X_3``."""
    taken: set[str] = set()
    out: list[str] = []
    for stem in stems:
        candidate, number = stem, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{stem}_{number}"
        taken.add(candidate.casefold())
        out.append(candidate)
    return out
