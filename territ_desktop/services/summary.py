"""The session summary (synthèse) for funders and partners: PDF or Excel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from territ_desktop.domain.errors import UserError
from territ_desktop.domain.notes import Evaluation
from territ_desktop.services.attendance import AttendanceService
from territ_desktop.services.notes import NotesService
from territ_desktop.services.rotations import RotationService
from territ_desktop.storage import convert
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import TrainingModuleRow

if TYPE_CHECKING:
    from territ_desktop.export.summary_data import Evaluation as PrintedEvaluation
    from territ_desktop.export.summary_data import SummaryInput


class SummaryService:
    """Gathers attendance, group plans, notes, synthesis and evaluation into one summary."""

    def __init__(
        self,
        database: Database,
        attendance: AttendanceService,
        notes: NotesService,
        rotations: RotationService,
    ) -> None:
        self._db = database
        self._attendance = attendance
        self._notes = notes
        self._rotations = rotations

    def build(self, session_id: str, *, include_participant_annex: bool = False) -> SummaryInput:
        """Everything the summary shows, as plain values."""
        from territ_desktop.export.summary_data import SummaryInput, TableNote, WorkshopSummary

        sheet = self._attendance.sheet(session_id)
        module = None
        if sheet.session.module_id is not None:
            with self._db.unit_of_work() as orm:
                row = orm.get(TrainingModuleRow, sheet.session.module_id)
                module = convert.module(row) if row is not None else None
        notes = self._notes.session_notes(session_id)
        workshops = []
        for item in self._rotations.workshops(session_id):
            stored = self._rotations.load(item.id)
            workshops.append(
                WorkshopSummary(
                    item=item,
                    rounds=tuple(dict(r) for r in stored.plan.rounds) if stored else (),
                    notes=tuple(
                        TableNote(n.table, n.round, n.rapporteur, n.text)
                        for n in notes
                        if n.item_id == item.id
                    ),
                )
            )
        return SummaryInput(
            session=sheet.session,
            module=module,
            participants=sheet.participants,
            records=sheet.records,
            workshops=tuple(workshops),
            synthesis=self._notes.synthesis(session_id),
            evaluation=_evaluation(self._notes.evaluation(session_id)),
            include_participant_annex=include_participant_annex,
        )

    def export(
        self, session_id: str, target: Path, *, include_participant_annex: bool = False
    ) -> Path:
        """Write the summary as ``.pdf`` or ``.xlsx``."""
        from territ_desktop.export import write_summary_pdf, write_summary_workbook

        suffix = target.suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise UserError(
                f"Format non pris en charge : « {target.name} ». "
                "Choisissez un nom en .pdf ou .xlsx."
            )
        summary = self.build(session_id, include_participant_annex=include_participant_annex)
        if suffix == ".pdf":
            return write_summary_pdf(summary, target)
        return write_summary_workbook(summary, target)


def _evaluation(value: Evaluation | None) -> PrintedEvaluation | None:
    from territ_desktop.export.summary_data import Evaluation as Printed

    if value is None:
        return None
    return Printed(
        respondents=value.respondents,
        questions=tuple((q.text, q.answers) for q in value.questions),
        comments=value.comments,
    )
