"""Participants: one record per person across sessions."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from territ_desktop.domain.audience import Audience


@dataclass(frozen=True, slots=True)
class Participant:
    """A person who registers for sessions."""

    id: str
    last_name: str
    first_name: str
    organisation: str = ""
    function: str = ""
    audience: Audience = Audience.AUTRE
    territory: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""

    @property
    def sort_key(self) -> tuple[str, str]:
        """Order by last name then first name, ignoring case and accents."""
        return (fold(self.last_name), fold(self.first_name))

    @property
    def printed_name(self) -> str:
        """Last name in capitals then first name, as on sign-in sheets."""
        return f"{self.last_name.upper()} {self.first_name}".strip()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, for searching and sorting."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def format_last_name(name: str) -> str:
    """Turn a last name typed in capitals into a normal name; leave mixed case alone.

    ``"DUPONT-MARTIN"`` becomes ``"Dupont-Martin"``; ``"de La Tour"`` stays as typed. Sheets print
    last names in capitals anyway, so the stored form is the readable one.
    """
    name = " ".join(name.split())
    if not name or not name.isupper():
        return name
    out: list[str] = []
    capitalise = True
    for char in name.lower():
        out.append(char.upper() if capitalise else char)
        capitalise = char in " -'’"
    return "".join(out)
