"""Use cases. Each public method is one user action: one database session, domain values out."""

from __future__ import annotations

from dataclasses import dataclass

from territ_desktop.services.attendance import AttendanceService
from territ_desktop.services.notes import NotesService
from territ_desktop.services.participants import ParticipantService
from territ_desktop.services.programme import ProgrammeService
from territ_desktop.services.rotations import RotationService
from territ_desktop.services.sessions import SessionService
from territ_desktop.services.summary import SummaryService
from territ_desktop.storage.database import Database


@dataclass(frozen=True)
class Services:
    """Every service the UI and the command line use, built once by the composition root."""

    database: Database
    sessions: SessionService
    programme: ProgrammeService
    participants: ParticipantService
    attendance: AttendanceService
    notes: NotesService
    rotations: RotationService
    summary: SummaryService

    @classmethod
    def build(cls, database: Database) -> Services:
        """Wire every service to one database."""
        attendance = AttendanceService(database)
        notes = NotesService(database)
        rotations = RotationService(database, attendance)
        return cls(
            database=database,
            sessions=SessionService(database),
            programme=ProgrammeService(database),
            participants=ParticipantService(database),
            attendance=attendance,
            notes=notes,
            rotations=rotations,
            summary=SummaryService(database, attendance, notes, rotations),
        )
