"""Workshop notes per table and round, the synthesis and the evaluation of a session."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.errors import NotFoundError
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.notes import (
    Evaluation,
    WorkshopNote,
    check_evaluation,
    check_note,
    evaluation_from_json,
    evaluation_to_json,
)
from territ_desktop.domain.participant import fold
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import (
    DayRow,
    HalfDayRow,
    ProgrammeItemRow,
    SessionRow,
    WorkshopNoteRow,
)


@dataclass(frozen=True)
class NoteHit:
    """A note (or the synthesis) containing the searched words."""

    session_id: str
    item_id: str | None  # None: the session's synthesis
    table: str
    round: int
    excerpt: str


def _note(row: WorkshopNoteRow) -> WorkshopNote:
    return WorkshopNote(row.programme_item_id, row.table_name, row.round, row.rapporteur, row.text)


def _excerpt(text: str, folded_query: str, width: int = 80) -> str:
    at = fold(text).find(folded_query.split()[0]) if folded_query.split() else 0
    start = max(0, at - width // 2)
    return ("…" if start else "") + " ".join(text[start : start + width].split())


class NotesService:
    """Read and write notes; every save returns what undo needs."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def item_notes(self, item_id: str) -> list[WorkshopNote]:
        """The notes of a workshop item, by round then table."""
        with self._db.unit_of_work() as orm:
            rows = orm.scalars(
                select(WorkshopNoteRow)
                .where(WorkshopNoteRow.programme_item_id == item_id)
                .order_by(WorkshopNoteRow.round, WorkshopNoteRow.table_name)
            )
            return [_note(r) for r in rows]

    def session_notes(self, session_id: str) -> list[WorkshopNote]:
        """Every workshop note of a session, in programme order."""
        with self._db.unit_of_work() as orm:
            rows = orm.execute(
                select(WorkshopNoteRow)
                .join(ProgrammeItemRow)
                .join(HalfDayRow)
                .join(DayRow)
                .where(DayRow.session_id == session_id)
                .order_by(
                    DayRow.date,
                    HalfDayRow.start,
                    ProgrammeItemRow.position,
                    WorkshopNoteRow.round,
                    WorkshopNoteRow.table_name,
                )
            ).scalars()
            return [_note(r) for r in rows]

    def save_note(self, note: WorkshopNote) -> WorkshopNote | None:
        """Create, replace or (when empty) remove one note; returns the previous one."""
        note = check_note(note)
        with self._db.unit_of_work() as orm:
            if orm.get(ProgrammeItemRow, note.item_id) is None:
                raise NotFoundError("Cette séquence n'existe plus dans le programme.")
            row = orm.scalar(
                select(WorkshopNoteRow).where(
                    WorkshopNoteRow.programme_item_id == note.item_id,
                    WorkshopNoteRow.table_name == note.table,
                    WorkshopNoteRow.round == note.round,
                )
            )
            previous = _note(row) if row is not None else None
            if note.is_empty:
                if row is not None:
                    orm.delete(row)
                return previous
            if row is None:
                row = WorkshopNoteRow(
                    id=new_id(),
                    programme_item_id=note.item_id,
                    table_name=note.table,
                    round=note.round,
                )
                orm.add(row)
            row.rapporteur = note.rapporteur
            row.text = note.text
            return previous

    def restore_note(
        self, item_id: str, table: str, round_: int, previous: WorkshopNote | None
    ) -> None:
        """Undo :meth:`save_note`: put back ``previous`` (None: no note)."""
        self.save_note(previous or WorkshopNote(item_id, table, round_))

    def synthesis(self, session_id: str) -> str:
        """The synthesis text of a session."""
        with self._db.unit_of_work() as orm:
            return self._session(orm, session_id).synthesis

    def set_synthesis(self, session_id: str, text: str) -> str:
        """Replace the synthesis; returns the previous text."""
        with self._db.unit_of_work() as orm:
            row = self._session(orm, session_id)
            previous, row.synthesis = row.synthesis, text
            return previous

    def evaluation(self, session_id: str) -> Evaluation | None:
        """The evaluation summary, if one was typed in."""
        with self._db.unit_of_work() as orm:
            return evaluation_from_json(self._session(orm, session_id).evaluation)

    def set_evaluation(self, session_id: str, evaluation: Evaluation | None) -> Evaluation | None:
        """Replace (or remove) the evaluation; returns the previous one."""
        if evaluation is not None:
            check_evaluation(evaluation)
        with self._db.unit_of_work() as orm:
            row = self._session(orm, session_id)
            previous = evaluation_from_json(row.evaluation)
            row.evaluation = None if evaluation is None else evaluation_to_json(evaluation)
            return previous

    def search(self, text: str) -> list[NoteHit]:
        """Notes and syntheses containing every word of ``text`` (accents and case ignored)."""
        query = fold(text)
        words = query.split()
        if not words:
            return []
        hits: list[NoteHit] = []
        with self._db.unit_of_work() as orm:
            for note_row, session_id in orm.execute(
                select(WorkshopNoteRow, DayRow.session_id)
                .join(ProgrammeItemRow)
                .join(HalfDayRow)
                .join(DayRow)
            ):
                haystack = fold(f"{note_row.rapporteur} {note_row.text}")
                if all(w in haystack for w in words):
                    hits.append(
                        NoteHit(
                            session_id,
                            note_row.programme_item_id,
                            note_row.table_name,
                            note_row.round,
                            _excerpt(note_row.text, query),
                        )
                    )
            for session_row in orm.scalars(select(SessionRow)):
                if all(w in fold(session_row.synthesis) for w in words):
                    hits.append(
                        NoteHit(session_row.id, None, "", 0, _excerpt(session_row.synthesis, query))
                    )
        return hits

    @staticmethod
    def _session(orm: OrmSession, session_id: str) -> SessionRow:
        row = orm.get(SessionRow, session_id)
        if row is None:
            raise NotFoundError("Cette session n'existe plus (elle a peut-être été supprimée).")
        return row
