"""Matching rows with known people: existing participants and earlier rows of the file.

See :mod:`territ_desktop.importing.plan` for the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from territ_desktop.domain import Participant
from territ_desktop.importing.cleaning import CleanRecord
from territ_desktop.importing.merge import fill_empty, record_values
from territ_desktop.importing.outcome import RowAction, RowOutcome
from territ_desktop.importing.text import match_key


@dataclass(eq=False)  # compared by identity
class Target:
    """A person rows resolve to: an existing participant or one created by an earlier row."""

    current: Participant
    existing: Participant | None
    first_row: int | None = None
    filled: list[str] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)


def _name_key(last: str, first: str, organisation: str) -> tuple[str, str, str]:
    return match_key(last), match_key(first), match_key(organisation)


def _same_person(known: Participant, key: tuple[str, str, str]) -> bool:
    """Whether a row sharing ``known``'s e-mail names the same person.

    One last name must appear within the other's full name: this accepts swapped names and
    compound names ("Dupont" and "Dupont-Martin"), not a colleague using the same address.
    """
    known_last = match_key(known.last_name)
    return bool(known_last and key[0]) and (
        known_last in key[0] + key[1] or key[0] in known_last + match_key(known.first_name)
    )


class Planner:
    """Resolves rows one by one against existing participants and earlier rows."""

    def __init__(self, existing: Sequence[Participant], id_factory: Callable[[], str]) -> None:
        self._id_factory = id_factory
        self.targets: list[Target] = []
        self._by_email: dict[str, Target] = {}
        self._by_name: dict[tuple[str, str, str], Target] = {}
        self._by_person: dict[tuple[str, str], list[Target]] = {}
        for participant in existing:
            target = Target(participant, participant)
            self.targets.append(target)
            self._index(target)

    def _index(self, target: Target) -> None:
        person = target.current
        if person.email:
            self._by_email.setdefault(person.email.lower(), target)
        key = _name_key(person.last_name, person.first_name, person.organisation)
        self._by_name.setdefault(key, target)
        namesakes = self._by_person.setdefault(key[:2], [])
        if target not in namesakes:
            namesakes.append(target)

    def resolve(self, number: int, record: CleanRecord, overridden: bool) -> RowOutcome:
        """Match row ``number`` with a known person (filling their empty fields) or a new one."""
        warnings = list(record.warnings)
        key = _name_key(record.last_name, record.first_name, record.organisation)
        target = None
        by_email = False
        if record.email:
            target = self._by_email.get(record.email)
            if target is not None and not _same_person(target.current, key):
                warnings.append(
                    f"L'adresse « {record.email} » est aussi celle de "
                    f"{target.current.printed_name} : les deux personnes restent distinctes."
                )
                target = None
            by_email = target is not None
        if target is None:
            target = self._by_name.get(key)
        if target is None:
            target = self._by_name_alone(key, warnings)
        if target is None:
            return self._new(number, record, key, warnings, overridden)

        values = record_values(record, record.audience_recognised)
        target.current, filled, conflicts = fill_empty(target.current, values)
        target.filled.extend(f for f in filled if f not in target.filled)
        target.rows.append(number)
        if target.first_row is None:
            target.first_row = number
            action, duplicate_of, source = RowAction.MERGE_EXISTING, None, "la fiche existante"
        else:
            action, duplicate_of = RowAction.DUPLICATE, target.first_row
            source = f"la ligne {target.first_row}"
        warnings.extend(conflict.message(source) for conflict in conflicts)
        self._index(target)  # a filled e-mail can match later rows
        return RowOutcome(
            number,
            action,
            record,
            participant_id=target.current.id,
            duplicate_of_row=duplicate_of,
            matched_by_email=by_email,
            filled_fields=filled,
            conflicts=conflicts,
            warnings=tuple(warnings),
            audience_overridden=overridden,
        )

    def _by_name_alone(self, key: tuple[str, str, str], warnings: list[str]) -> Target | None:
        """Match on the name when one side has no organisation and only one person fits."""
        fits = [
            t
            for t in self._by_person.get(key[:2], ())
            if not key[2] or not match_key(t.current.organisation)
        ]
        if len(fits) != 1:
            return None
        known = fits[0].current
        where = "déjà enregistré(e)" if fits[0].existing is not None else "plus haut"
        warnings.append(
            f"Rapproché(e) de {known.printed_name} ({where}) par le nom seul, faute de "
            "structure : vérifiez qu'il s'agit bien de la même personne."
        )
        return fits[0]

    def _new(
        self,
        number: int,
        record: CleanRecord,
        key: tuple[str, str, str],
        warnings: list[str],
        overridden: bool,
    ) -> RowOutcome:
        for namesake in self._by_person.get(key[:2], ())[:3]:
            other = namesake.current
            where = (
                f"ligne {namesake.first_row}" if namesake.existing is None else "déjà enregistré(e)"
            )
            organisation = f", {other.organisation}" if other.organisation else ""
            warnings.append(
                f"Homonyme : {other.printed_name}{organisation} ({where}) ; une nouvelle fiche "
                "est créée. Vérifiez qu'il ne s'agit pas de la même personne."
            )
        participant = Participant(
            id=self._id_factory(),
            last_name=record.last_name,
            first_name=record.first_name,
            organisation=record.organisation,
            function=record.function,
            audience=record.audience,
            territory=record.territory,
            email=record.email,
            phone=record.phone,
            notes=record.notes,
        )
        target = Target(participant, None, first_row=number, rows=[number])
        self.targets.append(target)
        self._index(target)
        return RowOutcome(
            number,
            RowAction.NEW,
            record,
            participant_id=participant.id,
            warnings=tuple(warnings),
            audience_overridden=overridden,
        )
