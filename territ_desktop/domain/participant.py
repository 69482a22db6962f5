"""Participants: one record per person across sessions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.errors import ValidationError


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


# Letters that Unicode does not decompose into a base letter plus an accent.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "œ": "oe", "æ": "ae"}
)


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, for searching and sorting (Łukasz → lukasz)."""
    # Compatibility forms first (𝑨 → A), so that case folding sees plain letters.
    lowered = unicodedata.normalize("NFKD", text).casefold().translate(_UNDECOMPOSED)
    decomposed = unicodedata.normalize("NFKD", lowered)
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


def matches(participant: Participant, folded_query: str) -> bool:
    """True when every word of the (already folded) query is in the person's main fields.

    The fields searched are the name, organisation, commune and e-mail.
    """
    haystack = fold(
        " ".join(
            (
                participant.last_name,
                participant.first_name,
                participant.organisation,
                participant.territory,
                participant.email,
            )
        )
    )
    return all(word in haystack for word in folded_query.split())


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_valid_email(email: str) -> bool:
    """Loose check of an e-mail address: something@domain.tld, no spaces."""
    return bool(_EMAIL.match(email))


def clean_participant(value: Participant) -> Participant:
    """Trim every field, normalise the last name and e-mail, and check the rules.

    Raises:
        ValidationError: no last name, or an e-mail that is not an address.
    """
    cleaned = replace(
        value,
        last_name=format_last_name(value.last_name.strip()),
        first_name=" ".join(value.first_name.split()),
        organisation=" ".join(value.organisation.split()),
        function=" ".join(value.function.split()),
        territory=" ".join(value.territory.split()),
        email=value.email.strip().lower(),
        phone=value.phone.strip(),
        notes=value.notes.strip(),
        audience=Audience(value.audience),
    )
    if not cleaned.last_name:
        raise ValidationError("Le nom de famille est obligatoire.")
    if cleaned.email and not is_valid_email(cleaned.email):
        raise ValidationError(
            f"L'adresse e-mail « {cleaned.email} » n'est pas valide : "
            "corrigez-la ou videz le champ."
        )
    return cleaned
