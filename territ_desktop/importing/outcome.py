"""What the import plan says about each row and overall: the values the preview shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from territ_desktop.domain import Participant
from territ_desktop.importing.cleaning import CleanRecord
from territ_desktop.importing.headers import ColumnMapping
from territ_desktop.importing.merge import FieldConflict


class RowAction(StrEnum):
    """What happens to one data row."""

    NEW = "new"
    MERGE_EXISTING = "merge_existing"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


#: French names of the actions, for the preview.
ROW_ACTION_LABELS: dict[RowAction, str] = {
    RowAction.NEW: "Nouveau participant",
    RowAction.MERGE_EXISTING: "Déjà connu : fiche complétée",
    RowAction.DUPLICATE: "Doublon d'une ligne précédente",
    RowAction.REJECTED: "Non importée",
}

BLANK_REASON = "Ligne vide."


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """The outcome of one data row.

    ``participant_id`` is the new participant's id (``NEW``), the existing participant's id
    (``MERGE_EXISTING``), or the id of the person the earlier row gave (``DUPLICATE``, with
    ``duplicate_of_row``); ``None`` when ``REJECTED``. ``filled_fields`` are the
    :class:`Participant` attributes this row fills; ``warnings`` are French sentences;
    ``reason`` says why a row is rejected. ``needs_audience`` is set when the row's audience
    was not recognised (nor chosen by the user) and the person ends up with ``autre``: the
    preview should ask the user to choose.
    """

    row_number: int
    action: RowAction
    record: CleanRecord | None = None
    participant_id: str | None = None
    duplicate_of_row: int | None = None
    matched_by_email: bool = False
    filled_fields: tuple[str, ...] = ()
    conflicts: tuple[FieldConflict, ...] = ()
    warnings: tuple[str, ...] = ()
    reason: str = ""
    blank: bool = False
    audience_overridden: bool = False
    needs_audience: bool = False


@dataclass(frozen=True, slots=True)
class ParticipantUpdate:
    """An existing participant whose empty fields the file fills."""

    before: Participant
    after: Participant
    filled_fields: tuple[str, ...]
    rows: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """How many data rows end in each outcome; the four outcomes add up to ``data_rows``."""

    data_rows: int
    new: int
    merged_existing: int
    duplicates: int
    rejected: int
    blank: int  # included in ``rejected``

    @property
    def merged(self) -> int:
        """Rows merged into someone: already in the database or earlier in the file."""
        return self.merged_existing + self.duplicates


@dataclass(frozen=True)
class ImportPlan:
    """The preview of an import, and what the service needs to carry it out.

    ``new_participants`` are to be inserted and ``updates`` saved (their ``after`` value);
    ``participant_ids`` lists everyone the file names, new or existing, in file order, once
    each: the people to enrol in the session.
    """

    mapping: ColumnMapping
    rows: tuple[RowOutcome, ...]
    new_participants: tuple[Participant, ...]
    updates: tuple[ParticipantUpdate, ...]
    participant_ids: tuple[str, ...]
    counts: ImportCounts

    @cached_property
    def _by_number(self) -> dict[int, RowOutcome]:
        return {row.row_number: row for row in self.rows}

    def outcome(self, row_number: int) -> RowOutcome | None:
        """Return the outcome of the data row with 1-based source number ``row_number``."""
        return self._by_number.get(row_number)

    @property
    def rows_needing_audience(self) -> tuple[int, ...]:
        """Row numbers whose audience was not recognised and not chosen by the user."""
        return tuple(r.row_number for r in self.rows if r.needs_audience)
