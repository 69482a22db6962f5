"""Small text helpers shared by the importer: cleaning cell text and building match keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from territ_desktop.domain import fold

# Characters that are invisible in a spreadsheet but break comparisons.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Control characters other than the line break (tabs and carriage returns become spaces).
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
_NON_ALNUM = re.compile(r"[\W_]+")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})


def clean_text(value: str) -> str:
    """Trim ``value``, collapse runs of white space into one space and compose accents.

    Accents and case are kept; only invisible characters and extra spaces go. Nothing is
    interpreted: a text starting with ``=`` or ``+`` stays that text.
    """
    if not value:
        return ""
    if not value.isprintable():
        value = _CONTROL.sub(" ", value)
    if not value.isascii():
        value = unicodedata.normalize("NFC", value.translate(_INVISIBLE))
    return " ".join(value.split())


def clean_multiline(value: str) -> str:
    """Like :func:`clean_text` but keep line breaks (for notes), dropping empty lines."""
    if not value:
        return ""
    value = _CONTROL.sub(" ", value.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (clean_text(line) for line in value.split("\n"))
    return "\n".join(line for line in lines if line)


@lru_cache(maxsize=16384)  # names, structures and towns repeat across rows
def match_key(value: str) -> str:
    """Return ``value`` without case, accents, spaces or punctuation, for matching.

    ``"Dupont-Martin"``, ``"DUPONT MARTIN"`` and ``"dupont martin"`` give the same key, as do
    ``"Cœur"`` and ``"Coeur"``.
    """
    if value.isascii():
        return _NON_ALNUM.sub("", value.lower())
    return _NON_ALNUM.sub("", fold(value).translate(_LIGATURES))


def words_key(value: str) -> str:
    """Return ``value`` folded, with punctuation turned into single spaces between words.

    Used for column names and audience text: ``"Adresse e-mail :"`` gives ``"adresse e mail"``.
    """
    return " ".join(_NON_ALNUM.sub(" ", fold(value).translate(_LIGATURES)).split())
