"""Cleaning one data row into participant values, with French warnings.

- Text is trimmed, runs of spaces collapsed, accents kept and composed; nothing is ever
  interpreted, so ``=HYPERLINK(...)`` or ``+33 6...`` stay the text they are.
- A last or first name typed in capitals becomes a normal name (``DUPONT`` → ``Dupont``).
- E-mails are lower-cased and checked. **An invalid e-mail is dropped and the row kept**, with
  a warning: the person still needs their place on the list, and the address can be added by
  hand. When a cell holds several addresses, the first valid one is kept.
- Phone numbers are kept as typed, except that a number Excel stored as a number and so lost
  its leading zero gets it back: nine digits ``612345678`` → ``0612345678``, and eleven digits
  starting ``33`` → ``+33...``.
- Values longer than the database allows are cut, with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from territ_desktop.domain import Audience, format_last_name
from territ_desktop.importing.audience_text import AudienceGuess, guess_audience
from territ_desktop.importing.headers import ColumnMapping, Field
from territ_desktop.importing.names import split_full_name
from territ_desktop.importing.table import RawRow
from territ_desktop.importing.text import clean_multiline, clean_text

#: Longest value stored for each field (the database's column sizes).
MAX_LENGTHS: dict[str, int] = {
    "last_name": 200,
    "first_name": 200,
    "organisation": 300,
    "function": 300,
    "territory": 200,
    "email": 320,
    "phone": 60,
    "notes": 5000,
}

_FIELD_NAMES_FR: dict[str, str] = {
    "last_name": "Le nom",
    "first_name": "Le prénom",
    "organisation": "La structure",
    "function": "La fonction",
    "territory": "La commune",
    "phone": "Le téléphone",
    "notes": "Les notes",
}

_EMAIL = re.compile(
    r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
    r"@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}"
)
_EMAIL_SEPARATORS = re.compile(r"[\s;,/]+")


def is_valid_email(email: str) -> bool:
    """Whether ``email`` looks like one usable address (``name@domain.tld``, nothing else)."""
    return len(email) <= MAX_LENGTHS["email"] and _EMAIL.fullmatch(email) is not None


@dataclass(frozen=True, slots=True)
class CleanRecord:
    """The cleaned values of one data row, before matching with existing participants."""

    last_name: str
    first_name: str
    organisation: str = ""
    function: str = ""
    territory: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    audience: Audience = Audience.AUTRE
    audience_text: str = ""
    audience_recognised: bool = False
    warnings: tuple[str, ...] = ()


def clean_email(value: str) -> tuple[str, str | None]:
    """Return the cleaned address (``""`` if none is valid) and a French warning, if any."""
    text = clean_text(value)
    if not text:
        return "", None
    lowered = text.lower()
    if lowered.startswith("mailto:"):
        lowered = lowered[7:]
    parts = [p.strip("<>\"'()[]«» ") for p in _EMAIL_SEPARATORS.split(lowered)]
    valid = [p for p in parts if is_valid_email(p)]
    if not valid:
        return "", (
            f"Adresse e-mail « {text} » invalide : elle n'est pas importée ; corrigez-la dans la "
            "fiche du participant."
        )
    if len(set(valid)) > 1:
        return valid[0], (
            f"Plusieurs adresses e-mail (« {text} ») : seule « {valid[0]} » est importée."
        )
    return valid[0], None


def clean_phone(value: str) -> str:
    """Return the phone number as typed, giving back the leading zero Excel may have dropped."""
    text = clean_text(value)
    if text.isdigit():
        if len(text) == 9 and text[0] != "0":
            return "0" + text
        if len(text) == 11 and text.startswith("33"):
            return "+" + text
    return text


def _fit(name: str, value: str, warnings: list[str]) -> str:
    limit = MAX_LENGTHS[name]
    if len(value) <= limit:
        return value
    warnings.append(f"{_FIELD_NAMES_FR[name]} dépasse {limit} caractères : la fin est coupée.")
    return value[:limit].rstrip()


def clean_row(row: RawRow, mapping: ColumnMapping, audience: Audience | None = None) -> CleanRecord:
    """Read and clean the mapped cells of ``row``; problems become warnings, never errors.

    ``audience``, when given, is the user's choice and replaces the audience column. Whether
    the row is usable at all (a last name is present) is decided by the plan.
    """
    columns = mapping.columns
    cells = row.cells
    width = len(cells)

    def cell(target: Field) -> str:
        index = columns.get(target)
        return cells[index] if index is not None and index < width else ""

    warnings: list[str] = []
    last, first = clean_text(cell(Field.LAST_NAME)), clean_text(cell(Field.FIRST_NAME))
    if Field.FULL_NAME in columns and not last:
        last, from_full = split_full_name(clean_text(cell(Field.FULL_NAME)), mapping.name_order)
        first = first or from_full
    last = _fit("last_name", format_last_name(last), warnings)
    first = _fit("first_name", format_last_name(first), warnings)
    if last and not first:
        warnings.append("Prénom manquant : complétez-le dans la fiche du participant.")

    email, email_warning = clean_email(cell(Field.EMAIL))
    if email_warning:
        warnings.append(email_warning)

    audience_text = clean_text(cell(Field.AUDIENCE))
    guess = guess_audience(audience_text)
    if audience is not None:
        guess = AudienceGuess(audience, recognised=True)
    elif Field.AUDIENCE in columns and not guess.recognised:
        if audience_text:
            warnings.append(
                f"Public « {audience_text} » non reconnu : « Autre » est retenu ; choisissez le "
                "bon public."
            )
        else:
            warnings.append(
                "Public non renseigné : « Autre » est retenu ; choisissez le bon public."
            )

    return CleanRecord(
        last_name=last,
        first_name=first,
        organisation=_fit("organisation", clean_text(cell(Field.ORGANISATION)), warnings),
        function=_fit("function", clean_text(cell(Field.FUNCTION)), warnings),
        territory=_fit("territory", clean_text(cell(Field.TERRITORY)), warnings),
        email=email,
        phone=_fit("phone", clean_phone(cell(Field.PHONE)), warnings),
        notes=_fit("notes", clean_multiline(cell(Field.NOTES)), warnings),
        audience=guess.audience,
        audience_text=audience_text,
        audience_recognised=guess.recognised,
        warnings=tuple(warnings),
    )
