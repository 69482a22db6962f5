"""Filling a participant's empty fields from a row: never overwrite, report differences.

A field is empty when its text is empty; for the audience, ``autre`` counts as empty and a
row's audience counts only if it was recognised or chosen by the user. Two values that differ
only by case, accents, spaces or punctuation (or, for phones, by anything but digits) are the
same value, not a conflict.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from territ_desktop.domain import Audience, Participant, audience_label
from territ_desktop.importing.cleaning import CleanRecord
from territ_desktop.importing.text import match_key

#: Participant attributes a later row may fill, with their French names.
FILLABLE_FIELDS: dict[str, str] = {
    "first_name": "prénom",
    "organisation": "structure",
    "function": "fonction",
    "territory": "commune",
    "email": "e-mail",
    "phone": "téléphone",
    "audience": "public",
    "notes": "notes",
}

_WITH_ARTICLE: dict[str, str] = {
    "first_name": "le prénom",
    "organisation": "la structure",
    "function": "la fonction",
    "territory": "la commune",
    "email": "l'e-mail",
    "phone": "le téléphone",
    "audience": "le public",
    "notes": "les notes",
}
_NON_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """A field where the row and the kept participant hold different values.

    ``field`` is the :class:`Participant` attribute name; ``kept`` the value kept,
    ``ignored`` the row's value, which is not imported.
    """

    field: str
    kept: str
    ignored: str

    def message(self, source: str) -> str:
        """French warning; ``source`` names where the kept value comes from."""
        return (
            f"Cette ligne indique {_WITH_ARTICLE[self.field]} « {self.ignored} », {source} a "
            f"« {self.kept} » : cette valeur est gardée ; corrigez la fiche si besoin."
        )


def _same(name: str, left: str, right: str) -> bool:
    if name == "phone":
        return _NON_DIGITS.sub("", left) == _NON_DIGITS.sub("", right)
    return match_key(left) == match_key(right)


def record_values(record: CleanRecord, audience_known: bool) -> dict[str, str]:
    """The row's values for each fillable field, as text (``""`` when the row has none)."""
    return {
        "first_name": record.first_name,
        "organisation": record.organisation,
        "function": record.function,
        "territory": record.territory,
        "email": record.email,
        "phone": record.phone,
        "audience": record.audience.value
        if audience_known and record.audience is not Audience.AUTRE
        else "",
        "notes": record.notes,
    }


def fill_empty(
    participant: Participant, values: dict[str, str]
) -> tuple[Participant, tuple[str, ...], tuple[FieldConflict, ...]]:
    """Fill the empty fields of ``participant`` from ``values``.

    Returns the filled participant, the names of the fields filled and the conflicts.
    """
    changes: dict[str, object] = {}
    conflicts: list[FieldConflict] = []
    for name, new in values.items():
        if not new:
            continue
        current = getattr(participant, name)
        if name == "audience":
            if current is Audience.AUTRE:
                changes[name] = Audience(new)
            elif current != new:
                conflicts.append(
                    FieldConflict(name, audience_label(current), audience_label(Audience(new)))
                )
            continue
        if not current:
            changes[name] = new
        elif not _same(name, current, new):
            conflicts.append(FieldConflict(name, current, new))
    if changes:
        participant = dataclasses.replace(participant, **changes)  # type: ignore[arg-type]
    return participant, tuple(changes), tuple(conflicts)
