"""The import plan: what importing a table would do, row by row, before anything is written.

Every data row gets exactly one outcome:

- ``NEW``: a new participant, built with :func:`territ_desktop.domain.new_id`;
- ``MERGE_EXISTING``: the row is a participant already in the database (same e-mail, or same
  last name, first name and organisation, compared without case, accents or punctuation); the
  row only fills that participant's empty fields, differences are warnings;
- ``DUPLICATE``: the row repeats an earlier row of the same file (same rules): the person is
  counted once, the row only fills empty fields;
- ``REJECTED``: the row is not imported, with a French reason.

**Data rows** are all rows below the header row down to the last non-blank one. Blank rows
among them are ``REJECTED`` with the reason "Ligne vide." (and ``blank`` set, so the preview
can hide them): the counts ``new + merged_existing + duplicates + rejected`` always add up to
``data_rows``. Blank rows after the last non-blank one are not data rows.

An e-mail match needs the last names to agree too: a shared address (``contact@asso.fr``
used to register two colleagues) must not merge two people. Such a row is matched by name, or
becomes a new participant, with a warning.

An empty organisation is unknown, not different: when the row or the known person has none
(a file without a "Structure" column, say) and exactly one person has that last and first
name, the row is matched to that person, with a warning asking to check. Two or more such
namesakes, or two different organisations, give a new participant and a "Homonyme" warning.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping, Sequence

from territ_desktop.domain import Audience, Participant, new_id
from territ_desktop.importing.cleaning import CleanRecord, clean_row
from territ_desktop.importing.errors import ImportFileError
from territ_desktop.importing.headers import ColumnMapping, check_data_size
from territ_desktop.importing.matching import Planner
from territ_desktop.importing.outcome import (
    BLANK_REASON,
    ImportCounts,
    ImportPlan,
    ParticipantUpdate,
    RowAction,
    RowOutcome,
)
from territ_desktop.importing.table import RawRow, RawTable
from territ_desktop.importing.text import match_key


def _is_repeated_header(row: RawRow, header: RawRow, column: int) -> bool:
    """Whether ``row`` repeats the header (files pasted one below the other)."""
    cells = row.cells
    if cells[column].strip().casefold() != header.cells[column].strip().casefold():
        return False  # the cheap test that settles almost every row
    return [match_key(c) for c in cells] == [match_key(c) for c in header.cells]


def _reject(number: int, reason: str, record: CleanRecord | None = None) -> RowOutcome:
    return RowOutcome(number, RowAction.REJECTED, record, reason=reason)


def _no_name_reason(record: CleanRecord) -> str | None:
    if not record.last_name:
        return (
            "Nom manquant : ajoutez le nom de famille dans le fichier, ou saisissez cette "
            "personne à la main."
        )
    if not any(c.isalpha() for c in record.last_name):
        return (
            f"Le nom « {record.last_name} » ne contient aucune lettre : corrigez la ligne dans "
            "le fichier."
        )
    return None


def plan_import(
    table: RawTable,
    mapping: ColumnMapping,
    existing: Sequence[Participant] = (),
    overrides: Mapping[int, Audience] | None = None,
    *,
    excluded_rows: Collection[int] = (),
    id_factory: Callable[[], str] = new_id,
) -> ImportPlan:
    """Work out what importing ``table`` with ``mapping`` would do; nothing is written.

    Args:
        table: the raw table read from the file.
        mapping: the header row and which column feeds which field (as detected, or corrected
            by the user).
        existing: the participants already in the database, to merge with.
        overrides: audiences chosen by the user, by 1-based source row number; they replace
            what the audience column says (and count as recognised).
        excluded_rows: row numbers the user chose not to import (rejected, with a reason).
        id_factory: makes the ids of new participants (tests pass a predictable one).

    Returns:
        The plan: one outcome per data row, the participants to create and to update.

    Raises:
        ImportFileError: the mapping has no column for the last name, or the table has too
            many data rows.
    """
    if not mapping.identifies_people:
        raise ImportFileError(
            "Aucune colonne n'est associée au nom des participants : choisissez la colonne "
            "« Nom » (ou « NOM Prénom ») avant d'importer."
        )
    check_data_size(table, mapping.header_row)
    overrides = overrides or {}
    excluded = frozenset(excluded_rows)
    header = table.row(mapping.header_row) if mapping.header_row else None
    name_column = min(mapping.columns.values())
    if header is not None and not 0 <= name_column < table.width:
        header = None

    planner = Planner(existing, id_factory)
    outcomes: list[RowOutcome] = []
    for row in table.rows:
        number = row.number
        if number <= mapping.header_row:
            continue
        if row.is_blank:
            outcomes.append(RowOutcome(number, RowAction.REJECTED, reason=BLANK_REASON, blank=True))
            continue
        if number in excluded:
            outcomes.append(_reject(number, "Ligne écartée à votre demande."))
            continue
        if header is not None and _is_repeated_header(row, header, name_column):
            outcomes.append(_reject(number, "Ligne d'en-tête répétée."))
            continue
        override = overrides.get(number)
        record = clean_row(row, mapping, override)
        reason = _no_name_reason(record)
        if reason is not None:
            outcomes.append(_reject(number, reason, record))
            continue
        outcomes.append(planner.resolve(number, record, override is not None))

    final_audience = {t.current.id: t.current.audience for t in planner.targets}
    outcomes = [
        dataclasses.replace(o, needs_audience=True)
        if o.record is not None
        and o.participant_id is not None
        and not o.record.audience_recognised
        and final_audience[o.participant_id] is Audience.AUTRE
        else o
        for o in outcomes
    ]
    new_people = tuple(t.current for t in planner.targets if t.existing is None)
    updates = tuple(
        ParticipantUpdate(t.existing, t.current, tuple(t.filled), tuple(t.rows))
        for t in planner.targets
        if t.existing is not None and t.filled
    )
    ids: dict[str, None] = {}
    for outcome in outcomes:
        if outcome.participant_id is not None:
            ids.setdefault(outcome.participant_id)
    actions = [o.action for o in outcomes]
    counts = ImportCounts(
        data_rows=len(outcomes),
        new=actions.count(RowAction.NEW),
        merged_existing=actions.count(RowAction.MERGE_EXISTING),
        duplicates=actions.count(RowAction.DUPLICATE),
        rejected=actions.count(RowAction.REJECTED),
        blank=sum(1 for o in outcomes if o.blank),
    )
    return ImportPlan(mapping, tuple(outcomes), new_people, updates, tuple(ids), counts)
