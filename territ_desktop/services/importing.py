"""Importing registration spreadsheets: preview against the directory, then write in one go.

The pure work (reading the file, finding the header, matching rows with people) is done by
:mod:`territ_desktop.importing`; this service feeds it the participants already in the database
and writes the resulting plan. :meth:`ImportService.apply` writes everything (new participants,
filled fields, enrolments) in one transaction, so a failure writes nothing, and returns what
:meth:`ImportService.undo` needs to take it all back.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.errors import NotFoundError, UserError
from territ_desktop.domain.participant import Participant
from territ_desktop.storage import convert
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import EnrolmentRow, ParticipantRow, SessionRow

if TYPE_CHECKING:
    # Imported when first used: openpyxl and charset-normalizer cost start-up time.
    from territ_desktop.importing import ColumnMapping as ColumnMapping
    from territ_desktop.importing import HeaderDetection as HeaderDetection
    from territ_desktop.importing import ImportCounts as ImportCounts
    from territ_desktop.importing import ImportPlan as ImportPlan
    from territ_desktop.importing import RawTable as RawTable
    from territ_desktop.importing import RowOutcome as RowOutcome

_CHUNK = 500  # ids per IN (...) clause, well under SQLite's variable limit


@dataclass(frozen=True)
class ImportPreview:
    """A file read, its header found and its import planned, with the people it names.

    The first three fields are those of :class:`territ_desktop.importing.ImportPreview`.
    ``known`` maps the id of every existing participant named by the plan to its current
    value, so the preview can say "déjà connu : DUPONT Jean".
    """

    table: RawTable
    detection: HeaderDetection
    plan: ImportPlan
    known: Mapping[str, Participant] = field(default_factory=dict)

    def name_of(self, participant_id: str | None) -> str:
        """The printed name of a person the plan names (existing or new), or ``""``."""
        if participant_id is None:
            return ""
        person = self.known.get(participant_id)
        if person is None:
            person = next((p for p in self.plan.new_participants if p.id == participant_id), None)
        return person.printed_name if person is not None else ""

    def describe(self, outcome: RowOutcome) -> str | None:
        """A French line saying what a merged or rejected row becomes; None for other rows."""
        from territ_desktop.importing import FILLABLE_FIELDS, RowAction

        where = f"ligne {outcome.row_number} :"
        filled = ", ".join(FILLABLE_FIELDS[f] for f in outcome.filled_fields)
        completed = f" (complète : {filled})" if filled else ""
        name = self.name_of(outcome.participant_id)
        if outcome.action is RowAction.MERGE_EXISTING:
            return f"{where} déjà dans l'annuaire : fusionnée avec {name}{completed}"
        if outcome.action is RowAction.DUPLICATE:
            return f"{where} doublon de la ligne {outcome.duplicate_of_row} ({name}){completed}"
        if outcome.action is RowAction.REJECTED and not outcome.blank:
            return f"{where} non importée : {outcome.reason}"
        return None


@dataclass(frozen=True)
class FilledFields:
    """An existing participant's fields filled by an import, with their previous values."""

    participant_id: str
    before: Mapping[str, str]
    after: Mapping[str, str]


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: enough to report it and to undo it exactly."""

    session_id: str | None
    created: tuple[Participant, ...]
    filled: tuple[FilledFields, ...]
    enrolled: tuple[str, ...]  # participant ids newly enrolled in the session
    already_enrolled: int
    counts: ImportCounts


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _is_empty(name: str, value: str) -> bool:
    return not value or (name == "audience" and value == Audience.AUTRE.value)


class ImportService:
    """Preview and import registration files into the directory and a session."""

    def __init__(self, database: Database) -> None:
        self._db = database

    @staticmethod
    def sheets(path: str | os.PathLike[str]) -> list[str]:
        """The worksheet names of a workbook, in order; an empty list for a CSV file."""
        from territ_desktop.importing import read_workbook_sheets

        return read_workbook_sheets(path)

    def preview(
        self,
        path: str | os.PathLike[str],
        sheet: str | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
        mapping: ColumnMapping | None = None,
        overrides: Mapping[int, Audience] | None = None,
        excluded_rows: Collection[int] = (),
    ) -> ImportPreview:
        """Read ``path`` and plan its import against the participants already in the database.

        Without ``mapping`` the header row and the columns are detected. Nothing is written.

        Raises:
            ImportFileError: the file cannot be read as a registration list.
        """
        table = self.read(path, sheet, encoding, delimiter)
        return self.replan(table, mapping, overrides, excluded_rows)

    @staticmethod
    def read(
        path: str | os.PathLike[str],
        sheet: str | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> RawTable:
        """Read a file into a raw table (detecting a CSV's encoding and separator if not given).

        Raises:
            ImportFileError: the file cannot be read as a spreadsheet.
        """
        from territ_desktop.importing import read_table

        return read_table(path, sheet=sheet, encoding=encoding, delimiter=delimiter)

    def replan(
        self,
        table: RawTable,
        mapping: ColumnMapping | None = None,
        overrides: Mapping[int, Audience] | None = None,
        excluded_rows: Collection[int] = (),
    ) -> ImportPreview:
        """Plan again a table already read, with a corrected mapping, audiences or exclusions."""
        from territ_desktop.importing import (
            HeaderDetection,
            RowAction,
            detect_header,
            ignored_columns,
            plan_import,
        )
        from territ_desktop.importing.text import clean_text

        if mapping is None:
            detection = detect_header(table)
        else:
            header = table.row(mapping.header_row) if mapping.header_row else None
            cells = header.cells if header is not None else ("",) * table.width
            detection = HeaderDetection(
                mapping, tuple(clean_text(c) for c in cells), ignored_columns(table, mapping)
            )
        existing = self._everyone()
        plan = plan_import(
            table, detection.mapping, existing, overrides, excluded_rows=excluded_rows
        )
        named = {o.participant_id for o in plan.rows if o.action is RowAction.MERGE_EXISTING}
        named.update(o.participant_id for o in plan.rows if o.action is RowAction.DUPLICATE)
        known = {p.id: p for p in existing if p.id in named}
        return ImportPreview(table, detection, plan, known)

    def _everyone(self) -> list[Participant]:
        with self._db.unit_of_work() as orm:
            return [convert.participant(row) for row in orm.scalars(select(ParticipantRow))]

    def apply(self, plan: ImportPlan, session_id: str | None = None) -> ImportResult:
        """Write the plan: new participants, filled fields, enrolments; all or nothing.

        A field is filled only if it is still empty, so an edit made since the preview is
        kept. Applying the same plan again after :meth:`undo` recreates the same records.

        Raises:
            UserError: the session or a participant the plan merges into no longer exists,
                or the plan was already imported; nothing is written.
        """
        new_ids = {p.id for p in plan.new_participants}
        merged_ids = [i for i in plan.participant_ids if i not in new_ids]
        with self._db.unit_of_work() as orm:
            if session_id is not None and orm.get(SessionRow, session_id) is None:
                raise NotFoundError("Cette session n'existe plus (elle a peut-être été supprimée).")
            rows = self._rows(orm, [*merged_ids, *(u.before.id for u in plan.updates)])
            missing = [i for i in merged_ids if i not in rows]
            missing += [u.before.id for u in plan.updates if u.before.id not in rows]
            if missing:
                raise UserError(
                    "Une fiche de l'annuaire utilisée par cet aperçu a été supprimée ou fusionnée "
                    "depuis : rien n'a été importé. Relancez l'aperçu puis importez de nouveau."
                )
            if self._rows(orm, list(new_ids)):
                raise UserError(
                    "Ces inscriptions ont déjà été importées : rien n'a été ajouté. Relancez "
                    "l'aperçu pour importer le fichier de nouveau."
                )
            filled = [self._fill(rows[u.before.id], u.after, u.filled_fields) for u in plan.updates]
            for person in plan.new_participants:
                row = ParticipantRow(id=person.id)
                convert.fill_participant(row, person)
                orm.add(row)
            enrolled: list[str] = []
            already = 0
            if session_id is not None:
                current = set(
                    orm.scalars(
                        select(EnrolmentRow.participant_id).where(
                            EnrolmentRow.session_id == session_id
                        )
                    )
                )
                orm.flush()  # participants before their enrolments
                for participant_id in plan.participant_ids:
                    if participant_id in current:
                        already += 1
                        continue
                    orm.add(EnrolmentRow(session_id=session_id, participant_id=participant_id))
                    enrolled.append(participant_id)
        return ImportResult(
            session_id,
            plan.new_participants,
            tuple(f for f in filled if f is not None),
            tuple(enrolled),
            already,
            plan.counts,
        )

    def undo(self, result: ImportResult) -> None:
        """Take an import back: unenrol, empty the filled fields, delete created people.

        A field changed again since the import keeps its new value. People created by the
        import are deleted with any later enrolment or attendance they got.
        """
        with self._db.unit_of_work() as orm:
            if result.session_id is not None:
                for chunk in _chunks(list(result.enrolled)):
                    orm.execute(
                        delete(EnrolmentRow).where(
                            EnrolmentRow.session_id == result.session_id,
                            EnrolmentRow.participant_id.in_(chunk),
                        )
                    )
            rows = self._rows(orm, [f.participant_id for f in result.filled])
            for filled in result.filled:
                row = rows.get(filled.participant_id)
                if row is None:
                    continue
                for name, value in filled.after.items():
                    if getattr(row, name) == value:
                        setattr(row, name, filled.before[name])
            for chunk in _chunks([p.id for p in result.created]):
                orm.execute(delete(ParticipantRow).where(ParticipantRow.id.in_(chunk)))

    @staticmethod
    def _rows(orm: OrmSession, ids: list[str]) -> dict[str, ParticipantRow]:
        found: dict[str, ParticipantRow] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            for row in orm.scalars(select(ParticipantRow).where(ParticipantRow.id.in_(chunk))):
                found[row.id] = row
        return found

    @staticmethod
    def _fill(row: ParticipantRow, after: Participant, names: Iterable[str]) -> FilledFields | None:
        before: dict[str, str] = {}
        values: dict[str, str] = {}
        for name in names:
            current = getattr(row, name)
            if not _is_empty(name, current):
                continue  # edited since the preview: the user's value wins
            value = str(getattr(after, name))
            setattr(row, name, value)
            before[name] = current
            values[name] = value
        if not values:
            return None
        return FilledFields(row.id, before, values)
